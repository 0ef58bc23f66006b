import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { PASSWORD } from '../../../test/support/fixture.ts'

let app: TestApp
let admin: Client
let comA: Client
before(async () => {
  app = await startTestApp()
  admin = await new Client(app.baseUrl).signIn('admin')
  comA = await new Client(app.baseUrl).signIn('comA')
})
after(() => app.close())

const db = () => app.services.handle.db
const WRONG_PASSWORD = 'Tr0ub4dor&3-never-logged'
const NEW_FIRST_NAME = 'Zebediah'
const GENESIS = '0'.repeat(64)

function entriesFor(correlationId: string | null) {
  assert.ok(correlationId, 'every response carries X-Correlation-Id')
  return db().selectFrom('audit_event').selectAll().where('correlation_id', '=', correlationId).orderBy('id').execute()
}

async function countWhere(where: (qb: ReturnType<typeof selectCount>) => ReturnType<typeof selectCount>) {
  const row = await where(selectCount()).executeTakeFirstOrThrow()
  return Number(row.n)
}
const selectCount = () =>
  db()
    .selectFrom('audit_event')
    .select(eb => eb.fn.countAll<number>().as('n'))

/** The trail verified with the app's own key; the tests keep no checkpoint. */
const verify = () => app.services.audit.verify(app.services.auditChain.key, undefined)

/** Runs statements the app's triggers would refuse, as a superuser tampering with the database could. */
async function tamper(...statements: ReturnType<typeof sql>[]) {
  await db()
    .transaction()
    .execute(async tx => {
      await sql`alter table audit_event disable trigger user`.execute(tx)
      for (const statement of statements) await statement.execute(tx)
      await sql`alter table audit_event enable trigger user`.execute(tx)
    })
}

