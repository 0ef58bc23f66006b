import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { readPdf } from '../../../test/support/pdf-text.ts'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { createHandoverRepository } from './handover.repository.ts'
import { createHandoverService } from './handover.service.ts'
import { TODAY, auditedActions, contact, contextOf, handoverCounts, meeting, newCase } from './handover.test-support.ts'

let app: TestApp
let comA: Client
let comB: Client
let comA2: Client
let pom1: Client
let alpha: string
before(async () => {
  app = await startTestApp({ today: TODAY })
  const signIn = (username: string) => new Client(app.baseUrl).signIn(username)
  ;[comA, comB, comA2, pom1] = await Promise.all([signIn('comA'), signIn('comB'), signIn('comA2'), signIn('pom1')])
  alpha = app.fixture.people.ofComA.id
})
after(() => app.close())

const handoverOf = (client: Client, personId: string) => client.json('GET', `/api/v1/people/${personId}/handover`)
const recordMeeting = (client: Client, personId: string, body: object) =>
  client.json('PUT', `/api/v1/people/${personId}/handover/meeting`, body)
const addContact = (client: Client, personId: string, body: object) =>
  client.json('POST', `/api/v1/people/${personId}/handover/contacts`, body)

describe('recording the handover', () => {
  it('flags the handover meeting as overdue once the handover date has passed, and audits the view', async () => {
    const { status, body } = await handoverOf(comA, alpha)
    assert.equal(status, 200)
    assert.equal(body.episode.derived.handoverDate, '2026-06-17')
    assert.deepEqual(body.flags, {
      meetingStatus: 'overdue',
      meetingOverdue: true,
      comNotMet: false,
      daysToRelease: 98,
    })
    assert.match(body.meetingStatus.text, /17 June 2026, has passed without a handover meeting/)
    assert.deepEqual(body.contacts, [])
    assert.equal(body.canRecord, true)
    const audit = await auditedActions(app, alpha)
    assert.equal(audit.at(-1)?.action, 'handover.viewed')
  })

  it('records the meeting with who attended, takes the practitioners from the allocation, and shows it held late', async () => {
    const before = await handoverCounts(app)
    const saved = await recordMeeting(
      comA,
      alpha,
      meeting('2026-11-20', {
        attendees: ['com', 'pom', 'person', 'supporter'],
        supporterName: 'Jo Reid',
        supporterRelationship: 'sister',
      }),
    )
    assert.equal(saved.status, 200)
    assert.equal(saved.body.version, 1)
    const { body } = await handoverOf(comA, alpha)
    assert.equal(body.meeting.date, '2026-11-20')
    assert.deepEqual(body.meeting.com, { id: app.fixture.staff.comA!.id, name: 'Staff comA' })
    assert.deepEqual(body.meeting.pom, { id: app.fixture.staff.pom1!.id, name: 'Staff pom1' })
    assert.equal(body.meeting.personAttended, true)
    assert.deepEqual(body.meeting.supporter, { name: 'Jo Reid', relationship: 'sister' })
    assert.equal(body.meetingAttendees, 'Staff comA (COM), Staff pom1 (POM), the person, Jo Reid (sister, a supporter)')
    assert.equal(body.flags.meetingStatus, 'held')
    assert.equal(body.flags.meetingOverdue, false)
    assert.equal(body.meetingStatus.text, 'Held on 20 November 2026, after the handover date of 17 June 2026.')
    assert.deepEqual(await handoverCounts(app), {
      ...before,
      meetings: before.meetings + 1,
      versions: before.versions + 1,
    })
    const actions = (await auditedActions(app, alpha)).map(a => a.action)
    assert.ok(actions.includes('handover.meeting-recorded'))
  })

  it('changes the meeting with the version read, and refuses a stale version or none, writing nothing', async () => {
    const id = await newCase(app, comA, '2027-02-10')
    const first = {
      attendees: ['com', 'person', 'supporter'],
      supporterName: 'Sam Cole',
      supporterRelationship: 'friend',
    }
    assert.equal((await recordMeeting(comA, id, meeting('2026-11-02', first))).body.version, 1)
    const changed = await recordMeeting(comA, id, meeting('2026-11-03', { attendees: ['com', 'person'], version: 1 }))
    assert.equal(changed.status, 200)
    assert.equal(changed.body.version, 2)
    const { body } = await handoverOf(comA, id)
    assert.equal(body.meeting.supporter, null, 'the supporter was taken off the list')
    assert.equal(body.meeting.date, '2026-11-03')

    const before = await handoverCounts(app)
    const stale = await recordMeeting(comA, id, meeting('2026-11-04', { attendees: ['com', 'person'], version: 1 }))
    assert.equal(stale.status, 409)
    assert.match(stale.body.title, /Someone else recorded the handover meeting/)
    const unversioned = await recordMeeting(comA, id, meeting('2026-11-04', { attendees: ['com', 'person'] }))
    assert.equal(unversioned.status, 409)
    assert.deepEqual(await handoverCounts(app), before)
    assert.equal((await handoverOf(comA, id)).body.meeting.date, '2026-11-03')
    const actions = (await auditedActions(app, id)).map(a => a.action)
    assert.deepEqual(
      actions.filter(a => a.startsWith('handover.meeting')),
      ['handover.meeting-recorded', 'handover.meeting-changed'],
    )
  })

  it("records the COM's contacts before release, the latest first, and audits each", async () => {
    const id = await newCase(app, comA, '2027-02-01')
    const phone = await addContact(comA, id, contact('2026-10-01', { contactType: 'phone', met: false, note: '' }))
    assert.equal(phone.status, 201)
    assert.equal((await addContact(comA, id, contact('2026-11-01'))).status, 201)
    const { body } = await handoverOf(comA, id)
    assert.deepEqual(
      body.contacts.map((c: { date: string; type: string; met: boolean; note: string | null }) => [
        c.date,
        c.type,
        c.met,
        c.note,
      ]),
      [
        ['2026-11-01', 'visit', true, 'Legal visit at the prison.'],
        ['2026-10-01', 'phone', false, null],
      ],
    )
    assert.equal(body.contacts[0].com.id, app.fixture.staff.comA!.id)
    assert.equal(body.contactStatus.tag, 'Met by COM')
    const actions = (await auditedActions(app, id)).map(a => a.action)
    assert.equal(actions.filter(a => a === 'handover.contact-added').length, 2)
  })
})

