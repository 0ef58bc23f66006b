import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { savedBanner } from '../../../test/support/saved-banner.ts'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'

let app: TestApp
let comA: Client
before(async () => {
  app = await startTestApp({ today: '2026-11-23' })
  comA = await new Client(app.baseUrl).signIn('comA')
})
after(() => app.close())

const PRISON_AND_FINE = {
  kind: 'conviction',
  date: '2016-03-10',
  disposals: [{ type: 'custodial_sentence', length: { amount: 18, unit: 'months' } }, { type: 'fine' }],
}
const CAUTION = { kind: 'caution', date: '2019-07-01', disposals: [{ type: 'simple_caution' }] }

const auditOf = async (personId: string) =>
  (
    await app.services.handle.db
      .selectFrom('audit_event')
      .select(['action', 'actor_username', 'details'])
      .where('subject_person_id', '=', personId)
      .orderBy('id')
      .execute()
  ).filter(e => e.action.startsWith('conviction'))

const countRecords = async () =>
  Number(
    (
      await app.services.handle.db
        .selectFrom('conviction_record')
        .select(eb => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

const textOf = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')

describe("a person's earlier convictions, through the API", () => {
  it('adds records in the contract shape, gives when each is spent from the date of birth on record, and audits', async () => {
    const person = app.fixture.people.ofComA
    const first = await comA.json('POST', `/api/v1/people/${person.id}/convictions`, PRISON_AND_FINE)
    assert.equal(first.status, 201)
    assert.equal((await comA.json('POST', `/api/v1/people/${person.id}/convictions`, CAUTION)).status, 201)

    const { status, body } = await comA.json('GET', `/api/v1/people/${person.id}/convictions`)
    assert.equal(status, 200)
    assert.deepEqual(
      body.records.map((r: { date: string; result: { spent: string } }) => [r.date, r.result.spent]),
      [
        ['2016-03-10', '2021-09-10'],
        ['2019-07-01', 'immediately'],
      ],
    )
    assert.equal(body.records[0].id, first.body.id)
    assert.deepEqual(body.problems, [])

    const audit = await auditOf(person.id)
    assert.deepEqual(
      audit.map(e => e.action),
      ['conviction.added', 'conviction.added', 'convictions.viewed'],
    )
    assert.deepEqual(audit[0]!.details, { recordId: first.body.id })

    assert.equal((await comA.json('DELETE', `/api/v1/people/${person.id}/convictions/${first.body.id}`)).status, 204)
    const left = await comA.json('GET', `/api/v1/people/${person.id}/convictions`)
    assert.deepEqual(
      left.body.records.map((r: { kind: string }) => r.kind),
      ['caution'],
    )
    assert.ok((await auditOf(person.id)).some(e => e.action === 'conviction.removed'))
    assert.equal((await comA.json('DELETE', `/api/v1/people/${person.id}/convictions/${first.body.id}`)).status, 404)
    const malformed = await comA.json('DELETE', `/api/v1/people/${person.id}/convictions/not-an-id`)
    assert.equal(malformed.status, 400)
    assert.deepEqual(malformed.body.errors, [
      { field: 'params.recordId', message: 'Use the id of the caution or conviction, as Resettle gives it' },
    ])
  })

  it('refuses a record that does not fit, naming the field, and writes nothing', async () => {
    const person = app.fixture.people.ofComA2
    const managerA = await new Client(app.baseUrl).signIn('managerA')
    const before = await countRecords()
    const noLength = await managerA.json('POST', `/api/v1/people/${person.id}/convictions`, {
      kind: 'conviction',
      date: '2016-03-10',
      disposals: [{ type: 'custodial_sentence' }],
    })
    assert.equal(noLength.status, 400)
    assert.deepEqual(noLength.body.errors, [
      { field: 'disposals.0.length', message: 'Enter the length of the custodial sentence' },
    ])
    const beforeBirth = await managerA.json('POST', `/api/v1/people/${person.id}/convictions`, {
      ...CAUTION,
      date: '1980-01-01',
    })
    assert.deepEqual(beforeBirth.body.errors, [
      { field: 'date', message: 'The date of the caution must be after the date of birth' },
    ])
    const youthOnly = await managerA.json('POST', `/api/v1/people/${person.id}/convictions`, {
      kind: 'conviction',
      date: '2016-03-10',
      disposals: [{ type: 'referral_order', length: { amount: 12, unit: 'months' } }],
    })
    assert.equal(youthOnly.body.errors[0].field, 'disposals.0.type')
    assert.equal(await countRecords(), before)
  })

  it('appears in the OpenAPI document', async () => {
    const { body } = await new Client(app.baseUrl).json('GET', '/api/v1/openapi.json')
    const path = body.paths['/api/v1/people/{id}/convictions']
    assert.ok(path.get && path.post)
    assert.ok(path.post.requestBody.content['application/json'].schema.properties.disposals)
    assert.ok(body.paths['/api/v1/people/{id}/convictions/{recordId}'].delete)
  })
})

describe('who may see and change them', () => {
  it("another team's COM gets the same answer as for nobody there", async () => {
    const person = app.fixture.people.ofComA
    const comC = await new Client(app.baseUrl).signIn('comC')
    assert.equal((await comC.json('GET', `/api/v1/people/${person.id}/convictions`)).status, 404)
    assert.equal((await comC.json('POST', `/api/v1/people/${person.id}/convictions`, CAUTION)).status, 404)
    assert.equal((await comC.get(`/people/${person.id}/disclosure`)).status, 404)
    assert.equal((await comC.get(`/people/${person.id}/convictions`)).status, 404)
  })

  it('a COM of the same team may see when they are spent but not change them', async () => {
    const person = app.fixture.people.ofComA
    const comA2 = await new Client(app.baseUrl).signIn('comA2')
    assert.equal((await comA2.get(`/people/${person.id}/disclosure`)).status, 200)
    const html = await (await comA2.get(`/people/${person.id}/disclosure`)).text()
    assert.doesNotMatch(html, /data-qa="edit-convictions"/)
    assert.equal((await comA2.json('POST', `/api/v1/people/${person.id}/convictions`, CAUTION)).status, 403)
    assert.equal((await comA2.get(`/people/${person.id}/convictions`)).status, 403)
  })

  it('the person sees only their own, in plain words, and cannot change them', async () => {
    const own = app.fixture.people.ofComA
    await comA.json('POST', `/api/v1/people/${own.id}/convictions`, {
      kind: 'conviction',
      date: '2025-01-10',
      disposals: [{ type: 'community_order', length: { amount: 2, unit: 'years' } }],
    })
    const person = await new Client(app.baseUrl).signIn('person')
    const page = await person.get('/your-record')
    assert.equal(page.status, 200)
    const text = textOf(await page.text())
    assert.match(text, /When your convictions become spent/)
    assert.match(text, /Conviction on 10 January 2025 Not spent Will be spent on 10 January 2027/)
    assert.match(text, /Until 10 January 2027, you must tell an employer, landlord or insurer about it if they ask/)
    assert.match(text, /From 10 January 2027 it is spent/)
    assert.equal((await person.get(`/people/${app.fixture.people.ofComA2.id}/disclosure`)).status, 404)
    assert.equal((await person.json('GET', `/api/v1/people/${app.fixture.people.ofComB.id}/convictions`)).status, 404)
    for (const staffOnly of [`/people/${own.id}/disclosure`, `/people/${own.id}/convictions`])
      assert.equal((await person.get(staffOnly)).status, 404, `${staffOnly} is for staff`)
    assert.equal((await person.json('GET', `/api/v1/people/${own.id}/convictions`)).status, 404)
    assert.equal((await person.json('POST', `/api/v1/people/${own.id}/convictions`, CAUTION)).status, 404)
    const audit = await auditOf(own.id)
    assert.deepEqual(audit.at(-1), {
      action: 'convictions.viewed',
      actor_username: 'person',
      details: { purpose: 'own-record', recordIds: audit.at(-1)!.details.recordIds },
    })
    assert.equal((await comA.get('/your-record')).status, 404, 'staff have no record of their own here')
    assert.equal((await new Client(app.baseUrl).get('/your-record')).status, 302, 'signing in comes first')
  })
})

describe('several convictions on a person’s record (issue 20)', () => {
  it('are all three never spent, and the page says where the Ministry of Justice checker differs', async () => {
    // Born 1 May 1990, so an adult on each date: custody of 3 years, a fine inside its period, then 5 years for
    // a Schedule 18 offence inside the fine's extended period.
    const person = app.fixture.people.ofComB
    const comB = await new Client(app.baseUrl).signIn('comB')
    const path = `/api/v1/people/${person.id}/convictions`
    for (const record of [
      { date: '2010-01-01', disposals: [{ type: 'custodial_sentence', length: { amount: 3, unit: 'years' } }] },
      { date: '2012-01-01', disposals: [{ type: 'fine' }] },
      {
        date: '2015-01-01',
        disposals: [{ type: 'custodial_sentence', length: { amount: 5, unit: 'years' }, seriousOffence: true }],
      },
    ])
      assert.equal((await comB.json('POST', path, { kind: 'conviction', ...record })).status, 201)
    const { body } = await comB.json('GET', path)
    assert.deepEqual(
      body.records.map((r: { result: { spent: string } }) => r.result.spent),
      ['never', 'never', 'never'],
    )
    const page = textOf(await (await comB.get(`/people/${person.id}/disclosure`)).text())
    assert.match(page, /Ministry of Justice online checker says this conviction would be spent on 1 January 2013/)
    assert.match(page, /This answer follows the law/)
  })
})

describe('the practitioner pages', () => {
  it('adds a record through the form, with the GOV.UK error summary, another sentence, and removal', async () => {
    const person = app.fixture.people.unallocatedInPrison1
    const pom1 = await new Client(app.baseUrl).signIn('pom1')
    const path = `/people/${person.id}/convictions`
    const page = await pom1.get(path)
    assert.equal(page.status, 200)
    const html = await page.text()
    assert.match(textOf(html), /Custody episodes are not added here by themselves/)
    const token = /name="_csrf" value="([^"]+)"/.exec(html)![1]!
    const typed = {
      _csrf: token,
      disposalCount: '1',
      kind: 'conviction',
      'date-day': '10',
      'date-month': '3',
      'date-year': '2016',
      'disposals-0-type': 'community_order',
    }
    const refused = await pom1.request('POST', path, { form: typed })
    assert.equal(refused.status, 400)
    const refusedHtml = await refused.text()
    assert.match(refusedHtml, /<title>Error: Earlier cautions and convictions - Resettle<\/title>/)
    assert.match(refusedHtml, /href="#disposals-0-period">\s*Select how long it lasted/)
    assert.match(refusedHtml, /name="date-year"[^>]*value="2016"/)

    assert.match(html, /formaction="\/people\/[^"]+\/convictions\/sentences"[^>]*data-qa="add-sentence"/)
    const more = await pom1.request('POST', `${path}/sentences`, { form: typed })
    assert.equal(more.status, 200)
    const moreHtml = await more.text()
    assert.match(moreHtml, /name="disposals-1-type"/)
    assert.match(moreHtml, /name="disposalCount" value="2"/)

    const saved = await pom1.request('POST', path, {
      form: {
        ...typed,
        disposalCount: '2',
        'disposals-0-period': 'length',
        'disposals-0-length': '12',
        'disposals-0-length-unit': 'months',
        'disposals-1-type': 'compensation_order',
        'disposals-1-paid': 'yes',
        ...{
          'disposals-1-compensationPaidDate-day': '1',
          'disposals-1-compensationPaidDate-month': '6',
          'disposals-1-compensationPaidDate-year': '2016',
        },
        listedOffence: 'no',
      },
    })
    assert.equal(saved.status, 303)
    assert.equal(saved.headers.get('location'), path)
    assert.equal(savedBanner(await (await pom1.get(path)).text()), 'Conviction added')
    const { body } = await pom1.json('GET', `/api/v1/people/${person.id}/convictions`)
    assert.deepEqual(body.records[0].disposals, [
      { type: 'community_order', length: { amount: 12, unit: 'months' } },
      { type: 'compensation_order', compensationPaidDate: '2016-06-01' },
    ])
    const view = textOf(await (await pom1.get(`/people/${person.id}/disclosure`)).text())
    assert.match(
      view,
      /Spent Spent on 10 March 2017 Basic DBS check Does not show Standard and enhanced DBS checks Shows until 10 March 2027/,
    )

    const listed = textOf(await (await pom1.get(path)).text())
    assert.match(listed, /10 March 2016 Conviction Community order, Compensation order/)
    const removeToken = /name="_csrf" value="([^"]+)"/.exec(await (await pom1.get(path)).text())![1]!
    const removed = await pom1.request('POST', `${path}/${body.records[0].id}/remove`, { form: { _csrf: removeToken } })
    assert.equal(removed.status, 303)
    const afterRemoval = await (await pom1.get(path)).text()
    assert.equal(savedBanner(afterRemoval), 'Caution or conviction removed')
    assert.match(textOf(afterRemoval), /No cautions or convictions recorded/)
    assert.equal((await pom1.request('POST', `${path}/not-an-id/remove`, { form: { _csrf: removeToken } })).status, 404)
  })

  it('reports every problem of the form in one pass, then what does not fit the date of birth', async () => {
    const person = app.fixture.people.ofComA
    const path = `/people/${person.id}/convictions`
    const _csrf = await comA.formToken(path)
    const summary = async (form: Record<string, string>) => {
      const refused = await comA.request('POST', path, { form: { _csrf, disposalCount: '1', ...form } })
      assert.equal(refused.status, 400)
      return [...(await refused.text()).matchAll(/<a href="(#[^"]+)">\s*([^<]+?)\s*<\/a>/g)].map(
        ([, href, text]) => `${href} ${text!.replace(/&#39;/g, "'")}`,
      )
    }
    assert.deepEqual(await summary({ 'date-day': '1', 'date-month': '1', 'date-year': '2027' }), [
      '#kind Select if it was a caution or a conviction',
      '#date The date of the conviction or caution must be today or in the past',
      '#disposals-0-type Select the sentence or the type of caution',
    ])
    assert.deepEqual(
      await summary({
        kind: 'caution',
        'date-day': '1',
        'date-month': '1',
        'date-year': '1980',
        'disposals-0-type': 'simple_caution',
      }),
      ['#date The date of the caution must be after the date of birth'],
    )
  })

  it('shows the case header and tabs on both pages, and no page for the person', async () => {
    const person = app.fixture.people.ofComA
    for (const page of ['disclosure', 'convictions']) {
      const html = await (await comA.get(`/people/${person.id}/${page}`)).text()
      assert.match(html, /data-qa="case-navigation"/, page)
      assert.match(
        html,
        /data-qa="case-section-disclosure"[^>]*aria-current="page"|aria-current="page"[^>]*data-qa="case-section-disclosure"/,
        page,
      )
    }
    const form = await (await comA.get(`/people/${person.id}/convictions`)).text()
    assert.match(form, /<div class="govuk-date-input" id="date">/, 'the date is asked with the GOV.UK date input')
    assert.equal((await comA.get(`/people/not-an-id/disclosure`)).status, 404)
  })

  it('links the overview to when convictions become spent', async () => {
    const html = await (await comA.get(`/people/${app.fixture.people.ofComA.id}`)).text()
    assert.match(html, new RegExp(`href="/people/${app.fixture.people.ofComA.id}/disclosure" data-qa="disclosure"`))
  })

  it('says what to check, rather than failing, when the records no longer fit the date of birth', async () => {
    const person = app.fixture.people.ofComC
    const comC = await new Client(app.baseUrl).signIn('comC')
    assert.equal((await comC.json('POST', `/api/v1/people/${person.id}/convictions`, CAUTION)).status, 201)
    await app.services.handle.db
      .updateTable('person')
      .set({ date_of_birth: '2020-01-01' })
      .where('id', '=', person.id)
      .execute()
    const page = await comC.get(`/people/${person.id}/disclosure`)
    assert.equal(page.status, 200)
    const text = textOf(await page.text())
    assert.match(text, /These records no longer fit the date of birth/)
    assert.match(text, /Caution given on 1 July 2019: The date of the caution must be after the date of birth/)
  })
})