describe('what the audit trail records', () => {
  it('records a sign-in: who, what, the outcome and the request’s correlation id', async () => {
    const client = new Client(app.baseUrl)
    const response = await client.request('POST', '/api/v1/sign-in', {
      json: { username: 'comA2', password: PASSWORD },
    })
    assert.equal(response.status, 200)
    const [entry, ...others] = await entriesFor(response.headers.get('x-correlation-id'))
    assert.equal(others.length, 0)
    assert.equal(entry?.action, 'sign-in.succeeded')
    assert.equal(entry.actor_id, app.fixture.staff.comA2!.id)
    assert.equal(entry.actor_username, 'comA2')
    assert.equal(entry.outcome, 'success')
    assert.equal(entry.subject_person_id, null)
    assert.ok(Date.now() - entry.occurred_at.getTime() < 60_000)
  })

  it('makes its own correlation id and keeps the one a caller sends beside it, never in its place', async () => {
    const sent = 'gateway-request-0042'
    const response = await new Client(app.baseUrl).request('POST', '/api/v1/sign-in', {
      json: { username: 'comA2', password: PASSWORD },
      headers: { 'x-correlation-id': sent },
    })
    const own = response.headers.get('x-correlation-id')
    assert.match(own ?? '', /^[0-9a-f-]{36}$/, 'the server’s own id, a UUID')
    assert.deepEqual(await entriesFor(sent), [], 'the caller’s id names no entry')
    const [entry, ...others] = await entriesFor(own)
    assert.equal(others.length, 0)
    assert.equal(entry?.action, 'sign-in.succeeded')
    assert.equal(entry.details.clientCorrelationId, sent, 'the caller’s id is kept, to join its logs to the trail')

    // A caller that sends another request's id gets its own again: ids cannot be chosen to muddle the trail.
    const client = await new Client(app.baseUrl).signIn('comA')
    const read = await client.request('GET', `/api/v1/people/${app.fixture.people.ofComA.id}`, {
      headers: { 'x-correlation-id': own! },
    })
    const readId = read.headers.get('x-correlation-id')
    assert.notEqual(readId, own)
    const [viewed] = await entriesFor(readId)
    assert.equal(viewed?.details.clientCorrelationId, own)
    assert.equal((await entriesFor(own)).length, 1, 'the first request’s entries are still its own')
  })

  it('records a failed sign-in with the username tried, and a locked one as denied', async () => {
    const response = await new Client(app.baseUrl).request('POST', '/api/v1/sign-in', {
      json: { username: 'comB', password: WRONG_PASSWORD },
    })
    assert.equal(response.status, 400)
    const [entry] = await entriesFor(response.headers.get('x-correlation-id'))
    assert.equal(entry?.action, 'sign-in.failed')
    assert.equal(entry.actor_username, 'comB')
    assert.equal(entry.actor_id, null)
    assert.equal(entry.outcome, 'failure')

    const unknown = await new Client(app.baseUrl).request('POST', '/api/v1/sign-in', {
      json: { username: 'no-such-user', password: WRONG_PASSWORD },
    })
    const [failed] = await entriesFor(unknown.headers.get('x-correlation-id'))
    assert.equal(failed?.action, 'sign-in.failed')
    assert.equal(failed.actor_username, 'no-such-user')

    await db()
      .insertInto('sign_in_throttle')
      .values({ username: 'pom2', failures: 0, locked_until: sql<Date>`now() + interval '5 minutes'` })
      .execute()
    const locked = await new Client(app.baseUrl).request('POST', '/api/v1/sign-in', {
      json: { username: 'pom2', password: PASSWORD },
    })
    assert.equal(locked.status, 429)
    const [refused] = await entriesFor(locked.headers.get('x-correlation-id'))
    assert.equal(refused?.action, 'sign-in.locked')
    assert.equal(refused.outcome, 'denied')
  })

  it('records each view of a person, through the API and the pages, with the person as subject', async () => {
    const person = app.fixture.people.ofComA
    const api = await comA.json('GET', `/api/v1/people/${person.id}`)
    assert.equal(api.status, 200)
    const [viewed] = await entriesFor(api.headers.get('x-correlation-id'))
    assert.equal(viewed?.action, 'person.viewed')
    assert.equal(viewed.actor_id, app.fixture.staff.comA!.id)
    assert.equal(viewed.actor_username, 'comA')
    assert.equal(viewed.subject_person_id, person.id)
    assert.equal(viewed.outcome, 'success')

    const page = await comA.get(`/people/${person.id}`)
    assert.equal(page.status, 200)
    const [pageView] = await entriesFor(page.headers.get('x-correlation-id'))
    assert.equal(pageView?.action, 'person.viewed')
    assert.equal(pageView.subject_person_id, person.id)
  })

  it('records each change to a person with the fields changed, and not what they were changed to', async () => {
    const person = app.fixture.people.ofComA
    const current = await comA.json('GET', `/api/v1/people/${person.id}`)
    const changed = await comA.json('PUT', `/api/v1/people/${person.id}`, {
      ...current.body.person,
      firstName: NEW_FIRST_NAME,
      version: current.body.person.version,
    })
    assert.equal(changed.status, 200)
    const entries = await entriesFor(changed.headers.get('x-correlation-id'))
    const updated = entries.find(e => e.action === 'person.updated')
    assert.ok(updated, `a person.updated entry among ${entries.map(e => e.action)}`)
    assert.equal(updated.actor_id, app.fixture.staff.comA!.id)
    assert.equal(updated.subject_person_id, person.id)
    assert.deepEqual(updated.details, { fields: ['firstName'] })
  })

  it('records a refused view with the reason and no subject it would give away', async () => {
    const comB = await new Client(app.baseUrl).signIn('comB')
    const refused = await comB.json('GET', `/api/v1/people/${app.fixture.people.ofComA.id}`)
    assert.equal(refused.status, 404)
    const [entry] = await entriesFor(refused.headers.get('x-correlation-id'))
    assert.equal(entry?.action, 'person.access-refused')
    assert.equal(entry.outcome, 'denied')
    assert.equal(entry.actor_username, 'comB')
  })

  it('never writes a password or a person’s details into the trail', async () => {
    const everything = await sql<{
      text: string
    }>`select coalesce(string_agg(a::text, ' '), '') as text from audit_event a`.execute(db())
    const text = everything.rows[0]!.text
    assert.ok(text.includes('sign-in.failed') && text.includes('person.updated'), 'the trail has the events above')
    for (const secret of [PASSWORD, WRONG_PASSWORD, NEW_FIRST_NAME])
      assert.ok(!text.includes(secret), `"${secret}" is not in the trail`)
    for (const person of Object.values(app.fixture.people)) {
      assert.ok(!text.includes(person.last_name), `${person.last_name} is not in the trail`)
      assert.ok(!text.includes(person.date_of_birth), 'no date of birth in the trail')
    }
  })
})

