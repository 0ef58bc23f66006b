import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { screening } from '../needs/needs.test-support.ts'
import { metBody, personReleasedIn, TODAY } from '../readiness/readiness.test-support.ts'

let app: TestApp
let comA: Client
before(async () => {
  app = await startTestApp({ today: TODAY })
  comA = await new Client(app.baseUrl).signIn('comA')
})
after(() => app.close())

type Deadline = { what: string; date: string }

async function entryFor(id: string): Promise<{ nextDeadline: Deadline | null; overdue: Deadline[] }> {
  const { body } = await comA.json('GET', '/api/v1/caseload?sort=name')
  return body.people.find((p: { id: string }) => p.id === id)
}
const whats = (list: Deadline[]) => list.map(d => d.what)

describe("the caseload's deadlines from needs and readiness", () => {
  it('shows a missed screening and unmet welfare items as overdue until they are done', async () => {
    // Arrived 5 January 2026, out on 2 January 2027: screening was due 8 January, identity on 10 October.
    const { id, release } = await personReleasedIn(comA, 40)
    const before = await entryFor(id)
    for (const late of ['Screening on arrival', 'Pre-release review', 'Identity documents', 'Bank account']) {
      assert.ok(whats(before.overdue).includes(late), `${late} in ${whats(before.overdue).join()}`)
    }
    assert.deepEqual(before.nextDeadline, {
      what: 'Accommodation for the first night',
      date: '2026-12-05',
      overdue: false,
    })

    const screened = await comA.json('PUT', `/api/v1/people/${id}/needs/screenings/arrival`, screening())
    assert.equal(screened.status, 201)
    const identity = await comA.json(
      'PUT',
      `/api/v1/people/${id}/readiness/items/identity`,
      metBody('identity', release),
    )
    assert.equal(identity.status, 200)
    const after = await entryFor(id)
    assert.ok(!whats(after.overdue).includes('Screening on arrival'), whats(after.overdue).join())
    assert.ok(!whats(after.overdue).includes('Identity documents'), whats(after.overdue).join())
    assert.ok(whats(after.overdue).includes('Bank account'))
  })

  it('makes an action due soonest the next deadline, until it is done', async () => {
    const { id } = await personReleasedIn(comA, 60)
    const need = { 'finance-id': { status: 'need-identified', urgency: 'high' } }
    assert.equal((await comA.json('PUT', `/api/v1/people/${id}/needs/screenings/arrival`, screening(need))).status, 201)
    const action = await comA.json('POST', `/api/v1/people/${id}/needs/actions`, {
      pathway: 'finance-id',
      description: 'Apply for a birth certificate',
      owner: 'com',
      dueDate: '2026-11-25',
    })
    assert.equal(action.status, 201)
    assert.deepEqual((await entryFor(id)).nextDeadline, {
      what: 'Action: Finance and ID',
      date: '2026-11-25',
      overdue: false,
    })
    const done = await comA.json('POST', `/api/v1/people/${id}/needs/actions/${action.body.id}/done`, { version: 1 })
    assert.equal(done.status, 200)
    assert.notEqual((await entryFor(id)).nextDeadline?.what, 'Action: Finance and ID')
  })

  it('shows the overdue items on the caseload page', async () => {
    const { id } = await personReleasedIn(comA, 20)
    const html = await (await comA.get('/caseload?sort=name')).text()
    const row = html.slice(html.indexOf(`/people/${id}`))
    assert.match(row.slice(0, 3000), /Bank account overdue/)
  })
})
