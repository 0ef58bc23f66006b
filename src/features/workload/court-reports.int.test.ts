import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { savedBanner } from '../../../test/support/saved-banner.ts'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'

const TODAY = '2026-12-02'

let app: TestApp
const clients = new Map<string, Client>()
before(async () => {
  app = await startTestApp({ today: TODAY })
  for (const username of ['comA', 'comA2', 'comB', 'managerA', 'managerB', 'person'])
    clients.set(username, await new Client(app.baseUrl).signIn(username))
  // comA works a full week: 2,176 points. What comA holds in the fixture has no tier yet, so scores nothing.
  await as('managerA').json('PUT', `/api/v1/workload/practitioners/${staff('comA')}/hours`, {
    grade: 'PO',
    contractedHours: 37,
  })
})
after(() => app.close())
const as = (username: string) => clients.get(username)!
const staff = (username: string) => app.fixture.staff[username]!.id
const reportsPath = (username: string) => `/api/v1/workload/practitioners/${staff(username)}/court-reports`
const workloadOf = async (client: Client, username: string) =>
  (await client.json('GET', `/api/v1/workload/practitioners/${staff(username)}`)).body
const auditedCourtReports = async () =>
  (
    await app.services.handle.db
      .selectFrom('audit_event')
      .select(['action', 'details'])
      .where('action', 'like', 'workload.court-report-%')
      .orderBy('id')
      .execute()
  ).map(e => e.action)

