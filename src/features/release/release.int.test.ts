import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import {
  TODAY,
  auditedActions,
  bannerAfter,
  mainText,
  newCase,
  release,
  releaseCounts,
  screenWithDrugsNeed,
  submitForm,
} from './release.test-support.ts'

let app: TestApp
let comA: Client
before(async () => {
  app = await startTestApp({ today: TODAY })
  comA = await new Client(app.baseUrl).signIn('comA')
})
after(() => app.close())

const releaseOf = async (id: string) => (await comA.json('GET', `/api/v1/people/${id}/release`)).body

describe('recording a release', () => {
  it('puts the date on the custody episode and the first night beside it, and derives the follow-ups', async () => {
    const id = await newCase(app, comA, '2026-09-01')
    const before = (await comA.json('GET', `/api/v1/people/${id}`)).body.episodes[0]
    const saved = await comA.json('PUT', `/api/v1/people/${id}/release`, release('2026-09-01'))
    assert.equal(saved.status, 200, JSON.stringify(saved.body))
    assert.equal(saved.body.version, 1)
    const episode = (await comA.json('GET', `/api/v1/people/${id}`)).body.episodes[0]
    assert.equal(episode.releaseDate, '2026-09-01')
    assert.equal(episode.version, before.version + 1)
    const view = await releaseOf(id)
    assert.equal(view.release.firstNight, 'settled')
    assert.equal(view.release.address, '4 Mill Lane, Leeds LS1 4AB')
    assert.equal(view.release.treatmentNeed, false)
    assert.deepEqual(
      view.followUps.map((f: { kind: string; dueDate: string; state: string }) => [f.kind, f.dueDate, f.state]),
      [
        ['employment-6-weeks', '2026-10-13', 'overdue'],
        ['accommodation-3-months', '2026-12-01', 'due'],
        ['employment-6-months', '2027-03-01', 'not-yet-due'],
      ],
    )
  })

  it('asks about treatment where screening found a drugs and alcohol need', async () => {
    const id = await newCase(app, comA, '2026-11-10')
    await screenWithDrugsNeed(comA, id)
    await comA.json('PUT', `/api/v1/people/${id}/release`, release('2026-11-10', { firstNight: 'bail-probation' }))
    const view = await releaseOf(id)
    assert.equal(view.release.treatmentNeed, true)
    assert.deepEqual(view.followUps[0], {
      ...view.followUps[0],
      kind: 'treatment-3-weeks',
      dueDate: '2026-12-01',
      opensOn: '2026-11-10',
      state: 'due',
    })
  })

  it('refuses a release in the future, before the sentence started or after the licence expired, naming the dates', async () => {
    const id = await newCase(app, comA, '2026-09-01')
    const before = await releaseCounts(app)
    const cases = [
      ['2026-11-24', 'The release date, 24 November 2026, must be today (23 November 2026) or earlier'],
      ['2025-01-09', 'The release date, 9 January 2025, must be on or after the sentence start date, 10 January 2025'],
    ]
    for (const [date, message] of cases) {
      const refused = await comA.json('PUT', `/api/v1/people/${id}/release`, release(date!))
      assert.equal(refused.status, 400)
      assert.deepEqual(refused.body.errors, [{ field: 'releaseDate', message }])
    }
    const noAddress = await comA.json('PUT', `/api/v1/people/${id}/release`, release('2026-09-01', { address: '' }))
    assert.deepEqual(noAddress.body.errors, [
      { field: 'address', message: 'Enter the address of the settled accommodation' },
    ])
    const nothing = await comA.json('PUT', `/api/v1/people/${id}/release`, {})
    assert.deepEqual(
      nothing.body.errors.map((e: { field: string }) => e.field),
      ['releaseDate', 'firstNight'],
    )
    assert.deepEqual(await releaseCounts(app), before)
    assert.equal((await comA.json('GET', `/api/v1/people/${id}`)).body.episodes[0].releaseDate, null)
  })

  it('shows the form again with the GOV.UK error summary and what was typed', async () => {
    const id = await newCase(app, comA, '2026-09-01')
    const token = await comA.formToken(`/people/${id}/release/record`)
    const response = await comA.request('POST', `/people/${id}/release/record`, {
      form: {
        _csrf: token,
        'releaseDate-day': '1',
        'releaseDate-month': '12',
        'releaseDate-year': '2026',
        firstNight: 'other-homeless',
        address: '',
      },
    })
    assert.equal(response.status, 400)
    const html = await response.text()
    assert.match(html, /govuk-error-summary/)
    assert.match(
      html,
      /href="#releaseDate">The release date, 1 December 2026, must be today \(23 November 2026\) or earlier/,
    )
    assert.match(html, /value="other-homeless" checked/)
    assert.match(html, /name="releaseDate-day"[^>]*value="1"/, 'the date as typed')
  })

  it('reports a release date in the future and a missing first night together, on the form and in the API', async () => {
    const id = await newCase(app, comA, '2026-09-01')
    const before = await releaseCounts(app)
    const refused = await comA.json('PUT', `/api/v1/people/${id}/release`, { releaseDate: '2026-11-30', address: '' })
    assert.equal(refused.status, 400)
    assert.deepEqual(refused.body.errors, [
      {
        field: 'releaseDate',
        message: 'The release date, 30 November 2026, must be today (23 November 2026) or earlier',
      },
      { field: 'firstNight', message: 'Select where the person stayed on the first night after release' },
    ])
    const path = `/people/${id}/release/record`
    const form = { 'releaseDate-day': '30', 'releaseDate-month': '11', 'releaseDate-year': '2026', address: '' }
    const page = await submitForm(comA, path, form)
    assert.equal(page.status, 400)
    const html = await page.text()
    assert.match(html, /href="#releaseDate">The release date, 30 November 2026, must be today/)
    assert.match(html, /href="#firstNight">Select where the person stayed on the first night after release/)
    const settled = await submitForm(comA, path, { ...form, firstNight: 'settled' })
    const links = [...(await settled.text()).matchAll(/<a href="(#\w+)">/g)].map(m => m[1])
    assert.deepEqual(links, ['#releaseDate', '#address'], 'the address of settled accommodation, with the date')
    assert.deepEqual(await releaseCounts(app), before, 'nothing saved')
  })

  it('gathers what the custody episode refuses in one answer, after the input is right', async () => {
    const id = await newCase(app, comA, '2026-09-01')
    const early = await comA.json('PUT', `/api/v1/people/${id}/release`, release('2025-01-09'))
    assert.deepEqual(early.body.errors, [
      {
        field: 'releaseDate',
        message: 'The release date, 9 January 2025, must be on or after the sentence start date, 10 January 2025',
      },
    ])
  })

  it('records through the form and shows the release on the Release tab of the case', async () => {
    const id = await newCase(app, comA, '2026-09-01')
    const form = { 'releaseDate-day': '1', 'releaseDate-month': '9', 'releaseDate-year': '2026', firstNight: 'settled' }
    const recorded = await submitForm(comA, `/people/${id}/release/record`, { ...form, address: '9 Canal Street' })
    const { html, banner } = await bannerAfter(comA, recorded)
    assert.equal(banner, 'Release recorded')
    assert.match(html, /data-qa="case-header"/)
    assert.match(html, /aria-current="page"[^>]*>Release</)
    const text = mainText(html)
    assert.match(text, /Date of release 1 September 2026/)
    assert.match(text, /First night Settled accommodation/)
    assert.match(text, /Follow-ups to record/)
    assert.match(text, /Work, education or training at 6 weeks: overdue since 13 October 2026/)
    assert.match(
      html,
      /data-qa="state-accommodation-3-months"[^>]*>\s*<strong class="govuk-tag govuk-tag--yellow">\s*Due/,
    )
    assert.match(html, /data-qa="state-employment-6-weeks"[^>]*>\s*<strong class="govuk-tag govuk-tag--red">\s*Overdue/)
    assert.match(html, /data-qa="record-employment-6-weeks"/)
    assert.doesNotMatch(html, /data-qa="record-employment-6-months"/)
    const changed = await submitForm(comA, `/people/${id}/release/record`, {
      ...form,
      address: '11 Canal Street',
      version: '1',
    })
    assert.equal((await bannerAfter(comA, changed)).banner, 'Release changed')
  })

  it('corrects a release only with the version read, so that nobody overwrites another', async () => {
    const id = await newCase(app, comA, '2026-09-01')
    await comA.json('PUT', `/api/v1/people/${id}/release`, release('2026-09-01'))
    const again = await comA.json('PUT', `/api/v1/people/${id}/release`, release('2026-09-02'))
    assert.equal(again.status, 409)
    assert.match(again.body.title, /Someone else changed this release/)
    const changed = await comA.json('PUT', `/api/v1/people/${id}/release`, release('2026-09-02', { version: 1 }))
    assert.equal(changed.status, 200)
    assert.equal(changed.body.version, 2)
    assert.equal(
      (await comA.json('PUT', `/api/v1/people/${id}/release`, release('2026-09-03', { version: 1 }))).status,
      409,
    )
    const view = await releaseOf(id)
    assert.equal(view.episode.releaseDate, '2026-09-02')
    assert.equal(view.followUps[0].dueDate, '2026-10-14', 'the follow-ups move with the release')
  })
})