describe('refusing what cannot be right', () => {
  it('reports every fault of the form at once: the date, who attended and the supporter', async () => {
    const id = await newCase(app, comA, '2027-01-16')
    const refused = await recordMeeting(comA, id, {
      meetingDate: { day: '30', month: '2', year: '2026' },
      attendees: ['pom', 'supporter'],
      notes: 'x'.repeat(4001),
    })
    assert.equal(refused.status, 400)
    assert.deepEqual(
      refused.body.errors.map((e: { field: string }) => e.field),
      ['meetingDate', 'notes', 'attendees', 'supporterName', 'supporterRelationship'],
    )
  })

  it('takes a date as day, month and year in the API too', async () => {
    const id = await newCase(app, comA, '2027-01-17')
    const saved = await addContact(comA, id, contact({ day: '2', month: '11', year: '2026' } as never))
    assert.equal(saved.status, 201)
    assert.equal((await handoverOf(comA, id)).body.contacts[0].date, '2026-11-02')
  })

  it('refuses a meeting in the future, before arrival, without the COM, or with an unnamed supporter, writing nothing', async () => {
    const id = await newCase(app, comA, '2027-01-15')
    const before = await handoverCounts(app)
    const cases: [object, { field: string; message: string }[]][] = [
      [
        meeting('2026-11-24', { attendees: ['com', 'person'] }),
        [{ field: 'meetingDate', message: 'The date of the meeting must be today or in the past' }],
      ],
      [
        meeting('2025-01-09', { attendees: ['com', 'person'] }),
        [
          {
            field: 'meetingDate',
            message:
              'The date of the meeting must be on or after the day the person arrived in custody, 10 January 2025',
          },
        ],
      ],
      [
        meeting('2026-11-20', { attendees: ['pom', 'person'] }),
        [
          {
            field: 'attendees',
            message: 'Select the community offender manager: the COM must attend the handover meeting',
          },
        ],
      ],
      [
        meeting('2026-11-20', { attendees: ['com', 'person', 'supporter'] }),
        [
          { field: 'supporterName', message: 'Enter the supporter’s name' },
          { field: 'supporterRelationship', message: 'Enter how the supporter knows the person' },
        ],
      ],
      [
        meeting('2026-11-20', { attendees: ['com', 'pom'] }),
        [
          {
            field: 'attendees',
            message:
              'No prison offender manager is allocated to this person: allocate one first, or do not select the POM',
          },
        ],
      ],
      [
        { meetingDate: 'next Tuesday', attendees: ['com', 'person'] },
        [{ field: 'meetingDate', message: 'The date of the meeting must be a real date' }],
      ],
    ]
    for (const [body, errors] of cases) {
      const refused = await recordMeeting(comA, id, body)
      assert.equal(refused.status, 400, JSON.stringify(body))
      assert.deepEqual(refused.body.errors, errors)
    }
    assert.deepEqual(await handoverCounts(app), before)
  })

  it('refuses a contact after release, in the future, or a phone call or letter as a meeting, writing nothing', async () => {
    const released = app.fixture.people.ofComB.id
    const before = await handoverCounts(app)
    const cases: [Client, string, object, { field: string; message: string }[]][] = [
      [
        comB,
        released,
        contact('2025-06-02'),
        [
          {
            field: 'contactDate',
            message: 'The date of the contact must be on or before the day the person was released, 1 June 2025',
          },
        ],
      ],
      [
        comA,
        alpha,
        contact('2026-11-24'),
        [{ field: 'contactDate', message: 'The date of the contact must be today or in the past' }],
      ],
      [
        comA,
        alpha,
        contact('2026-11-01', { contactType: 'letter' }),
        [
          {
            field: 'met',
            message: 'Select ‘No’ for a phone call or a letter: only a visit or a video call can be a meeting',
          },
        ],
      ],
      [
        comA,
        alpha,
        { contactDate: '2026-11-01', contactType: 'email' },
        [
          { field: 'contactType', message: 'Select the type of contact: a visit, video call, phone call or letter' },
          { field: 'met', message: 'Select whether the COM met the person' },
        ],
      ],
    ]
    for (const [client, personId, body, errors] of cases) {
      const refused = await addContact(client, personId, body)
      assert.equal(refused.status, 400, JSON.stringify(body))
      assert.deepEqual(refused.body.errors, errors)
    }
    assert.equal((await addContact(comB, released, contact('2025-06-01'))).status, 201, 'on the day of release')
    assert.deepEqual(await handoverCounts(app), { ...before, contacts: before.contacts + 1 })
  })

  it('says what to do first for a person with no COM or no custody episode', async () => {
    const noCom = await addContact(pom1, app.fixture.people.unallocatedInPrison1.id, contact('2026-11-01'))
    assert.equal(noCom.status, 409)
    assert.match(noCom.body.title, /^Allocate a community offender manager before recording their contacts/)
    const noMeetingCom = await recordMeeting(pom1, app.fixture.people.unallocatedInPrison1.id, meeting('2026-11-01'))
    assert.equal(noMeetingCom.status, 409)
    const noEpisode = await addContact(comA2, app.fixture.people.ofComA2.id, contact('2026-11-01'))
    assert.equal(noEpisode.status, 409)
    assert.match(noEpisode.body.title, /^Add a custody episode to this person’s record/)
  })
})

