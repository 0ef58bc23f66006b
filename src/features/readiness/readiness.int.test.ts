import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { ReportSectionProvider } from '../../platform/case/report-section.ts'
import type { PersonCase } from '../people/index.ts'
import { ITEM_KEYS, type ItemKey } from './readiness.rules.ts'
import { countRows, metBody, personReleasedIn, readinessAudit, TODAY } from './readiness.test-support.ts'

let app: TestApp
let comA: Client
before(async () => {
  app = await startTestApp({ today: TODAY })
  comA = await new Client(app.baseUrl).signIn('comA')
})
after(() => app.close())

const readinessOf = async (personId: string, client = comA) => {
  const { status, body } = await client.json('GET', `/api/v1/people/${personId}/readiness`)
  assert.equal(status, 200)
  return body.readiness
}
const put = (personId: string, item: ItemKey, body: Record<string, unknown>, client = comA) =>
  client.json('PUT', `/api/v1/people/${personId}/readiness/items/${item}`, body)
const meetAll = async (personId: string, release: string, except: ItemKey[] = []) => {
  for (const item of ITEM_KEYS.filter(i => !except.includes(i))) {
    const { status, body } = await put(personId, item, metBody(item, release))
    assert.equal(status, 200, `${item}: ${JSON.stringify(body)}`)
  }
}
const fieldErrors = (body: { errors: { field: string; message: string }[] }) =>
  Object.fromEntries(body.errors.map(e => [e.field, e.message]))

describe('the readiness checklist, through the API', () => {
  it('lists every item not started, due counted back from the earliest release date, amber before any is due', async () => {
    // The fixture's person of comA: conditional release 1 March 2027.
    const readiness = await readinessOf(app.fixture.people.ofComA.id)
    assert.equal(readiness.releaseDate, '2027-03-01')
    assert.equal(readiness.releaseDateEstimated, true)
    assert.deepEqual(
      readiness.items.map((i: { key: string; status: string; dueDate: string }) => [i.key, i.status, i.dueDate]),
      [
        ['accommodation', 'not-started', '2027-02-01'],
        ['identity', 'not-started', '2026-12-07'],
        ['bank-account', 'not-started', '2027-01-04'],
        ['benefits', 'not-started', '2027-02-15'],
        ['gp', 'not-started', '2027-02-01'],
        ['medication', 'not-started', '2027-02-22'],
        ['first-appointment', 'not-started', '2027-02-15'],
        ['licence-conditions', 'not-started', '2027-02-22'],
        ['travel', 'not-started', '2027-02-22'],
      ],
    )
    assert.equal(readiness.summary.rag, 'amber')
    assert.match(readiness.summary.explanation, /the next, Identity documents, is due on 7 December 2026/)
  })

  it('records an item with its details and version, and audits the write without its content', async () => {
    const person = app.fixture.people.ofComA
    const saved = await put(person.id, 'accommodation', {
      status: 'met',
      accommodationCategory: 'bail-probation',
      address: 'Approved premises, 1 Quay Street',
      version: 0,
    })
    assert.equal(saved.status, 200)
    assert.equal(saved.body.item.status, 'met')
    assert.equal(saved.body.item.version, 1)
    assert.equal(saved.body.item.rag, 'green')
    const item = (await readinessOf(person.id)).items[0]
    assert.deepEqual(item.details, {
      accommodationCategory: 'bail-probation',
      address: 'Approved premises, 1 Quay Street',
    })
    assert.equal(item.updatedBy, 'Staff comA')

    const audit = await readinessAudit(app, person.id)
    const written = audit.find(e => e.action === 'readiness.item-updated')!
    assert.equal(written.actor_username, 'comA')
    assert.deepEqual(written.details, {
      item: 'accommodation',
      status: 'met',
      version: 1,
      fields: ['accommodationCategory', 'address'],
    })
    assert.ok(!JSON.stringify(audit).includes('Quay Street'), 'no case content in the audit trail')
    assert.ok(audit.some(e => e.action === 'readiness.viewed' && (e.details as { view: string }).view === 'checklist'))
  })

  it('refuses a save over a version someone else has saved, and keeps theirs', async () => {
    const person = app.fixture.people.ofComA
    const first = await put(person.id, 'gp', { status: 'in-progress', gpPractice: 'Quay Surgery', version: 0 })
    assert.equal(first.status, 200)
    const managerA = await new Client(app.baseUrl).signIn('managerA')
    assert.equal((await put(person.id, 'gp', { status: 'in-progress', version: 1 }, managerA)).status, 200)
    const stale = await put(person.id, 'gp', { status: 'met', gpPractice: 'Other Surgery', version: 1 })
    assert.equal(stale.status, 409)
    assert.match(stale.body.title, /Someone else changed this item/)
    const raced = await put(person.id, 'gp', { status: 'in-progress', version: 0 })
    assert.equal(raced.status, 409, 'a second first save is refused too')
    const gp = (await readinessOf(person.id)).items.find((i: { key: string }) => i.key === 'gp')
    assert.equal(gp.version, 2)
    assert.deepEqual(gp.details, {})
    assert.equal(gp.updatedBy, 'Staff managerA')
  })
})

