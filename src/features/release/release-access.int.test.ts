import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { TODAY, auditedActions, release, releaseCounts } from './release.test-support.ts'

let app: TestApp
const clients = new Map<string, Client>()
let alpha: string
before(async () => {
  app = await startTestApp({ today: TODAY })
  const usernames = ['comA', 'comA2', 'comB', 'managerA', 'pom1', 'pom2', 'partner', 'admin', 'person']
  for (const username of usernames) clients.set(username, await new Client(app.baseUrl).signIn(username))
  alpha = app.fixture.people.ofComA.id
})
after(() => app.close())

const as = (username: string) => clients.get(username)!
const followUp = { employment: 'employed' }

describe('who may see and record a release', () => {
  for (const username of ['comB', 'pom2', 'partner', 'admin']) {
    it(`${username} gets the same answer as for nobody there, on every release page and call, and nothing is written`, async () => {
      const client = as(username)
      const before = await releaseCounts(app)
      assert.equal((await client.json('GET', `/api/v1/people/${alpha}/release`)).status, 404)
      for (const path of ['/release', '/release/record', '/release/follow-ups/employment-6-weeks'])
        assert.equal((await client.get(`/people/${alpha}${path}`)).status, 404, path)
      assert.equal((await client.json('PUT', `/api/v1/people/${alpha}/release`, release('2026-11-20'))).status, 404)
      const path = `/api/v1/people/${alpha}/release/follow-ups/employment-6-weeks`
      assert.equal((await client.json('PUT', path, followUp)).status, 404)
      assert.deepEqual(await releaseCounts(app), before)
    })
  }

  it('refuses the person, even their own record: the pages are not there for them, the API audits the refusal', async () => {
    const person = as('person')
    const own = await person.json('GET', `/api/v1/people/${alpha}/release`)
    assert.equal(own.status, 403)
    for (const path of ['/release', '/release/record', '/release/follow-ups/employment-6-weeks'])
      assert.equal((await person.get(`/people/${alpha}${path}`)).status, 404, path)
    assert.equal((await person.json('PUT', `/api/v1/people/${alpha}/release`, release('2026-11-20'))).status, 403)
    assert.equal((await person.json('GET', `/api/v1/people/${app.fixture.people.ofComA2.id}/release`)).status, 404)
    const refusals = (await auditedActions(app, alpha)).filter(a => a.action === 'release.access-refused')
    assert.deepEqual(
      refusals.map(a => [a.actor_username, a.outcome]),
      [['person', 'denied']],
    )
  })

  it('shows a barred practitioner only the limited-access message', async () => {
    const barred = app.fixture.people.excludedForComA2.id
    const { status, body } = await as('comA2').json('GET', `/api/v1/people/${barred}/release`)
    assert.equal(status, 403)
    assert.equal(body.detail, app.fixture.barredMessage)
    assert.equal((await as('comA2').json('PUT', `/api/v1/people/${barred}/release`, release('2026-11-20'))).status, 403)
  })

  it('lets a COM of the same team read the release but not record it, and shows them no links to record', async () => {
    const comA2 = as('comA2')
    const before = await releaseCounts(app)
    const { status, body } = await comA2.json('GET', `/api/v1/people/${alpha}/release`)
    assert.equal(status, 200)
    assert.equal(body.canRecordRelease, false)
    assert.doesNotMatch(await (await comA2.get(`/people/${alpha}/release`)).text(), /data-qa="record-release"/)
    assert.equal((await comA2.get(`/people/${alpha}/release/record`)).status, 403)
    const refused = await comA2.json('PUT', `/api/v1/people/${alpha}/release`, release('2026-11-20'))
    assert.equal(refused.status, 403)
    assert.equal(refused.body.title, 'You can view this person but not change their record')
    assert.deepEqual(await releaseCounts(app), before)
  })

  it('lets the POM record the release, then only read it; the COM and manager record the follow-ups', async () => {
    const pom1 = as('pom1')
    assert.equal((await pom1.json('GET', `/api/v1/people/${alpha}/release`)).body.canRecordRelease, true)
    const recorded = await pom1.json('PUT', `/api/v1/people/${alpha}/release`, release('2026-09-01'))
    assert.equal(recorded.status, 200)

    const view = await pom1.json('GET', `/api/v1/people/${alpha}/release`)
    assert.equal(view.status, 200, 'the allocated POM still sees the person after release')
    assert.equal(view.body.canRecordRelease, false)
    assert.equal(view.body.canRecordFollowUps, false)
    const page = await (await pom1.get(`/people/${alpha}/release`)).text()
    assert.doesNotMatch(page, /data-qa="record-/)
    const before = await releaseCounts(app)
    const change = await pom1.json('PUT', `/api/v1/people/${alpha}/release`, release('2026-09-02', { version: 1 }))
    assert.equal(change.status, 403)
    assert.equal(change.body.title, 'You can view this person’s release but not change it')
    const path = `/api/v1/people/${alpha}/release/follow-ups/employment-6-weeks`
    assert.equal((await pom1.json('PUT', path, followUp)).status, 403)
    assert.equal((await pom1.get(`/people/${alpha}/release/follow-ups/employment-6-weeks`)).status, 404, 'no forms')
    assert.deepEqual(await releaseCounts(app), before)

    assert.equal((await as('comA').json('PUT', path, followUp)).status, 200)
    const accommodation = `/api/v1/people/${alpha}/release/follow-ups/accommodation-3-months`
    assert.equal((await as('managerA').json('PUT', accommodation, { accommodation: 'settled' })).status, 200)
    const writes = (await auditedActions(app, alpha)).filter(a => /^release\.(recorded|follow-up)/.test(a.action))
    assert.deepEqual(
      writes.map(a => [a.action, a.actor_username]),
      [
        ['release.recorded', 'pom1'],
        ['release.follow-up-recorded', 'comA'],
        ['release.follow-up-recorded', 'managerA'],
      ],
    )
  })

  it('answers a malformed person id 400 in the API and 404 on a page', async () => {
    const api = await as('comA').json('GET', '/api/v1/people/not-a-person/release')
    assert.equal(api.status, 400)
    assert.deepEqual(
      api.body.errors.map((e: { field: string }) => e.field),
      ['params.id'],
    )
    assert.equal((await as('comA').get('/people/not-a-person/release')).status, 404)
    assert.equal((await as('comA').get('/people/not-a-person/release/record')).status, 404)
  })

  it('refuses everything to someone not signed in', async () => {
    const anonymous = new Client(app.baseUrl)
    assert.equal((await anonymous.json('GET', `/api/v1/people/${alpha}/release`)).status, 401)
    const page = await anonymous.get(`/people/${alpha}/release`)
    assert.equal(page.status, 302)
  })
})
