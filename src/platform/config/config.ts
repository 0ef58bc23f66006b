import { z } from 'zod'

const DEVELOPMENT_SECRET = 'resettle-local-development-secret-not-for-production'

const schema = z
  .object({
    NODE_ENV: z
      .enum(['development', 'test', 'production'], { message: 'NODE_ENV must be development, test or production' })
      .default('development'),
    PORT: z.coerce
      .number({ message: 'PORT must be a number' })
      .int('PORT must be a whole number')
      .min(0, 'PORT must be between 0 and 65535')
      .max(65535, 'PORT must be between 0 and 65535')
      .default(3000),
    DATA_DIR: z.string().trim().min(1, 'DATA_DIR must name a folder').default('./data'),
    DATABASE_URL: z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\/\S+$/, 'DATABASE_URL must look like postgres://user:password@host:5432/database')
      .optional(),
    SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters long').optional(),
    CERTIFICATE_SECRET: z.string().min(32, 'CERTIFICATE_SECRET must be at least 32 characters long').optional(),
    DEMO_PASSWORD: z.string().min(8, 'DEMO_PASSWORD must be at least 8 characters long').optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
    SHUTDOWN_GRACE_SECONDS: z.coerce
      .number({ message: 'SHUTDOWN_GRACE_SECONDS must be a number' })
      .int('SHUTDOWN_GRACE_SECONDS must be a whole number')
      .min(0, 'SHUTDOWN_GRACE_SECONDS must be between 0 and 600')
      .max(600, 'SHUTDOWN_GRACE_SECONDS must be between 0 and 600')
      .default(10),
    BENCH_FLOOR: z.enum(['0', '1'], { message: 'BENCH_FLOOR must be 0 or 1' }).default('0'),
  })
  .superRefine(
    (env, ctx) => {
      if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
        ctx.addIssue({
          code: 'custom',
          path: ['SESSION_SECRET'],
          message: 'SESSION_SECRET is required in production: set it to a random value of at least 32 characters',
        })
      }
      if (env.NODE_ENV === 'production' && env.BENCH_FLOOR === '1') {
        ctx.addIssue({
          code: 'custom',
          path: ['BENCH_FLOOR'],
          message: 'BENCH_FLOOR is for benchmarks only and cannot be set in production',
        })
      }
    },
    // Checked even when other values are wrong, so that every problem is reported at once.
    { when: () => true },
  )

export interface Config {
  env: 'development' | 'test' | 'production'
  port: number
  dataDir: string
  databaseUrl: string | undefined
  sessionSecret: string
  /** Signs certificate verification codes; when not set, a secret made once and kept in the database does. */
  certificateSecret: string | undefined
  /** Demo data is never loaded in production. */
  demoData: boolean
  demoPassword: string | undefined
  logLevel: string
  /** How long requests in flight may take to finish once SIGTERM or SIGINT has come, in milliseconds. */
  shutdownGraceMs: number
  /** Benchmark only: serve captured pages from memory as the floor (src/platform/web/bench-floor.ts). */
  benchFloor: boolean
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Resettle cannot start because its configuration is wrong:\n${problems.map(p => `  - ${p}`).join('\n')}`)
  }
}

/** Reads and checks the environment once, at start, so that a bad value stops the service with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''))
  const parsed = schema.safeParse(blankless)
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map(issue => issue.message))
  const values = parsed.data
  return {
    env: values.NODE_ENV,
    port: values.PORT,
    dataDir: values.DATA_DIR,
    databaseUrl: values.DATABASE_URL,
    sessionSecret: values.SESSION_SECRET ?? DEVELOPMENT_SECRET,
    certificateSecret: values.CERTIFICATE_SECRET,
    demoData: values.NODE_ENV !== 'production',
    demoPassword: values.DEMO_PASSWORD,
    logLevel: values.LOG_LEVEL,
    shutdownGraceMs: values.SHUTDOWN_GRACE_SECONDS * 1000,
    benchFloor: values.BENCH_FLOOR === '1',
  }
}