describe('court reports in the workload', () => {
  it('moves capacity now, in the weeks the report spans, on the dashboard and in the advice, and back on removal', async () => {
    const before = await workloadOf(as('comA'), 'comA')
    assert.equal(before.practitioner.points, 0)
    const added = await as('comA').json('POST', reportsPath('comA'), {
      type: 'standard',
      court: 'Northtown Magistrates’ Court',
      requestedOn: '2026-11-10',
      dueOn: '2026-12-09',
    })
    assert.equal(added.status, 201, JSON.stringify(added.body))
    // A report due three weeks ago no longer counts; one asked for today counts now.
    await as('comA').json('POST', reportsPath('comA'), {
      type: 'fast',
      court: 'Northtown Magistrates’ Court',
      requestedOn: '2026-10-01',
      dueOn: '2026-11-10',
    })
    await as('managerA').json('POST', reportsPath('comA'), {
      type: 'fast',
      court: 'Southby Crown Court',
      requestedOn: TODAY,
      dueOn: TODAY,
    })

    const now = await workloadOf(as('comA'), 'comA')
    assert.equal(now.practitioner.points, 138 + 65)
    assert.deepEqual(now.practitioner.courtReports, { standard: 1, fast: 1 })
    assert.equal(now.practitioner.capacityPercent, 9.3)
    assert.deepEqual(now.weeks.map((w: { weekEnding: string; points: number }) => [w.weekEnding, w.points]).slice(-6), [
      ['2026-10-28', 65],
      ['2026-11-04', 65],
      ['2026-11-11', 203], // the fast report was due on the 10th, the standard one asked for on the 10th
      ['2026-11-18', 138],
      ['2026-11-25', 138],
      ['2026-12-02', 203],
    ])
    assert.deepEqual(
      now.courtReports.map((r: { type: string; state: string }) => [r.type, r.state]),
      [
        ['standard', 'counting'],
        ['fast', 'counting'],
        ['fast', 'ended'],
      ],
    )

    const team = (await as('managerA').json('GET', '/api/v1/workload/team')).body
    const row = team.practitioners.find((p: { staffId: string }) => p.staffId === staff('comA'))
    assert.equal(row.points, 203)
    assert.equal(team.weeks.at(-1).courtReports.standard, 1)

    const hotel = app.fixture.people.awaitingComInNorth.id
    const advice = (await as('managerA').json('GET', `/api/v1/people/${hotel}/allocation-advice`)).body
    const candidate = advice.ranked.find(
      (r: { candidate: { staffId: string } }) => r.candidate.staffId === staff('comA'),
    )
    assert.equal(candidate.candidate.capacityNow, 9.3)
    assert.equal(candidate.candidate.capacityAfter, 9.3, 'Hotel has no tier yet, so adds nothing')

    const list = await as('comA').json('GET', reportsPath('comA'))
    assert.equal(list.status, 200)
    const standard = list.body.courtReports.find((r: { type: string }) => r.type === 'standard')
    const removed = await as('managerA').json('DELETE', `${reportsPath('comA')}/${standard.id}`)
    assert.equal(removed.status, 204)
    assert.equal((await workloadOf(as('comA'), 'comA')).practitioner.points, 65)
    assert.equal((await as('managerA').json('DELETE', `${reportsPath('comA')}/${standard.id}`)).status, 404)
    assert.deepEqual(await auditedCourtReports(), [
      'workload.court-report-added',
      'workload.court-report-added',
      'workload.court-report-added',
      'workload.court-report-removed',
    ])
  })

  it('lets only the COM themself and their team’s manager see, record and remove their reports', async () => {
    const report = { type: 'standard', court: 'Northtown Magistrates’ Court', requestedOn: TODAY, dueOn: TODAY }
    for (const username of ['comA2', 'comB', 'managerB', 'person']) {
      assert.equal((await as(username).json('POST', reportsPath('comA'), report)).status, 404, username)
      assert.equal((await as(username).json('GET', reportsPath('comA'))).status, 404, username)
    }
    const own = await as('comA2').json('POST', reportsPath('comA2'), report)
    assert.equal(own.status, 201)
    assert.equal((await as('comA').json('DELETE', `${reportsPath('comA2')}/${own.body.id}`)).status, 404)
    // A report id of another practitioner, asked for under comA's address, is not comA's to remove.
    assert.equal((await as('managerA').json('DELETE', `${reportsPath('comA')}/${own.body.id}`)).status, 404)
    const list = (await as('comA2').json('GET', reportsPath('comA2'))).body
    assert.equal(list.courtReports.length, 1)
  })

  it('names every problem of the form at once, and confirms a save', async () => {
    const path = `/workload/practitioners/${staff('comA')}/court-reports/new`
    const token = await as('comA').formToken(path)
    const empty = await as('comA').request('POST', path, { form: { _csrf: token } })
    assert.equal(empty.status, 400)
    const emptyHtml = await empty.text()
    for (const href of ['#type', '#court', '#requestedOn', '#dueOn'])
      assert.match(emptyHtml, new RegExp(`href="${href}`), href)

    const backwards = await as('comA').request('POST', path, {
      form: {
        _csrf: token,
        type: 'standard',
        court: '',
        'requestedOn-day': '3',
        'requestedOn-month': '12',
        'requestedOn-year': '2026',
        'dueOn-day': '1',
        'dueOn-month': '12',
        'dueOn-year': '2026',
      },
    })
    assert.equal(backwards.status, 400)
    const html = await backwards.text()
    assert.match(html, /href="#court/)
    assert.match(html, /The date the report was requested must be today or in the past/)
    assert.match(html, /The date the report is due must be on or after the date it was requested/)

    const saved = await as('comA').request('POST', path, {
      form: {
        _csrf: token,
        type: 'fast',
        court: 'Eastgate Magistrates’ Court',
        'requestedOn-day': '1',
        'requestedOn-month': '12',
        'requestedOn-year': '2026',
        'dueOn-day': '2',
        'dueOn-month': '12',
        'dueOn-year': '2026',
      },
    })
    assert.equal(saved.status, 303)
    const page = await (await as('comA').get(saved.headers.get('location')!)).text()
    assert.equal(savedBanner(page), 'Court report added')
    assert.match(page, /Eastgate Magistrates’ Court/)
    assert.equal((await as('comA2').get(path)).status, 404)
  })
})

describe('tier changes on the timeline', () => {
  it('shows each tier set with its model, who set it and a link to the tier page', async () => {
    const alpha = app.fixture.people.ofComA.id
    for (const input of [
      { rosh: 'high', rsrPercent: 1, mappa: 'none', flags: [] },
      { rosh: 'low', rsrPercent: 1, mappa: '2', flags: [] },
    ])
      assert.equal((await as('comA').json('POST', `/api/v1/people/${alpha}/tier`, input)).status, 201)
    const { status, body } = await as('comA').json('GET', `/api/v1/people/${alpha}/timeline?kind=tier`)
    assert.equal(status, 200, JSON.stringify(body))
    assert.deepEqual(
      body.events.map((e: { title: string; at: string; by: string; href: string }) => [e.title, e.at, e.by, e.href]),
      [
        ['Tier set to A0 (model protect-change-2021)', TODAY, 'Staff comA', `/people/${alpha}/tier`],
        ['Tier set to B0 (model protect-change-2021)', TODAY, 'Staff comA', `/people/${alpha}/tier`],
      ],
    )
    assert.equal(body.kinds.tier, 'Tiers')
  })
})
