import * as oidc from 'openid-client'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { SessionStore } from '../../platform/auth/session-store.ts'
import { newToken, sha256 } from '../../platform/auth/tokens.ts'
import type { SsoConfig } from '../../platform/config/sso-config.ts'
import { Conflict, NotFound, ValidationFailed } from '../../platform/errors/errors.ts'
import type { SsoAuditAction } from './sso.audit.ts'
import type { SsoRepository } from './sso.repository.ts'
import { mayUseSso, normalIssuer, type Refusal } from './sso.rules.ts'

interface Dependencies {
  settings: SsoConfig | undefined
  repository: SsoRepository
  sessions: SessionStore
  audit: AuditLog<SsoAuditAction>
}

/** How long a sign-in may spend at the provider before its callback is refused. */
export const LOGIN_MINUTES = 10

export type Start = { outcome: 'redirect'; redirectTo: string; loginToken: string } | { outcome: 'unavailable' }

export type Completion =
  | { outcome: 'signed-in'; token: string; returnTo: string }
  | { outcome: 'refused'; reason: Refusal; subject?: string }
  | { outcome: 'unavailable' }

/**
 * Sign-in with the organisation's OpenID Connect provider, beside local accounts: the authorization code flow
 * with PKCE, state and nonce, all checked by openid-client, and the identity (issuer and subject) mapped to a
 * staff account an administrator linked. Nothing is provisioned from the provider's claims.
 */
export function createSsoService({ settings, repository, sessions, audit }: Dependencies) {
  let discovered: Promise<oidc.Configuration> | undefined

  /**
   * The provider's metadata, read once; undefined (and written to the audit trail with why) when the provider
   * cannot be reached or its discovery document is wrong, such as naming another issuer. A failure is forgotten,
   * so that the next sign-in tries again.
   */
  async function provider(sso: SsoConfig, correlationId: string): Promise<oidc.Configuration | undefined> {
    discovered ??= discover(sso)
    try {
      return await discovered
    } catch (error) {
      discovered = undefined
      await audit.record({
        action: 'sign-in.sso.unavailable',
        outcome: 'failure',
        correlationId,
        details: { issuer: sso.issuer, problem: problemOf(error) },
      })
      return undefined
    }
  }

  function configured(): SsoConfig {
    if (!settings) throw new NotFound()
    return settings
  }

  /** Audits the refusal, naming the account when the identity has one, and says why to the page. */
  async function refuse(
    reason: Refusal,
    correlationId: string,
    details: Record<string, unknown> = {},
    user?: { id: string; username: string },
  ): Promise<Completion> {
    await audit.record({
      action: 'sign-in.sso.refused',
      outcome: 'denied',
      actorId: user?.id,
      actorUsername: user?.username,
      correlationId,
      details: { reason, ...details },
    })
    return { outcome: 'refused', reason, subject: details.subject as string | undefined }
  }

  return {
    /** The organisation's name for the sign-in page's button, when single sign-on is on. */
    displayName: settings?.displayName,

    /**
     * Starts a sign-in: the provider's address to send the browser to, and the token of the browser's cookie
     * that the callback must bring back (the state, nonce and PKCE verifier stay here, found by its hash).
     */
    async begin(returnTo: string, correlationId: string): Promise<Start> {
      const sso = configured()
      const config = await provider(sso, correlationId)
      if (!config) return { outcome: 'unavailable' }
      const login = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        code_verifier: oidc.randomPKCECodeVerifier(),
      }
      const loginToken = newToken()
      await repository.saveLogin({ id_hash: sha256(loginToken), ...login, return_to: returnTo }, LOGIN_MINUTES)
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: sso.redirectUri,
        scope: sso.scopes,
        state: login.state,
        nonce: login.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(login.code_verifier),
        code_challenge_method: 'S256',
      })
      return { outcome: 'redirect', redirectTo: url.href, loginToken }
    },

    /**
     * Finishes a sign-in from the provider's answer (the callback's query string). The pending sign-in is taken
     * once, whatever happens next; the library checks the state, exchanges the code with the PKCE verifier and
     * validates the ID token (issuer, audience, signature, expiry, nonce). Then only a linked, open staff account
     * gets a session, a brand-new one as for a local sign-in.
     */
    async complete({
      query,
      loginToken,
      previousToken,
      correlationId,
    }: {
      query: string
      loginToken: string | undefined
      previousToken: string | undefined
      correlationId: string
    }): Promise<Completion> {
      const sso = configured()
      const config = await provider(sso, correlationId)
      if (!config) return { outcome: 'unavailable' }
      const login = loginToken ? await repository.takeLogin(sha256(loginToken), LOGIN_MINUTES) : undefined
      if (!login) return refuse('no-sign-in', correlationId)
      const callback = new URL(sso.redirectUri)
      callback.search = query
      let claims: oidc.IDToken | undefined
      try {
        const tokens = await oidc.authorizationCodeGrant(config, callback, {
          pkceCodeVerifier: login.code_verifier,
          expectedState: login.state,
          expectedNonce: login.nonce,
          idTokenExpected: true,
        })
        claims = tokens.claims()
      } catch (error) {
        return refuse('provider', correlationId, { problem: problemOf(error) })
      }
      if (!claims) return refuse('provider', correlationId, { problem: 'no ID token' })
      const issuer = normalIssuer(claims.iss)!
      const subject = claims.sub
      const user = await repository.userForIdentity(issuer, subject)
      const refusal = mayUseSso(user)
      if (refusal || !user) return refuse(refusal ?? 'not-linked', correlationId, { issuer, subject }, user)
      await repository.signedIn(issuer, subject)
      await sessions.removeExpired()
      if (previousToken) await sessions.end(previousToken)
      const token = await sessions.start(user.id)
      await audit.record({
        action: 'sign-in.sso.succeeded',
        actorId: user.id,
        actorUsername: user.username,
        correlationId,
        details: { issuer, subject },
      })
      return { outcome: 'signed-in', token, returnTo: login.return_to }
    },

    /**
     * Links a staff account to an identity at a provider (the configured one unless another is named). An
     * identity already linked, or an account already linked at that provider, is refused rather than replaced.
     */
    async link({ username, subject, issuer, by }: { username: string; subject: string; issuer?: string; by: string }) {
      const key = { issuer: issuerOf(issuer), subject }
      const user = await staffAccount(username)
      const existing = await repository.identitiesAt(key.issuer, user.id, key.subject)
      if (existing.some(row => row.subject === key.subject && row.user_id === user.id)) return key
      if (existing.length)
        throw new Conflict(
          existing.some(row => row.subject === key.subject)
            ? 'That identity is linked to another account'
            : `${user.username} is linked to another identity at that provider: unlink it first`,
        )
      await repository.transaction(async tx => {
        await repository.link({ ...key, userId: user.id, linkedBy: by }, tx)
        await audit.record({ action: 'sso.linked', actorUsername: by, details: { userId: user.id, ...key } }, tx)
      })
      return key
    },

    /** Removes an account's link at a provider; returns the subject it had, if any. */
    async unlink({ username, issuer, by }: { username: string; issuer?: string; by: string }) {
      const at = issuerOf(issuer)
      const user = await staffAccount(username)
      return repository.transaction(async tx => {
        const subject = await repository.unlink(at, user.id, tx)
        if (subject)
          await audit.record(
            { action: 'sso.unlinked', actorUsername: by, details: { userId: user.id, issuer: at, subject } },
            tx,
          )
        return subject
      })
    },
  }

  function issuerOf(given: string | undefined): string {
    const issuer = normalIssuer(given ?? settings?.issuer)
    if (!issuer)
      throw ValidationFailed.of('issuer', 'Name the provider: set OIDC_ISSUER, or give its address with --issuer')
    return issuer
  }

  async function staffAccount(username: string) {
    const user = await repository.userByUsername(username)
    if (!user) throw ValidationFailed.of('username', `No account has the username ${username}`)
    if (user.role === 'person') throw ValidationFailed.of('username', 'Only staff accounts sign in with single sign-on')
    return user
  }
}

