import { z } from 'zod'
import { safeReturnTo } from '../auth/index.ts'

/** The sign-in page's "Sign in with …" form: where to go afterwards (same-site paths only, else the home page). */
export const ssoStartSchema = z.object({
  returnTo: z.string().max(2000, 'The address to go back to is too long').optional().transform(safeReturnTo),
})

const param = z.string().max(4000).optional()

/**
 * The provider's answer as its parameters are named (RFC 6749 4.1.2, RFC 9207): read here only so that nothing
 * else reaches the route; openid-client reads and checks the query string itself.
 */
export const ssoCallbackQuery = z.object({
  code: param,
  state: param,
  iss: param,
  error: param,
  error_description: param,
  session_state: param,
})

/** The `link-sso` command's input. */
export const linkSsoSchema = z.object({
  username: z.string({ error: 'Give the account with --username' }).trim().min(1, 'Give the account with --username'),
  subject: z
    .string({ error: 'Give the identity with --subject (the ID token\u2019s sub)' })
    .trim()
    .min(1, 'Give the identity with --subject (the ID token\u2019s sub)')
    .max(255, 'A subject is at most 255 characters'),
  issuer: z.string().trim().min(1).optional(),
})
