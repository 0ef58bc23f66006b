import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { auditedActions } from '../handover/handover.test-support.ts'

const TODAY = '2026-11-23'
let app: TestApp
const clients = new Map<string, Client>()
let alpha: string
let bravo: string
before(async () => {
  app = await startTestApp({ today: TODAY })
  for (const username of ['comA', 'comB', 'managerA', 'pom1', 'partner', 'admin', 'person'])
    clients.set(username, await new Client(app.baseUrl).signIn(username))
  alpha = app.fixture.people.ofComA.id
  bravo = app.fixture.people.ofComA2.id
})
after(() => app.close())

const as = (username: string) => clients.get(username)!

export const WOMAN = {
  sex: 'female',
  genderSameAsSex: 'yes',
  ethnicity: 'caribbean',
  religion: 'christian',
  disability: 'yes-a-little',
  adjustments: 'Large print letters.',
  neurodivergent: 'no',
  careExperienced: 'yes',
  veteran: 'no',
  firstLanguage: 'english',
  interpreterNeeded: 'no',
  version: 0,
}

const NOT_SAID = Object.fromEntries(
  Object.keys(WOMAN)
    .filter(k => k !== 'adjustments' && k !== 'version')
    .map(k => [k, 'prefer-not-to-say']),
)

describe('recording diversity', () => {
  it('names every unanswered question in one pass, and writes nothing', async () => {
    const { status, body } = await as('comA').json('PUT', `/api/v1/people/${alpha}/diversity`, { version: 0 })
    assert.equal(status, 400)
    assert.deepEqual(
      body.errors.map((e: { field: string }) => e.field),
      [
        'sex',
        'genderSameAsSex',
        'ethnicity',
        'religion',
        'disability',
        'neurodivergent',
        'careExperienced',
        'veteran',
        'firstLanguage',
        'interpreterNeeded',
      ],
    )
    assert.match(body.errors[0].message, /Prefer not to say/)
    assert.equal((await as('comA').json('GET', `/api/v1/people/${alpha}/diversity`)).body.record, null)
  })

  it('asks which language when it is another one', async () => {
    const { status, body } = await as('comA').json('PUT', `/api/v1/people/${alpha}/diversity`, {
      ...WOMAN,
      firstLanguage: 'other',
    })
    assert.equal(status, 400)
    assert.deepEqual(body.errors, [{ field: 'firstLanguageOther', message: 'Enter their first language' }])
  })

  it('saves the record, shows it with the age and the prompts it raises, and audits each view and change', async () => {
    const saved = await as('comA').json('PUT', `/api/v1/people/${alpha}/diversity`, WOMAN)
    assert.equal(saved.status, 200)
    assert.equal(saved.body.version, 1)
    const { body } = await as('comA').json('GET', `/api/v1/people/${alpha}/diversity`)
    assert.equal(body.record.ethnicity, 'caribbean')
    assert.equal(body.record.ethnicGroup, 'black')
    assert.equal(typeof body.age, 'number')
    const keys = body.prompts.map((p: { key: string }) => p.key)
    for (const key of [
      'domestic-abuse',
      'trauma',
      'children-caring',
      'sex-work',
      'discrimination',
      'adjustments',
      'care-leaver',
    ])
      assert.ok(keys.includes(key), key)
    assert.ok(!keys.includes('veteran'))
    const page = await (await as('comA').get(`/people/${alpha}/diversity`)).text()
    assert.match(page, /data-qa="prompt-domestic-abuse"/)
    assert.match(page, /no directory of services yet/)
    const actions = (await auditedActions(app, alpha)).map(a => a.action)
    assert.ok(actions.includes('diversity.recorded'))
    assert.ok(actions.filter(a => a === 'diversity.viewed').length >= 2)
    const entry = await app.services.handle.db
      .selectFrom('audit_event')
      .select('details')
      .where('action', '=', 'diversity.recorded')
      .executeTakeFirstOrThrow()
    assert.doesNotMatch(JSON.stringify(entry.details), /caribbean|female|Large print/)
  })

  it('refuses a stale version with the latest', async () => {
    const stale = await as('comA').json('PUT', `/api/v1/people/${alpha}/diversity`, { ...WOMAN, version: 0 })
    assert.equal(stale.status, 409)
    const again = await as('comA').json('PUT', `/api/v1/people/${alpha}/diversity`, { ...WOMAN, version: 1 })
    assert.equal(again.status, 200)
    assert.equal(again.body.version, 2)
  })

  it('raises no prompt from an answer of "prefer not to say"', async () => {
    assert.equal(
      (await as('managerA').json('PUT', `/api/v1/people/${bravo}/diversity`, { ...NOT_SAID, version: 0 })).status,
      200,
    )
    const { body } = await as('managerA').json('GET', `/api/v1/people/${bravo}/diversity`)
    assert.equal(body.record.sex, 'prefer-not-to-say')
    assert.deepEqual(body.prompts, [])
  })

  it('saves from the form page, with the saved banner', async () => {
    const token = await as('managerA').formToken(`/people/${bravo}/diversity/edit`)
    const response = await as('managerA').request('POST', `/people/${bravo}/diversity/edit`, {
      form: { _csrf: token, ...NOT_SAID, veteran: 'yes', version: '1' },
    })
    assert.equal(response.status, 303)
    const page = await (await as('comA').get(`/people/${bravo}/diversity`)).text()
    assert.match(page, /data-qa="prompt-veteran"/)
  })

  it('shows the form again with every problem', async () => {
    const token = await as('managerA').formToken(`/people/${bravo}/diversity/edit`)
    const response = await as('managerA').request('POST', `/people/${bravo}/diversity/edit`, {
      form: { _csrf: token, sex: 'female', version: '2' },
    })
    assert.equal(response.status, 400)
    const html = await response.text()
    assert.match(html, /govuk-error-summary/)
    assert.match(html, /Select their ethnic group, or ‘Prefer not to say’/)
    assert.match(html, /value="female" checked/)
  })
})

