import type { CurrentUser } from '../auth/current-user.ts'
import type { UploadedFile } from './uploads.ts'

declare module 'express-serve-static-core' {
  interface Request {
    correlationId: string
    /** The X-Correlation-Id the client sent, if any: recorded beside the server's own, never in its place. */
    clientCorrelationId?: string
    user?: CurrentUser
    sessionToken?: string
    csrfToken: string
    /** Files sent with a `multipart/form-data` form (see uploads.ts). */
    files?: UploadedFile[]
  }
}