describe('an item cannot be met without the detail it needs', () => {
  const REFUSED: [ItemKey, Record<string, unknown>, Record<string, string>][] = [
    [
      'accommodation',
      {},
      {
        accommodationCategory: 'Select where the person will stay on the first night to mark this as met',
        address: 'Enter the address for the first night to mark this as met',
      },
    ],
    [
      'accommodation',
      { accommodationCategory: 'rough-sleeping', address: 'Doorway' },
      {
        accommodationCategory:
          'Rough sleeping, other homelessness or not known cannot be marked as met: find somewhere with an address first',
      },
    ],
    [
      'identity',
      { idType: 'passport', idStatus: 'applied' },
      {
        idStatus: 'Select ‘Held’ once the identity document has arrived, to mark this as met',
      },
    ],
    ['bank-account', {}, { bankName: 'Enter the bank or building society to mark this as met' }],
    ['benefits', {}, { benefit: 'Select the benefit claimed to mark this as met' }],
    ['gp', {}, { gpPractice: 'Enter the GP practice to mark this as met' }],
    [
      'medication',
      {},
      {
        medicationArrangements:
          'Enter what medication the person leaves with and where to get more to mark this as met',
      },
    ],
    [
      'first-appointment',
      { appointmentPlace: 'Office' },
      {
        appointmentDate: 'Enter the date of the appointment to mark this as met',
        appointmentTime: 'Enter the time of the appointment to mark this as met',
      },
    ],
    [
      'licence-conditions',
      { explainedOn: TODAY },
      {
        confirmedByPerson: 'Confirm that the person says they understand their licence conditions, to mark this as met',
      },
    ],
    ['travel', {}, { travelArrangements: 'Enter how the person will travel on the day to mark this as met' }],
  ]

  it('refuses any item for a person with no custody episode: there is no release to prepare for', async () => {
    const client = await new Client(app.baseUrl).signIn('comA2')
    const { status, body } = await put(app.fixture.people.ofComA2.id, 'travel', metBody('travel', TODAY), client)
    assert.equal(status, 404)
    assert.match(body.title, /no custody episode/)
  })

  it('refuses each item marked met without its detail, for a person with a release date', async () => {
    const { id } = await personReleasedIn(comA, 30)
    const before = await countRows(app, 'readiness_item')
    for (const [item, details, expected] of REFUSED) {
      const { status, body } = await put(id, item, { status: 'met', ...details, version: 0 })
      assert.equal(status, 400, item)
      assert.deepEqual(fieldErrors(body), expected, item)
    }
    assert.equal(await countRows(app, 'readiness_item'), before, 'nothing written')
  })

  it('refuses an appointment before the release, "not needed" where it cannot be or without a reason, and bad values', async () => {
    const { id, release } = await personReleasedIn(comA, 30)
    const early = await put(id, 'first-appointment', {
      ...metBody('first-appointment', release),
      appointmentDate: TODAY,
    })
    assert.deepEqual(early.body.errors, [
      { field: 'appointmentDate', message: 'The appointment must be on or after the release date, 23 December 2026' },
    ])
    const travel = await put(id, 'travel', { status: 'not-needed', note: 'Walking', version: 0 })
    assert.deepEqual(fieldErrors(travel.body), {
      status: 'Every person needs this before release: select another status',
    })
    const medication = await put(id, 'medication', { status: 'not-needed', version: 0 })
    assert.deepEqual(fieldErrors(medication.body), { note: 'Say why this is not needed' })
    const bad = await put(id, 'first-appointment', {
      status: 'in-progress',
      appointmentTime: '25:00',
      appointmentDate: '2027-02-30',
      version: -1,
    })
    assert.equal(bad.status, 400)
    assert.deepEqual(Object.keys(fieldErrors(bad.body)).sort(), ['appointmentDate', 'appointmentTime', 'version'])
    const future = await put(id, 'licence-conditions', {
      ...metBody('licence-conditions', release),
      explainedOn: '2026-11-24',
    })
    assert.deepEqual(future.body.errors, [
      { field: 'explainedOn', message: 'The date the licence conditions were explained must be today or in the past' },
    ])
    assert.equal((await readinessOf(id)).items.filter((i: { version: number }) => i.version > 0).length, 0)
    assert.equal((await put(id, 'medication', { status: 'not-needed', note: 'Takes none', version: 0 })).status, 200)
  })
})

