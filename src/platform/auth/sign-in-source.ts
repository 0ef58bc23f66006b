/** Where a sign-in comes from: the client's address (as `trust proxy` gives it), its browser and its own request id. */
export interface SignInSource {
  address?: string
  userAgent?: string
  clientCorrelationId?: string
}

/** The source of a request: `req.ip` follows the app's `trust proxy` setting, so a proxy's client is counted. */
export function signInSource(req: {
  ip?: string | undefined
  clientCorrelationId?: string | undefined
  get(name: string): string | undefined
}): SignInSource {
  return { address: req.ip, userAgent: req.get('user-agent'), clientCorrelationId: req.clientCorrelationId }
}
