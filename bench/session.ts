import type { BenchData } from './routes.ts'

export interface Session {
  /** The Cookie header of the signed-in session. */
  cookie: string
  /** The session's anti-forgery token, for the X-CSRF-Token header of API writes. */
  csrfToken: string
}

/** Signs in through the API, as the benchmark's users do. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/v1/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  })
  if (!response.ok) throw new Error(`Signing in as ${username} failed (${response.status})`)
  const { csrfToken } = (await response.json()) as { csrfToken: string }
  const cookie = response.headers
    .getSetCookie()
    .map(c => c.split(';')[0])
    .join('; ')
  return { cookie, csrfToken }
}

/** A person on the COM's caseload, a surname prefix to search for, and the COM, from the data itself. */
export async function findData(baseUrl: string, cookie: string): Promise<BenchData> {
  const response = await fetch(`${baseUrl}/api/v1/caseload`, { headers: { cookie } })
  const body = (await response.json()) as { people: { id: string; lastName: string }[] }
  const person = body.people[0]
  if (!person) throw new Error('The COM has nobody on their caseload: is the data generated?')
  const me = (await (await fetch(`${baseUrl}/api/v1/me`, { headers: { cookie } })).json()) as { user: { id: string } }
  return { personId: person.id, searchTerm: person.lastName.slice(0, 3).toLowerCase(), staffId: me.user.id }
}
