import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'

let app: TestApp
before(async () => {
  app = await startTestApp({ today: '2026-11-23' })
})
after(() => app.close())

type Waiting = { id: string; overdue: boolean; handoverDate: string; comAllocationOverdueFrom: string }
const awaiting = async (client: Client): Promise<Waiting[]> =>
  (await client.json('GET', '/api/v1/caseload/awaiting-com')).body.people

describe('people waiting for a COM', () => {
  it("shows a manager the people of their PDU with no COM past handover, and nobody else's", async () => {
    const { people } = app.fixture
    for (const username of ['managerA', 'managerB']) {
      const list = await awaiting(await new Client(app.baseUrl).signIn(username))
      assert.deepEqual(
        list.map(p => p.id),
        [people.awaitingComInNorth.id],
        `${username}: only the North PDU's person without a COM`,
      )
      assert.deepEqual(
        { ...list[0], id: undefined },
        {
          id: undefined,
          crn: 'P000002',
          firstName: 'Test',
          lastName: 'Hotel',
          handoverDate: '2026-06-17',
          earliestReleaseDate: '2027-03-01',
          comAllocationOverdueFrom: '2026-06-19',
          overdue: true,
        },
      )
    }
  })

  it('refuses practitioners and everyone but managers', async () => {
    for (const username of ['comA', 'pom1', 'partner', 'admin', 'person']) {
      const client = await new Client(app.baseUrl).signIn(username)
      assert.equal((await client.json('GET', '/api/v1/caseload/awaiting-com')).status, 403, username)
      assert.equal((await client.get('/caseload/awaiting-com')).status, 403, username)
    }
  })

  it('lists the person on a page that links to their allocation, and audits who was shown', async () => {
    const managerA = await new Client(app.baseUrl).signIn('managerA')
    const html = await (await managerA.get('/caseload/awaiting-com')).text()
    assert.match(html, new RegExp(`href="/people/${app.fixture.people.awaitingComInNorth.id}/allocation"`))
    assert.match(html, /Overdue\s*<\/strong>\s*since 19 June 2026/)
    const entry = await app.services.handle.db
      .selectFrom('audit_event')
      .select(['details'])
      .where('action', '=', 'caseload.awaiting-com-viewed')
      .where('actor_username', '=', 'managerA')
      .executeTakeFirstOrThrow()
    assert.deepEqual((entry.details as { personIds: string[] }).personIds, [app.fixture.people.awaitingComInNorth.id])
  })

  it('drops the person once a COM is allocated, and the PDU follows the COM', async () => {
    const managerA = await new Client(app.baseUrl).signIn('managerA')
    const created = await managerA.json('POST', '/api/v1/people', {
      firstName: 'Ida',
      lastName: 'Juliet',
      dateOfBirth: '1991-02-03',
      crn: 'J000001',
      comId: app.fixture.staff.comA!.id,
    })
    assert.equal(created.status, 201)
    assert.equal((await managerA.json('GET', `/api/v1/people/${created.body.id}`)).body.person.pdu.name, 'North PDU')

    const id = app.fixture.people.awaitingComInNorth.id
    const allocated = await managerA.json('PUT', `/api/v1/people/${id}/allocation`, {
      comId: app.fixture.staff.comA!.id,
    })
    assert.equal(allocated.status, 200)
    assert.deepEqual(await awaiting(managerA), [])
  })

  it('refuses a PDU that does not exist, naming the field', async () => {
    const comA = await new Client(app.baseUrl).signIn('comA')
    const refused = await comA.json('POST', '/api/v1/people', {
      firstName: 'Kim',
      lastName: 'Lima',
      dateOfBirth: '1991-02-03',
      crn: 'K000001',
      pduId: '00000000-0000-4000-8000-000000000000',
    })
    assert.equal(refused.status, 400)
    assert.equal(refused.body.errors[0].field, 'pduId')
  })
})
