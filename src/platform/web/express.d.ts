import type { CurrentUser } from '../auth/current-user.ts'

declare module 'express-serve-static-core' {
  interface Request {
    correlationId: string
    user?: CurrentUser
    sessionToken?: string
    csrfToken: string
  }
}
