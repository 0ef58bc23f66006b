import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { readPdf } from '../../../test/support/pdf-text.ts'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { auditedActions } from '../handover/handover.test-support.ts'
import { TODAY, breach, reviewCount } from './recall.test-support.ts'

let app: TestApp
const clients = new Map<string, Client>()
let alpha: string
before(async () => {
  app = await startTestApp({ today: TODAY })
  const usernames = ['comA', 'comA2', 'comB', 'managerA', 'managerB', 'pom2', 'partner', 'admin', 'person']
  for (const username of usernames) clients.set(username, await new Client(app.baseUrl).signIn(username))
  alpha = app.fixture.people.ofComA.id
})
after(() => app.close())

const as = (username: string) => clients.get(username)!
const recommend = async (username: string, body: object = breach()) =>
  as(username).json('POST', `/api/v1/people/${alpha}/recall`, body)
const countersign = (username: string, reviewId: string, body: object) =>
  as(username).json('POST', `/api/v1/people/${alpha}/recall/${reviewId}/countersignature`, body)

describe('a breach, a recommendation and a countersigned decision', () => {
  it('goes from recommendation to a manager’s decision not to recall, and the letter says what it should', async () => {
    await as('comA').json('POST', `/api/v1/people/${alpha}/supervision/appointments`, {
      appointmentDate: '2026-11-30',
      appointmentTime: '10:30',
      kind: 'office',
    })
    const created = await recommend('comA')
    assert.equal(created.status, 201)
    const review = await as('managerA').json('GET', `/api/v1/people/${alpha}/recall/${created.body.id}`)
    assert.equal(review.body.review.status, 'awaiting-countersignature')
    assert.equal(review.body.canCountersign, true)
    const signed = await countersign('managerA', created.body.id, {
      decision: 'no-recall',
      rationale: 'A real family crisis; back in touch within two days.',
    })
    assert.equal(signed.status, 200)
    const decided = await as('comA').json('GET', `/api/v1/people/${alpha}/recall/${created.body.id}`)
    assert.equal(decided.body.review.decision, 'no-recall')
    assert.equal(decided.body.review.countersignedBy.id, app.fixture.staff.managerA!.id)
    assert.deepEqual(decided.body.review.explanation, [
      'You are not being recalled to prison.',
      'Why: A real family crisis; back in touch within two days.',
    ])

    const response = await as('comA').get(`/people/${alpha}/recall/${created.body.id}/letter.pdf`)
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('content-type'), 'application/pdf')
    const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()))
    assert.equal(pdf.title, 'You are not being recalled to prison')
    assert.match(pdf.text, /talked about it with a manager, a senior probation officer/)
    assert.match(pdf.text, /Come to every appointment, and call if you cannot\./)
    assert.match(pdf.text, /30 November 2026 at 10:30, at the probation office/)
    assert.match(pdf.text, /Call 0300 123 4567/)
    // Why, in plain words made from what was decided: the manager's rationale is written for the record.
    assert.doesNotMatch(pdf.text, /A real family crisis/)
    assert.match(pdf.text, /We will talk with you about what happened\..*We will see you more often for a while\./s)

    const actions = (await auditedActions(app, alpha)).map(a => a.action).filter(a => a.startsWith('recall.'))
    assert.deepEqual(actions.slice(0, 2), ['recall.recommended', 'recall.viewed'])
    assert.ok(actions.includes('recall.countersigned'))
    assert.ok(actions.includes('recall.letter-generated'))
  })

  it('refuses a recommendation without the person’s account or the alternatives considered', async () => {
    const before = await reviewCount(app)
    const refused = await recommend('comA', breach({ personAccount: '', alternatives: [] }))
    assert.equal(refused.status, 400)
    const fields = Object.fromEntries(
      refused.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]),
    )
    assert.equal(fields.personAccount, 'Enter the person’s own account of what happened, or why it could not be taken')
    assert.equal(fields.alternatives, 'Select the alternatives to recall that were considered')
    const withReason = await recommend(
      'comA',
      breach({ personAccount: '', accountNotTakenReason: 'In police custody; could not be reached.' }),
    )
    assert.equal(withReason.status, 201)
    assert.equal(await reviewCount(app), before + 1)
  })

  it('refuses a countersignature by the author of the recommendation, with a clear message', async () => {
    const created = await recommend('managerA')
    assert.equal(created.status, 201)
    const refused = await countersign('managerA', created.body.id, { decision: 'no-recall', rationale: 'Fine.' })
    assert.equal(refused.status, 400)
    assert.match(JSON.stringify(refused.body), /another senior probation officer must countersign it/)
    const review = await as('managerA').json('GET', `/api/v1/people/${alpha}/recall/${created.body.id}`)
    assert.equal(review.body.review.status, 'awaiting-countersignature')
  })

  it('lets only a manager of the team countersign', async () => {
    const created = await recommend('comA')
    // The person's own COM, who may change the record, is told why; a team-mate COM may not change it at all.
    const byCom = await countersign('comA', created.body.id, { decision: 'no-recall', rationale: 'x' })
    assert.equal(byCom.status, 403)
    assert.equal(byCom.body.title, 'Only a senior probation officer can countersign a recall decision')
    const byTeamMate = await countersign('comA2', created.body.id, { decision: 'no-recall', rationale: 'x' })
    assert.equal(byTeamMate.status, 403)
    assert.equal(
      (await countersign('managerB', created.body.id, { decision: 'no-recall', rationale: 'x' })).status,
      404,
    )
  })

  it('refuses a fixed-term recall where the sentence allows a standard recall only, and explains why', async () => {
    const created = await recommend('comA', breach({ extendedSentence: true, recommendation: 'standard' }))
    const refused = await countersign('managerA', created.body.id, { decision: 'fixed-term', rationale: 'x' })
    assert.equal(refused.status, 400)
    assert.match(JSON.stringify(refused.body), /A fixed-term recall is not open\. An extended sentence/)
    const standard = await countersign('managerA', created.body.id, {
      decision: 'standard',
      rationale: 'Threats made to a former partner.',
    })
    assert.equal(standard.status, 200)
    const review = await as('comA').json('GET', `/api/v1/people/${alpha}/recall/${created.body.id}`)
    assert.match(review.body.review.explanation.join(' '), /standard recall/)
    assert.equal((await as('comA').get(`/people/${alpha}/recall/${created.body.id}/letter.pdf`)).status, 404)
  })

  it('gives a fixed-term recall of 28 days for the fixture’s four-year sentence', async () => {
    const created = await recommend('comA', breach({ recommendation: 'fixed-term' }))
    await countersign('managerA', created.body.id, { decision: 'fixed-term', rationale: 'Drug use with risk.' })
    const review = await as('comA').json('GET', `/api/v1/people/${alpha}/recall/${created.body.id}`)
    assert.match(review.body.review.explanation.join(' '), /released again after 28 days/)
  })

  it('never changes a countersigned decision: a second countersignature is refused, and so is the database', async () => {
    const created = await recommend('comA')
    await countersign('managerA', created.body.id, { decision: 'no-recall', rationale: 'First.' })
    const again = await countersign('managerA', created.body.id, { decision: 'standard', rationale: 'Second.' })
    assert.equal(again.status, 409)
    await assert.rejects(
      sql`update recall_review set rationale = 'changed' where id = ${created.body.id}`.execute(app.services.handle.db),
      /cannot be changed/,
    )
    await assert.rejects(
      sql`delete from recall_review where id = ${created.body.id}`.execute(app.services.handle.db),
      /never deleted/,
    )
  })

  it('records a correction as a new entry with its reason, naming the decision it corrects', async () => {
    const created = await recommend('comA')
    await countersign('managerA', created.body.id, { decision: 'no-recall', rationale: 'Original.' })
    const noReason = await recommend('comA', breach({ correctsId: created.body.id }))
    assert.equal(noReason.status, 400)
    const correction = await recommend(
      'comA',
      breach({ correctsId: created.body.id, correctionReason: 'The breach date was wrong.', breachDate: '2026-11-19' }),
    )
    assert.equal(correction.status, 201)
    const review = await as('comA').json('GET', `/api/v1/people/${alpha}/recall/${correction.body.id}`)
    assert.equal(review.body.review.correctsId, created.body.id)
    assert.equal(review.body.review.correctionReason, 'The breach date was wrong.')
    const original = await as('comA').json('GET', `/api/v1/people/${alpha}/recall/${created.body.id}`)
    assert.equal(original.body.review.rationale, 'Original.')
  })
})

