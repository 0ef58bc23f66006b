import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'

let app: TestApp
let managerA: Client
before(async () => {
  app = await startTestApp({ today: '2026-11-23' })
  managerA = await new Client(app.baseUrl).signIn('managerA')
})
after(() => app.close())

describe('keeping exclusion and restriction lists', () => {
  it('excludes a member of staff from today, and lets them back when the exclusion ends', async () => {
    const person = app.fixture.people.ofComA2
    const comA = await new Client(app.baseUrl).signIn('comA')
    assert.equal((await comA.json('GET', `/api/v1/people/${person.id}`)).status, 200)

    const added = await managerA.json('POST', `/api/v1/people/${person.id}/limited-access`, {
      kind: 'exclusion',
      username: 'COMA',
      startDate: '2026-11-23',
      message: 'Ask the team manager',
    })
    assert.equal(added.status, 201)
    const barred = await comA.json('GET', `/api/v1/people/${person.id}`)
    assert.equal(barred.status, 403)
    assert.equal(barred.body.detail, 'Ask the team manager')
    const list = await comA.json('GET', '/api/v1/people')
    assert.ok(!list.body.people.some((p: { id: string }) => p.id === person.id), 'barred people are not listed')

    assert.equal(
      (await managerA.json('POST', `/api/v1/people/${person.id}/limited-access/${added.body.id}/end`)).status,
      204,
    )
    assert.equal((await comA.json('GET', `/api/v1/people/${person.id}`)).status, 200)
  })

  it('does not bar anyone before an entry starts or after it ends', async () => {
    const person = app.fixture.people.ofComA2
    const comA = await new Client(app.baseUrl).signIn('comA')
    for (const [startDate, endDate] of [
      ['2026-11-24', null],
      ['2026-01-01', '2026-11-22'],
    ]) {
      await managerA.json('POST', `/api/v1/people/${person.id}/limited-access`, {
        kind: 'exclusion',
        username: 'comA',
        startDate,
        endDate,
        message: 'x',
      })
    }
    assert.equal((await comA.json('GET', `/api/v1/people/${person.id}`)).status, 200)
  })

  it('refuses bad entries with messages that say what to fix', async () => {
    const person = app.fixture.people.ofComA2
    const { status, body } = await managerA.json('POST', `/api/v1/people/${person.id}/limited-access`, {
      kind: 'banish',
      username: 'nobody-here',
      startDate: '2026-11-23',
      endDate: '2026-11-01',
      message: '',
    })
    assert.equal(status, 400)
    const fields = body.errors.map((e: { field: string }) => e.field).sort()
    assert.deepEqual(fields, ['kind', 'message'])
    const unknownUser = await managerA.json('POST', `/api/v1/people/${person.id}/limited-access`, {
      kind: 'exclusion',
      username: 'nobody-here',
      startDate: '2026-11-23',
      endDate: '2026-11-01',
      message: 'm',
    })
    assert.deepEqual(unknownUser.body.errors, [
      { field: 'endDate', message: 'The end date must be the same as or after the start date' },
    ])
  })

  it('refuses a manager who tries to exclude themselves, saying who can, and writes nothing', async () => {
    const person = app.fixture.people.ofComA2
    const listed = async () => (await managerA.json('GET', `/api/v1/people/${person.id}/limited-access`)).body
    const beforeTry = await listed()
    const refused = await managerA.json('POST', `/api/v1/people/${person.id}/limited-access`, {
      kind: 'exclusion',
      username: 'ManagerA',
      startDate: '2026-11-23',
      message: 'Conflict of interest',
    })
    assert.equal(refused.status, 400)
    assert.deepEqual(refused.body.errors, [
      {
        field: 'username',
        message: 'You cannot exclude yourself from this record. Ask another manager of the person to add the exclusion',
      },
    ])
    assert.deepEqual(await listed(), beforeTry, 'nothing was added')
    assert.equal((await managerA.json('GET', `/api/v1/people/${person.id}`)).status, 200, 'the record is still open')
  })

  it('is for managers of the person only', async () => {
    const person = app.fixture.people.ofComA2
    const comA2 = await new Client(app.baseUrl).signIn('comA2')
    assert.equal((await comA2.json('GET', `/api/v1/people/${person.id}/limited-access`)).status, 403)
    const managerB = await new Client(app.baseUrl).signIn('managerB')
    assert.equal((await managerB.json('GET', `/api/v1/people/${person.id}/limited-access`)).status, 404)
  })

  it('adds an exclusion through the page, its dates as day, month and year, and says so', async () => {
    const person = app.fixture.people.ofComA.id
    const path = `/people/${person}/limited-access`
    const page = await (await managerA.get(path)).text()
    assert.match(page, /data-qa="case-header"/)
    assert.match(page, /name="startDate-day"/)
    const response = await managerA.request('POST', path, {
      form: {
        _csrf: await managerA.formToken(path),
        kind: 'exclusion',
        username: 'comB',
        'startDate-day': '23',
        'startDate-month': '11',
        'startDate-year': '2026',
        message: 'Ask the team manager',
      },
    })
    assert.equal(response.status, 303)
    assert.equal(response.headers.get('location'), path)
    const after = await (await managerA.get(path)).text()
    assert.match(after, /data-qa="saved"[\s\S]*Exclusion added/)
    assert.match(after, /Staff comB \(comB\)[\s\S]*23 November 2026[\s\S]*In force/)
  })

  it('reports every problem of an entry in one pass on the page, keeping what was typed', async () => {
    const path = `/people/${app.fixture.people.ofComA.id}/limited-access`
    const response = await managerA.request('POST', path, {
      form: {
        _csrf: await managerA.formToken(path),
        username: 'comB',
        'startDate-day': '31',
        'startDate-month': '2',
        'startDate-year': '2026',
        message: '',
      },
    })
    assert.equal(response.status, 400)
    const html = await response.text()
    assert.match(html, /href="#kind">/)
    assert.match(html, /href="#startDate">\s*The start date must be a real date/)
    assert.match(html, /href="#message">/)
    assert.match(html, /value="comB"/)
  })

  it('ends an entry through the page and says so; a malformed entry id is no page, and a field in the API', async () => {
    const person = app.fixture.people.ofComA.id
    const { body } = await managerA.json('GET', `/api/v1/people/${person}/limited-access`)
    const entry = body.entries.find((e: { inForce: boolean }) => e.inForce)
    const path = `/people/${person}/limited-access`
    const token = await managerA.formToken(path)
    const ended = await managerA.request('POST', `${path}/${entry.id}/end`, { form: { _csrf: token } })
    assert.equal(ended.status, 303)
    assert.match(await (await managerA.get(path)).text(), /data-qa="saved"[\s\S]*Entry ended/)
    const page = await managerA.request('POST', `${path}/not-an-id/end`, { form: { _csrf: token } })
    assert.equal(page.status, 404)
    const api = await managerA.json('POST', `/api/v1/people/${person}/limited-access/not-an-id/end`)
    assert.equal(api.status, 400)
    assert.deepEqual(
      api.body.errors.map((e: { field: string }) => e.field),
      ['params.entryId'],
    )
  })

  it('is not there for a practitioner on the page, and audits what a manager reads', async () => {
    const comA = await new Client(app.baseUrl).signIn('comA')
    // The pages are declared for managers: anyone else is answered as if they were not there.
    assert.equal((await comA.get(`/people/${app.fixture.people.ofComA.id}/limited-access`)).status, 404)
    const viewed = await app.services.handle.db
      .selectFrom('audit_event')
      .select('subject_person_id')
      .where('action', '=', 'limited-access.viewed')
      .where('actor_username', '=', 'managerA')
      .execute()
    assert.ok(viewed.some(v => v.subject_person_id === app.fixture.people.ofComA.id))
  })
})
