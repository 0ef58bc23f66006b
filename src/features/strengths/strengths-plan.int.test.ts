import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { readPdf } from '../../../test/support/pdf-text.ts'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { bannerAfter, draftPlan, submitForm, TODAY } from '../plans/plans.test-support.ts'

let app: TestApp
const clients = new Map<string, Client>()
let alpha: string
let plan: string
let strengths: string
let firstGoal = ''
let secondGoal = ''
let strengthId = ''
before(async () => {
  app = await startTestApp({ today: TODAY })
  for (const username of ['comA', 'comB', 'person'])
    clients.set(username, await new Client(app.baseUrl).signIn(username))
  alpha = app.fixture.people.ofComA.id
  plan = `/api/v1/people/${alpha}/plan`
  strengths = `/people/${alpha}/strengths`
})
after(() => app.close())

const as = (username: string) => clients.get(username)!
const planView = async () => (await as('comA').json('GET', plan)).body.plan
const profile = async () => (await as('comA').json('GET', `/api/v1/people/${alpha}/strengths`)).body
const goalOf = async (id: string) => (await planView()).goals.find((g: { id: string }) => g.id === id)

describe('the plan shows the person’s strengths from their strengths profile', () => {
  it('shows a profile strength in the plan, under the goal that builds on it, without a new plan version', async () => {
    ;({ goalId: firstGoal } = await draftPlan(as('comA'), alpha))
    const version = (await planView()).version.number
    const added = await as('comA').json('POST', `/api/v1/people/${alpha}/strengths`, {
      category: 'skill',
      text: 'Good with my hands',
      goalIds: [firstGoal],
    })
    assert.equal(added.status, 201, JSON.stringify(added.body))
    strengthId = added.body.id

    const view = await planView()
    assert.deepEqual(
      view.strengths.map((s: { text: string; goalIds: string[] }) => [s.text, s.goalIds]),
      [['Good with my hands', [firstGoal]]],
    )
    assert.deepEqual(
      view.goals[0].strengths.map((s: { text: string }) => s.text),
      ['Good with my hands'],
    )
    assert.equal(view.version.number, version, 'a strength is the profile’s: the plan asks for no new agreement')

    const page = await (await as('comA').get(`/people/${alpha}/plan`)).text()
    assert.match(page, /data-qa="goal-strengths"><li>Skill: Good with my hands<\/li>/)
    assert.match(page, new RegExp(`href="/people/${alpha}/strengths" data-qa="change-strengths">Change strengths<`))
    assert.doesNotMatch(page, /Add a strength or protective factor/, 'the plan no longer edits strengths')

    const own = await (await as('person').get(`/people/${alpha}/plan`)).text()
    assert.match(own, /data-qa="plan-strengths"><li>Good with my hands<\/li>/)
    assert.match(own, /href="\/your-strengths" data-qa="change-strengths">Change your strengths</)
    assert.match(own, /This builds on:/)
  })

  it('has no strengths of its own to add, change or remove, in the pages or the API', async () => {
    const revision = (await planView()).revision
    const api = await as('comA').json('POST', `${plan}/strengths`, { type: 'strength', text: 'Kind', revision })
    assert.equal(api.status, 404)
    assert.equal((await as('comA').get(`/people/${alpha}/plan/strengths/new`)).status, 404)
    assert.equal((await planView()).revision, revision, 'nothing saved')
  })

  it('prints the profile’s strengths in the plan', async () => {
    const response = await as('person').get(`/people/${alpha}/plan/print`)
    const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()))
    assert.match(pdf.text, /What you are good at\s+•?\s*Good with my hands/)
  })
})

