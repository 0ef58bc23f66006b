import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { savedBanner } from '../../../test/support/saved-banner.ts'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { auditedActions } from '../handover/handover.test-support.ts'
import { fortnightlyAttended } from './supervision.test-support.ts'

const TODAY = '2026-11-23'
let app: TestApp
const clients = new Map<string, Client>()
let alpha: string
before(async () => {
  app = await startTestApp({ today: TODAY })
  const usernames = ['comA', 'comA2', 'comB', 'managerA', 'pom2', 'partner', 'admin', 'person']
  for (const username of usernames) clients.set(username, await new Client(app.baseUrl).signIn(username))
  alpha = app.fixture.people.ofComA.id
})
after(() => app.close())

const as = (username: string) => clients.get(username)!
const path = (rest = '') => `/api/v1/people/${alpha}/supervision${rest}`
const schedule = (username: string, appointmentDate: string, extra: object = {}) =>
  as(username).json('POST', path('/appointments'), { appointmentDate, kind: 'office', ...extra })
const lapse = (extra: object = {}) => ({
  occurredOn: '2026-11-18',
  kind: 'lapse',
  whatHappened: 'Drank at a family party after six weeks sober.',
  response: 'talk-it-through',
  responseReason: 'Told me himself, and wants to go back to the group.',
  ...extra,
})

describe('supervision appointments', () => {
  it('schedules an appointment, records what happened and what the person wants next time', async () => {
    const created = await schedule('comA', '2026-11-16', { appointmentTime: '09:15' })
    assert.equal(created.status, 201)
    const recorded = await as('comA').json('PUT', path(`/appointments/${created.body.id}`), {
      outcome: 'attended',
      notes: 'Talked about the job interview.',
      nextTime: 'Budgeting for the first pay packet',
      version: 1,
    })
    assert.equal(recorded.status, 200)
    const { body } = await as('comA').json('GET', path())
    const appointment = body.appointments.find((a: { id: string }) => a.id === created.body.id)
    assert.equal(appointment.outcome, 'attended')
    assert.equal(appointment.nextTime, 'Budgeting for the first pay packet')
    assert.equal(appointment.practitioner, 'Staff comA')
    const stale = await as('comA').json('PUT', path(`/appointments/${created.body.id}`), {
      outcome: 'unacceptable-absence',
      version: 1,
    })
    assert.equal(stale.status, 409)
  })

  it('refuses to record what happened before the day, and a time that is not a time', async () => {
    const future = await schedule('comA', '2026-11-30')
    const early = await as('comA').json('PUT', path(`/appointments/${future.body.id}`), {
      outcome: 'attended',
      version: 1,
    })
    assert.deepEqual(early.body.errors, [
      { field: 'outcome', message: 'You can record what happened on the day of the appointment or after it' },
    ])
    const badTime = await schedule('comA', '2026-11-30', { appointmentTime: '25:00' })
    assert.equal(badTime.status, 400)
  })
})

describe('setbacks', () => {
  it('records a lapse with a response other than recall, and shows it in the journey beside progress', async () => {
    const created = await as('comA').json('POST', path('/setbacks'), lapse())
    assert.equal(created.status, 201)
    assert.equal(created.body.considerRecall, false)
    const { body } = await as('comA').json('GET', path())
    assert.deepEqual(
      body.journey.steps.map((s: { direction: string; source: string }) => [s.source, s.direction]),
      [
        ['appointment', 'up'],
        ['setback', 'down'],
      ],
    )
    assert.equal(body.journey.steps[1].tag.text, 'Response: Talk it through')
    assert.deepEqual(body.journey.summary, { progress: 1, setbacks: 1 })
  })

  it('refuses a setback without a response or its reason', async () => {
    const refused = await as('comA').json('POST', path('/setbacks'), lapse({ response: '', responseReason: '' }))
    assert.equal(refused.status, 400)
    assert.deepEqual(
      refused.body.errors.map((e: { field: string }) => e.field),
      ['response', 'responseReason'],
    )
  })

  it('audits each write and read', async () => {
    const actions = (await auditedActions(app, alpha)).map(a => a.action).filter(a => a.startsWith('supervision.'))
    assert.deepEqual([...new Set(actions)].sort(), [
      'supervision.appointment-recorded',
      'supervision.appointment-scheduled',
      'supervision.setback-recorded',
      'supervision.viewed',
    ])
  })

  it('offers timeline events and deadlines in one call each', async () => {
    const events = await app.services.supervision.timelineEvents(alpha)
    assert.ok(events.some(e => e.kind === 'setback' && e.title === 'Lapse: talk it through'))
    assert.ok(events.some(e => e.kind === 'supervision' && e.title === 'Office appointment: Attended'))
    const deadlines = await app.services.supervision.deadlines([alpha])
    assert.ok(deadlines.some(d => d.dueDate === '2026-11-30' && d.label === 'Office appointment'))
  })
})

describe('who may see and record supervision', () => {
  for (const username of ['comB', 'pom2', 'partner', 'admin', 'person']) {
    it(`${username} gets the same answer as for nobody there, and nothing is written`, async () => {
      assert.equal((await as(username).json('GET', path())).status, 404)
      assert.equal((await as(username).get(`/people/${alpha}/supervision`)).status, 404)
      assert.equal((await as(username).json('POST', path('/setbacks'), lapse())).status, 404)
      assert.equal((await schedule(username, '2026-12-01')).status, 404)
    })
  }

  it('lets a COM of the team read but not record', async () => {
    assert.equal((await as('comA2').json('GET', path())).status, 200)
    assert.equal((await as('comA2').json('POST', path('/setbacks'), lapse())).status, 403)
  })

  it('renders the pages for the COM', async () => {
    for (const page of ['', '/appointments/new', '/setbacks/new']) {
      assert.equal((await as('comA').get(`/people/${alpha}/supervision${page}`)).status, 200, page)
    }
  })
})