describe('recording follow-ups', () => {
  it('records an answer once the follow-up opens, and refuses it before, saying when', async () => {
    const id = await newCase(app, comA, '2026-09-01')
    await comA.json('PUT', `/api/v1/people/${id}/release`, release('2026-09-01'))
    const early = await comA.json('PUT', `/api/v1/people/${id}/release/follow-ups/employment-6-months`, {
      employment: 'employed',
    })
    assert.equal(early.status, 400)
    assert.deepEqual(early.body.errors, [
      { field: 'kind', message: 'This follow-up can be recorded from 15 February 2027' },
    ])
    const saved = await comA.json('PUT', `/api/v1/people/${id}/release/follow-ups/employment-6-weeks`, {
      employment: 'education-training',
    })
    assert.equal(saved.status, 200)
    const accommodation = await comA.json('PUT', `/api/v1/people/${id}/release/follow-ups/accommodation-3-months`, {
      accommodation: 'settled',
    })
    assert.equal(accommodation.status, 200)
    const view = await releaseOf(id)
    assert.deepEqual(
      view.followUps.map((f: { state: string; answer: { text: string } | null }) => [f.state, f.answer?.text ?? null]),
      [
        ['done', 'In education or training'],
        ['done', 'Settled accommodation'],
        ['not-yet-due', null],
      ],
    )
    assert.equal(view.followUps[0].answer.recordedOn, TODAY)
    assert.equal(view.followUps[0].answer.recordedBy, 'Staff comA')
  })

  it('changes an answer only with the version read', async () => {
    const id = await newCase(app, comA, '2026-09-01')
    await comA.json('PUT', `/api/v1/people/${id}/release`, release('2026-09-01'))
    const path = `/api/v1/people/${id}/release/follow-ups/employment-6-weeks`
    await comA.json('PUT', path, { employment: 'not-working' })
    assert.equal((await comA.json('PUT', path, { employment: 'employed' })).status, 409)
    assert.equal((await comA.json('PUT', path, { employment: 'employed', version: 1 })).status, 200)
    assert.equal((await releaseOf(id)).followUps[0].answer.employment, 'employed')
  })

  it('needs the date treatment started, after the release, and has no treatment follow-up without a need', async () => {
    const needed = await newCase(app, comA, '2026-11-10')
    await screenWithDrugsNeed(comA, needed)
    await comA.json('PUT', `/api/v1/people/${needed}/release`, release('2026-11-10'))
    const path = `/api/v1/people/${needed}/release/follow-ups/treatment-3-weeks`
    const noDate = await comA.json('PUT', path, { treatmentStarted: true })
    assert.deepEqual(noDate.body.errors, [{ field: 'treatmentStartDate', message: 'Enter the date treatment started' }])
    const tooEarly = await comA.json('PUT', path, { treatmentStarted: true, treatmentStartDate: '2026-11-09' })
    assert.equal(tooEarly.status, 400)
    assert.match(
      tooEarly.body.errors[0].message,
      /9 November 2026, must be on or after the release date, 10 November 2026/,
    )
    const saved = await comA.json('PUT', path, { treatmentStarted: true, treatmentStartDate: '2026-11-16' })
    assert.equal(saved.status, 200)
    assert.equal((await releaseOf(needed)).followUps[0].answer.text, 'Started on 16 November 2026')

    const notNeeded = await newCase(app, comA, '2026-11-10')
    await comA.json('PUT', `/api/v1/people/${notNeeded}/release`, release('2026-11-10'))
    const refused = await comA.json('PUT', `/api/v1/people/${notNeeded}/release/follow-ups/treatment-3-weeks`, {
      treatmentStarted: false,
    })
    assert.equal(refused.status, 409)
  })

  it('refuses follow-ups before the release, and answers 404 for a follow-up that does not exist', async () => {
    const id = await newCase(app, comA, '2027-09-01')
    const early = await comA.json('PUT', `/api/v1/people/${id}/release/follow-ups/employment-6-weeks`, {
      employment: 'employed',
    })
    assert.equal(early.status, 409)
    assert.equal(early.body.title, 'Record the release before its follow-ups')
    assert.equal((await comA.get(`/people/${id}/release/follow-ups/housing-at-a-year`)).status, 404)
    const page = await (await comA.get(`/people/${id}/release/follow-ups/employment-6-weeks`)).text()
    assert.match(mainText(page), /Record the release before its follow-ups/, 'the page says why it does not ask')
    assert.doesNotMatch(page, /data-qa="save"/)
  })

  it('records through the form, with the error summary when the answer is missing', async () => {
    const id = await newCase(app, comA, '2026-09-01')
    await comA.json('PUT', `/api/v1/people/${id}/release`, release('2026-09-01'))
    const path = `/people/${id}/release/follow-ups/accommodation-3-months`
    const token = await comA.formToken(path)
    const missing = await comA.request('POST', path, { form: { _csrf: token } })
    assert.equal(missing.status, 400)
    assert.match(await missing.text(), /href="#accommodation">Select where the person is living 3 months after release/)
    const saved = await comA.request('POST', path, { form: { _csrf: token, accommodation: 'other-unsettled' } })
    assert.equal((await bannerAfter(comA, saved)).banner, 'Follow-up recorded: accommodation at 3 months')
    assert.equal((await releaseOf(id)).followUps[1].answer.accommodation, 'other-unsettled')
  })

  it('takes the date treatment started as day, month and year, and lists every problem of it at once', async () => {
    const id = await newCase(app, comA, '2026-11-10')
    await screenWithDrugsNeed(comA, id)
    await comA.json('PUT', `/api/v1/people/${id}/release`, release('2026-11-10'))
    const path = `/people/${id}/release/follow-ups/treatment-3-weeks`
    const date = (day: string) => ({
      'treatmentStartDate-day': day,
      'treatmentStartDate-month': '11',
      'treatmentStartDate-year': '2026',
    })
    const missing = await submitForm(comA, path, date('31'))
    const html = await missing.text()
    assert.match(html, /href="#treatmentStarted">Select whether treatment has started/)
    assert.match(html, /href="#treatmentStartDate">The date treatment started must be a real date/)
    const future = await submitForm(comA, path, { treatmentStarted: 'yes', ...date('24') })
    assert.match(await future.text(), /The date treatment started must be today or in the past/)
    const saved = await submitForm(comA, path, { treatmentStarted: 'yes', ...date('16') })
    assert.equal((await bannerAfter(comA, saved)).banner, 'Follow-up recorded: treatment within 3 weeks')
    assert.equal((await releaseOf(id)).followUps[0].answer.treatmentStartDate, '2026-11-16')
  })
})