describe('the handover pages', () => {
  it('record the meeting from its form, the date as day, month and year, and say so after saving', async () => {
    const id = await newCase(app, comA, '2027-01-28')
    const form = await (await comA.get(`/people/${id}/handover/meeting`)).text()
    assert.match(form, /name="meetingDate-day"/)
    assert.match(form, /data-module="govuk-character-count"[\s\S]*name="notes"/)
    const token = /name="_csrf" value="([^"]+)"/.exec(form)![1]!
    const saved = await comA.request('POST', `/people/${id}/handover/meeting`, {
      form: {
        _csrf: token,
        'meetingDate-day': '9',
        'meetingDate-month': '11',
        'meetingDate-year': '2026',
        attendees: 'com',
        notes: 'By video.',
      },
    })
    assert.equal(saved.status, 400, 'the COM alone is not a handover meeting')
    const { body } = await recordMeeting(comA, id, meeting('2026-11-09', { attendees: ['com', 'person'] }))
    assert.equal(body.version, 1)
    const change = await comA.request('POST', `/people/${id}/handover/meeting`, {
      form: {
        _csrf: token,
        'meetingDate-day': '10',
        'meetingDate-month': '11',
        'meetingDate-year': '2026',
        attendees: 'com',
        version: '1',
      },
    })
    assert.equal(change.status, 400)
    const page = await (await comA.get(`/people/${id}/handover/meeting`)).text()
    assert.match(page, /name="meetingDate-day" type="text" value="9"/, 'the form shows the meeting as recorded')
    assert.match(page, /name="version" value="1"/)
  })

  it('show a banner naming what was saved after the meeting is recorded from its form', async () => {
    const id = await newCase(app, comA, '2027-01-29')
    const html = await (await comA.get(`/people/${id}/handover/meeting`)).text()
    const token = /name="_csrf" value="([^"]+)"/.exec(html)![1]!
    const saved = await comA.request('POST', `/people/${id}/handover/meeting`, {
      form: {
        _csrf: token,
        'meetingDate-day': '12',
        'meetingDate-month': '11',
        'meetingDate-year': '2026',
        attendees: ['com', 'person'],
        notes: 'Agreed the plan for the first night.',
      },
    })
    assert.equal(saved.status, 303)
    assert.equal(saved.headers.get('location'), `/people/${id}/handover`)
    const shown = await (await comA.get(`/people/${id}/handover`)).text()
    assert.match(shown, /data-qa="saved"[\s\S]*Handover meeting saved/)
    assert.equal((await handoverOf(comA, id)).body.meeting.date, '2026-11-12')
  })

  it('show the status, the contacts, the case navigation and the links to record them', async () => {
    const id = await newCase(app, comA, '2027-01-10')
    const response = await comA.get(`/people/${id}/handover`)
    assert.equal(response.status, 200)
    const html = await response.text()
    assert.match(html, /<title>Handover - Resettle<\/title>/)
    assert.match(html, /aria-current="page" href="[^"]+\/handover" data-qa="case-section-handover"/)
    assert.match(html, /data-qa="case-header"/)
    assert.doesNotMatch(html, /govuk-caption-l/)
    assert.match(html, /data-qa="meeting-overdue-flag"/)
    assert.match(html, /data-qa="com-not-met-flag"/)
    assert.match(html, /data-qa="record-meeting">Record the handover meeting</)
    assert.match(html, /data-qa="no-contacts"/)
    assert.match(html, /data-qa="add-contact"/)
    assert.match(html, /data-qa="view-report"/)
  })

  it('send a meeting form back with the GOV.UK error summary and what was typed, writing nothing', async () => {
    const id = await newCase(app, comA, '2027-01-20')
    const token = await comA.formToken(`/people/${id}/handover/meeting`)
    const before = await handoverCounts(app)
    const response = await comA.request('POST', `/people/${id}/handover/meeting`, {
      form: {
        _csrf: token,
        'meetingDate-day': '31',
        'meetingDate-month': '2',
        'meetingDate-year': '2026',
        attendees: 'person',
        notes: 'As typed',
      },
    })
    assert.equal(response.status, 400)
    const html = await response.text()
    assert.match(html, /<title>Error: Handover meeting - Resettle<\/title>/)
    // Every problem at once: the date and who attended.
    assert.match(html, /href="#meetingDate">The date of the meeting must be a real date</)
    assert.match(html, /href="#attendees">Select the community offender manager/)
    assert.match(html, /name="meetingDate-day" type="text" value="31"/)
    assert.match(html, /name="meetingDate-month" type="text" value="2"/)
    assert.match(html, /As typed<\/textarea>/)
    assert.match(html, /value="person" checked/)
    assert.match(html, /govuk-character-count/)
    assert.deepEqual(await handoverCounts(app), before)
  })

  it('send a form back saying what to do first when the record is not ready for it', async () => {
    const id = app.fixture.people.ofComA2.id
    const token = await comA2.formToken(`/people/${id}/handover/contacts/new`)
    const response = await comA2.request('POST', `/people/${id}/handover/contacts/new`, {
      form: {
        _csrf: token,
        'contactDate-day': '20',
        'contactDate-month': '11',
        'contactDate-year': '2026',
        contactType: 'visit',
        met: 'yes',
      },
    })
    assert.equal(response.status, 409)
    const html = await response.text()
    assert.match(html, /There is a problem/)
    assert.match(html, /Add a custody episode to this person’s record before recording the COM’s contacts/)
    assert.match(html, /name="contactDate-day" type="text" value="20"/, 'what was typed is kept')
  })

  it('record a contact from its form, the date as day, month and year, then say so on the handover page', async () => {
    const id = await newCase(app, comA, '2027-01-25')
    const token = await comA.formToken(`/people/${id}/handover/contacts/new`)
    const added = await comA.request('POST', `/people/${id}/handover/contacts/new`, {
      form: {
        _csrf: token,
        'contactDate-day': '20',
        'contactDate-month': '11',
        'contactDate-year': '2026',
        contactType: 'video',
        met: 'yes',
        note: 'Video link',
      },
    })
    assert.equal(added.status, 303)
    assert.equal(added.headers.get('location'), `/people/${id}/handover`)
    const shown = await (await comA.get(`/people/${id}/handover`)).text()
    assert.match(shown, /data-qa="saved"[\s\S]*Contact saved/)
    assert.doesNotMatch(await (await comA.get(`/people/${id}/handover`)).text(), /data-qa="saved"/, 'said once')
    const { body } = await handoverOf(comA, id)
    assert.deepEqual(
      body.contacts.map((c: { date: string; type: string; met: boolean }) => [c.date, c.type, c.met]),
      [['2026-11-20', 'video', true]],
    )
  })

  it('show the report ready to print, with no personal data in its title', async () => {
    const response = await comA.get(`/people/${alpha}/handover/report`)
    assert.equal(response.status, 200)
    const html = await response.text()
    assert.match(html, /<title>Handover report - Resettle<\/title>/)
    assert.match(html, /<div class="app-document">/, 'printed with the document print style')
    assert.match(
      html,
      /<div class="app-no-print">\s*<div class="moj-identity-bar[\s\S]*<nav class="moj-sub-navigation"[\s\S]*<\/nav>\s*<\/div>\s*<div class="app-document">/,
      'the case header and navigation are not printed',
    )
    assert.match(html, /Made on 23 November 2026 from the record in Resettle for Test Alpha \(A000001\)/)
    assert.doesNotMatch(html, /govuk-back-link/)
    for (const section of ['personal-details', 'key-dates', 'allocation', 'handover-meeting', 'contacts']) {
      assert.match(html, new RegExp(`data-qa="report-${section}"`))
    }
  })

  it('give the same report as a PDF, its sections in the same order', async () => {
    const response = await comA.get(`/people/${alpha}/handover/report.pdf`)
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('content-type'), 'application/pdf')
    assert.equal(response.headers.get('content-disposition'), 'inline; filename="handover-report.pdf"')
    const { title, text } = await readPdf(new Uint8Array(await response.arrayBuffer()))
    assert.equal(title, 'Handover report')
    const { body } = await comA.json('GET', `/api/v1/people/${alpha}/handover/report`)
    const titles: string[] = body.sections.map((section: { title: string }) => section.title)
    // Each title after the one before: a title's words may also appear inside an earlier section.
    let from = 0
    for (const sectionTitle of titles) {
      const at = text.indexOf(sectionTitle, from)
      assert.ok(at >= from, `${sectionTitle} after position ${from} in ${text}`)
      from = at + sectionTitle.length
    }
    assert.match(text, new RegExp(body.person.crn))
  })
})

