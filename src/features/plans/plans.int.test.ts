import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { readPdf } from '../../../test/support/pdf-text.ts'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import {
  countRows,
  draftPlan,
  ownGoal,
  planAudit,
  step,
  TODAY,
  type GoalJson,
  type VersionJson,
} from './plans.test-support.ts'

let app: TestApp
before(async () => {
  app = await startTestApp({ today: TODAY })
})
after(() => app.close())

const signIn = (username: string) => new Client(app.baseUrl).signIn(username)

describe('a plan made with the person', () => {
  it('versions material changes, records the person’s answers and shows who did what', async () => {
    const com = await signIn('comA')
    const person = await signIn('person')
    const id = app.fixture.people.ofComA.id
    const base = `/api/v1/people/${id}/plan`
    const { goalId, revision } = await draftPlan(com, id)
    let plan = (await com.json('GET', base)).body
    assert.equal(plan.plan.version.number, 1, 'drafting item by item is one version')
    assert.equal(plan.plan.revision, revision)

    // The person adds a goal in their own words: a new version, shown as theirs.
    const added = await person.json('POST', `${base}/goals`, { text: 'See my daughter every week', revision })
    assert.equal(added.status, 201, JSON.stringify(added.body))
    assert.equal(added.body.versionNumber, 2)
    plan = (await person.json('GET', base)).body
    assert.equal(plan.forPerson, true)
    const theirs = plan.plan.goals[1]
    assert.equal(theirs.writtenBy, 'Test Alpha (the person)')
    assert.equal(theirs.writtenByPerson, true)

    // They do not agree with the practitioner's step.
    const comStep = plan.plan.goals[0].steps[1]
    const no = await person.json('POST', `${base}/agreements`, {
      agreed: false,
      comments: 'I would rather find the course myself',
      disagreedStepIds: [comStep.id],
      version: 2,
    })
    assert.equal(no.status, 201, JSON.stringify(no.body))

    // The COM changes the step: a material change, so a new version asks for agreement again.
    const changed = await com.json('PUT', `${base}/steps/${comStep.id}`, {
      goalId,
      text: 'Give the person the Next Step Employment number to call',
      ownerKind: 'practitioner',
      dueDate: '2026-12-01',
      revision: added.body.revision,
    })
    assert.equal(changed.status, 200, JSON.stringify(changed.body))
    assert.equal(changed.body.versionNumber, 3)

    // Marking a step done is progress, not a change to agree to.
    const ownStep = plan.plan.goals[0].steps[0]
    const done = await person.json('PUT', `${base}/steps/${ownStep.id}/status`, {
      status: 'done',
      revision: changed.body.revision,
    })
    assert.equal(done.status, 200, JSON.stringify(done.body))
    assert.equal(done.body.versionNumber, 3)
    const stale = await person.json('POST', `${base}/agreements`, { agreed: true, version: 2 })
    assert.equal(stale.status, 409, 'an answer to a replaced version is refused')
    assert.equal((await person.json('POST', `${base}/agreements`, { agreed: true, version: 3 })).status, 201)

    const history = (await com.json('GET', `${base}/history`)).body
    assert.deepEqual(
      history.versions.map((v: VersionJson) => [
        v.number,
        v.changedBy,
        v.answers.map((a: { agreed: boolean }) => a.agreed),
      ]),
      [
        [3, 'Staff comA', [true]],
        [2, 'Test Alpha (the person)', [false]],
        [1, 'Staff comA', []],
      ],
    )
    assert.deepEqual(history.versions[0].changes, [
      'Step changed (wording, due date): Give the person the Next Step Employment number to call',
    ])
    assert.deepEqual(history.versions[1].changes, ['Goal added: See my daughter every week'])
    assert.deepEqual(history.versions[1].answers[0].disagreedSteps, ['Refer to Next Step Employment'])
    plan = (await com.json('GET', base)).body
    assert.equal(plan.plan.goals[0].steps[0].statusBy, 'Test Alpha (the person)')
    assert.equal(plan.plan.version.answer.agreed, true)

    const actions = (await planAudit(app, id)).map(e => `${e.actor_username} ${e.action}`)
    for (const expected of [
      'comA plan.changed',
      'person plan.changed',
      'person plan.answer-recorded',
      'person plan.viewed',
      'comA plan.viewed',
    ]) {
      assert.ok(actions.includes(expected), expected)
    }
  })

  it('lets the person change only their own goals and mark only their own steps', async () => {
    const com = await signIn('comA')
    const person = await signIn('person')
    const id = app.fixture.people.ofComA.id
    const base = `/api/v1/people/${id}/plan`
    const plan = (await person.json('GET', base)).body.plan
    const comGoal = plan.goals.find((g: GoalJson) => !g.writtenByPerson)
    const comStep = comGoal.steps.find((s: GoalJson['steps'][number]) => s.owner.kind === 'practitioner')
    const tries = [
      person.json('PUT', `${base}/goals/${comGoal.id}`, { text: 'Something else', revision: plan.revision }),
      person.json('POST', `${base}/steps`, step(comGoal.id, plan.revision)),
      person.json('PUT', `${base}/steps/${comStep.id}/status`, { status: 'done', revision: plan.revision }),
      person.json('POST', `${base}/controls`, { type: 'trigger', text: 'x', revision: plan.revision }),
    ]
    for (const { status } of await Promise.all(tries)) assert.equal(status, 403)
    assert.equal((await com.json('GET', base)).body.plan.revision, plan.revision, 'nothing saved')
  })

  it('refuses bad input with messages that say what to fix, and saves nothing', async () => {
    const com = await signIn('comA2')
    const created = await com.json('POST', '/api/v1/people', {
      firstName: 'Bo',
      lastName: 'Badinput',
      dateOfBirth: '1990-01-01',
      crn: 'X900001',
    })
    const base = `/api/v1/people/${created.body.id}/plan`
    await com.json('POST', `${base}/goals`, ownGoal('Find somewhere to live', 0))
    const plan = (await com.json('GET', base)).body.plan
    const rows = await countRows(app, 'plan_revision')
    const cases: [unknown, string, string][] = [
      [ownGoal('  ', 1), 'text', 'Enter the goal'],
      [ownGoal('x'.repeat(501), 1), 'text', 'The goal must be 500 characters or fewer'],
      [{ revision: 1, text: 'A goal' }, 'kind', 'Select whether this is the person’s own goal or a compliance goal'],
      [{ ...ownGoal('A goal', 1), pathway: 'knitting' }, 'pathway', 'Select a pathway from the list'],
    ]
    for (const [body, field, message] of cases) {
      const { status, body: problem } = await com.json('POST', `${base}/goals`, body)
      assert.equal(status, 400)
      assert.deepEqual(problem.errors, [{ field, message }])
    }
    const goalId = plan.goals[0].id
    const stepCases: [unknown, string, string][] = [
      [step(goalId, 1, { ownerKind: undefined }), 'ownerKind', 'Select who will do this step'],
      [step(goalId, 1, { ownerKind: 'partner' }), 'ownerName', 'Enter the name of the partner organisation'],
      [step(goalId, 1, { dueDate: '2026-11-22' }), 'dueDate', 'The due date must be today or in the future'],
      [step(goalId, 1, { dueDate: '31/2/2027' }), 'dueDate', 'The due date must be a real date'],
    ]
    for (const [body, field, message] of stepCases) {
      const { status, body: problem } = await com.json('POST', `${base}/steps`, body)
      assert.equal(status, 400, JSON.stringify(problem))
      assert.deepEqual(problem.errors, [{ field, message }])
    }
    assert.equal(await countRows(app, 'plan_revision'), rows, 'nothing half saved')
    assert.equal((await com.json('GET', base)).body.plan.revision, 1)
  })

  it('shows the second to save what changed, and keeps what they typed', async () => {
    const com = await signIn('comA')
    const person = await signIn('person')
    const id = app.fixture.people.ofComA.id
    const read = (await person.json('GET', `/api/v1/people/${id}/plan`)).body.plan
    const goal = read.goals.find((g: GoalJson) => g.writtenByPerson)
    // The COM saves first.
    const first = await com.json('POST', `/api/v1/people/${id}/plan/controls`, {
      type: 'trigger',
      text: 'Money worries at the end of the month',
      revision: read.revision,
    })
    assert.equal(first.status, 201)
    // The person saves their goal over the revision they read, through the page.
    const token = await person.formToken(`/people/${id}/plan/goals/${goal.id}`)
    const page = await person.request('POST', `/people/${id}/plan/goals/${goal.id}`, {
      form: { _csrf: token, text: 'See my daughter every Saturday', revision: String(read.revision) },
    })
    assert.equal(page.status, 409)
    const html = await page.text()
    assert.match(html, /Staff comA changed the plan while you were editing it/)
    assert.match(html, /Internal control added: Money worries at the end of the month/)
    assert.match(html, /See my daughter every Saturday<\/textarea>/, 'their words are kept')
    assert.match(html, new RegExp(`name="revision" value="${first.body.revision}"`), 'saving again is deliberate')
    const again = await person.request('POST', `/people/${id}/plan/goals/${goal.id}`, {
      form: { _csrf: token, text: 'See my daughter every Saturday', revision: String(first.body.revision) },
    })
    assert.equal(again.status, 303)
    const plan = (await com.json('GET', `/api/v1/people/${id}/plan`)).body.plan
    assert.equal(plan.goals.find((g: GoalJson) => g.id === goal.id).text, 'See my daughter every Saturday')
    const triggers = plan.controls.find((c: { type: string }) => c.type === 'trigger').items
    assert.equal(triggers[0].text, 'Money worries at the end of the month', 'neither lost')
  })

  it('prints the plan in plain words', async () => {
    const person = await signIn('person')
    const response = await person.get(`/people/${app.fixture.people.ofComA.id}/plan/print`)
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('content-type'), 'application/pdf')
    const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()))
    assert.equal(pdf.title, 'Your plan')
    assert.match(pdf.text, /I want to work as a bricklayer/)
    assert.match(pdf.text, /You wrote this\./)
    assert.match(pdf.text, /Your probation worker is Staff comA\./)
    assert.match(pdf.text, /Do not break the law\./)
  })

  it('offers its versions and answers to the timeline and the practitioner’s open steps as deadlines', async () => {
    const id = app.fixture.people.ofComA.id
    const events = await app.services.plans.timelineEvents(id)
    assert.ok(
      events.some(e => e.title === 'Plan version 2 not agreed by the person' && e.by === 'Test Alpha (the person)'),
    )
    assert.ok(events.some(e => e.title === 'Plan version 1 made' && e.by === 'Staff comA'))
    const deadlines = await app.services.plans.deadlines([id, app.fixture.people.ofComB.id])
    assert.deepEqual(deadlines, [
      {
        personId: id,
        label: 'Plan step: Give the person the Next Step Employment number to call',
        dueDate: '2026-12-01',
      },
    ])
  })
})