describe('each strength linked to the goals that build on it', () => {
  it('offers the plan’s goals as checkboxes, ticked for those linked', async () => {
    const added = await as('comA').json('POST', `${plan}/goals`, {
      text: 'Cook for my family',
      kind: 'own',
      revision: (await planView()).revision,
    })
    assert.equal(added.status, 201)
    secondGoal = (await planView()).goals[1].id
    const html = await (await as('comA').get(`${strengths}/${strengthId}`)).text()
    assert.match(html, new RegExp(`name="goalIds" type="checkbox" value="${firstGoal}" checked`))
    assert.match(html, new RegExp(`name="goalIds" type="checkbox" value="${secondGoal}">`))
    assert.match(html, /Cook for my family/)
  })

  it('links and unlinks goals when a strength is changed, keeping each change in its history', async () => {
    const form = `${strengths}/${strengthId}`
    let saved = await submitForm(as('comA'), form, {
      category: 'skill',
      text: 'Good with my hands',
      goalIds: [firstGoal, secondGoal],
    })
    let after = await bannerAfter(as('comA'), saved)
    assert.equal(after.banner, 'Strength changed: Good with my hands')
    assert.match(
      after.html,
      /data-qa="strength-goals"><li>I want to work as a bricklayer<\/li><li>Cook for my family<\/li>/,
    )

    saved = await submitForm(as('comA'), form, { category: 'hope', text: 'Good with my hands', goalIds: secondGoal })
    after = await bannerAfter(as('comA'), saved)
    assert.equal(after.banner, 'Strength changed: Good with my hands')
    assert.equal((await goalOf(firstGoal)).strengths.length, 0, 'unlinked')
    assert.deepEqual(
      (await goalOf(secondGoal)).strengths.map((s: { categoryName: string }) => s.categoryName),
      ['Hope for the future'],
    )

    const history = await app.services.handle.db
      .selectFrom('strength_change')
      .select(['change', 'goal_ids'])
      .where('strength_id', '=', strengthId)
      .orderBy('created_at')
      .orderBy('id')
      .execute()
    assert.deepEqual(
      history.map(h => h.change),
      ['added', 'changed', 'changed'],
    )
    assert.deepEqual(history.at(-1)!.goal_ids, [secondGoal])
  })

  it('refuses a goal that is not in the plan, keeping what was typed', async () => {
    const saved = await submitForm(as('comA'), `${strengths}/new`, {
      category: 'interest',
      text: 'Football on Sundays',
      goalIds: '6f1c1d52-9a1e-4c55-9d6e-2b9a3e7c1f00',
    })
    assert.equal(saved.status, 400)
    const html = await saved.text()
    assert.match(html, /href="#goalIds">Select goals from the plan</)
    assert.match(html, /Football on Sundays<\/textarea>/)
    assert.equal((await profile()).strengths.length, 1, 'nothing saved')
  })

  it('stops showing a goal removed from the plan', async () => {
    const removed = await as('comA').json('DELETE', `${plan}/goals/${secondGoal}`, {
      revision: (await planView()).revision,
    })
    assert.equal(removed.status, 200, JSON.stringify(removed.body))
    const strength = (await profile()).strengths[0]
    assert.deepEqual(strength.goals, [])
    assert.deepEqual(strength.goalIds, [secondGoal], 'the link is kept, only not shown')
    const html = await (await as('comA').get(strengths)).text()
    assert.doesNotMatch(html, /Cook for my family/)
    assert.match(html, /No goals of the plan linked/)
  })

  it('lets only a practitioner who may change the record change a strength', async () => {
    const body = { category: 'skill', text: 'Changed by someone else', goalIds: [] }
    const put = (username: string) => as(username).json('PUT', `/api/v1/people/${alpha}/strengths/${strengthId}`, body)
    assert.equal((await put('person')).status, 403, 'as with removing one, the person is refused')
    assert.notEqual((await put('comB')).status, 200)
    assert.equal((await profile()).strengths[0].text, 'Good with my hands')
  })
})

