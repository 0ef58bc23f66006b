import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import type { z } from 'zod'
import { savedBanner } from '../../../test/support/saved-banner.ts'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { addDays } from '../../platform/dates/calendar-date.ts'
import { auditedActions } from '../handover/handover.test-support.ts'
import { breach } from '../recall/recall.test-support.ts'
import type { queueResponse } from './oversight.schemas.ts'

const TODAY = '2026-11-23'
let app: TestApp
const clients = new Map<string, Client>()
before(async () => {
  app = await startTestApp({ today: TODAY })
  for (const username of ['comA', 'managerA', 'managerB', 'pom1', 'partner', 'admin', 'person'])
    clients.set(username, await new Client(app.baseUrl).signIn(username))
})
after(() => app.close())

const as = (username: string) => clients.get(username)!
const db = () => app.services.handle.db

interface Item {
  kind: string
  subjectId: string
  personId: string
  label: string
  href: string
  clears: string
  since: string
}
const queue = async (username = 'managerA', page = 1) => {
  const response = await as(username).json('GET', `/api/v1/oversight?page=${page}`)
  assert.equal(response.status, 200)
  return response.body as z.infer<typeof queueResponse> & { items: Item[] }
}
const itemsFor = async (personId: string, username = 'managerA') =>
  (await queue(username)).items.filter(item => item.personId === personId)

/**
 * A person of team A (allocated to comA) in custody with stored key dates as given, for one test alone: the
 * key-date columns are what the sources read.
 */