describe('the deadlines and the timeline the release feature offers', () => {
  it('gives every open follow-up of many people at once, and the first night until it is recorded', async () => {
    const recorded = await newCase(app, comA, '2026-09-01')
    await comA.json('PUT', `/api/v1/people/${recorded}/release`, release('2026-09-01'))
    await comA.json('PUT', `/api/v1/people/${recorded}/release/follow-ups/employment-6-weeks`, {
      employment: 'employed',
    })
    const inCustody = await newCase(app, comA, '2027-09-01')
    // Charlie's release was typed on the custody episode: nobody has said where they went on the first night.
    const typedOnEpisode = app.fixture.people.ofComB.id
    const deadlines = await app.services.release.deadlines([recorded, inCustody, typedOnEpisode, recorded])
    const of = (id: string) => deadlines.filter(d => d.personId === id).map(d => [d.label, d.dueDate])
    assert.deepEqual(of(recorded), [
      ['Accommodation follow-up', '2026-12-01'],
      ['Employment follow-up at 6 months', '2027-03-01'],
    ])
    assert.deepEqual(of(inCustody), [])
    assert.deepEqual(of(typedOnEpisode), [
      ['Record the first night after release', '2025-06-01'],
      ['Employment follow-up at 6 weeks', '2025-07-13'],
      ['Accommodation follow-up', '2025-09-01'],
      ['Employment follow-up at 6 months', '2025-12-01'],
    ])
    assert.deepEqual(await app.services.release.deadlines([]), [])
  })

  it('offers the release and each answered follow-up as moments of the timeline', async () => {
    const id = await newCase(app, comA, '2026-09-01')
    await comA.json('PUT', `/api/v1/people/${id}/release`, release('2026-09-01'))
    await comA.json('PUT', `/api/v1/people/${id}/release/follow-ups/employment-6-weeks`, { employment: 'employed' })
    const events = await app.services.release.timelineEvents(id)
    assert.deepEqual(
      events.map(e => [e.at, e.kind, e.title, e.description]),
      [
        [
          '2026-09-01',
          'release',
          'Released from custody',
          'First night: Settled accommodation, 4 Mill Lane, Leeds LS1 4AB',
        ],
        [TODAY, 'follow-up', 'Follow-up: work, education or training at 6 weeks', 'In paid work'],
      ],
    )
  })

  it('audits every read and write with who did it', async () => {
    const id = await newCase(app, comA, '2026-09-01')
    await comA.get(`/people/${id}/release/record`)
    await comA.json('PUT', `/api/v1/people/${id}/release`, release('2026-09-01'))
    await comA.json('PUT', `/api/v1/people/${id}/release`, release('2026-09-01', { version: 1 }))
    await comA.get(`/people/${id}/release/follow-ups/employment-6-weeks`)
    await comA.json('PUT', `/api/v1/people/${id}/release/follow-ups/employment-6-weeks`, { employment: 'employed' })
    await comA.json('GET', `/api/v1/people/${id}/release`)
    const actions = (await auditedActions(app, id)).filter(a => a.action.startsWith('release.'))
    assert.deepEqual(
      actions.map(a => [a.action, a.actor_username]),
      [
        ['release.viewed', 'comA'],
        ['release.recorded', 'comA'],
        ['release.changed', 'comA'],
        ['release.viewed', 'comA'],
        ['release.follow-up-recorded', 'comA'],
        ['release.viewed', 'comA'],
      ],
    )
  })
})
