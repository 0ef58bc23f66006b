import { z } from 'zod'

/** Sign-in with the organisation's OpenID Connect provider (src/features/sso); off when none of it is set. */
export interface SsoConfig {
  /** The provider's issuer identifier: its discovery document is read from here and must name the same issuer. */
  issuer: string
  clientId: string
  clientSecret: string
  /** Where the provider sends the browser back: Resettle's `/sso/callback`, as registered at the provider. */
  redirectUri: string
  /** The organisation's name on the button: "Sign in with <name>". */
  displayName: string
  /** Space-separated; always holds `openid`. */
  scopes: string
  /** Plain http to the provider: outside production only (the test's provider, a local one). */
  allowHttp: boolean
}

const NAMES = [
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_REDIRECT_URI',
  'OIDC_DISPLAY_NAME',
  'OIDC_SCOPES',
] as const

const address = (name: string) =>
  z
    .string()
    .trim()
    .refine(value => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
      message: `${name} must be a full address starting https://`,
    })

const schema = z.object({
  OIDC_ISSUER: address('OIDC_ISSUER').optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).max(500, 'OIDC_CLIENT_ID must be 500 characters or fewer').optional(),
  OIDC_CLIENT_SECRET: z.string().min(16, 'OIDC_CLIENT_SECRET must be at least 16 characters long').optional(),
  OIDC_REDIRECT_URI: address('OIDC_REDIRECT_URI').optional(),
  BASE_URL: address('BASE_URL').optional(),
  OIDC_DISPLAY_NAME: z.string().trim().min(1).max(60, 'OIDC_DISPLAY_NAME must be 60 characters or fewer').optional(),
  OIDC_SCOPES: z
    .string()
    .trim()
    .regex(/^[\x21\x23-\x5b\x5d-\x7e]+( [\x21\x23-\x5b\x5d-\x7e]+)*$/, 'OIDC_SCOPES must be scopes separated by spaces')
    .optional(),
})

/**
 * Reads the single sign-on settings: all or nothing, so that a half-configured provider stops the service at start
 * rather than failing at someone's first sign-in. Returns every problem at once.
 */
export function readSsoConfig(env: Record<string, string | undefined>): {
  sso: SsoConfig | undefined
  problems: string[]
} {
  const production = env.NODE_ENV === 'production'
  const given = NAMES.filter(name => env[name] !== undefined)
  if (given.length === 0) return { sso: undefined, problems: [] }
  const parsed = schema.safeParse(env)
  if (!parsed.success) return { sso: undefined, problems: parsed.error.issues.map(issue => issue.message) }
  const values = parsed.data
  const problems: string[] = []
  for (const name of ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_DISPLAY_NAME'] as const)
    if (!values[name]) problems.push(`${name} is required for single sign-on (or unset every OIDC_ variable)`)
  const redirectUri =
    values.OIDC_REDIRECT_URI ?? (values.BASE_URL && new URL('/sso/callback', values.BASE_URL).toString())
  if (!redirectUri) problems.push('OIDC_REDIRECT_URI (or BASE_URL) is required for single sign-on')
  if (production)
    for (const [name, value] of [
      ['OIDC_ISSUER', values.OIDC_ISSUER],
      ['OIDC_REDIRECT_URI', redirectUri],
    ] as const)
      if (value && !value.startsWith('https://')) problems.push(`${name} must start https:// in production`)
  const scopes = new Set((values.OIDC_SCOPES ?? 'openid').split(' '))
  scopes.add('openid')
  if (problems.length) return { sso: undefined, problems }
  return {
    sso: {
      issuer: values.OIDC_ISSUER!,
      clientId: values.OIDC_CLIENT_ID!,
      clientSecret: values.OIDC_CLIENT_SECRET!,
      redirectUri: redirectUri!,
      displayName: values.OIDC_DISPLAY_NAME!,
      scopes: [...scopes].join(' '),
      allowHttp: !production,
    },
    problems,
  }
}
