import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider, { type OidcContext } from 'oidc-provider'

export interface TestProvider {
  /** The provider's address, which is also its issuer unless it was started to claim another. */
  origin: string
  issuer: string
  clientId: string
  clientSecret: string
  /** Who the provider signs in next, with no page to fill: set before each sign-in. */
  account: string
  close(): Promise<void>
}

/**
 * A real OpenID Connect provider (oidc-provider, the certified one) on a free port, with one confidential client
 * for Resettle and an interaction that signs `account` in at once: a test drives the whole code flow over HTTP.
 * `claimIssuer` starts an impostor that calls itself by another provider's issuer.
 */
export async function startTestProvider({
  redirectUri,
  claimIssuer,
}: {
  redirectUri: string
  claimIssuer?: string
}): Promise<TestProvider> {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = () => {}
  const server: Server = createServer((req, res) => handle(req, res))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const issuer = claimIssuer ?? origin
  const clientId = 'resettle'
  const clientSecret = randomBytes(24).toString('base64url')
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    findAccount: (_ctx: unknown, id: string) => ({ accountId: id, claims: () => ({ sub: id }) }),
    features: { devInteractions: { enabled: false } },
    ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    // Consent is the organisation's business, not the test's: the grant is given as the account signs in.
    async loadExistingGrant(ctx: OidcContext) {
      const { client, session, result } = ctx.oidc
      const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId)
      if (grantId) return ctx.oidc.provider.Grant.find(grantId)
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId })
      grant.addOIDCScope('openid')
      await grant.save()
      return grant
    },
  })
  const test: TestProvider = { origin, issuer, clientId, clientSecret, account: '', close: () => closeServer(server) }
  const callback = provider.callback()
  handle = (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return callback(req, res)
    provider
      .interactionFinished(req, res, { login: { accountId: test.account } }, { mergeWithLastSubmission: false })
      .catch(() => {
        res.statusCode = 400
        res.end()
      })
  }
  return test
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise(resolve => server.close(() => resolve()))
}
