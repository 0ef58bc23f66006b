import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { auditedActions } from '../handover/handover.test-support.ts'

const TODAY = '2026-12-02'

let app: TestApp
const clients = new Map<string, Client>()
before(async () => {
  app = await startTestApp({ today: TODAY })
  for (const username of ['comA', 'comA2', 'comB', 'managerA', 'managerB', 'pom1', 'person'])
    clients.set(username, await new Client(app.baseUrl).signIn(username))
})
after(() => app.close())
const as = (username: string) => clients.get(username)!
const staff = (username: string) => app.fixture.staff[username]!.id

describe('tiers', () => {
  it('works the tier out from the inputs, stores it with its model, and keeps the history', async () => {
    const alpha = app.fixture.people.ofComA.id
    const first = await as('comA').json('POST', `/api/v1/people/${alpha}/tier`, {
      rosh: 'high',
      rsrPercent: 4.5,
      mappa: 'none',
      flags: ['stalking'],
    })
    assert.equal(first.status, 201, JSON.stringify(first.body))
    assert.deepEqual({ tier: first.body.tier, model: first.body.model }, { tier: 'B0', model: 'protect-change-2021' })
    const second = await as('comA').json('POST', `/api/v1/people/${alpha}/tier`, {
      rosh: 'low',
      rsrPercent: 2,
      mappa: '2',
      flags: [],
    })
    assert.equal(second.body.tier, 'A0')
    const view = await as('managerA').json('GET', `/api/v1/people/${alpha}/tier`)
    assert.equal(view.status, 200)
    assert.equal(view.body.current.tier, 'A0')
    assert.equal(view.body.explanation.parts.mappa, 150)
    assert.deepEqual(
      view.body.history.map((t: { tier: string }) => t.tier),
      ['A0', 'B0'],
    )
    const page = await as('comA').get(`/people/${alpha}/tier`)
    assert.equal(page.status, 200)
    assert.match(await page.text(), /Tier <strong>A0<\/strong>/)
  })

  it('names every bad field at once, and hides the tier from the person and from staff out of scope', async () => {
    const alpha = app.fixture.people.ofComA.id
    const bad = await as('comA').json('POST', `/api/v1/people/${alpha}/tier`, {
      rosh: 'huge',
      rsrPercent: 101,
      mappa: '4',
      flags: ['x'],
    })
    assert.equal(bad.status, 400)
    const fields = JSON.stringify(bad.body)
    for (const field of ['rosh', 'rsrPercent', 'mappa', 'flags']) assert.match(fields, new RegExp(field))
    assert.equal((await as('person').json('GET', `/api/v1/people/${alpha}/tier`)).status, 404)
    assert.equal((await as('comB').json('GET', `/api/v1/people/${alpha}/tier`)).status, 404)
  })
})

