import type { Role } from '../../src/platform/db/schema.ts'
import type { RegisteredRoute } from '../../src/platform/web/routes/route-spec.ts'
import { Client } from './test-app.ts'

/** The fixture's user of each role, who may use the routes that role is declared for. */
export const USER_OF_ROLE: Record<Role, string> = {
  com: 'comA',
  manager: 'managerA',
  pom: 'pom1',
  admin: 'admin',
  person: 'person',
  partner: 'partner',
}

/** The role a registry-wide test sends a route as: the first it declares, or a COM's for routes open to all. */
export const roleOf = (route: RegisteredRoute): Role => route.spec.roles?.[0] ?? 'com'

/**
 * A signed-in client for each route, one per user and kept for the whole file: a public route gets a visitor with the
 * visitor's anti-forgery token (read from a form as a browser would), and sign-out a session of its own, since it
 * ends the session it is sent with.
 */
export function routeClients(baseUrl: () => string) {
  const clients = new Map<string, Client>()
  return async function clientFor(route: RegisteredRoute): Promise<Client> {
    const username = route.spec.public ? '' : USER_OF_ROLE[roleOf(route)]
    if (route.path.endsWith('/sign-out')) return new Client(baseUrl()).signIn(username || 'comA')
    if (!clients.has(username)) {
      const client = new Client(baseUrl())
      if (!username) client.csrfToken = await client.formToken('/sign-in')
      clients.set(username, username ? await client.signIn(username) : client)
    }
    return clients.get(username)!
  }
}