/**
 * Reads the provider's discovery document (openid-client checks that it names the configured issuer). Its
 * authorization endpoint must be at the issuer's origin, the one the pages' `form-action` lets the sign-in form go to.
 */
async function discover(sso: SsoConfig): Promise<oidc.Configuration> {
  const config = await oidc.discovery(
    new URL(sso.issuer),
    sso.clientId,
    undefined,
    oidc.ClientSecretBasic(sso.clientSecret),
    sso.allowHttp ? { execute: [oidc.allowInsecureRequests] } : undefined,
  )
  const endpoint = config.serverMetadata().authorization_endpoint
  if (!endpoint || new URL(endpoint).origin !== new URL(sso.issuer).origin)
    throw new Error(`The authorization endpoint ${endpoint} is not at the issuer's origin`)
  return config
}

/**
 * What went wrong, for the audit trail: the library's error code, the OAuth error and its message (which names the
 * check that failed, never a token's value), cut short.
 */
function problemOf(error: unknown): string {
  const { code, error: oauthError, message, name, cause } = (error ?? {}) as Record<string, unknown>
  // openid-client wraps the check that failed (oauth4webapi's error) as the cause.
  const inner = cause instanceof Error ? cause.message : undefined
  const parts = [code, oauthError, message, inner].filter(part => typeof part === 'string')
  return (parts.join(' ') || String(name ?? 'unknown')).slice(0, 300)
}

export type SsoService = ReturnType<typeof createSsoService>
