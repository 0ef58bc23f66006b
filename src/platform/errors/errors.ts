/** The one family of errors that services throw; the web layer maps each to a page or a JSON problem. */
export interface FieldError {
  field: string
  /** In English: what the API answers and what staff read. */
  message: string
  /** The locale key of the message, when it has one: a page in Welsh says it in Welsh (`messageKey`). */
  key?: string
  values?: Record<string, unknown>
}

export class AppError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
    this.name = new.target.name
  }
}

/** Also used when the user may not see the thing: the answer is the same as for nothing there. */
export class NotFound extends AppError {
  constructor(message = 'Page not found') {
    super(message, 404)
  }
}

export class Forbidden extends AppError {
  constructor(message = 'You do not have permission to do that') {
    super(message, 403)
  }
}

export class Unauthenticated extends AppError {
  constructor(message = 'Sign in to continue') {
    super(message, 401)
  }
}

export class ValidationFailed extends AppError {
  constructor(readonly fieldErrors: FieldError[]) {
    super(fieldErrors.map(e => e.message).join('; '), 400)
  }

  static of(field: string, message: string): ValidationFailed {
    return new ValidationFailed([{ field, message }])
  }
}

/** A message's locale key and values, so that a page in Welsh says it in Welsh (the message stays English). */
export interface Words {
  key: string
  values?: Record<string, unknown>
}

export class Conflict extends AppError {
  constructor(
    message: string,
    readonly current?: unknown,
    readonly words?: Words,
  ) {
    super(message, 409)
  }
}

export class TooManyRequests extends AppError {
  constructor(
    message: string,
    /** Sent as Retry-After: how many seconds until trying again may succeed. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message, 429)
  }
}

/** The person's record is limited-access and this user is barred: show only the message. */
export class LimitedAccess extends AppError {
  constructor(readonly accessMessage: string) {
    super('This record has limited access', 403)
  }
}
