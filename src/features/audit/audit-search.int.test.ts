import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { AUDIT_EXPORT_BATCH, AUDIT_PAGE_SIZE } from './audit.repository.ts'

let app: TestApp
let admin: Client
before(async () => {
  app = await startTestApp()
  admin = await new Client(app.baseUrl).signIn('admin')
  const comA = await new Client(app.baseUrl).signIn('comA')
  // Alpha (A000001) viewed twice, Bravo (A000002) once, and a sign-in that a spreadsheet would read as a formula.
  for (const who of [app.fixture.people.ofComA, app.fixture.people.ofComA, app.fixture.people.ofComA2]) {
    assert.equal((await comA.get(`/people/${who.id}`)).status, 200)
  }
  await new Client(app.baseUrl).json('POST', '/api/v1/sign-in', { username: '=HYPERLINK("x")', password: 'wrong' })
})
after(() => app.close())

const db = () => app.services.handle.db
const count = async (where: (qb: ReturnType<typeof base>) => ReturnType<typeof base>) =>
  Number((await where(base()).executeTakeFirstOrThrow()).n)
const base = () =>
  db()
    .selectFrom('audit_event')
    .select(eb => eb.fn.countAll<number>().as('n'))

describe('finding entries about a person', () => {
  it('finds them by CRN in either case, and by name in the order staff write it', async () => {
    const alpha = app.fixture.people.ofComA.id
    const expected = await count(qb => qb.where('subject_person_id', '=', alpha))
    for (const person of ['A000001', 'a000001', 'Alpha, Test', 'test alp', 'ALPHA']) {
      const { status, body } = await admin.json('GET', `/api/v1/audit?person=${encodeURIComponent(person)}`)
      assert.equal(status, 200, person)
      assert.equal(body.total, expected, person)
      assert.ok(
        body.entries.every((e: { subject_crn: string; subject_name: string }) => e.subject_crn === 'A000001'),
        person,
      )
      assert.equal(body.entries[0].subject_name, 'Alpha, Test')
    }
  })

  it('finds nobody for a name or CRN that matches no one, and treats LIKE wildcards as letters', async () => {
    for (const person of ['Zulu', 'Z999999', '%', '_lpha']) {
      const { body } = await admin.json('GET', `/api/v1/audit?person=${encodeURIComponent(person)}`)
      assert.equal(body.total, 0, person)
    }
  })

  it('shows who an entry is about by name and CRN, not by an internal id', async () => {
    const html = await (await admin.get('/admin/audit?person=A000002&action=person.viewed')).text()
    assert.match(html, /data-qa="person">Bravo, Test<br><span class="govuk-hint govuk-!-font-size-16">A000002</)
    assert.ok(!html.includes(app.fixture.people.ofComA2.id), 'the id is not shown')
    assert.match(html, /<input[^>]*id="person"[^>]*value="A000002"/, 'the filter is kept in the form')
  })
})

