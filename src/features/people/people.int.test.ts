import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'

let app: TestApp
let comA: Client
let managerA: Client
before(async () => {
  app = await startTestApp({ today: '2026-11-23' })
  comA = await new Client(app.baseUrl).signIn('comA')
  managerA = await new Client(app.baseUrl).signIn('managerA')
})
after(() => app.close())

const newPerson = (crn: string, extra: Record<string, unknown> = {}) => ({
  firstName: 'Jordan',
  lastName: 'Example',
  preferredName: 'Jo',
  pronouns: 'they/them',
  dateOfBirth: '1991-02-03',
  crn,
  prisonNumber: null,
  communityArea: 'Bristol',
  ...extra,
})

const countPeople = async () =>
  Number(
    (
      await app.services.handle.db
        .selectFrom('person')
        .select(eb => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

describe('adding and changing people', () => {
  it('adds a person allocated to the COM who added them, and audits it', async () => {
    const created = await comA.json('POST', '/api/v1/people', newPerson('Z100001'))
    assert.equal(created.status, 201)
    const { body } = await comA.json('GET', `/api/v1/people/${created.body.id}`)
    assert.equal(body.person.crn, 'Z100001')
    assert.equal(body.person.com.id, app.fixture.staff.comA!.id)
    const audit = await app.services.handle.db
      .selectFrom('audit_event')
      .select('action')
      .where('subject_person_id', '=', created.body.id)
      .execute()
    assert.deepEqual(audit.map(a => a.action).sort(), ['person.created', 'person.viewed'])
  })

  it('refuses bad input naming each field, and writes nothing', async () => {
    const before = await countPeople()
    const { status, body } = await comA.json('POST', '/api/v1/people', {
      firstName: '',
      lastName: 'x'.repeat(101),
      dateOfBirth: '2999-01-01',
      crn: '123',
      prisonNumber: 'nope',
    })
    assert.equal(status, 400)
    const fields = Object.fromEntries(body.errors.map((e: { field: string; message: string }) => [e.field, e.message]))
    assert.equal(fields.firstName, 'Enter first name')
    assert.equal(fields.lastName, 'Last name must be 100 characters or fewer')
    assert.equal(fields.dateOfBirth, 'Date of birth must be in the past')
    assert.equal(fields.crn, 'Enter a CRN in the format X123456')
    assert.equal(fields.prisonNumber, 'Enter a prison number in the format A1234BC')
    assert.equal(await countPeople(), before)
  })

  it('refuses impossible dates and a CRN that is already taken', async () => {
    const impossible = await comA.json('POST', '/api/v1/people', newPerson('Z100002', { dateOfBirth: '1990-02-30' }))
    assert.equal(impossible.body.errors[0].message, 'Date of birth must be a real date')
    const taken = await comA.json('POST', '/api/v1/people', newPerson(app.fixture.people.ofComB.crn))
    assert.deepEqual(taken.body.errors, [{ field: 'crn', message: 'A person with this CRN already exists' }])
  })

  it('shows the GOV.UK error summary on the form and keeps what was typed', async () => {
    const token = await comA.formToken('/people/new')
    const response = await comA.request('POST', '/people/new', {
      form: {
        _csrf: token,
        firstName: 'Kept',
        lastName: '',
        'dateOfBirth-day': '3',
        'dateOfBirth-month': '2',
        'dateOfBirth-year': '',
        crn: 'x1',
      },
    })
    assert.equal(response.status, 400)
    const html = await response.text()
    assert.match(html, /There is a problem/)
    assert.match(html, /href="#lastName">\s*Enter last name/)
    assert.match(html, /href="#dateOfBirth">\s*Date of birth must include a year/)
    assert.match(html, /value="Kept"/)
    assert.match(html, /<title>Error: Add a person - Resettle<\/title>/)
  })

  it('adds a person through the form, with the date of birth as day, month and year, and says so', async () => {
    const token = await comA.formToken('/people/new')
    const response = await comA.request('POST', '/people/new', {
      form: {
        _csrf: token,
        firstName: 'Robin',
        lastName: 'Formadd',
        'dateOfBirth-day': '9',
        'dateOfBirth-month': '11',
        'dateOfBirth-year': '1988',
        crn: 'F100001',
      },
    })
    assert.equal(response.status, 303)
    const location = response.headers.get('location')!
    const page = await (await comA.get(location)).text()
    assert.match(page, /data-qa="saved"[\s\S]*Person added/)
    const { body } = await comA.json('GET', `/api/v1${location}`)
    assert.equal(body.person.dateOfBirth, '1988-11-09')
    assert.match(await (await comA.get(location)).text(), /Formadd/, 'the banner is shown once')
    assert.doesNotMatch(await (await comA.get(location)).text(), /data-qa="saved"/)
  })

  it('reports a taken CRN, a taken prison number and an unknown PDU together, on the form', async () => {
    const token = await comA.formToken('/people/new')
    await app.services.handle.db
      .updateTable('person')
      .set({ prison_number: 'A1111AA' })
      .where('id', '=', app.fixture.people.ofComB.id)
      .execute()
    const response = await comA.request('POST', '/people/new', {
      form: {
        _csrf: token,
        firstName: 'Taken',
        lastName: 'Twice',
        'dateOfBirth-day': '1',
        'dateOfBirth-month': '1',
        'dateOfBirth-year': '1980',
        crn: app.fixture.people.ofComB.crn,
        prisonNumber: 'a1111aa',
        pduId: '00000000-0000-4000-8000-000000000000',
      },
    })
    assert.equal(response.status, 400)
    const html = await response.text()
    assert.match(html, /href="#crn">\s*A person with this CRN already exists/)
    assert.match(html, /href="#prisonNumber">\s*A person with this prison number already exists/)
    assert.match(html, /href="#pduId">\s*Select a probation delivery unit from the list/)
    assert.match(html, /name="dateOfBirth-year"[^>]*value="1980"|value="1980"[^>]*name="dateOfBirth-year"/)
  })

  it('changes personal details through the form with the case header, and says they were saved', async () => {
    const id = app.fixture.people.excludedForComA2.id
    const path = `/people/${id}/edit`
    const form = await (await comA.get(path)).text()
    assert.match(form, /data-qa="case-header"/)
    assert.match(form, /data-qa="case-navigation"/)
    assert.match(form, /name="dateOfBirth-day"[^>]*value="1"|value="1"[^>]*name="dateOfBirth-day"/)
    const version = /name="version" value="(\d+)"/.exec(form)![1]!
    const response = await comA.request('POST', path, {
      form: {
        _csrf: await comA.formToken(path),
        version,
        firstName: 'Renamed',
        lastName: 'Echo',
        'dateOfBirth-day': '1',
        'dateOfBirth-month': '5',
        'dateOfBirth-year': '1990',
        crn: 'A000003',
      },
    })
    assert.equal(response.status, 303)
    assert.match(await (await comA.get(`/people/${id}`)).text(), /data-qa="saved"[\s\S]*Personal details saved/)
    const audit = await app.services.handle.db
      .selectFrom('audit_event')
      .select('details')
      .where('action', '=', 'person.updated')
      .where('subject_person_id', '=', id)
      .executeTakeFirstOrThrow()
    assert.deepEqual(audit.details, { fields: ['firstName'] }, 'the trail names what changed, never its value')
  })

  it('does not let a second editor overwrite the first without knowing', async () => {
    const id = app.fixture.people.ofComA.id
    const first = (await comA.json('GET', `/api/v1/people/${id}`)).body.person
    const second = (await managerA.json('GET', `/api/v1/people/${id}`)).body.person
    const saved = await comA.json('PUT', `/api/v1/people/${id}`, { ...first, firstName: 'FirstEditor' })
    assert.equal(saved.status, 200)
    const stale = await managerA.json('PUT', `/api/v1/people/${id}`, { ...second, lastName: 'SecondEditor' })
    assert.equal(stale.status, 409)
    const now = (await comA.json('GET', `/api/v1/people/${id}`)).body.person
    assert.equal(now.firstName, 'FirstEditor')
    assert.equal(now.lastName, app.fixture.people.ofComA.last_name)
  })

  it('finds people by name, CRN and prison number, only within scope', async () => {
    const byName = await comA.json('GET', '/api/v1/people?q=alph')
    assert.deepEqual(
      byName.body.people.map((p: { crn: string }) => p.crn),
      ['A000001'],
    )
    const byCrn = await comA.json('GET', '/api/v1/people?q=a000002')
    assert.deepEqual(
      byCrn.body.people.map((p: { crn: string }) => p.crn),
      ['A000002'],
    )
    const outOfScope = await comA.json('GET', `/api/v1/people?q=${app.fixture.people.ofComB.crn}`)
    assert.equal(outOfScope.body.total, 0)
    const wildcard = await comA.json('GET', '/api/v1/people?q=%25')
    assert.equal(wildcard.body.total, 0, 'a % is a character to look for, not a wildcard')
  })
})

describe('custody episodes and key dates', () => {
  it('refuses contradictory dates with a message naming both', async () => {
    const { status, body } = await comA.json(
      'POST',
      `/api/v1/people/${app.fixture.people.ofComA.id}/custody-episodes`,
      {
        sentenceType: 'determinate',
        arrivalDate: '2026-01-10',
        sentenceStartDate: '2026-01-10',
        conditionalReleaseDate: '2025-12-01',
        licenceExpiryDate: '2025-06-01',
      },
    )
    assert.equal(status, 400)
    const messages = body.errors.map((e: { message: string }) => e.message)
    assert.ok(
      messages.includes('Conditional release date must be on or after the sentence start date'),
      messages.join(),
    )
  })

  it('derives the earliest release and handover dates from what is recorded', async () => {
    const id = app.fixture.people.ofComA2.id
    const client = await new Client(app.baseUrl).signIn('comA2')
    const added = await client.json('POST', `/api/v1/people/${id}/custody-episodes`, {
      sentenceType: 'determinate',
      arrivalDate: '2026-01-10',
      sentenceStartDate: '2026-01-10',
      conditionalReleaseDate: '2027-10-31',
      automaticReleaseDate: '2027-11-15',
      prisonId: app.fixture.org.prison1,
    })
    assert.equal(added.status, 201)
    const { body } = await client.json('GET', `/api/v1/people/${id}`)
    const [episode] = body.episodes
    assert.equal(episode.derived.earliestReleaseDate, '2027-10-31')
    // 31 October 2027 less 8 months is 29 February 2028? No: 2027 → 28 February 2027, less 14 days = 14 February 2027.
    assert.equal(episode.derived.handoverDate, '2027-02-14')
    assert.equal(episode.derived.comResponsibleFromStart, false)
  })

  it('takes each date as day, month and year in the GOV.UK date input, and says the episode was added', async () => {
    const id = app.fixture.people.ofComA2.id
    const client = await new Client(app.baseUrl).signIn('comA2')
    const path = `/people/${id}/custody/new`
    const form = await (await client.get(path)).text()
    assert.match(form, /name="arrivalDate-day"/)
    assert.match(form, /data-qa="case-header"/, 'the case header is on the form')
    const token = await client.formToken(path)
    const response = await client.request('POST', path, {
      form: {
        _csrf: token,
        sentenceType: 'recall',
        'arrivalDate-day': '5',
        'arrivalDate-month': '3',
        'arrivalDate-year': '2026',
        'sentenceStartDate-day': '05',
        'sentenceStartDate-month': '03',
        'sentenceStartDate-year': '2026',
      },
    })
    assert.equal(response.status, 303)
    assert.equal(response.headers.get('location'), `/people/${id}`)
    assert.match(await (await client.get(`/people/${id}`)).text(), /data-qa="saved"[\s\S]*Custody episode added/)
    const { body } = await client.json('GET', `/api/v1/people/${id}`)
    assert.ok(
      body.episodes.some(
        (e: { sentenceStartDate: string; arrivalDate: string; sentenceType: string }) =>
          e.sentenceStartDate === '2026-03-05' && e.arrivalDate === '2026-03-05' && e.sentenceType === 'recall',
      ),
    )
  })

  it('reports every problem of an episode in one pass, keeping the parts of each date as typed', async () => {
    const id = app.fixture.people.ofComA2.id
    const client = await new Client(app.baseUrl).signIn('comA2')
    const path = `/people/${id}/custody/new`
    const response = await client.request('POST', path, {
      form: {
        _csrf: await client.formToken(path),
        prisonId: '',
        'arrivalDate-day': '31',
        'arrivalDate-month': '2',
        'arrivalDate-year': '2026',
        'sentenceStartDate-day': '1',
        'sentenceStartDate-month': '3',
        'sentenceStartDate-year': '',
        'releaseDate-day': '1',
        'releaseDate-month': '1',
        'releaseDate-year': '1850',
      },
    })
    assert.equal(response.status, 400)
    const html = await response.text()
    assert.match(html, /href="#sentenceType">\s*Select the sentence type/)
    assert.match(html, /href="#arrivalDate">\s*The date of arrival in custody must be a real date/)
    assert.match(html, /href="#sentenceStartDate">\s*The sentence start date must include a year/)
    assert.match(html, /href="#releaseDate">\s*Release date must be after 1 January 1900/)
    assert.match(html, /name="arrivalDate-day"[^>]*value="31"/)
  })

  it('refuses a malformed episode id: 400 naming it in the API, no page for it', async () => {
    const id = app.fixture.people.ofComA.id
    const api = await comA.json('PUT', `/api/v1/people/${id}/custody-episodes/not-an-id`, {})
    assert.equal(api.status, 400)
    assert.ok(api.body.errors.some((e: { field: string }) => e.field === 'params.episodeId'))
    assert.equal((await comA.get(`/people/${id}/custody/not-an-id/edit`)).status, 404)
  })
})

describe('allocation', () => {
  it('lets a manager allocate a COM from their PDU and records the history', async () => {
    const id = app.fixture.people.ofComA.id
    const change = { reasonCode: 'moved-area', handoverNote: 'Moving to the north of the city next month.' }
    const moved = await managerA.json('PUT', `/api/v1/people/${id}/allocation`, {
      comId: app.fixture.staff.comB!.id,
      ...change,
    })
    assert.equal(moved.status, 200)
    assert.equal(moved.body.comId, app.fixture.staff.comB!.id)
    assert.equal((await managerA.json('GET', `/api/v1/people/${id}`)).status, 404, 'now in team B, out of team A')
    assert.equal(
      (await new Client(app.baseUrl).signIn('comB').then(c => c.json('GET', `/api/v1/people/${id}`))).status,
      200,
    )
    const history = await app.services.handle.db
      .selectFrom('allocation')
      .select(['kind', 'staff_id'])
      .where('person_id', '=', id)
      .execute()
    assert.ok(history.some(h => h.kind === 'com' && h.staff_id === app.fixture.staff.comB!.id))
    const managerB = await new Client(app.baseUrl).signIn('managerB')
    assert.equal((await managerB.get(`/people/${id}/allocation`)).status, 200)
    assert.equal(
      (await managerB.json('PUT', `/api/v1/people/${id}/allocation`, { comId: app.fixture.staff.comA!.id, ...change }))
        .status,
      200,
    )
  })

  it('refuses a COM from another PDU, a POM as a COM, and allocation by a COM', async () => {
    const id = app.fixture.people.ofComA.id
    const otherPdu = await managerA.json('PUT', `/api/v1/people/${id}/allocation`, {
      comId: app.fixture.staff.comC!.id,
    })
    assert.deepEqual(
      otherPdu.body.errors,
      [
        { field: 'comId', message: 'Select a community offender manager from the list' },
        { field: 'reasonCode', message: 'Select the reason for the change' },
        { field: 'handoverNote', message: 'Enter a handover note for the new practitioner' },
      ],
      'every problem at once: the wrong practitioner, and a reallocation without its reason and note',
    )
    const wrongRole = await managerA.json('PUT', `/api/v1/people/${id}/allocation`, {
      comId: app.fixture.staff.pom1!.id,
    })
    assert.equal(wrongRole.status, 400)
    const byCom = await comA.json('PUT', `/api/v1/people/${id}/allocation`, { comId: app.fixture.staff.comA2!.id })
    assert.equal(byCom.status, 403)
  })

  it('allocates through the form, with the handover meeting as day, month and year, and says so', async () => {
    const id = app.fixture.people.awaitingComInNorth.id
    const path = `/people/${id}/allocation`
    const form = await (await managerA.get(path)).text()
    assert.match(form, /data-qa="case-header"/)
    assert.match(form, /name="handoverMeetingDate-day"/)
    assert.match(form, /maxlength="4000"|data-maxlength="4000"/, 'the handover note counts its characters')
    const response = await managerA.request('POST', path, {
      form: {
        _csrf: await managerA.formToken(path),
        comId: app.fixture.staff.comA2!.id,
        'handoverMeetingDate-day': '20',
        'handoverMeetingDate-month': '11',
        'handoverMeetingDate-year': '2026',
      },
    })
    assert.equal(response.status, 303)
    assert.match(await (await managerA.get(`/people/${id}`)).text(), /data-qa="saved"[\s\S]*Allocation saved/)
    const [latest] = await app.services.handle.db
      .selectFrom('allocation')
      .select(['staff_id', 'handover_meeting_date', 'allocated_by'])
      .where('person_id', '=', id)
      .execute()
    assert.deepEqual(latest, {
      staff_id: app.fixture.staff.comA2!.id,
      handover_meeting_date: '2026-11-20',
      allocated_by: app.fixture.staff.managerA!.id,
    })
  })

  it('lets a POM allocate a POM in their own prison only', async () => {
    const pom = await new Client(app.baseUrl).signIn('pom1')
    const id = app.fixture.people.unallocatedInPrison1.id
    const ok = await pom.json('PUT', `/api/v1/people/${id}/allocation`, { pomId: app.fixture.staff.pom1b!.id })
    assert.equal(ok.status, 200)
    const otherPrison = await pom.json('PUT', `/api/v1/people/${id}/allocation`, { pomId: app.fixture.staff.pom2!.id })
    assert.equal(otherPrison.status, 400)
  })
})

describe('the person role', () => {
  it('is answered as if no staff page were there: the list, the forms and allocation', async () => {
    const person = await new Client(app.baseUrl).signIn('person')
    const own = app.fixture.people.ofComA.id
    for (const path of [
      '/people',
      '/people?q=alpha',
      '/people/new',
      `/people/${own}/edit`,
      `/people/${own}/custody/new`,
      `/people/${own}/allocation`,
      `/people/${own}/limited-access`,
    ]) {
      assert.equal((await person.get(path)).status, 404, path)
    }
    assert.equal((await person.get('/')).status, 200, 'their own home page stays')
  })
})

describe('who may add people', () => {
  it('refuses partners, admins and people', async () => {
    for (const username of ['partner', 'admin', 'person']) {
      const client = await new Client(app.baseUrl).signIn(username)
      const before = await countPeople()
      assert.equal((await client.json('POST', '/api/v1/people', newPerson('Z200001'))).status, 403, username)
      assert.equal(await countPeople(), before)
    }
  })

  it('allocates a person added by a POM to that POM, so they can see them', async () => {
    const pom = await new Client(app.baseUrl).signIn('pom2')
    const created = await pom.json('POST', '/api/v1/people', newPerson('Z300001'))
    assert.equal(created.status, 201)
    const { body } = await pom.json('GET', `/api/v1/people/${created.body.id}`)
    assert.equal(body.person.pom.id, app.fixture.staff.pom2!.id)
  })
})