describe('the trail cannot be changed', () => {
  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    const before = await countWhere(qb => qb)
    const [first] = await db().selectFrom('audit_event').select(['id', 'details']).orderBy('id').limit(1).execute()
    assert.ok(first)
    await assert.rejects(
      db().updateTable('audit_event').set({ actor_username: 'someone-else' }).where('id', '=', first.id).execute(),
      /append-only: UPDATE is not allowed/,
    )
    await assert.rejects(
      db().deleteFrom('audit_event').where('id', '=', first.id).execute(),
      /append-only: DELETE is not allowed/,
    )
    await assert.rejects(db().deleteFrom('audit_event').execute(), /append-only: DELETE is not allowed/)
    await assert.rejects(sql`truncate audit_event`.execute(db()), /append-only: TRUNCATE is not allowed/)
    assert.equal(await countWhere(qb => qb), before)
    const still = await db().selectFrom('audit_event').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow()
    assert.notEqual(still.actor_username, 'someone-else')
  })

  it('chains every entry to the one before by its hash, from a first entry that follows zeros', async () => {
    const rows = await db().selectFrom('audit_event').select(['id', 'prev_hash', 'hash']).orderBy('id').execute()
    assert.ok(rows.length > 10)
    assert.equal(rows[0]!.prev_hash, GENESIS)
    for (let i = 1; i < rows.length; i++) {
      assert.equal(rows[i]!.prev_hash, rows[i - 1]!.hash, `entry ${rows[i]!.id} follows entry ${rows[i - 1]!.id}`)
      assert.ok(rows[i]!.id > rows[i - 1]!.id)
    }
    for (const row of rows) assert.match(row.hash, /^[0-9a-f]{64}$/)
    assert.equal(new Set(rows.map(r => r.hash)).size, rows.length)
  })

  it('puts an unkeyed entry in the chain itself, whatever place and hash the writer claims, and verify names it', async () => {
    const [last] = await db().selectFrom('audit_event').select(['id', 'hash']).orderBy('id', 'desc').limit(1).execute()
    await db()
      .insertInto('audit_event')
      .values({
        id: 1,
        action: 'test.forged',
        outcome: 'success',
        details: '{}',
        occurred_at: '2000-01-01T00:00:00Z',
        prev_hash: GENESIS,
        hash: 'f'.repeat(64),
      } as never)
      .execute()
    const forged = await db()
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'test.forged')
      .executeTakeFirstOrThrow()
    assert.ok(forged.id > last!.id, 'it goes at the end')
    assert.equal(forged.prev_hash, last!.hash)
    assert.notEqual(forged.hash, 'f'.repeat(64))
    assert.ok(Date.now() - forged.occurred_at.getTime() < 60_000, 'the database sets the time')
    assert.deepEqual((await verify()).broken, [{ id: forged.id, problem: 'unkeyed' }])
    // A keyed entry that claims another place in the chain is refused outright.
    await assert.rejects(
      db()
        .insertInto('audit_event')
        .values({
          id: forged.id + 1000,
          action: 'test.forked',
          details: '{}',
          chain_version: 2,
          prev_hash: GENESIS,
          hash: 'f'.repeat(64),
        } as never)
        .execute(),
      /must extend the chain from its head/,
    )
    await tamper(sql`delete from audit_event where id = ${forged.id}`)
  })

  it('verifies a clean trail with no broken links, having checked every entry', async () => {
    const result = await verify()
    assert.deepEqual(result.broken, [])
    assert.equal(result.checked, await countWhere(qb => qb))
  })
})