describe('the readiness summary (RAG)', () => {
  it('is green when every item is met, and red once an unmet item is due', async () => {
    const { id, release } = await personReleasedIn(comA, 30)
    // Due 84 days before release, identity was due on 30 September 2026.
    const before = await readinessOf(id)
    assert.equal(before.summary.rag, 'red')
    assert.ok(before.summary.due.includes('identity'))
    await meetAll(id, release)
    const after = await readinessOf(id)
    assert.equal(after.summary.rag, 'green')
    assert.equal(after.summary.explanation, 'Every item is met or not needed.')
  })

  it('is amber the day before the last unmet item is due, and red on the day it is due', async () => {
    // Travel is due 7 days before release: 8 days away, it is due tomorrow; 7 days away, today.
    const tomorrow = await personReleasedIn(comA, 8)
    await meetAll(tomorrow.id, tomorrow.release, ['travel'])
    const amber = await readinessOf(tomorrow.id)
    assert.equal(amber.summary.rag, 'amber')
    assert.equal(amber.items.find((i: { key: string }) => i.key === 'travel').state, 'not-due')

    const today = await personReleasedIn(comA, 7)
    await meetAll(today.id, today.release, ['travel'])
    const red = await readinessOf(today.id)
    assert.equal(red.summary.rag, 'red')
    assert.deepEqual(red.summary.due, ['travel'])
    assert.equal(red.items.find((i: { key: string }) => i.key === 'travel').state, 'due-today')
  })
})

describe('the housing duty to refer', () => {
  const dutyOf = async (personId: string) => (await readinessOf(personId)).housingDuty

  it('is flagged 56 and 55 days from release with an accommodation need and no referral, not at 57', async () => {
    for (const [days, flagged] of [
      [57, false],
      [56, true],
      [55, true],
    ] as const) {
      const { id } = await personReleasedIn(comA, days)
      const duty = await dutyOf(id)
      assert.equal(duty.flagged, flagged, `${days} days`)
      assert.equal(duty.daysToRelease, days)
      assert.equal(duty.accommodationNeed, true)
    }
  })

  it('clears once a referral is recorded with the person’s consent, and audits it', async () => {
    const { id } = await personReleasedIn(comA, 40)
    const referral = { council: 'Bristol City Council', sentOn: TODAY, consent: true, reference: 'HRA-123' }
    const saved = await comA.json('POST', `/api/v1/people/${id}/readiness/housing-referrals`, referral)
    assert.equal(saved.status, 201)
    const duty = await dutyOf(id)
    assert.equal(duty.flagged, false)
    assert.deepEqual(
      duty.referrals.map((r: { council: string; sentOn: string; reference: string }) => [
        r.council,
        r.sentOn,
        r.reference,
      ]),
      [['Bristol City Council', TODAY, 'HRA-123']],
    )
    const audit = await readinessAudit(app, id)
    assert.ok(audit.some(e => e.action === 'readiness.housing-referral-recorded'))
    assert.ok(!JSON.stringify(audit).includes('Bristol City Council'))
  })

  it('is not flagged once the first night is met in settled accommodation', async () => {
    const { id, release } = await personReleasedIn(comA, 20)
    assert.equal((await dutyOf(id)).flagged, true)
    await put(id, 'accommodation', metBody('accommodation', release))
    const duty = await dutyOf(id)
    assert.equal(duty.accommodationNeed, false)
    assert.equal(duty.flagged, false)
  })

  it('refuses a referral without consent, or sent in the future, and writes nothing', async () => {
    const { id } = await personReleasedIn(comA, 20)
    const before = await countRows(app, 'housing_referral')
    const noConsent = await comA.json('POST', `/api/v1/people/${id}/readiness/housing-referrals`, {
      council: 'Bath Council',
      sentOn: TODAY,
    })
    assert.deepEqual(noConsent.body.errors, [
      {
        field: 'consent',
        message: 'Confirm that the person agreed to the referral: it cannot be sent without their consent',
      },
    ])
    const empty = await comA.json('POST', `/api/v1/people/${id}/readiness/housing-referrals`, {})
    assert.deepEqual(Object.keys(fieldErrors(empty.body)), ['council', 'sentOn', 'consent'])
    const future = await comA.json('POST', `/api/v1/people/${id}/readiness/housing-referrals`, {
      council: 'Bath Council',
      sentOn: '2026-11-24',
      consent: true,
    })
    assert.deepEqual(future.body.errors, [
      { field: 'sentOn', message: 'The date the referral was sent must be today or in the past' },
    ])
    assert.equal(await countRows(app, 'housing_referral'), before)
    assert.equal((await dutyOf(id)).flagged, true)
  })
})