describe('who sees diversity data', () => {
  it('a COM of another team may read the case only if the people feature lets them, and cannot change it', async () => {
    const other = await as('comB').json('GET', `/api/v1/people/${alpha}/diversity`)
    assert.ok([403, 404].includes(other.status))
    assert.equal(other.body?.record, undefined)
  })

  for (const role of ['partner', 'admin', 'person']) {
    it(`never gives it to the ${role} role: not the page, not the form, not the API`, async () => {
      for (const path of [`/people/${alpha}/diversity`, `/people/${alpha}/diversity/edit`]) {
        const response = await as(role).get(path)
        assert.equal(response.status, 404, path)
        assert.doesNotMatch(await response.text(), /caribbean|Caribbean|Large print/)
      }
      const api = await as(role).json('GET', `/api/v1/people/${alpha}/diversity`)
      assert.equal(api.status, 404)
      assert.doesNotMatch(JSON.stringify(api.body ?? {}), /caribbean|Large print/)
      const write = await as(role).json('PUT', `/api/v1/people/${alpha}/diversity`, WOMAN)
      assert.equal(write.status, 404)
      // The API's read and write are refused, and audited, where the case is opened: by the people feature, before
      // the route reads its body, or by this feature (its pages are refused by their declared roles).
      const denied = await app.services.handle.db
        .selectFrom('audit_event')
        .select(['outcome', 'action'])
        .where('action', 'in', ['diversity.denied', 'person.access-refused'])
        .where('actor_username', '=', role)
        .execute()
      assert.equal(denied.length, 2)
      assert.ok(denied.every(d => d.outcome === 'denied'))
    })
  }

  it('a partner finds it in no API answer at all', async () => {
    const spec = (await as('comA').json('GET', '/api/v1/openapi.json')).body
    const gets = Object.entries(spec.paths as Record<string, Record<string, unknown>>)
      .filter(([, ops]) => 'get' in ops)
      .map(([path]) => path.replace(/\{id\}/g, alpha).replace(/\{[^}]+\}/g, alpha))
    assert.ok(gets.length > 10)
    for (const path of gets) {
      const { body } = await as('partner').json('GET', `/api/v1${path.replace(/^\/api\/v1/, '')}`)
      assert.doesNotMatch(JSON.stringify(body ?? {}), /caribbean|Large print|yes-a-little/, path)
    }
  })

  it('shows the tab only to the roles that may open it', async () => {
    const forCom = await (await as('comA').get(`/people/${alpha}`)).text()
    assert.match(forCom, new RegExp(`href="/people/${alpha}/diversity"`))
  })
})
