import { z } from 'zod'
import { ROLES } from '../../platform/auth/current-user.ts'
import { flag } from '../../platform/validation/fields.ts'
import { isUnsafeText, UNSAFE_TEXT_MESSAGE } from '../../platform/validation/safe-text.ts'

const safe = (text: string) => !isUnsafeText(text)

/**
 * A username and password. Neither may hold a NUL or a broken character: the username reaches the database, where
 * either would be a crash rather than a wrong answer.
 */
export const signInSchema = z.object({
  username: z
    .string({ error: 'Enter your username' })
    .trim()
    .min(1, 'Enter your username')
    .max(100, 'Enter your username')
    .refine(safe, `Your username ${UNSAFE_TEXT_MESSAGE}`),
  password: z
    .string({ error: 'Enter your password' })
    .min(1, 'Enter your password')
    .max(200, 'Enter your password')
    .refine(safe, `Your password ${UNSAFE_TEXT_MESSAGE}`),
  /** The code of an account with multi-factor authentication (API sign-in; pages ask for it on a page of its own). */
  code: z
    .string()
    .trim()
    .max(30, 'Enter the 6-digit code from your authenticator app, or one of your recovery codes')
    .refine(safe, `The code ${UNSAFE_TEXT_MESSAGE}`)
    .optional(),
})

export type SignIn = z.infer<typeof signInSchema>

/** Only same-site paths: a returnTo that leaves Resettle would be an open redirect. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[\w\-./?=&%]*$/.test(value) ? value : '/'
}

const returnTo = z.preprocess(safeReturnTo, z.string())

/** The sign-in page's address: where to go afterwards, and whether the last session ran out. */
export const signInPageQuery = z.object({ returnTo, expired: flag() })

/** The sign-in form: the credentials and where to go afterwards. */
export const signInFormSchema = signInSchema.extend({ returnTo })

export const csrfTokenResponse = z.object({ csrfToken: z.string() })

export const meResponse = z.object({
  user: z.object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    teamId: z.uuid().nullable(),
    prisonId: z.uuid().nullable(),
    partnerOrganisationId: z.uuid().nullable(),
    personId: z.uuid().nullable(),
  }),
  csrfToken: z.string(),
})