describe('the handover API', () => {
  it('is described in the OpenAPI document with the schemas that validate it', async () => {
    const { body } = await comA.json('GET', '/api/v1/openapi.json')
    const paths = body.paths
    assert.ok(paths['/api/v1/people/{id}/handover'].get)
    assert.ok(paths['/api/v1/people/{id}/handover/report'].get)
    const meetingBody = paths['/api/v1/people/{id}/handover/meeting'].put.requestBody.content['application/json'].schema
    assert.deepEqual(meetingBody.properties.attendees.items.enum, ['pom', 'com', 'person', 'supporter'])
    const contactBody =
      paths['/api/v1/people/{id}/handover/contacts'].post.requestBody.content['application/json'].schema
    assert.deepEqual(contactBody.properties.contactType.enum, ['visit', 'video', 'phone', 'letter'])
  })
})

describe('the handover report', () => {
  it('is made from the record: personal details, key dates and deadlines, allocation, meeting and contacts', async () => {
    await recordMeeting(
      comA,
      alpha,
      meeting('2026-11-21', { version: (await handoverOf(comA, alpha)).body.meeting?.version }),
    )
    const { status, body } = await comA.json('GET', `/api/v1/people/${alpha}/handover/report`)
    assert.equal(status, 200)
    assert.equal(body.generatedOn, TODAY)
    assert.deepEqual(
      body.sections.map((s: { id: string }) => s.id),
      [
        'personal-details',
        'key-dates',
        'allocation',
        'needs',
        'work-in-custody',
        'release-readiness',
        'handover-meeting',
        'contacts',
      ],
    )
    const rows = (id: string) =>
      Object.fromEntries(
        body.sections
          .find((s: { id: string }) => s.id === id)
          .blocks.filter((b: { kind: string }) => b.kind === 'summary')
          .flatMap((b: { rows: { key: string; value: string }[] }) => b.rows.map(r => [r.key, r.value])),
      )
    assert.equal(rows('personal-details').CRN, 'A000001')
    assert.equal(rows('key-dates')['Handover to community'], '17 June 2026')
    assert.equal(rows('key-dates')['Earliest release date'], '1 March 2027')
    assert.equal(rows('key-dates')['Pre-release review due'], '7 December 2026')
    assert.equal(rows('allocation')['Community offender manager'], 'Staff comA (Team A)')
    assert.equal(rows('handover-meeting').Date, '21 November 2026')
    assert.equal((await auditedActions(app, alpha)).at(-1)?.action, 'handover.report-viewed')
  })

  it("takes other features' sections through its hook, after the allocation and before the handover meeting", async () => {
    const { db } = app.services.handle
    const seen: string[] = []
    const service = createHandoverService({
      db,
      repository: createHandoverRepository(db),
      people: app.services.people,
      audit: app.services.platform.audit,
      today: () => TODAY,
      reportSections: [
        async (_ctx, record) => {
          seen.push(record.person.id)
          return [{ id: 'needs', title: 'Needs', blocks: [{ kind: 'text', text: 'No needs screened yet.' }] }]
        },
        async () => [],
      ],
    })
    const report = await service.report(contextOf(app, 'comA'), alpha)
    assert.deepEqual(seen, [alpha])
    assert.deepEqual(
      report.sections.map(s => s.id),
      ['personal-details', 'key-dates', 'allocation', 'needs', 'handover-meeting', 'contacts'],
    )
  })
})