describe('admins read the trail', () => {
  it('answers everyone but administrators as if there were no trail, through the API and the page', async () => {
    for (const username of ['comA', 'managerA', 'pom1', 'partner', 'person']) {
      const client = username === 'comA' ? comA : await new Client(app.baseUrl).signIn(username)
      const api = await client.json('GET', '/api/v1/audit')
      assert.equal(api.status, 404, `${username} (API)`)
      assert.deepEqual(api.body, { status: 404, title: 'Page not found' })
      const page = await client.get('/admin/audit')
      assert.equal(page.status, 404, `${username} (page)`)
      const html = await page.text()
      assert.ok(!html.includes('data-qa="audit-table"'))
      assert.ok(!html.includes('sign-in.succeeded'), 'no entry is shown')
    }
    const anonymous = new Client(app.baseUrl)
    assert.equal((await anonymous.json('GET', '/api/v1/audit')).status, 401)
    const page = await anonymous.get('/admin/audit')
    assert.equal(page.status, 302)
    assert.match(page.headers.get('location')!, /^\/sign-in\?returnTo=%2Fadmin%2Faudit/)

    assert.equal((await admin.json('GET', '/api/v1/audit')).status, 200)
    const adminPage = await admin.get('/admin/audit')
    assert.equal(adminPage.status, 200)
    assert.match(await adminPage.text(), /data-qa="audit-table"/)
  })

  it('filters by action, username, outcome and person, newest first, with the total', async () => {
    const person = app.fixture.people.ofComA.id
    const cases: [string, Parameters<typeof countWhere>[0], (e: Record<string, unknown>) => boolean][] = [
      ['action=person.viewed', qb => qb.where('action', '=', 'person.viewed'), e => e.action === 'person.viewed'],
      ['actor=COMA', qb => qb.where('actor_username', '=', 'comA'), e => e.actor_username === 'comA'],
      ['outcome=failure', qb => qb.where('outcome', '=', 'failure'), e => e.outcome === 'failure'],
      [`personId=${person}`, qb => qb.where('subject_person_id', '=', person), e => e.subject_person_id === person],
      [
        `action=person.viewed&personId=${person}&outcome=success`,
        qb =>
          qb
            .where('action', '=', 'person.viewed')
            .where('subject_person_id', '=', person)
            .where('outcome', '=', 'success'),
        e => e.action === 'person.viewed' && e.subject_person_id === person,
      ],
    ]
    const all = await countWhere(qb => qb)
    for (const [query, where, matches] of cases) {
      const expected = await countWhere(where)
      assert.ok(expected > 0 && expected < all, `${query} picks some entries, not all`)
      const { status, body } = await admin.json('GET', `/api/v1/audit?${query}`)
      assert.equal(status, 200, query)
      assert.equal(body.total, expected, query)
      assert.equal(body.entries.length, expected, query)
      assert.ok(body.entries.every(matches), query)
      const ids = body.entries.map((e: { id: number }) => e.id)
      assert.deepEqual(
        ids,
        [...ids].sort((a, b) => b - a),
        'newest first',
      )
    }
  })

  it('filters by date, taking the dates as whole days and in either form', async () => {
    const { rows } = await sql<{ today: string; yesterday: string; tomorrow: string }>`
      select current_date::text as today, (current_date - 1)::text as yesterday, (current_date + 1)::text as tomorrow`.execute(
      db(),
    )
    const { today, yesterday, tomorrow } = rows[0]!
    const [y, m, d] = today.split('-')
    const all = await countWhere(qb => qb)
    const total = async (query: string) => {
      const { status, body } = await admin.json('GET', `/api/v1/audit?${query}`)
      assert.equal(status, 200, query)
      return body.total
    }
    assert.equal(await total(`from=${today}&to=${today}`), all)
    assert.equal(await total(`from=${Number(d)}/${Number(m)}/${y}`), all + 1, 'the search just made counts too')
    assert.equal(await total(`from=${tomorrow}`), 0)
    assert.equal(await total(`to=${yesterday}`), 0)
    assert.equal(
      await total(`from=${yesterday}&to=${tomorrow}&action=sign-in.failed`),
      await countWhere(qb => qb.where('action', '=', 'sign-in.failed')),
    )
  })

  it('takes the page’s dates from the GOV.UK date input, and shows them again', async () => {
    const { rows } = await sql<{ today: string }>`select current_date::text as today`.execute(db())
    const [y, m, d] = rows[0]!.today.split('-').map(Number)
    const parts = (name: string, day: number) => `${name}-day=${day}&${name}-month=${m}&${name}-year=${y}`
    const expected = await countWhere(qb => qb.where('action', '=', 'sign-in.failed'))
    const html = await (
      await admin.get(`/admin/audit?action=sign-in.failed&${parts('from', d!)}&${parts('to', d!)}`)
    ).text()
    assert.match(html, new RegExp(`data-qa="result-count">${expected} entries<`))
    assert.match(html, /<div class="govuk-date-input" id="from">/)
    assert.match(html, new RegExp(`name="from-day"[^>]*value="${d}"`))

    const refused = await admin.get(`/admin/audit?from-day=31&from-month=2&from-year=2026`)
    assert.equal(refused.status, 400)
    const refusedHtml = await refused.text()
    assert.match(refusedHtml, /<a href="#from">From date must be a real date<\/a>/)
    assert.match(refusedHtml, /name="from-day"[^>]*value="31"/, 'what was typed is kept')
  })

  it('shows the filtered entries on the page, with the filters kept in the form', async () => {
    const expected = await countWhere(qb => qb.where('action', '=', 'sign-in.failed'))
    const page = await admin.get('/admin/audit?action=sign-in.failed')
    assert.equal(page.status, 200)
    const html = await page.text()
    assert.match(html, new RegExp(`data-qa="result-count">${expected} entries<`))
    assert.match(html, /<option value="sign-in.failed" selected>/)
    assert.ok(html.includes('no-such-user'))
    assert.ok(!html.includes('>person.viewed</td>'))
    const none = await (await admin.get('/admin/audit?action=nothing.like.this')).text()
    assert.match(none, /data-qa="empty-state"/)
  })

  it('refuses bad filter values with 400 and a message for each field', async () => {
    const query = 'personId=not-an-id&outcome=maybe&from=31/02/2026&to=yesterday'
    const before = await countWhere(qb => qb.where('action', '=', 'audit.searched'))
    const api = await admin.json('GET', `/api/v1/audit?${query}`)
    assert.equal(api.status, 400)
    assert.deepEqual(api.body, {
      status: 400,
      title: 'Check your input',
      errors: [
        { field: 'query.personId', message: 'Enter a person id in the form shown on their record' },
        { field: 'query.outcome', message: 'Select an outcome' },
        { field: 'query.from', message: 'From date must be a real date' },
        { field: 'query.to', message: 'To date must be a real date' },
      ],
    })

    const page = await admin.get(`/admin/audit?${query}`)
    assert.equal(page.status, 400)
    const html = await page.text()
    assert.match(html, /There is a problem/)
    assert.match(html, /<a href="#personId">Enter a person id in the form shown on their record<\/a>/)
    assert.match(html, /<a href="#outcome">Select an outcome<\/a>/)
    assert.match(html, /<a href="#from">From date must be a real date<\/a>/)
    assert.match(html, /<input[^>]*id="personId"[^>]*value="not-an-id"/, 'what was typed is kept')
    assert.ok(!html.includes('data-qa="audit-table"'), 'no entries beside the errors')
    assert.equal(
      await countWhere(qb => qb.where('action', '=', 'audit.searched')),
      before,
      'a refused search reads nothing',
    )
  })

  it('records every reading of the trail, with the filters used but not their values', async () => {
    const api = await admin.json('GET', '/api/v1/audit?action=person.viewed&actor=comA')
    const [entry] = await entriesFor(api.headers.get('x-correlation-id'))
    assert.equal(entry?.action, 'audit.searched')
    assert.equal(entry.actor_id, app.fixture.staff.admin!.id)
    assert.equal(entry.actor_username, 'admin')
    assert.deepEqual(entry.details, { filters: ['action', 'actor'] })

    const page = await admin.get('/admin/audit')
    const [pageEntry] = await entriesFor(page.headers.get('x-correlation-id'))
    assert.equal(pageEntry?.action, 'audit.searched')
    assert.deepEqual(pageEntry.details, { filters: [] })
  })
})