describe('hours, reductions and capacity', () => {
  it('lets the team manager set hours and reductions, and capacity follows', async () => {
    const comA = staff('comA')
    assert.equal(
      (
        await as('managerB').json('PUT', `/api/v1/workload/practitioners/${comA}/hours`, {
          grade: 'PO',
          contractedHours: 37,
        })
      ).status,
      404,
    )
    assert.equal(
      (
        await as('comA').json('PUT', `/api/v1/workload/practitioners/${comA}/hours`, {
          grade: 'PO',
          contractedHours: 37,
        })
      ).status,
      404,
    )
    const set = await as('managerA').json('PUT', `/api/v1/workload/practitioners/${comA}/hours`, {
      grade: 'PO',
      contractedHours: 18.5,
    })
    assert.equal(set.status, 200)
    const reduction = await as('managerA').json('POST', `/api/v1/workload/practitioners/${comA}/reductions`, {
      hours: 3.7,
      reason: 'Union duties',
      startDate: '2026-11-01',
      endDate: '2026-11-30',
    })
    assert.equal(reduction.status, 201)
    const own = await as('comA').json('GET', `/api/v1/workload/practitioners/${comA}`)
    assert.equal(own.status, 200)
    // comA holds Alpha (custody, A0: 0 points), Echo and Foxtrot (no episode: community, no tier).
    assert.equal(own.body.practitioner.availablePoints, 1088)
    assert.equal(own.body.practitioner.reductions[0].state, 'ended')
    assert.equal(own.body.weeks.length, 12)
    assert.equal((await as('comA2').json('GET', `/api/v1/workload/practitioners/${comA}`)).status, 404)
    const page = await as('comA').get(`/workload/practitioners/${comA}`)
    const html = await page.text()
    assert.match(html, /<svg role="img" aria-label="Capacity of Staff comA week by week"/)
    assert.match(html, /data-qa="weeks"/)
  })

  it('shows the manager a dashboard of the team and who waits for a COM', async () => {
    const team = await as('managerA').json('GET', '/api/v1/workload/team')
    assert.equal(team.status, 200, JSON.stringify(team.body))
    assert.deepEqual(team.body.practitioners.map((p: { name: string }) => p.name).sort(), ['Staff comA', 'Staff comA2'])
    assert.ok(
      team.body.unallocated.people.some((p: { id: string }) => p.id === app.fixture.people.awaitingComInNorth.id),
    )
    assert.equal((await as('comA').json('GET', '/api/v1/workload/team')).status, 404)
    const page = await as('managerA').get('/workload/team')
    assert.equal(page.status, 200)
    assert.match(await page.text(), /Team workload/)
  })
})

describe('allocation advice', () => {
  it('lists the COMs of the PDU, records the decision with its reason, and audits it', async () => {
    const hotel = app.fixture.people.awaitingComInNorth.id
    await as('managerA').json('PUT', `/api/v1/workload/practitioners/${staff('comA2')}/hours`, {
      grade: 'PSO',
      contractedHours: 37,
    })
    await as('managerA').json('PUT', `/api/v1/workload/practitioners/${staff('comB')}/hours`, {
      grade: 'PO',
      contractedHours: 37,
    })
    const advice = await as('managerA').json('GET', `/api/v1/people/${hotel}/allocation-advice`)
    assert.equal(advice.status, 200, JSON.stringify(advice.body))
    const names = advice.body.ranked.map((r: { candidate: { name: string } }) => r.candidate.name)
    assert.ok(names.includes('Staff comB'), names.join())
    assert.equal((await as('comA').json('GET', `/api/v1/people/${hotel}/allocation-advice`)).status, 404)

    const missing = await as('managerA').json('POST', `/api/v1/people/${hotel}/allocation-advice`, {})
    assert.equal(missing.status, 400)
    assert.match(JSON.stringify(missing.body), /staffId/)
    assert.match(JSON.stringify(missing.body), /reason/)

    const decided = await as('managerA').json('POST', `/api/v1/people/${hotel}/allocation-advice`, {
      staffId: staff('comA2'),
      reason: 'Has room, and knows the prison',
    })
    assert.equal(decided.status, 201, JSON.stringify(decided.body))
    const after = await as('managerA').json('GET', `/api/v1/people/${hotel}/allocation-advice`)
    assert.equal(after.body.decisions[0].reason, 'Has room, and knows the prison')
    assert.ok(
      !after.body.ranked.some((r: { candidate: { staffId: string } }) => r.candidate.staffId === staff('comA2')),
    )
  })

  it('marks a practitioner barred from the person as a conflict, last, and refuses them', async () => {
    const echo = app.fixture.people.excludedForComA2.id
    const advice = await as('managerA').json('GET', `/api/v1/people/${echo}/allocation-advice`)
    assert.equal(advice.status, 200, JSON.stringify(advice.body))
    const last = advice.body.ranked.at(-1)
    assert.equal(last.candidate.staffId, staff('comA2'))
    assert.equal(last.candidate.conflict, true)
    const refused = await as('managerA').json('POST', `/api/v1/people/${echo}/allocation-advice`, {
      staffId: staff('comA2'),
      reason: 'Trying anyway',
      reasonCode: 'workload',
      handoverNote: 'Note',
    })
    assert.equal(refused.status, 400)
  })

  it('puts a practitioner who supervised the person before first, and the reallocation asks why', async () => {
    const alpha = app.fixture.people.ofComA.id
    // The fixture names Alpha's COM on the record only: the history says when comA was allocated.
    await app.services.handle.db
      .insertInto('allocation')
      .values({ person_id: alpha, kind: 'com', staff_id: staff('comA'), allocated_at: '2026-06-01T10:00:00Z' })
      .execute()
    const moved = await as('managerA').json('PUT', `/api/v1/people/${alpha}/allocation`, {
      comId: staff('comA2'),
      reasonCode: 'workload',
      handoverNote: 'Knows the family; see the plan.',
    })
    assert.equal(moved.status, 200, JSON.stringify(moved.body))
    // comA2 now holds Alpha; comA, who supervised Alpha before, comes first in the advice.
    const advice = await as('managerA').json('GET', `/api/v1/people/${alpha}/allocation-advice`)
    const first = advice.body.ranked[0]
    assert.equal(first.candidate.staffId, staff('comA'))
    assert.equal(first.candidate.supervisedBefore, true)
    assert.equal(first.why, 'Supervised this person before')
    const unexplained = await as('managerA').json('POST', `/api/v1/people/${alpha}/allocation-advice`, {
      staffId: staff('comA'),
      reason: 'Continuity',
    })
    assert.equal(unexplained.status, 400)
    assert.match(JSON.stringify(unexplained.body), /handoverNote/)
    const back = await as('managerA').json('POST', `/api/v1/people/${alpha}/allocation-advice`, {
      staffId: staff('comA'),
      reason: 'Continuity: first in the advice',
      reasonCode: 'other',
      reasonOther: 'Back to the practitioner who knows them',
      handoverNote: 'Back to you.',
    })
    assert.equal(back.status, 201, JSON.stringify(back.body))
    assert.equal(back.body.ranked, 1)
    const actions = (await auditedActions(app, alpha)).map(a => a.action)
    assert.ok(actions.includes('allocation-advice.viewed'))
    assert.ok(actions.includes('allocation-advice.decided'))
  })
})