describe('a long journey', () => {
  it('shows the latest 50 steps, with a link to the earlier ones, and counts them all', async () => {
    const id = app.fixture.people.ofComA2.id
    const comA2 = app.fixture.staff.comA2!.id
    // Two years of fortnightly appointments, all attended.
    await fortnightlyAttended(app.services.handle.db, id, comA2, 60)
    const api = (query = '') => as('comA2').json('GET', `/api/v1/people/${id}/supervision${query}`)
    const latest = (await api()).body.journey
    assert.deepEqual([latest.steps.length, latest.page, latest.pageCount, latest.total], [50, 1, 2, 60])
    assert.equal(latest.summary.progress, 60, 'the summary counts every step')
    assert.equal(latest.steps.at(-1).date, '2026-04-06', 'the latest step last')
    const earlier = (await api('?page=2')).body.journey
    assert.deepEqual(earlier.steps.map((s: { date: string }) => s.date).slice(0, 2), ['2024-01-01', '2024-01-15'])
    assert.equal(earlier.steps.length, 10)

    const html = await (await as('comA2').get(`/people/${id}/supervision`)).text()
    assert.equal(html.match(/data-qa="journey-step"/g)?.length, 50)
    assert.match(html, /The latest steps, page 1 of 2, oldest first\./)
    assert.match(html, new RegExp(`href="/people/${id}/supervision\\?page=2"`))
    assert.match(html, /60 appointments attended/)
  })
})

describe('the supervision pages', () => {
  const page = (rest = '') => `/people/${alpha}/supervision${rest}`
  const post = async (rest: string, form: Record<string, string>) => {
    const _csrf = await as('comA').formToken(page(rest))
    return as('comA').request('POST', page(rest), { form: { _csrf, ...form } })
  }
  const banner = async (response: Response) => {
    assert.equal(response.status, 303)
    return savedBanner(await (await as('comA').get(response.headers.get('location')!)).text())
  }

  it('shows the case header and its sections above the supervision page', async () => {
    const html = await (await as('comA').get(page())).text()
    assert.match(html, /data-qa="case-navigation"/)
    assert.match(html, /<h1 class="govuk-heading-l">Supervision<\/h1>/)
  })

  it('schedules an appointment from a date entered as day, month and year, and says it was saved', async () => {
    const saved = await post('/appointments/new', {
      'appointmentDate-day': '7',
      'appointmentDate-month': '12',
      'appointmentDate-year': '2026',
      appointmentTime: '11:45',
      kind: 'phone',
    })
    assert.equal(saved.headers.get('location'), page())
    assert.equal(await banner(saved), 'Appointment scheduled')
    const { body } = await as('comA').json('GET', path())
    assert.ok(body.upcoming.some((a: { date: string; time: string }) => a.date === '2026-12-07' && a.time === '11:45'))
  })

  it('records what happened at an appointment through its form, and says it was saved', async () => {
    const { body } = await schedule('comA', '2026-11-20')
    const saved = await post(`/appointments/${body.id}`, { outcome: 'attended', notes: 'Went well.', version: '1' })
    assert.equal(await banner(saved), 'Appointment recorded')
  })

  it('reports every problem of a setback in one pass, keeping what was typed', async () => {
    const refused = await post('/setbacks/new', {
      'occurredOn-day': '1',
      'occurredOn-month': '12',
      'occurredOn-year': '2026',
      whatHappened: '',
    })
    assert.equal(refused.status, 400)
    const html = await refused.text()
    const summary = [...html.matchAll(/<a href="(#[^"]+)">([^<]+)<\/a>/g)].map(([, href, text]) => `${href} ${text}`)
    assert.deepEqual(summary, [
      '#occurredOn The date it happened must be today or in the past',
      '#kind Select what kind of setback it was',
      '#whatHappened Enter what happened',
      '#response Select the response',
      '#responseReason Enter the reason for the response',
    ])
    assert.match(html, /name="occurredOn-month"[^>]*value="12"/)
    assert.match(html, /govuk-character-count/)
  })

  it('records a setback through its form, and says it was saved', async () => {
    const saved = await post('/setbacks/new', {
      'occurredOn-day': '21',
      'occurredOn-month': '11',
      'occurredOn-year': '2026',
      kind: 'new-concern',
      whatHappened: 'Lost the job at the warehouse.',
      response: 'adjust-plan',
      responseReason: 'Look for work together before the next appointment.',
    })
    assert.equal(saved.headers.get('location'), page())
    assert.equal(await banner(saved), 'Setback recorded')
  })

  it('answers a malformed appointment id with a field error in the API and no page', async () => {
    const refused = await as('comA').json('PUT', path('/appointments/not-an-id'), { outcome: 'attended', version: 1 })
    assert.equal(refused.status, 400)
    assert.deepEqual(refused.body.errors, [
      { field: 'params.appointmentId', message: 'Use the id of the appointment, as Resettle gives it' },
    ])
    assert.equal((await as('comA').get(page('/appointments/not-an-id'))).status, 404)
    assert.equal((await as('comA').get(`/people/not-an-id/supervision`)).status, 404)
  })

  it('gives the person no supervision page, as if there were none', async () => {
    for (const rest of ['', '/appointments/new', '/setbacks/new'])
      assert.equal((await as('person').get(page(rest))).status, 404, rest)
  })
})
