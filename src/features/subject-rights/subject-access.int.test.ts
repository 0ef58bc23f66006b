import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { readPdf } from '../../../test/support/pdf-text.ts'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'

let app: TestApp
let admin: Client
let comA: Client
before(async () => {
  app = await startTestApp({ today: '2026-12-04' })
  admin = await new Client(app.baseUrl).signIn('admin')
  comA = await new Client(app.baseUrl).signIn('comA')
})
after(() => app.close())

const alpha = () => app.fixture.people.ofComA
const db = () => app.services.handle.db
const lastAudit = (action: string) =>
  db()
    .selectFrom('audit_event')
    .selectAll()
    .where('action', '=', action)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()

/** Corrects Alpha's first name and date of birth through the API, as an authorised practitioner would. */
async function correctAlpha(reason: string) {
  const current = (await comA.json('GET', `/api/v1/people/${alpha().id}`)).body.person
  return comA.json('PUT', `/api/v1/people/${alpha().id}`, {
    ...current,
    firstName: 'Tess',
    dateOfBirth: '1990-05-10',
    changeReason: reason,
  })
}

describe('what a subject access export covers', () => {
  it('declares every table with a person_id column in some feature, so that a new feature cannot escape', async () => {
    assert.deepEqual(await app.services.subjectRights.undeclaredTables(), [])
  })
})

describe('who may answer a subject access request', () => {
  it('answers anyone but an administrator as if the pages and the API were not there', async () => {
    for (const path of [
      '/admin/subject-access?q=Alpha',
      `/admin/subject-access/${alpha().id}`,
      `/admin/subject-access/${alpha().id}/export.json`,
      `/admin/subject-access/${alpha().id}/export.pdf`,
      `/api/v1/subject-access/${alpha().id}`,
      `/api/v1/subject-access/${alpha().id}/pdf`,
    ]) {
      assert.equal((await comA.get(path)).status, 404, path)
    }
  })

  it('answers a person who is not there with 404, and an id that is not one with 400', async () => {
    assert.equal((await admin.get('/admin/subject-access/00000000-0000-4000-8000-000000000000')).status, 404)
    assert.equal((await admin.json('GET', '/api/v1/subject-access/not-an-id')).status, 400)
  })
})

describe('a subject access request', () => {
  it('finds a person by CRN or by name, and records the search', async () => {
    const byCrn = await (await admin.get('/admin/subject-access?q=a000001')).text()
    assert.match(byCrn, /Alpha, Test/)
    assert.match(byCrn, /1 person found/)
    const byName = await (await admin.get('/admin/subject-access?q=test%20alp')).text()
    assert.match(byName, new RegExp(`/admin/subject-access/${alpha().id}`))
    const entry = await lastAudit('subject-access.searched')
    assert.deepEqual(entry?.details.personIds, [alpha().id])
  })

  it('keeps a correction of a person’s details with who, when, the values before and after, and why', async () => {
    const saved = await correctAlpha('Birth certificate seen')
    assert.equal(saved.status, 200)
    const changes = await app.services.people.detailChangesOf(alpha().id)
    assert.deepEqual(
      changes.map(c => [c.label, c.before, c.after, c.reason, c.changedBy]),
      [
        ['First name', 'Test', 'Tess', 'Birth certificate seen', 'Staff comA'],
        ['Date of birth', '1990-05-01', '1990-05-10', 'Birth certificate seen', 'Staff comA'],
      ],
    )
    const audited = await lastAudit('person.updated')
    assert.deepEqual(audited?.details, { fields: ['firstName', 'dateOfBirth'], reasonGiven: true })
    assert.doesNotMatch(JSON.stringify(audited?.details), /Tess|1990-05-10|certificate/, 'no values in the trail')
    const page = await (await comA.get(`/people/${alpha().id}/edit`)).text()
    assert.match(page, /Changes to these details/)
    assert.match(page, /1 May 1990/)
    assert.match(page, /10 May 1990/)
    assert.match(page, /Birth certificate seen/)
  })

  it('exports everything held as JSON, with who has seen the record, and records the export', async () => {
    await comA.get(`/people/${alpha().id}`)
    const { status, body, headers } = await admin.json('GET', `/api/v1/subject-access/${alpha().id}`)
    assert.equal(status, 200)
    assert.equal(headers.get('cache-control'), 'no-store', 'no copy is kept by a browser or proxy')
    assert.equal(body.person.crn, 'A000001')
    const section = (table: string) => body.sections.find((s: { table: string }) => s.table === table)
    assert.equal(section('person').rows[0].first_name, 'Tess')
    assert.equal(section('custody_episode').rows.length, 1)
    assert.equal(section('custody_episode').rows[0].sentence_start_date, '2025-01-10')
    assert.deepEqual(
      section('person_detail_change')
        .rows.map((r: { field: string }) => r.field)
        .sort(),
      ['dateOfBirth', 'firstName'],
    )
    assert.ok(
      body.seenBy.some((e: { actor: string; action: string }) => e.actor === 'comA' && e.action === 'person.viewed'),
    )
    assert.equal(body.names[app.fixture.staff.comA!.id], 'Staff comA', 'staff named for a reader')
    const exported = await lastAudit('subject-access.exported')
    assert.equal(exported?.subject_person_id, alpha().id)
    assert.equal(exported?.actor_username, 'admin')
    assert.deepEqual(exported?.details, { format: 'json', sections: body.sections.length })
  })

  it('never exports a sign-in secret', async () => {
    const { password_hash } = await db()
      .selectFrom('app_user')
      .select('password_hash')
      .where('person_id', '=', alpha().id)
      .executeTakeFirstOrThrow()
    const { body } = await admin.json('GET', `/api/v1/subject-access/${alpha().id}`)
    const account = body.sections.find((s: { table: string }) => s.table === 'app_user')
    assert.equal(account.rows[0].username, 'person')
    assert.ok(!JSON.stringify(body).includes(password_hash))
    assert.doesNotMatch(JSON.stringify(body), /password/)
  })

  it('downloads a readable PDF: headings per kind of record, labels not column names, dates written out', async () => {
    const page = await (await admin.get(`/admin/subject-access/${alpha().id}`)).text()
    assert.match(page, /Download as PDF/)
    assert.match(page, /Custody episodes and key dates/)
    const response = await admin.get(`/admin/subject-access/${alpha().id}/export.pdf`)
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('content-type'), 'application/pdf')
    assert.doesNotMatch(response.headers.get('content-disposition') ?? '', /A000001|Alpha/)
    const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()))
    assert.equal(pdf.title, 'Subject access export')
    for (const text of [
      'Personal details',
      'Custody episodes and key dates',
      'Sentence start date',
      '10 January 2025',
      'Changes to personal details',
      'Birth certificate seen',
      'Who has seen or changed this record',
      'Staff comA',
    ]) {
      assert.ok(pdf.text.includes(text), `the PDF says “${text}”`)
    }
    assert.ok(!pdf.text.includes('sentence_start_date'), 'no column names')
    assert.equal((await lastAudit('subject-access.exported'))?.details.format, 'pdf')
    assert.ok(await lastAudit('subject-access.viewed'))
  })
})