async function personOfTeamA(episode: { earliestRelease?: string; handover?: string; comFromStart?: boolean } = {}) {
  const id = randomUUID()
  const n = String(Math.floor(Math.random() * 900000) + 100000)
  await db()
    .insertInto('person')
    .values({
      id,
      crn: `O${n}`,
      first_name: 'Queue',
      last_name: `Person${n}`,
      date_of_birth: '1991-02-03',
      com_id: app.fixture.staff.comA!.id,
    })
    .execute()
  const { id: episodeId } = await db()
    .insertInto('custody_episode')
    .values({
      person_id: id,
      prison_id: app.fixture.org.prison1,
      sentence_type: 'determinate',
      parole: false,
      early_allocation: false,
      arrival_date: '2025-06-01',
      sentence_start_date: '2025-06-01',
      conditional_release_date: episode.earliestRelease ?? '2028-01-01',
      licence_expiry_date: '2029-06-01',
      sentence_expiry_date: '2029-06-01',
      earliest_release_date: episode.earliestRelease ?? '2028-01-01',
      handover_date: episode.handover ?? '2027-08-01',
      com_responsible_from_start: episode.comFromStart ?? false,
      key_dates_policy: 'test',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { id, episodeId }
}

describe('recall decisions awaiting countersignature', () => {
  it('waits in the queue, linked to the review, until a manager countersigns it there, and counts as oversight', async () => {
    const alpha = app.fixture.people.ofComA.id
    const before = await queue()
    const created = await as('comA').json('POST', `/api/v1/people/${alpha}/recall`, breach())
    assert.equal(created.status, 201)

    const [waiting] = (await itemsFor(alpha)).filter(item => item.kind === 'recall-countersignature')
    assert.ok(waiting, 'the recommendation is in the queue')
    assert.equal(waiting.subjectId, created.body.id)
    assert.equal(waiting.href, `/people/${alpha}/recall/${created.body.id}`)
    assert.equal(waiting.clears, 'done-there')
    assert.equal(waiting.since, TODAY)
    assert.equal((await as('managerA').get(waiting.href)).status, 200, 'the link opens the review')

    // Not signed off from the queue: the countersignature is the recall page's.
    const refused = await as('managerA').json('POST', '/api/v1/oversight/sign-offs', {
      kind: 'recall-countersignature',
      subjectId: created.body.id,
    })
    assert.equal(refused.status, 400)
    assert.match(refused.body.errors[0].message, /done on its own page/)

    const signed = await as('managerA').json(
      'POST',
      `/api/v1/people/${alpha}/recall/${created.body.id}/countersignature`,
      {
        decision: 'no-recall',
        rationale: 'Back in touch; weekly contact for a month.',
      },
    )
    assert.equal(signed.status, 200)
    const afterwards = await queue()
    assert.equal(afterwards.items.filter(item => item.subjectId === created.body.id).length, 0, 'cleared')
    assert.equal(afterwards.share.overseen, before.share.overseen + 1, 'the countersignature is recorded oversight')
    assert.equal(afterwards.share.cases, before.share.cases)
  })
})

describe('people waiting for a COM', () => {
  it('waits in the queue of the PDU’s managers, linked to the allocation, until signed off with a note', async () => {
    const hotel = app.fixture.people.awaitingComInNorth.id
    const [waiting] = await itemsFor(hotel)
    assert.ok(waiting, 'in team A’s queue')
    assert.equal(waiting.kind, 'waiting-for-com')
    assert.equal(waiting.href, `/people/${hotel}/allocation`)
    assert.equal((await itemsFor(hotel, 'managerB')).length, 1, 'in team B’s queue: the same PDU')

    const signed = await as('managerA').json('POST', '/api/v1/oversight/sign-offs', {
      kind: waiting.kind,
      subjectId: waiting.subjectId,
      note: 'A COM from team B starts on Monday and takes this case.',
    })
    assert.equal(signed.status, 201)
    assert.equal(signed.body.label, waiting.label)
    assert.equal((await itemsFor(hotel)).length, 0, 'gone from team A’s queue')
    assert.equal((await itemsFor(hotel, 'managerB')).length, 0, 'and from team B’s: it has been seen to')

    const again = await as('managerA').json('POST', '/api/v1/oversight/sign-offs', {
      kind: waiting.kind,
      subjectId: waiting.subjectId,
    })
    assert.equal(again.status, 404, 'an item is signed off once')

    const history = await as('managerA').json('GET', '/api/v1/oversight/sign-offs')
    const kept = history.body.signOffs.find((s: { id: string }) => s.id === signed.body.id)
    assert.equal(kept.signedOffBy.id, app.fixture.staff.managerA!.id)
    assert.equal(kept.signedOffOn, TODAY)
    assert.equal(kept.note, 'A COM from team B starts on Monday and takes this case.')
    assert.equal(kept.person.id, hotel)
    const teamB = await as('managerB').json('GET', '/api/v1/oversight/sign-offs')
    assert.ok(!teamB.body.signOffs.some((s: { id: string }) => s.id === signed.body.id), 'team A’s history only')

    const actions = (await auditedActions(app, hotel)).map(a => a.action)
    assert.ok(actions.includes('oversight.signed-off'))
    const entry = await db()
      .selectFrom('audit_event')
      .select('details')
      .where('action', '=', 'oversight.signed-off')
      .where('subject_person_id', '=', hotel)
      .executeTakeFirstOrThrow()
    assert.doesNotMatch(JSON.stringify(entry.details), /Monday/, 'the note is not written to the audit trail')
  })

  it('keeps a sign-off as it was made: the database refuses a change or a deletion', async () => {
    const person = await personOfTeamA({ handover: addDays(TODAY, -3) })
    const { id } = (
      await as('managerA').json('POST', '/api/v1/oversight/sign-offs', {
        kind: 'handover-overdue',
        subjectId: person.episodeId,
      })
    ).body
    await assert.rejects(db().updateTable('oversight_sign_off').set({ note: 'changed' }).where('id', '=', id).execute())
    await assert.rejects(db().deleteFrom('oversight_sign_off').where('id', '=', id).execute())
  })
})

describe('releases within 12 weeks without accommodation', () => {
  it('waits from 12 weeks before release while the first night is not arranged', async () => {
    const soon = await personOfTeamA({ earliestRelease: addDays(TODAY, 84) })
    const later = await personOfTeamA({ earliestRelease: addDays(TODAY, 85) })
    const arranged = await personOfTeamA({ earliestRelease: addDays(TODAY, 30) })
    await db()
      .insertInto('readiness_item')
      .values({
        person_id: arranged.id,
        custody_episode_id: arranged.episodeId,
        item: 'accommodation',
        status: 'met',
        details: JSON.stringify({ accommodationCategory: 'settled' }),
        updated_by: app.fixture.staff.comA!.id,
      })
      .execute()
    const [item] = await itemsFor(soon.id)
    assert.equal(item?.kind, 'release-without-accommodation')
    assert.equal(item.since, TODAY)
    assert.equal(item.href, `/people/${soon.id}/readiness/accommodation`)
    assert.match(item.label, /Release on 15 February 2027 with no accommodation arranged/)
    assert.equal((await itemsFor(later.id)).length, 0, 'more than 12 weeks away')
    assert.equal((await itemsFor(arranged.id)).length, 0, 'the first night is arranged')
  })

  it('leaves the queue once released', async () => {
    const released = await personOfTeamA({ earliestRelease: addDays(TODAY, 10) })
    assert.equal((await itemsFor(released.id)).length, 1)
    await db()
      .updateTable('custody_episode')
      .set({ release_date: TODAY })
      .where('id', '=', released.episodeId)
      .execute()
    assert.equal((await itemsFor(released.id)).length, 0)
  })
})

describe('handovers overdue', () => {
  it('waits from the day after the handover date until a handover meeting is recorded', async () => {
    const overdue = await personOfTeamA({ handover: addDays(TODAY, -1) })
    const today = await personOfTeamA({ handover: TODAY })
    const fromStart = await personOfTeamA({ handover: addDays(TODAY, -40), comFromStart: true })
    const [item] = await itemsFor(overdue.id)
    assert.equal(item?.kind, 'handover-overdue')
    assert.equal(item.since, TODAY)
    assert.equal(item.href, `/people/${overdue.id}/handover`)
    assert.equal((await itemsFor(today.id)).length, 0, 'still due on the handover date itself')
    assert.equal((await itemsFor(fromStart.id)).length, 0, 'no handover when the COM holds the case from the start')

    await db()
      .insertInto('handover_meeting')
      .values({
        person_id: overdue.id,
        custody_episode_id: overdue.episodeId,
        meeting_date: TODAY,
        com_id: app.fixture.staff.comA!.id,
        person_attended: true,
        recorded_by: app.fixture.staff.comA!.id,
      })
      .execute()
    assert.equal((await itemsFor(overdue.id)).length, 0, 'cleared by the meeting')
  })
})

describe('the queue as a list', () => {
  it('pages the items, the longest waiting first, and answers a page past the last with the last', async () => {
    for (let n = 0; n < 52; n++) await personOfTeamA({ handover: addDays(TODAY, -2 - n) })
    const first = await queue()
    assert.ok(first.total >= 52)
    assert.equal(first.items.length, 50)
    assert.equal(first.pageCount, Math.ceil(first.total / 50))
    const dates = first.items.map(item => item.since)
    assert.deepEqual(dates, [...dates].sort())
    const last = await queue('managerA', 999)
    assert.equal(last.page, first.pageCount)
    assert.ok(last.items.length >= 1)
  })

  it('leaves out the items of a limited-access person the manager may not see, and says so', async () => {
    const barred = await personOfTeamA({ handover: addDays(TODAY, -5) })
    await db()
      .insertInto('limited_access')
      .values({
        person_id: barred.id,
        kind: 'exclusion',
        user_id: app.fixture.staff.managerA!.id,
        start_date: '2020-01-01',
        end_date: null,
        message: 'Contact the head of PDU',
      })
      .execute()
    const response = await as('managerA').json('GET', '/api/v1/oversight?page=1')
    assert.ok(!response.body.items.some((item: Item) => item.personId === barred.id))
    assert.ok(response.body.limitedAccessHidden >= 1)
    const refused = await as('managerA').json('POST', '/api/v1/oversight/sign-offs', {
      kind: 'handover-overdue',
      subjectId: barred.episodeId,
    })
    assert.equal(refused.status, 404)
  })

  it('shows the queue on the manager’s home page and signs an item off through the form', async () => {
    const person = await personOfTeamA({ handover: addDays(TODAY, -400) })
    const home = await (await as('managerA').get('/')).text()
    assert.match(home, /data-qa="oversight-queue"/)
    assert.match(home, /data-qa="oversight-share"/)
    const link = `/oversight/sign-off?kind=handover-overdue&amp;subjectId=${person.episodeId}`
    assert.ok(home.includes(link), 'the oldest item is on the first page, with its sign-off link')

    const form = as('managerA')
    const token = await form.formToken(link.replace('&amp;', '&'))
    assert.ok(token)
    const tooLong = await form.request('POST', '/oversight/sign-off', {
      form: { _csrf: token, kind: 'handover-overdue', subjectId: person.episodeId, note: 'x'.repeat(1001) },
    })
    assert.equal(tooLong.status, 400)
    assert.match(await tooLong.text(), /The note must be 1000 characters or fewer/)
    const saved = await form.request('POST', '/oversight/sign-off', {
      form: { _csrf: token, kind: 'handover-overdue', subjectId: person.episodeId, note: 'Meeting booked for Friday.' },
    })
    assert.equal(saved.status, 303)
    assert.equal(saved.headers.get('location'), '/')
    const after = await (await form.get('/')).text()
    assert.equal(savedBanner(after), 'Item signed off')
    assert.ok(!after.includes(person.episodeId), 'gone from the queue')
    const late = await form.request('POST', '/oversight/sign-off', {
      form: { _csrf: token, kind: 'handover-overdue', subjectId: person.episodeId, note: 'x'.repeat(1001) },
    })
    assert.equal(late.status, 400, 'sent again with a fault once signed off')
    assert.match(await late.text(), /data-qa="not-waiting"/)
    const history = await (await form.get('/oversight/history')).text()
    assert.match(history, /Meeting booked for Friday\./)
    assert.match(history, /Staff managerA, 23 November 2026/)
  })
})

describe('who has the queue', () => {
  const OTHERS = ['comA', 'pom1', 'partner', 'admin', 'person']

  it('answers everyone but a manager 404 on every page and route of the queue', async () => {
    const hotel = app.fixture.people.awaitingComInNorth.id
    for (const username of OTHERS) {
      for (const path of ['/oversight', '/oversight/history', '/api/v1/oversight', '/api/v1/oversight/sign-offs'])
        assert.equal((await as(username).get(path)).status, 404, `${path} as ${username}`)
      const signOff = `/oversight/sign-off?kind=waiting-for-com&subjectId=${hotel}`
      assert.equal((await as(username).get(signOff)).status, 404, `the sign-off form as ${username}`)
      const post = await as(username).json('POST', '/api/v1/oversight/sign-offs', {
        kind: 'waiting-for-com',
        subjectId: hotel,
      })
      assert.equal(post.status, 404, `a sign-off as ${username}`)
    }
  })

  it('shows nobody but a manager the queue or a link to it', async () => {
    for (const username of OTHERS) {
      const home = await (await as(username).get('/')).text()
      assert.doesNotMatch(home, /oversight/, `${username}'s home page`)
    }
    assert.match(await (await as('managerA').get('/')).text(), /href="\/oversight\/history"/)
  })

  it('refuses a sign-off of an item that is not in the manager’s queue', async () => {
    const teamC = await db()
      .selectFrom('custody_episode')
      .select('id')
      .where('person_id', '=', app.fixture.people.ofComC.id)
      .executeTakeFirstOrThrow()
    for (const body of [
      { kind: 'handover-overdue', subjectId: teamC.id },
      { kind: 'no-such-kind', subjectId: teamC.id },
    ])
      assert.equal((await as('managerA').json('POST', '/api/v1/oversight/sign-offs', body)).status, 404)
    const bad = await as('managerA').json('POST', '/api/v1/oversight/sign-offs', { kind: 'Bad Kind!', subjectId: '' })
    assert.equal(bad.status, 400)
  })

  it('audits each view of the queue with the people it showed', async () => {
    const { items } = await queue()
    const entry = await db()
      .selectFrom('audit_event')
      .select(['details', 'actor_username'])
      .where('action', '=', 'oversight.queue-viewed')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    assert.equal(entry.actor_username, 'managerA')
    const shown = (entry.details as { personIds: string[] }).personIds
    assert.deepEqual(new Set(shown), new Set(items.map(item => item.personId)))
  })
})
