/** Why a sign-in with the provider was refused, each with its own page. */
export type Refusal = 'no-sign-in' | 'provider' | 'not-linked' | 'account-closed' | 'not-staff'

/**
 * An issuer as a URL writes it, so that `https://idp.example` and `https://idp.example/` are one issuer (the subject
 * is kept exactly as given); undefined for what is not an address.
 */
export function normalIssuer(issuer: string | undefined): string | undefined {
  return issuer && URL.canParse(issuer) ? new URL(issuer).href : undefined
}

/** Only a linked, open staff account signs in with the provider; a person's account never does. */
export function mayUseSso(user: { role: string; active: boolean } | undefined): Refusal | undefined {
  if (!user) return 'not-linked'
  if (!user.active) return 'account-closed'
  if (user.role === 'person') return 'not-staff'
  return undefined
}
