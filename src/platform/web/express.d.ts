import type { CurrentUser } from '../auth/current-user.ts'
import type { UploadedFile } from './uploads.ts'

declare module 'express-serve-static-core' {
  interface Request {
    correlationId: string
    user?: CurrentUser
    sessionToken?: string
    csrfToken: string
    /** Files sent with a `multipart/form-data` form (see uploads.ts). */
    files?: UploadedFile[]
  }
}
