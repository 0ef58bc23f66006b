import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'

/** The responsive prompts where screening and planning happen: the needs pages and the plan (issue 15). */
const TODAY = '2026-11-23'
let app: TestApp
const clients = new Map<string, Client>()
let alpha: string
let echo: string
before(async () => {
  app = await startTestApp({ today: TODAY })
  for (const username of ['comA', 'partner', 'person'])
    clients.set(username, await new Client(app.baseUrl).signIn(username))
  alpha = app.fixture.people.ofComA.id
  echo = app.fixture.people.excludedForComA2.id
  const record = async (personId: string, answers: Record<string, string>) =>
    assert.equal(
      (
        await as('comA').json('PUT', `/api/v1/people/${personId}/diversity`, {
          ...NOTHING_TO_ASK,
          ...answers,
          version: 0,
        })
      ).status,
      200,
    )
  // Alpha: a Black Caribbean woman, care experienced; Echo: answers that call for no prompt.
  await record(alpha, { sex: 'female', ethnicity: 'caribbean', careExperienced: 'yes' })
  await record(echo, {})
})
after(() => app.close())

const as = (username: string) => clients.get(username)!

const NOTHING_TO_ASK = {
  sex: 'male',
  genderSameAsSex: 'yes',
  ethnicity: 'white-british',
  religion: 'no-religion',
  disability: 'no',
  neurodivergent: 'no',
  careExperienced: 'no',
  veteran: 'no',
  firstLanguage: 'english',
  interpreterNeeded: 'no',
}

const page = async (username: string, path: string) => {
  const response = await as(username).get(path)
  return { status: response.status, html: await response.text() }
}

/** The prompts' keys on a page, in order. */
const promptsOn = (html: string) => [...html.matchAll(/data-qa="case-prompt-([\w-]+)"/g)].map(m => m[1])

const promptViews = async (personId: string) =>
  app.services.handle.db
    .selectFrom('audit_event')
    .select(['actor_username', 'details'])
    .where('subject_person_id', '=', personId)
    .where('action', '=', 'diversity.viewed')
    .orderBy('id')
    .execute()
    .then(rows => rows.filter(r => (r.details as { purpose?: string } | null)?.purpose === 'prompts'))

describe('things to ask about for this person, where the work happens', () => {
  it('shows a COM the screening prompts on the needs page and the screening form, with the way to the Diversity tab', async () => {
    for (const path of [`/people/${alpha}/needs`, `/people/${alpha}/needs/screening/arrival`]) {
      const { status, html } = await page('comA', path)
      assert.equal(status, 200, path)
      assert.match(html, /Things to ask about for this person/)
      assert.match(html, new RegExp(`href="/people/${alpha}/diversity" data-qa="case-prompts-link"`))
      const keys = promptsOn(html)
      for (const key of ['domestic-abuse', 'trauma', 'children-caring', 'sex-work', 'discrimination'])
        assert.ok(keys.includes(key), `${path}: ${key}`)
      // Planning's prompts are not screening's.
      assert.ok(!keys.includes('care-leaver'), path)
      assert.ok(!keys.includes('trust'), path)
    }
  })

  it('shows a COM the planning prompts on the plan, and audits each showing as a view of diversity data', async () => {
    const before = (await promptViews(alpha)).length
    const { html } = await page('comA', `/people/${alpha}/plan`)
    const keys = promptsOn(html)
    for (const key of ['domestic-abuse', 'trust', 'culturally-specific-support', 'care-leaver'])
      assert.ok(keys.includes(key), key)
    assert.ok(!keys.includes('veteran'))
    assert.match(html, /Recorded as care experienced/)
    const views = await promptViews(alpha)
    assert.equal(views.length, before + 1)
    const last = views.at(-1)!
    assert.equal(last.actor_username, 'comA')
    assert.equal((last.details as { stage: string }).stage, 'planning')
    assert.ok((last.details as { prompts: string[] }).prompts.includes('care-leaver'))
  })

  it('keeps the prompts out of the API answers of needs and the plan', async () => {
    for (const path of [`/api/v1/people/${alpha}/needs`, `/api/v1/people/${alpha}/plan`]) {
      const { status, body } = await as('comA').json('GET', path)
      assert.equal(status, 200, path)
      assert.doesNotMatch(JSON.stringify(body), /casePrompts|Things to ask|care experienced/, path)
    }
  })

  it('never shows them to the person on their own plan, and writes no view of diversity data for them', async () => {
    const before = (await promptViews(alpha)).length
    const { status, html } = await page('person', `/people/${alpha}/plan`)
    assert.equal(status, 200)
    assert.doesNotMatch(html, /Things to ask about|data-qa="case-prompt/)
    assert.doesNotMatch(html, /care experienced|minority ethnic|Recorded as a woman/i)
    assert.equal((await promptViews(alpha)).length, before)
  })

  it('never shows them to a partner, who may open neither page', async () => {
    for (const path of [`/people/${alpha}/plan`, `/people/${alpha}/needs`]) {
      const { status, html } = await page('partner', path)
      assert.equal(status, 404, path)
      assert.doesNotMatch(html, /Things to ask about|data-qa="case-prompt/, path)
    }
    assert.ok(!(await promptViews(alpha)).some(v => v.actor_username === 'partner'))
  })

  it('shows nothing, and audits nothing, for a person whose record calls for no prompt', async () => {
    for (const path of [`/people/${echo}/needs`, `/people/${echo}/plan`]) {
      const { status, html } = await page('comA', path)
      assert.equal(status, 200, path)
      assert.doesNotMatch(html, /Things to ask about|data-qa="case-prompt/, path)
    }
    assert.equal((await promptViews(echo)).length, 0)
  })
})