describe('readiness in the handover report', () => {
  it('gives the handover report a section made from the checklist (a report section provider), audited', async () => {
    const { id, release } = await personReleasedIn(comA, 30)
    await put(id, 'bank-account', metBody('bank-account', release))
    const provider: ReportSectionProvider<PersonCase> = app.services.readiness.reportSections
    const staff = app.fixture.staff.comA!
    const ctx = {
      user: {
        ...{ id: staff.id, username: 'comA', displayName: 'Staff comA', role: 'com' as const },
        ...{ teamId: app.fixture.org.teamA, prisonId: null, partnerOrganisationId: null, personId: null },
      },
      correlationId: 'handover-report-test',
    }
    const [section] = await provider(ctx, await app.services.people.caseFor(ctx, id))
    assert.equal(section?.id, 'release-readiness')
    assert.equal(section.title, 'Release readiness')
    assert.deepEqual(section.blocks[0], { kind: 'text', text: 'Red: Not met and due or overdue: Identity documents.' })
    const table = section.blocks[1]
    assert.ok(table?.kind === 'table')
    assert.deepEqual(table.head, ['Item', 'Status', 'Due', 'Recorded'])
    assert.deepEqual(table.rows[1], ['Identity documents', 'Not started, overdue', '30 September 2026', ''])
    assert.deepEqual(table.rows[2], ['Bank account', 'Met', '28 October 2026', 'Harbour Bank'])
    assert.match(JSON.stringify(section.blocks[2]), /the person needs somewhere to live and no referral is recorded/)
    const audit = await readinessAudit(app, id)
    assert.ok(audit.some(e => (e.details as { view?: string }).view === 'handover-report'))
  })
})

