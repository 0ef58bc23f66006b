import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'

let app: TestApp
before(async () => {
  app = await startTestApp({ today: '2026-11-23' })
})
after(() => app.close())

const NOBODY = '00000000-0000-4000-8000-000000000000'

/** Each role against each kind of person: 200 = sees the record, 404 = same as nobody there, 403 = limited access. */
const MATRIX: Record<string, Record<string, number>> = {
  comA: {
    ofComA: 200,
    ofComA2: 200,
    ofComB: 404,
    ofComC: 404,
    excludedForComA2: 200,
    restrictedToComA: 200,
    unallocatedInPrison1: 404,
    awaitingComInNorth: 404,
  },
  comA2: {
    ofComA: 200,
    ofComA2: 200,
    ofComB: 404,
    ofComC: 404,
    excludedForComA2: 403,
    restrictedToComA: 403,
    unallocatedInPrison1: 404,
    awaitingComInNorth: 404,
  },
  comB: {
    ofComA: 404,
    ofComA2: 404,
    ofComB: 200,
    ofComC: 404,
    excludedForComA2: 404,
    restrictedToComA: 404,
    unallocatedInPrison1: 404,
    awaitingComInNorth: 404,
  },
  managerA: {
    ofComA: 200,
    ofComA2: 200,
    ofComB: 404,
    ofComC: 404,
    excludedForComA2: 200,
    restrictedToComA: 200,
    unallocatedInPrison1: 404,
    awaitingComInNorth: 200,
  },
  managerB: {
    ofComA: 404,
    ofComA2: 404,
    ofComB: 200,
    ofComC: 404,
    excludedForComA2: 404,
    restrictedToComA: 404,
    unallocatedInPrison1: 404,
    awaitingComInNorth: 200,
  },
  pom1: {
    ofComA: 200,
    ofComA2: 404,
    ofComB: 404,
    ofComC: 404,
    excludedForComA2: 404,
    restrictedToComA: 404,
    unallocatedInPrison1: 200,
    awaitingComInNorth: 200,
  },
  pom2: {
    ofComA: 404,
    ofComA2: 404,
    ofComB: 404,
    ofComC: 200,
    excludedForComA2: 404,
    restrictedToComA: 404,
    unallocatedInPrison1: 404,
    awaitingComInNorth: 404,
  },
  partner: {
    ofComA: 404,
    ofComA2: 404,
    ofComB: 404,
    ofComC: 404,
    excludedForComA2: 404,
    restrictedToComA: 404,
    unallocatedInPrison1: 404,
    awaitingComInNorth: 404,
  },
  admin: {
    ofComA: 404,
    ofComA2: 404,
    ofComB: 404,
    ofComC: 404,
    excludedForComA2: 404,
    restrictedToComA: 404,
    unallocatedInPrison1: 404,
    awaitingComInNorth: 404,
  },
  person: {
    ofComA: 200,
    ofComA2: 404,
    ofComB: 404,
    ofComC: 404,
    excludedForComA2: 404,
    restrictedToComA: 404,
    unallocatedInPrison1: 404,
    awaitingComInNorth: 404,
  },
}