describe('an achieved goal offers to become an achievement', () => {
  it('offers “Record this as an achievement” when a practitioner marks a goal achieved, with no new version', async () => {
    const before = await planView()
    assert.equal(
      (
        await as('person').json('PUT', `${plan}/goals/${firstGoal}/achieved`, {
          achieved: true,
          revision: before.revision,
        })
      ).status,
      403,
      'the person does not mark their goals achieved',
    )
    const saved = await submitForm(
      as('comA'),
      `/people/${alpha}/plan`,
      { achieved: 'yes', revision: String(before.revision) },
      `/people/${alpha}/plan/goals/${firstGoal}/achieved`,
    )
    assert.equal(saved.status, 303)
    const location = saved.headers.get('location')!
    assert.equal(location, `/people/${alpha}/plan?achieved=${firstGoal}#goal-${firstGoal}`)
    const html = await (await as('comA').get(location)).text()
    assert.match(html, /data-qa="goal-achieved"[\s\S]*Goal marked as achieved: I want to work as a bricklayer/)
    assert.match(
      html,
      new RegExp(
        `href="/people/${alpha}/strengths/achievements/new\\?goalId=${firstGoal}" data-qa="record-achievement"`,
      ),
    )
    const after = await planView()
    assert.equal(after.version.number, before.version.number, 'progress, not a change to agree to')
    assert.equal((await goalOf(firstGoal)).achievedOn, TODAY)
    assert.equal((await goalOf(firstGoal)).achievedBy, 'Staff comA')
  })

  it('fills in the achievement form from the goal: its words, a milestone, today', async () => {
    const html = await (await as('comA').get(`${strengths}/achievements/new?goalId=${firstGoal}`)).text()
    assert.match(html, /name="title" type="text" value="I want to work as a bricklayer"/)
    assert.match(html, /name="kind" type="radio" value="milestone" checked/)
    assert.match(html, /name="achievedOn-day" type="text" value="23"/)
    assert.match(html, /name="achievedOn-year" type="text" value="2026"/)
    assert.match(html, new RegExp(`name="goalId" value="${firstGoal}"`))
    const unknown = await as('comA').get(`${strengths}/achievements/new?goalId=6f1c1d52-9a1e-4c55-9d6e-2b9a3e7c1f00`)
    assert.equal(unknown.status, 404)
  })

  it('lists achieved goals not yet recorded, and adds one in one click, audited, once', async () => {
    let html = await (await as('comA').get(strengths)).text()
    assert.match(html, /data-qa="achieved-goals"[\s\S]*I want to work as a bricklayer \(achieved 23 November 2026\)/)
    const saved = await submitForm(as('comA'), strengths, {}, `${strengths}/achievements/from-goal/${firstGoal}`)
    const after = await bannerAfter(as('comA'), saved)
    assert.equal(after.banner, 'Achievement recorded: I want to work as a bricklayer')
    assert.doesNotMatch(after.html, /data-qa="achieved-goals"/, 'no longer offered')

    const achievement = (await profile()).achievements.find((a: { goalId: string }) => a.goalId === firstGoal)
    assert.equal(achievement.kind, 'milestone')
    assert.equal(achievement.achievedOn, TODAY)
    assert.ok(achievement.confirmed, 'the practitioner vouches for it')
    const audit = await app.services.handle.db
      .selectFrom('audit_event')
      .select(['details'])
      .where('action', '=', 'achievement.recorded')
      .where('subject_person_id', '=', alpha)
      .execute()
    assert.ok(audit.some(e => (e.details as { goalId?: string }).goalId === firstGoal))

    // The same goal never becomes two achievements, however it is asked.
    const again = await submitForm(as('comA'), strengths, {}, `${strengths}/achievements/from-goal/${firstGoal}`)
    assert.equal(again.status, 409)
    const viaApi = await as('comA').json('POST', `/api/v1/people/${alpha}/achievements`, {
      kind: 'milestone',
      title: 'Bricklaying again',
      achievedOn: TODAY,
      goalId: firstGoal,
    })
    assert.equal(viaApi.status, 409)
    const viaForm = await submitForm(
      as('comA'),
      `${strengths}/achievements/new?goalId=${firstGoal}`,
      {
        kind: 'milestone',
        title: 'Bricklaying again',
        'achievedOn-day': '23',
        'achievedOn-month': '11',
        'achievedOn-year': '2026',
        goalId: firstGoal,
      },
      `${strengths}/achievements/new`,
    )
    assert.equal(viaForm.status, 409)
    assert.match(await viaForm.text(), /This goal is already recorded as an achievement/)
    const recorded = (await profile()).achievements.filter((a: { goalId: string }) => a.goalId === firstGoal)
    assert.equal(recorded.length, 1)

    html = await (await as('comA').get(`/people/${alpha}/plan?achieved=${firstGoal}`)).text()
    assert.doesNotMatch(html, /data-qa="goal-achieved"/, 'the offer ends once it is recorded')
    assert.match(html, /Recorded as an achievement\./)
  })

  it('refuses a goal not marked achieved, and another team’s practitioner', async () => {
    const goals = (await planView()).goals
    const revision = (await planView()).revision
    const added = await as('comA').json('POST', `${plan}/goals`, {
      text: 'Pass my driving test',
      kind: 'own',
      revision,
    })
    assert.equal(added.status, 201)
    const open = (await planView()).goals.find((g: { id: string }) => !goals.some((o: { id: string }) => o.id === g.id))
    const notYet = await as('comA').json('POST', `/api/v1/people/${alpha}/achievements/from-goal/${open.id}`)
    assert.equal(notYet.status, 409)
    const otherTeam = await as('comB').json('POST', `/api/v1/people/${alpha}/achievements/from-goal/${open.id}`)
    assert.equal(otherTeam.status, 404)
  })
})
