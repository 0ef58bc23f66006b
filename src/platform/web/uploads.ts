import express, { type NextFunction, type Request, type Response } from 'express'
import { AppError } from '../errors/errors.ts'

/** The largest file a form may send, and the whole body around it. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024
const MAX_FIELDS = 200

/** One file sent with a form, as it came: its type and name are only what the sender claims. */
export interface UploadedFile {
  field: string
  name: string
  claimedType: string
  bytes: Buffer
}

export class UploadTooLarge extends AppError {
  constructor() {
    super('The file must be smaller than 5MB', 413)
  }
}

const raw = express.raw({ type: 'multipart/form-data', limit: MAX_BODY_BYTES })

/**
 * Reads a `multipart/form-data` body (a form with a file input) with the platform's own form-data parser: its text
 * fields become `req.body`, as a plain form's would (so the anti-forgery token is checked as usual), and its files
 * `req.files`. Only the routes that declare `upload` accept such a body; every other route answers 415. A body
 * from someone not signed in is not read, so it carries no anti-forgery token and is refused.
 */
export function multipartForms(req: Request, res: Response, next: NextFunction) {
  if (!req.user || !req.is('multipart/form-data')) return next()
  raw(req, res, error => {
    if (error) return next((error as { type?: string }).type === 'entity.too.large' ? new UploadTooLarge() : error)
    parse(req)
      .then(() => next())
      .catch(next)
  })
}

async function parse(req: Request) {
  const body: Record<string, string> = Object.create(null)
  const files: UploadedFile[] = []
  req.files = files
  const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
  req.body = body
  let form: FormData
  try {
    form = await new Response(new Uint8Array(bytes), {
      headers: { 'content-type': req.get('content-type') ?? '' },
    }).formData()
  } catch {
    throw new AppError('The form could not be read. Go back and try again.', 400)
  }
  let count = 0
  for (const [field, value] of form) {
    if (++count > MAX_FIELDS) throw new AppError('Too many fields', 413)
    if (typeof value === 'string') body[field] = value
    else if (value.size > 0) {
      if (value.size > MAX_UPLOAD_BYTES) throw new UploadTooLarge()
      files.push({ field, name: value.name, claimedType: value.type, bytes: Buffer.from(await value.arrayBuffer()) })
    }
  }
}

/** The file a form sent in `field`, if any. */
export function uploadedFile(req: Request, field: string): UploadedFile | undefined {
  return req.files?.find(file => file.field === field)
}