describe('the pages', () => {
  it('shows every problem of a form at once on the page', async () => {
    const alpha = app.fixture.people.ofComA.id
    const tierToken = await as('managerA').formToken(`/people/${alpha}/tier/new`)
    const tier = await as('managerA').request('POST', `/people/${alpha}/tier/new`, {
      form: { _csrf: tierToken, rsrPercent: 'lots' },
    })
    assert.equal(tier.status, 400)
    const tierHtml = await tier.text()
    for (const href of ['#rosh', '#rsrPercent', '#mappa']) assert.match(tierHtml, new RegExp(`href="${href}"`))

    const comA = staff('comA')
    const path = `/workload/practitioners/${comA}/reductions/new`
    const token = await as('managerA').formToken(path)
    const reduction = await as('managerA').request('POST', path, {
      form: {
        _csrf: token,
        hours: '0',
        reason: '',
        'startDate-day': '10',
        'startDate-month': '11',
        'startDate-year': '2026',
        'endDate-day': '1',
        'endDate-month': '11',
        'endDate-year': '2026',
      },
    })
    assert.equal(reduction.status, 400)
    const html = await reduction.text()
    for (const href of ['#hours', '#reason', '#endDate']) assert.match(html, new RegExp(`href="${href}`))
  })

  it('sends a COM to their own workload and a manager to the team', async () => {
    const own = await as('comA').request('GET', '/workload')
    assert.equal(own.status, 302)
    assert.equal(own.headers.get('location'), `/workload/practitioners/${staff('comA')}`)
    const manager = await as('managerA').request('GET', '/workload')
    assert.equal(manager.headers.get('location'), '/workload/team')
    assert.equal((await as('pom1').request('GET', '/workload')).status, 404)
    assert.equal((await as('person').request('GET', '/workload/team')).status, 404)
  })
})