// These run last: they break the trail on purpose, and put it back.
describe('verifying the trail finds tampering', () => {
  it('reports an entry whose content was changed behind the app’s back, and nothing once it is put back', async () => {
    const target = await db()
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'person.updated')
      .executeTakeFirstOrThrow()
    await tamper(sql`update audit_event set details = '{"fields": []}' where id = ${target.id}`)
    assert.deepEqual((await verify()).broken, [{ id: target.id, problem: 'hash' }])

    await tamper(sql`update audit_event set actor_username = 'someone-else' where id = ${target.id}`)
    await tamper(
      sql`update audit_event set details = ${JSON.stringify(target.details)}::jsonb, actor_username = ${target.actor_username} where id = ${target.id}`,
    )
    assert.deepEqual((await verify()).broken, [], 'restored exactly, the trail checks out again')
  })

  it('reports an entry changed and re-hashed without the key, and the next link', async () => {
    const target = await db()
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'sign-in.failed')
      .executeTakeFirstOrThrow()
    await tamper(
      sql`update audit_event set outcome = 'success' where id = ${target.id}`,
      sql`update audit_event set hash = audit_event_digest(audit_event), chain_version = 1 where id = ${target.id}`,
    )
    const { broken } = await verify()
    const next = await db()
      .selectFrom('audit_event')
      .select('id')
      .where('id', '>', target.id)
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow()
    assert.deepEqual(broken, [
      { id: target.id, problem: 'unkeyed' },
      { id: next.id, problem: 'link' },
    ])
  })

  it('reports the gap where an entry was removed', async () => {
    const rows = await db()
      .selectFrom('audit_event')
      .select('id')
      .where('action', '=', 'person.viewed')
      .orderBy('id')
      .execute()
    const removed = rows[0]!.id
    await tamper(sql`delete from audit_event where id = ${removed}`)
    const next = await db()
      .selectFrom('audit_event')
      .select('id')
      .where('id', '>', removed)
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow()
    const { broken } = await verify()
    assert.ok(
      broken.some(b => b.id === next.id && b.problem === 'link'),
      JSON.stringify(broken),
    )
  })
})