describe('the filter and the entries for people who read them', () => {
  it('offers every action the features declare, in a list, with the chosen one selected', async () => {
    const html = await (await admin.get('/admin/audit?action=sign-in.failed')).text()
    const select = /<select[^>]*id="action"[\s\S]*?<\/select>/.exec(html)![0]
    const options = [...select.matchAll(/<option value="([^"]*)"/g)].map(m => m[1])
    for (const action of ['', 'person.viewed', 'sign-in.failed', 'audit.exported', 'plan.changed'])
      assert.ok(options.includes(action), `${action} is offered`)
    assert.match(html, /<option value="sign-in.failed" selected>/)
    assert.equal(new Set(options).size, options.length, 'each action once')
  })

  it('shows details as labelled fields, never as raw JSON', async () => {
    await app.services.platform.audit.record({
      action: 'person.updated',
      actorUsername: 'admin',
      details: { fields: ['first_name', 'date_of_birth'], version: 3 },
    })
    const html = await (await admin.get('/admin/audit?action=person.updated')).text()
    assert.match(html, /<dt>Fields<\/dt><dd>first name, date of birth<\/dd>/)
    assert.match(html, /<dt>Version<\/dt><dd>3<\/dd>/)
    assert.ok(!/\{&quot;|\{"fields/.test(html), 'no JSON')
  })

  it('pages 50 at a time, each entry once, with the filters kept in the page links', async () => {
    await Promise.all(
      Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) =>
        app.services.platform.audit.record({ action: 'caseload.viewed', actorUsername: 'paging', details: { i } }),
      ),
    )
    const first = await admin.json('GET', '/api/v1/audit?actor=paging')
    const second = await admin.json('GET', '/api/v1/audit?actor=paging&page=2')
    assert.equal(first.body.entries.length, AUDIT_PAGE_SIZE)
    assert.equal(second.body.entries.length, 5)
    assert.equal(first.body.pageCount, 2)
    const ids = [...first.body.entries, ...second.body.entries].map((e: { id: number }) => e.id)
    assert.equal(new Set(ids).size, AUDIT_PAGE_SIZE + 5)
    const html = await (await admin.get('/admin/audit?actor=paging')).text()
    assert.match(html, /href="\/admin\/audit\?actor=paging&amp;page=2"/)
    assert.match(html, /55 entries, page 1 of 2/)
  })
})

/** The CSV's records, split on the CRLF that ends each (no value in these tests holds a line break). */
async function csv(path: string) {
  const response = await admin.get(path)
  const text = await response.text()
  return { response, text, records: text.split('\r\n').slice(0, -1) }
}

describe('exporting for an investigation', () => {
  it('downloads the filtered entries as CSV, every page of them, newest first', async () => {
    const { response, records } = await csv('/admin/audit.csv?action=person.viewed&person=A000001')
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8')
    assert.match(response.headers.get('content-disposition')!, /^attachment; filename="audit-trail.csv"$/)
    assert.equal(
      records[0],
      'Id,When (UTC),Who,Action,Outcome,CRN,Person,Person id,Correlation id,Details,Justification',
    )
    const expected = await count(qb =>
      qb.where('action', '=', 'person.viewed').where('subject_person_id', '=', app.fixture.people.ofComA.id),
    )
    assert.equal(records.length - 1, expected)
    assert.ok(records.slice(1).every(r => r.includes(',person.viewed,success,A000001,"Alpha, Test",')))
    const ids = records.slice(1).map(r => Number(r.split(',')[0]))
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => b - a),
    )
  })

  it('reads a long export in batches without losing or repeating an entry', async () => {
    await Promise.all(
      Array.from({ length: AUDIT_EXPORT_BATCH + 7 }, (_, i) =>
        app.services.platform.audit.record({ action: 'people.searched', actorUsername: 'bulk', details: { i } }),
      ),
    )
    const { records } = await csv('/admin/audit.csv?actor=bulk')
    const ids = records.slice(1).map(r => r.split(',')[0])
    assert.equal(ids.length, AUDIT_EXPORT_BATCH + 7)
    assert.equal(new Set(ids).size, ids.length)
  })

  it('never lets a spreadsheet run a value as a formula', async () => {
    const { records } = await csv('/admin/audit.csv?action=sign-in.failed')
    const line = records.find(r => r.includes('HYPERLINK'))
    assert.ok(line, 'the sign-in with a formula for a username is exported')
    assert.ok(line.includes(`,"'=HYPERLINK(""x"")",sign-in.failed,`), line)
  })

  it('records each export with the filters used, but not their values', async () => {
    const before = await count(qb => qb.where('action', '=', 'audit.exported'))
    const { response } = await csv('/admin/audit.csv?person=Alpha&outcome=success')
    const entry = await db()
      .selectFrom('audit_event')
      .selectAll()
      .where('correlation_id', '=', response.headers.get('x-correlation-id'))
      .executeTakeFirstOrThrow()
    assert.equal(entry.action, 'audit.exported')
    assert.equal(entry.actor_username, 'admin')
    assert.deepEqual(entry.details, { filters: ['person', 'outcome'] })
    assert.equal(await count(qb => qb.where('action', '=', 'audit.exported')), before + 1)
  })

  it('links the export of what the page shows, from the page', async () => {
    const html = await (await admin.get('/admin/audit?action=person.viewed&page=1')).text()
    assert.match(html, /href="\/admin\/audit.csv\?action=person.viewed"[^>]*data-qa="export-csv"/)
  })

  it('refuses a bad filter with the error summary, and exports nothing', async () => {
    const before = await count(qb => qb.where('action', '=', 'audit.exported'))
    const response = await admin.get('/admin/audit.csv?outcome=maybe&person=' + 'x'.repeat(101))
    assert.equal(response.status, 400)
    const html = await response.text()
    assert.match(html, /<a href="#outcome">Select an outcome<\/a>/)
    assert.match(html, /<a href="#person">Name or CRN must be 100 characters or fewer<\/a>/)
    assert.equal(await count(qb => qb.where('action', '=', 'audit.exported')), before)
  })

  it('is for administrators only: every other role is told there is no such page', async () => {
    for (const username of ['comA', 'pom1', 'managerA', 'partner', 'person']) {
      const client = await new Client(app.baseUrl).signIn(username)
      const response = await client.get('/admin/audit.csv')
      assert.equal(response.status, 404, username)
      assert.ok(!(await response.text()).includes('Id,When'), username)
    }
    const signedOut = await new Client(app.baseUrl).get('/admin/audit.csv')
    assert.equal(signedOut.status, 302)
    assert.match(signedOut.headers.get('location')!, /^\/sign-in/)
  })
})