describe('what recall offers the caseload and the timeline', () => {
  it('lists reviews awaiting countersignature as deadlines, and countersigned decisions as events', async () => {
    const deadlines = await app.services.recall.deadlines([alpha, app.fixture.people.ofComB.id])
    assert.ok(deadlines.length > 0)
    assert.ok(deadlines.every(d => d.personId === alpha && d.label === 'Recall review to countersign'))
    const events = await app.services.recall.timelineEvents(alpha)
    assert.ok(events.some(e => e.title === 'Recall decision: No recall' && e.by === 'Staff managerA'))
  })
})

describe('who may see and record breaches', () => {
  for (const username of ['comB', 'pom2', 'partner', 'admin', 'person']) {
    it(`${username} gets the same answer as for nobody there, and nothing is written`, async () => {
      const before = await reviewCount(app)
      assert.equal((await as(username).json('GET', `/api/v1/people/${alpha}/recall`)).status, 404)
      assert.equal((await as(username).get(`/people/${alpha}/recall`)).status, 404)
      assert.equal((await recommend(username)).status, 404)
      assert.equal(await reviewCount(app), before)
    })
  }

  it('lets a COM of the team read but not record, and bars excluded staff', async () => {
    assert.equal((await as('comA2').json('GET', `/api/v1/people/${alpha}/recall`)).status, 200)
    assert.equal((await recommend('comA2')).status, 403)
    const excluded = app.fixture.people.excludedForComA2.id
    assert.equal((await as('comA2').json('GET', `/api/v1/people/${excluded}/recall`)).status, 403)
  })

  it('shows the pages to the COM and the manager', async () => {
    const created = await recommend('comA')
    const list = await (await as('comA').get(`/people/${alpha}/recall`)).text()
    assert.match(list, /data-qa="reviews"/)
    const page = await (await as('managerA').get(`/people/${alpha}/recall/${created.body.id}`)).text()
    assert.match(page, /data-qa="countersign"/)
    const own = await (await as('comA').get(`/people/${alpha}/recall/${created.body.id}`)).text()
    assert.doesNotMatch(own, /data-qa="countersign"/)
  })
})
