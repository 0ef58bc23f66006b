import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { bannerAfter, countRows, submitForm, TODAY } from './plans.test-support.ts'

let app: TestApp
before(async () => {
  app = await startTestApp({ today: TODAY })
})
after(() => app.close())

const signIn = (username: string) => new Client(app.baseUrl).signIn(username)
const planOf = async (client: Client, id: string) => (await client.json('GET', `/api/v1/people/${id}/plan`)).body.plan
const errorLinks = (html: string) => [...html.matchAll(/<a href="(#[^"]+)">([^<]+)<\/a>/g)].map(m => [m[1], m[2]])

describe('saving the plan through its forms', () => {
  it('adds, changes and removes, with the due date as day, month and year, and says each time what was saved', async () => {
    const com = await signIn('comA')
    const id = app.fixture.people.ofComA.id
    const base = `/people/${id}/plan`
    const goal = await submitForm(
      com,
      `${base}/goals/new`,
      { text: 'Work as a bricklayer', kind: 'own', revision: '0' },
      `${base}/goals`,
    )
    const added = await bannerAfter(com, goal)
    assert.equal(added.location, base)
    assert.equal(added.banner, 'Goal added')
    assert.match(added.html, /data-qa="case-header"/)
    const goalId = (await planOf(com, id)).goals[0].id
    const step = {
      goalId,
      text: 'Ring the college about the course',
      ownerKind: 'person',
      'dueDate-day': '17',
      'dueDate-month': '12',
      'dueDate-year': '2026',
      status: 'not-started',
    }
    const stepSaved = await submitForm(com, `${base}/steps/new`, { ...step, revision: '1' }, `${base}/steps`)
    assert.equal((await bannerAfter(com, stepSaved)).banner, 'Step added')
    const [saved] = (await planOf(com, id)).goals[0].steps
    assert.equal(saved.dueDate, '2026-12-17', 'the date input’s parts make one date')

    const form = await (await com.get(`${base}/steps/${saved.id}`)).text()
    assert.match(form, /name="dueDate-day"[^>]*value="17"/, 'the form shows the date as it was saved')
    const changed = await submitForm(com, `${base}/steps/${saved.id}`, { ...step, 'dueDate-day': '18', revision: '2' })
    assert.equal((await bannerAfter(com, changed)).banner, 'Step changed')
    const removed = await submitForm(
      com,
      `${base}/steps/${saved.id}`,
      { revision: '3' },
      `${base}/steps/${saved.id}/remove`,
    )
    assert.equal((await bannerAfter(com, removed)).banner, 'Step removed')

    const answer = await submitForm(com, `${base}/agreement`, { agreed: 'yes', version: '1' })
    assert.equal((await bannerAfter(com, answer)).banner, 'Answer recorded')
  })

  it('lets the person mark their step done and answer, each with a banner, on pages without the staff header', async () => {
    const comA = await signIn('comA')
    const person = await signIn('person')
    const own = app.fixture.people.ofComA.id
    const plan = await planOf(person, own)
    const mine = await comA.json('POST', `/api/v1/people/${own}/plan/steps`, {
      goalId: plan.goals[0].id,
      text: 'Open a bank account',
      ownerKind: 'person',
      dueDate: '2026-12-20',
      revision: plan.revision,
    })
    const stepId = (await planOf(person, own)).goals[0].steps.at(-1).id
    const status = `/people/${own}/plan/steps/${stepId}/status`
    const done = await submitForm(
      person,
      `/people/${own}/plan`,
      { status: 'done', revision: String(mine.body.revision) },
      status,
    )
    const marked = await bannerAfter(person, done)
    assert.equal(marked.location, `/people/${own}/plan#step-${stepId}`)
    assert.equal(marked.banner, 'Step marked as done')
    assert.doesNotMatch(marked.html, /data-qa="case-header"|data-qa="case-navigation"/)
    const version = String((await planOf(person, own)).version.number)
    const answered = await submitForm(person, `/people/${own}/plan/agreement`, { agreed: 'yes', version })
    const answer = await bannerAfter(person, answered)
    assert.equal(answer.banner, 'Your answer has been saved')
    assert.doesNotMatch(answer.html, /data-qa="case-header"/)
  })

  it('reports every problem of a step in one pass, on the form and in the API', async () => {
    const com = await signIn('comB')
    const id = app.fixture.people.ofComB.id
    const base = `/people/${id}/plan`
    const form = {
      goalId: '',
      text: ' ',
      ownerKind: 'partner',
      ownerName: '',
      'dueDate-day': '31',
      'dueDate-month': '2',
      'dueDate-year': '2027',
      revision: '0',
    }
    const refused = await submitForm(com, `${base}/steps/new`, form, `${base}/steps`)
    assert.equal(refused.status, 400)
    const html = await refused.text()
    assert.deepEqual(errorLinks(html), [
      ['#goalId', 'Select the goal this step is for'],
      ['#text', 'Enter the step'],
      ['#dueDate', 'The due date must be a real date'],
      ['#ownerName', 'Enter the name of the partner organisation'],
    ])
    assert.match(html, /name="dueDate-day"[^>]*value="31"/, 'what was typed is kept')

    const goal = await com.json('POST', `/api/v1${base}/goals`, {
      text: 'Get my licence back',
      kind: 'own',
      revision: 0,
    })
    const fromPlan = await com.json('POST', `/api/v1${base}/steps`, {
      goalId: '00000000-0000-4000-8000-000000000000',
      text: 'Book the medical',
      ownerKind: 'person',
      dueDate: '2026-11-20',
      revision: goal.body.revision,
    })
    assert.equal(fromPlan.status, 400)
    assert.deepEqual(fromPlan.body.errors, [
      { field: 'goalId', message: 'Select the goal this step is for' },
      { field: 'dueDate', message: 'The due date must be today or in the future' },
    ])
  })

  it('counts the characters left in every limited text area', async () => {
    const com = await signIn('comB')
    const base = `/people/${app.fixture.people.ofComB.id}/plan`
    const goal = await (await com.get(`${base}/goals/new`)).text()
    assert.match(goal, /govuk-character-count"[^>]*data-maxlength="500"/)
    const supporter = await (await com.get(`${base}/supporters/new`)).text()
    assert.equal([...supporter.matchAll(/data-maxlength="300"/g)].length, 2, 'what is shared and their part')
    const agreement = await (await com.get(`${base}/agreement`)).text()
    assert.match(agreement, /data-maxlength="1000"/)
  })
})

describe('what the plan refuses before it reads anything', () => {
  it('answers the person 404 on the practitioner’s forms', async () => {
    const person = await signIn('person')
    const base = `/people/${app.fixture.people.ofComA.id}/plan`
    for (const path of ['/steps/new', '/controls/new', '/conditions/new', '/supporters/new']) {
      assert.equal((await person.get(`${base}${path}`)).status, 404, path)
    }
    const post = await submitForm(person, base, { type: 'trigger', text: 'x', revision: '0' }, `${base}/controls`)
    assert.equal(post.status, 404)
  })

  it('answers a malformed id 400 in the API and 404 on a page', async () => {
    const com = await signIn('comA')
    const id = app.fixture.people.ofComA.id
    const api = await com.json('GET', '/api/v1/people/not-a-person/plan')
    assert.equal(api.status, 400)
    assert.deepEqual(
      api.body.errors.map((e: { field: string }) => e.field),
      ['params.id'],
    )
    const item = await com.json('PUT', `/api/v1/people/${id}/plan/goals/not-a-goal`, {
      text: 'x',
      kind: 'own',
      revision: 0,
    })
    assert.equal(item.status, 400)
    assert.deepEqual(
      item.body.errors.map((e: { field: string }) => e.field),
      ['params.itemId'],
    )
    assert.equal((await com.get('/people/not-a-person/plan')).status, 404)
    assert.equal((await com.get(`/people/${id}/plan/goals/not-a-goal`)).status, 404)
  })

  it('refuses a lone surrogate in the plan’s words with a field error, and saves nothing', async () => {
    const com = await signIn('comA')
    const id = app.fixture.people.ofComA.id
    const revision = (await planOf(com, id)).revision
    const before = await countRows(app, 'plan_revision')
    const refused = await com.json('POST', `/api/v1/people/${id}/plan/goals`, {
      text: 'Find work \ud800',
      kind: 'own',
      revision,
    })
    assert.equal(refused.status, 400)
    assert.deepEqual(refused.body.errors, [
      {
        field: 'text',
        message: 'The value of text must not contain invisible control characters or broken characters',
      },
    ])
    assert.equal(await countRows(app, 'plan_revision'), before)
  })
})