describe('who may see a person', () => {
  for (const [username, expectations] of Object.entries(MATRIX)) {
    it(`${username} sees exactly the people their role allows, through the API and the pages`, async () => {
      const client = await new Client(app.baseUrl).signIn(username)
      for (const [key, expected] of Object.entries(expectations)) {
        const person = app.fixture.people[key as keyof typeof app.fixture.people]
        const api = await client.json('GET', `/api/v1/people/${person.id}`)
        assert.equal(api.status, expected, `${username} → ${key} (API)`)
        // The person reads their own record through the pages made for them, never the staff overview.
        const page = await client.get(`/people/${person.id}`)
        assert.equal(page.status, username === 'person' ? 404 : expected, `${username} → ${key} (page)`)
        const html = await page.text()
        if (page.status !== 200) assert.ok(!html.includes(person.last_name), `${username} must not see ${key}'s name`)
        if (expected === 403) assert.ok(html.includes(app.fixture.barredMessage), 'the limited-access message is shown')
      }
    })

    it(`${username} gets the same answer for a person who does not exist as for one they may not see`, async () => {
      const client = await new Client(app.baseUrl).signIn(username)
      const missing = await client.json('GET', `/api/v1/people/${NOBODY}`)
      assert.equal(missing.status, 404)
      const malformed = await client.json('GET', `/api/v1/people/not-a-uuid`)
      assert.equal(malformed.status, 400, 'a malformed id is a field to put right')
      assert.deepEqual(
        malformed.body.errors.map((e: { field: string }) => e.field),
        ['params.id'],
      )
      assert.equal((await client.get('/people/not-a-uuid/edit')).status, 404, 'a malformed id is no page')
      const hidden = Object.entries(expectations).find(([, status]) => status === 404)
      if (hidden) {
        const person = app.fixture.people[hidden[0] as keyof typeof app.fixture.people]
        assert.deepEqual((await client.json('GET', `/api/v1/people/${person.id}`)).body, missing.body)
      }
    })
  }

  it('lists only the people a user may see, with the same rule as single records', async () => {
    for (const [username, expectations] of Object.entries(MATRIX)) {
      const client = await new Client(app.baseUrl).signIn(username)
      const { body, status } = await client.json('GET', '/api/v1/people')
      const visibleIds = new Set(
        Object.entries(expectations)
          .filter(([, s]) => s === 200)
          .map(([key]) => app.fixture.people[key as keyof typeof app.fixture.people].id),
      )
      if (username === 'person' || username === 'partner' || username === 'admin') {
        // Roles without a caseload get an empty list, not an error.
        assert.equal(status, 200)
      }
      assert.deepEqual(
        new Set(body.people.map((p: { id: string }) => p.id)),
        username === 'person' ? visibleIds : visibleIds,
        username,
      )
      assert.equal(body.total, visibleIds.size, `${username} total`)
    }
  })

  it('lets a COM change only the people allocated to them, not the rest of the team', async () => {
    const client = await new Client(app.baseUrl).signIn('comA2')
    const teamPerson = app.fixture.people.ofComA
    const current = await client.json('GET', `/api/v1/people/${teamPerson.id}`)
    const change = { ...current.body.person, firstName: 'Changed', version: current.body.person.version }
    const refused = await client.json('PUT', `/api/v1/people/${teamPerson.id}`, change)
    assert.equal(refused.status, 403)
    const own = app.fixture.people.ofComA2
    const mine = await client.json('GET', `/api/v1/people/${own.id}`)
    const ok = await client.json('PUT', `/api/v1/people/${own.id}`, {
      ...mine.body.person,
      firstName: 'Changed',
      version: mine.body.person.version,
    })
    assert.equal(ok.status, 200)
    assert.equal(ok.body.person.firstName, 'Changed')
  })

  it('refuses every person route to someone who is not signed in', async () => {
    const client = new Client(app.baseUrl)
    assert.equal((await client.json('GET', '/api/v1/people')).status, 401)
    assert.equal((await client.json('GET', `/api/v1/people/${app.fixture.people.ofComA.id}`)).status, 401)
    const page = await client.get('/people')
    assert.equal(page.status, 302)
    assert.match(page.headers.get('location') ?? '', /^\/sign-in\?returnTo=%2Fpeople/)
  })

  it('records refused access in the audit trail', async () => {
    const client = await new Client(app.baseUrl).signIn('comB')
    await client.json('GET', `/api/v1/people/${app.fixture.people.ofComA.id}`)
    const rows = await app.services.handle.db
      .selectFrom('audit_event')
      .selectAll()
      .where('actor_username', '=', 'comB')
      .where('outcome', '=', 'denied')
      .execute()
    assert.ok(rows.some(r => r.action === 'person.access-refused'))
  })
})