describe('the readiness pages', () => {
  const textOf = (html: string) =>
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;/g, "'")
      .replace(/\s+/g, ' ')

  it('shows the task list with tags, due dates, the RAG summary and the housing duty flag', async () => {
    const { id, release } = await personReleasedIn(comA, 30)
    await put(id, 'bank-account', metBody('bank-account', release))
    const page = await comA.get(`/people/${id}/readiness`)
    assert.equal(page.status, 200)
    const html = await page.text()
    const text = textOf(html)
    assert.match(html, /class="govuk-task-list"/)
    assert.match(html, /aria-current="page"[^>]*>|href="[^"]+\/readiness" aria-current="page"/)
    assert.match(text, /Readiness Red/)
    assert.match(text, /Identity documents Was due 30 September 2026 Overdue/)
    assert.match(text, /Bank account Harbour Bank Met/)
    assert.match(text, /Travel on the day of release Due 16 December 2026 Not started/)
    assert.match(text, /Refer this person to a council now/)
    assert.match(html, new RegExp(`href="/people/${id}/readiness/identity"`))
  })

  it('re-shows an item form with the GOV.UK error summary and what was typed, then saves', async () => {
    const { id } = await personReleasedIn(comA, 30)
    const token = await comA.formToken(`/people/${id}/readiness/accommodation`)
    const before = await countRows(app, 'readiness_item')
    const refused = await comA.request('POST', `/people/${id}/readiness/accommodation`, {
      form: {
        _csrf: token,
        status: 'met',
        accommodationCategory: 'settled',
        address: '',
        contact: 'Kept',
        version: '0',
      },
    })
    assert.equal(refused.status, 400)
    const html = await refused.text()
    assert.match(html, /There is a problem/)
    assert.match(html, /href="#address">\s*Enter the address for the first night to mark this as met/)
    assert.match(html, /value="Kept"/)
    assert.equal(await countRows(app, 'readiness_item'), before)

    const saved = await comA.request('POST', `/people/${id}/readiness/accommodation`, {
      form: { _csrf: token, status: 'met', accommodationCategory: 'settled', address: '1 High Street', version: '0' },
    })
    assert.equal(saved.status, 303)
    assert.equal(saved.headers.get('location'), `/people/${id}/readiness`)
    const after = textOf(await (await comA.get(`/people/${id}/readiness`)).text())
    assert.match(after, /Success Accommodation for the first night saved/)
    const item = (await readinessOf(id)).items[0]
    assert.equal(item.status, 'met')
    const again = textOf(await (await comA.get(`/people/${id}/readiness`)).text())
    assert.doesNotMatch(again, /Success/, 'the banner is shown once')
  })

  it('shows every problem of an item at once: a missing detail beside a date that is not real', async () => {
    const { id } = await personReleasedIn(comA, 30)
    const path = `/people/${id}/readiness/first-appointment`
    const form = await (await comA.get(path)).text()
    assert.match(form, /name="appointmentDate-day"/, 'the date is the GOV.UK date input')
    assert.match(form, /govuk-character-count[\s\S]*data-maxlength="500"/, 'the place counts its characters')
    const refused = await comA.request('POST', path, {
      form: {
        _csrf: await comA.formToken(path),
        status: 'met',
        'appointmentDate-day': '31',
        'appointmentDate-month': '2',
        'appointmentDate-year': '2027',
        appointmentTime: '10:30',
        appointmentPlace: '',
        version: '0',
      },
    })
    assert.equal(refused.status, 400)
    const html = await refused.text()
    assert.match(html, /href="#appointmentDate">\s*The date of the appointment must be a real date/)
    assert.match(html, /href="#appointmentPlace">\s*Enter where the appointment is to mark this as met/)
    assert.match(html, /name="appointmentDate-day" type="text" value="31"/, 'the date as typed')
    assert.match(html, /data-qa="case-navigation"/, 'the case header and tabs stay')

    const saved = await comA.request('POST', path, {
      form: {
        _csrf: await comA.formToken(path),
        status: 'met',
        'appointmentDate-day': '23',
        'appointmentDate-month': '12',
        'appointmentDate-year': '2026',
        appointmentTime: '10:30',
        appointmentPlace: 'Probation office, 4 Quay Street',
        version: '0',
      },
    })
    assert.equal(saved.status, 303)
    const item = (await readinessOf(id)).items.find((i: { key: string }) => i.key === 'first-appointment')
    assert.equal(item.details.appointmentDate, '2026-12-23')
  })

  it('refuses a date of something done that is after today, with the missing details, by the clock', async () => {
    const { id } = await personReleasedIn(comA, 30)
    const future = await put(id, 'licence-conditions', {
      status: 'met',
      explainedOn: '2026-11-24',
      version: 0,
    })
    assert.deepEqual(future.body.errors, [
      { field: 'explainedOn', message: 'The date the licence conditions were explained must be today or in the past' },
      {
        field: 'confirmedByPerson',
        message: 'Confirm that the person says they understand their licence conditions, to mark this as met',
      },
    ])
  })

  it('tells the second of two editors that the item changed, and keeps what they typed', async () => {
    const { id } = await personReleasedIn(comA, 30)
    const token = await comA.formToken(`/people/${id}/readiness/travel`)
    const first = { _csrf: token, status: 'in-progress', travelArrangements: 'Bus', version: '0' }
    assert.equal((await comA.request('POST', `/people/${id}/readiness/travel`, { form: first })).status, 303)
    const second = await comA.request('POST', `/people/${id}/readiness/travel`, {
      form: { ...first, travelArrangements: 'Train' },
    })
    assert.equal(second.status, 409)
    const html = await second.text()
    assert.match(html, /Someone else changed this item/)
    assert.match(html, />Train<\/textarea>/)
    assert.match(html, /name="version" value="1"/)
  })

  it('records a referral through the form, and shows what to fix when consent is missing', async () => {
    const { id } = await personReleasedIn(comA, 30)
    const path = `/people/${id}/readiness/housing-referral`
    const token = await comA.formToken(path)
    const sentOn = (day: string) => ({ 'sentOn-day': day, 'sentOn-month': '11', 'sentOn-year': '2026' })
    const refused = await comA.request('POST', path, {
      form: { _csrf: token, council: 'Bath Council', ...sentOn('24') },
    })
    assert.equal(refused.status, 400)
    const html = await refused.text()
    assert.match(html, /href="#sentOn">\s*The date the referral was sent must be today or in the past/)
    assert.match(html, /href="#consent">\s*Confirm that the person agreed/)
    assert.match(html, /value="Bath Council"/)
    assert.match(html, /name="sentOn-day" type="text" value="24"/)
    const saved = await comA.request('POST', path, {
      form: { _csrf: token, council: 'Bath Council', ...sentOn('20'), consent: 'true' },
    })
    assert.equal(saved.status, 303)
    const text = textOf(await (await comA.get(`/people/${id}/readiness`)).text())
    assert.match(text, /Success Referral to a council recorded/)
    assert.match(text, /Bath Council 20 November 2026/)
    assert.doesNotMatch(text, /Refer this person to a council now/)
  })

  it('shows the release-day plan from what is recorded, with the plan-earlier warning for a Friday', async () => {
    // Monday 23 November 2026 + 11 days = Friday 4 December 2026.
    const { id, release } = await personReleasedIn(comA, 11)
    await put(id, 'first-appointment', metBody('first-appointment', release))
    const text = textOf(await (await comA.get(`/people/${id}/release-day`)).text())
    assert.match(text, /Your plan for the day you leave prison/)
    assert.match(text, /You leave prison on Friday 4 December 2026/)
    assert.match(text, /Meet Staff comA on Friday 4 December 2026 at 10:30am/)
    assert.match(text, /Plan earlier: the release is on a Friday/)
    const audit = await readinessAudit(app, id)
    assert.ok(
      audit.some(e => e.action === 'readiness.viewed' && (e.details as { view: string }).view === 'release-day'),
    )
  })

  it('lists the readiness operations in the OpenAPI document, with each item’s fields', async () => {
    const doc = (await comA.json('GET', '/api/v1/openapi.json')).body
    assert.ok(doc.paths['/api/v1/people/{id}/readiness'].get)
    assert.ok(doc.paths['/api/v1/people/{id}/readiness/release-day'].get)
    assert.ok(doc.paths['/api/v1/people/{id}/readiness/housing-referrals'].post)
    const appointment = doc.paths['/api/v1/people/{id}/readiness/items/first-appointment'].put
    const schema = appointment.requestBody.content['application/json'].schema
    for (const field of ['status', 'appointmentDate', 'appointmentTime', 'appointmentPlace', 'note', 'version']) {
      assert.ok(schema.properties[field], field)
    }
    const answer = appointment.responses['200'].content['application/json'].schema
    assert.ok(answer.properties.item.properties.rag, 'the answer is described as well as the body')
    assert.ok(appointment.responses['415'], 'a body of another type is refused')
    assert.deepEqual(schema.required.sort(), ['status', 'version'])
    const readinessPaths = Object.entries(doc.paths).filter(([path]) => path.includes('/readiness'))
    assert.equal(readinessPaths.length, 3 + ITEM_KEYS.length)
    for (const [path, operations] of readinessPaths) {
      for (const operation of Object.values(
        operations as Record<string, { parameters: { name: string; in: string; required: boolean }[] }>,
      )) {
        assert.deepEqual(
          operation.parameters.map(({ name, in: where, required }) => ({ name, in: where, required })),
          [{ name: 'id', in: 'path', required: true }],
          path,
        )
      }
    }
  })
})
