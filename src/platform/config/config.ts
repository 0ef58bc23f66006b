import { createHash, randomBytes } from 'node:crypto'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import { readSsoConfig, type SsoConfig } from './sso-config.ts'

const DEVELOPMENT_SECRET = 'resettle-local-development-secret-not-for-production'
/** Development and tests only: a fixed key, so that authenticators set up locally survive a restart. */
const DEVELOPMENT_MFA_KEY = createHash('sha256').update('resettle-local-mfa-key-not-for-production').digest()
const STAFF_ROLE_NAMES = ['pom', 'com', 'manager', 'partner', 'admin'] as const

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
    DATABASE_APP_URL: z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\/\S+$/, 'DATABASE_APP_URL must look like postgres://user:password@host:5432/database')
      .optional(),
    AUDIT_KEY: z
      .string()
      .trim()
      .refine(value => auditKeyBytes(value) !== undefined, {
        message: 'AUDIT_KEY must be at least 32 random bytes, written as hex or base64',
      })
      .optional(),
    AUDIT_KEY_FILE: z.string().trim().min(1).optional(),
    AUDIT_CHECKPOINT: z.string().trim().min(1).optional(),
    DEMO_PASSWORD: z.string().min(8, 'DEMO_PASSWORD must be at least 8 characters long').optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
    SHUTDOWN_GRACE_SECONDS: z.coerce
      .number({ message: 'SHUTDOWN_GRACE_SECONDS must be a number' })
      .int('SHUTDOWN_GRACE_SECONDS must be a whole number')
      .min(0, 'SHUTDOWN_GRACE_SECONDS must be between 0 and 600')
      .max(600, 'SHUTDOWN_GRACE_SECONDS must be between 0 and 600')
      .default(10),
    BENCH_FLOOR: z.enum(['0', '1'], { message: 'BENCH_FLOOR must be 0 or 1' }).default('0'),
    MFA_ENCRYPTION_KEY: z
      .string()
      .trim()
      .regex(/^[0-9a-f]{64}$/i, 'MFA_ENCRYPTION_KEY must be 64 hexadecimal characters (32 random bytes)')
      .optional(),
    MFA_REQUIRED_ROLES: z
      .string()
      .trim()
      .transform(value => (value === 'none' ? [] : value.split(',').map(role => role.trim())))
      .pipe(
        z.array(
          z.enum(STAFF_ROLE_NAMES, {
            message: `MFA_REQUIRED_ROLES must be none or a comma-separated list of ${STAFF_ROLE_NAMES.join(', ')}`,
          }),
        ),
      )
      .optional(),
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
      if (env.NODE_ENV === 'production' && !env.MFA_ENCRYPTION_KEY) {
        ctx.addIssue({
          code: 'custom',
          path: ['MFA_ENCRYPTION_KEY'],
          message:
            'MFA_ENCRYPTION_KEY is required in production: set it to 64 hexadecimal characters (openssl rand -hex 32)',
        })
      }
      if (env.NODE_ENV === 'production' && !env.AUDIT_KEY && !env.AUDIT_KEY_FILE) {
        ctx.addIssue({
          code: 'custom',
          path: ['AUDIT_KEY'],
          message:
            'AUDIT_KEY or AUDIT_KEY_FILE is required in production: 32 random bytes as hex or base64, kept outside the database',
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
  /** The service's own connection on PostgreSQL; without it the service uses DATABASE_URL as role resettle_app. */
  databaseAppUrl: string | undefined
  audit: AuditConfig
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
  /** Sign-in with the organisation's OpenID Connect provider; undefined when not configured. */
  sso: SsoConfig | undefined
  /** Encrypts TOTP secrets (AES-256-GCM) and keys the recovery codes' HMAC: 32 bytes. */
  mfaEncryptionKey: Buffer
  /** Staff of these roles must set up a second factor at their next sign-in (admin in production by default). */
  mfaRequiredRoles: readonly (typeof STAFF_ROLE_NAMES)[number][]
}

/** Where the audit chain's key comes from and where the head of the chain is checkpointed, both outside the database. */
export interface AuditConfig {
  /** From AUDIT_KEY; in tests without one, a key made for the process. */
  key: Buffer | undefined
  /** Read when there is no key; outside production made once (mode 0600) if absent. */
  keyFile: string | undefined
  /** Whether a missing key file may be made: never in production. */
  makeKeyFile: boolean
  /** The last entry known committed, `{ id, hash }`; absent in tests unless set. */
  checkpoint: string | undefined
}

/** A key given as 64 or more hex digits, or as base64 of at least 32 bytes. */
export function auditKeyBytes(text: string): Buffer | undefined {
  const value = text.trim()
  const bytes = /^(?:[0-9a-f]{2})+$/i.test(value)
    ? Buffer.from(value, 'hex')
    : /^[A-Za-z0-9+/_-]+=*$/.test(value)
      ? Buffer.from(value, 'base64')
      : undefined
  return bytes && bytes.length >= 32 ? bytes : undefined
}

function auditConfig(values: z.infer<typeof schema>): AuditConfig {
  // Beside the data, never inside it: a backup of the embedded database must not carry the key.
  const beside = `${resolve(values.DATA_DIR)}-audit`
  const test = values.NODE_ENV === 'test' && !values.AUDIT_KEY && !values.AUDIT_KEY_FILE
  return {
    key: values.AUDIT_KEY ? auditKeyBytes(values.AUDIT_KEY) : test ? randomBytes(32) : undefined,
    keyFile: values.AUDIT_KEY ? undefined : (values.AUDIT_KEY_FILE ?? join(beside, 'audit.key')),
    makeKeyFile: values.NODE_ENV !== 'production',
    checkpoint: values.AUDIT_CHECKPOINT ?? (test ? undefined : join(beside, 'checkpoint.json')),
  }
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
  const { sso, problems } = readSsoConfig(blankless)
  if (!parsed.success) throw new ConfigError([...parsed.error.issues.map(issue => issue.message), ...problems])
  if (problems.length) throw new ConfigError(problems)
  const values = parsed.data
  return {
    env: values.NODE_ENV,
    port: values.PORT,
    dataDir: values.DATA_DIR,
    databaseUrl: values.DATABASE_URL,
    databaseAppUrl: values.DATABASE_APP_URL,
    audit: auditConfig(values),
    sessionSecret: values.SESSION_SECRET ?? DEVELOPMENT_SECRET,
    certificateSecret: values.CERTIFICATE_SECRET,
    demoData: values.NODE_ENV !== 'production',
    demoPassword: values.DEMO_PASSWORD,
    logLevel: values.LOG_LEVEL,
    shutdownGraceMs: values.SHUTDOWN_GRACE_SECONDS * 1000,
    benchFloor: values.BENCH_FLOOR === '1',
    sso,
    mfaEncryptionKey: values.MFA_ENCRYPTION_KEY ? Buffer.from(values.MFA_ENCRYPTION_KEY, 'hex') : DEVELOPMENT_MFA_KEY,
    mfaRequiredRoles: values.MFA_REQUIRED_ROLES ?? (values.NODE_ENV === 'production' ? ['admin'] : []),
  }
}
