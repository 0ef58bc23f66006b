import { pino } from 'pino'

/** Logs carry ids, never case content or secrets: those fields are redacted if they slip in. */
export function createLogger(level: string) {
  return pino({
    level,
    redact: {
      paths: ['password', '*.password', 'req.headers.cookie', 'req.body', 'body', 'headers.cookie', 'sessionToken'],
      censor: '[redacted]',
    },
  })
}

export type Logger = ReturnType<typeof createLogger>
