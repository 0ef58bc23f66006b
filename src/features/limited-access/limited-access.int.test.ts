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

  it('is for managers of the person only', async () => {
    const person = app.fixture.people.ofComA2
    const comA2 = await new Client(app.baseUrl).signIn('comA2')
    assert.equal((await comA2.json('GET', `/api/v1/people/${person.id}/limited-access`)).status, 403)
    const managerB = await new Client(app.baseUrl).signIn('managerB')
    assert.equal((await managerB.json('GET', `/api/v1/people/${person.id}/limited-access`)).status, 404)
  })
})
