import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { ownGoal, planAudit, TODAY } from './plans.test-support.ts'

let app: TestApp
before(async () => {
  app = await startTestApp({ today: TODAY })
})
after(() => app.close())

const signIn = (username: string) => new Client(app.baseUrl).signIn(username)

/** Reading the plan of the fixture's person of comA (in HMP One, team A), and adding a goal to it. */
const MATRIX: Record<string, { read: number; write: number; canEdit?: boolean }> = {
  comA: { read: 200, write: 201, canEdit: true },
  comA2: { read: 200, write: 403, canEdit: false },
  managerA: { read: 200, write: 201, canEdit: true },
  pom1: { read: 200, write: 201, canEdit: true },
  comB: { read: 404, write: 404 },
  managerB: { read: 404, write: 404 },
  pom2: { read: 404, write: 404 },
  partner: { read: 404, write: 404 },
  admin: { read: 404, write: 404 },
  person: { read: 200, write: 201, canEdit: false },
}

describe('who may read and change a plan', () => {
  for (const [username, expected] of Object.entries(MATRIX)) {
    it(`${username}: read ${expected.read}, add a goal ${expected.write}, through the API and the pages`, async () => {
      const client = await signIn(username)
      const person = app.fixture.people.ofComA
      const read = await client.json('GET', `/api/v1/people/${person.id}/plan`)
      assert.equal(read.status, expected.read)
      if (expected.canEdit !== undefined) assert.equal(read.body.canEdit, expected.canEdit)
      const page = await client.get(`/people/${person.id}/plan`)
      assert.equal(page.status, expected.read)
      if (expected.read !== 200) assert.ok(!(await page.text()).includes(person.last_name), 'no name on a refusal')
      const revision = (read.body?.plan?.revision as number | undefined) ?? 0
      const write = await client.json('POST', `/api/v1/people/${person.id}/plan/goals`, {
        ...ownGoal(`A goal from ${username}`, revision),
      })
      assert.equal(write.status, expected.write, JSON.stringify(write.body))
      const form = await client.get(`/people/${person.id}/plan/goals/new`)
      assert.equal(form.status, expected.write === 201 ? 200 : expected.write)
    })
  }

  it('refuses a person another person’s plan, as if it were not there', async () => {
    const person = await signIn('person')
    const other = app.fixture.people.ofComB.id
    const missing = await person.json('GET', `/api/v1/people/00000000-0000-4000-8000-000000000000/plan`)
    const hidden = await person.json('GET', `/api/v1/people/${other}/plan`)
    assert.equal(hidden.status, 404)
    assert.deepEqual(hidden.body, missing.body)
    const write = await person.json('POST', `/api/v1/people/${other}/plan/goals`, { text: 'Mine now', revision: 0 })
    assert.equal(write.status, 404)
    assert.equal((await person.get(`/people/${other}/plan/print`)).status, 404)
  })

  it('shows a barred practitioner only the limited-access message, and records the refusal', async () => {
    const comA2 = await signIn('comA2')
    const barred = app.fixture.people.excludedForComA2.id
    const { status, body } = await comA2.json('GET', `/api/v1/people/${barred}/plan`)
    assert.equal(status, 403)
    assert.equal(body.detail, app.fixture.barredMessage)
    const write = await comA2.json('POST', `/api/v1/people/${barred}/plan/goals`, ownGoal('No', 0))
    assert.equal(write.status, 403)
    const refused = await app.services.handle.db
      .selectFrom('audit_event')
      .select('action')
      .where('subject_person_id', '=', barred)
      .where('outcome', '=', 'denied')
      .execute()
    assert.ok(refused.length >= 2)
  })

  it('audits every read and write of the plan, and records who did it', async () => {
    const id = app.fixture.people.ofComA.id
    const entries = await planAudit(app, id)
    const changed = entries.filter(e => e.action === 'plan.changed').map(e => e.actor_username)
    assert.deepEqual(changed.sort(), ['comA', 'managerA', 'person', 'pom1'])
    assert.ok(entries.filter(e => e.action === 'plan.viewed').length >= 8)
  })
})
