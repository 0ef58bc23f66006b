import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import type { KyselyPlugin } from 'kysely'
import { addDays } from '../../platform/dates/calendar-date.ts'
import { ValidationFailed } from '../../platform/errors/errors.ts'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { createHandoverRepository } from './handover.repository.ts'
import { createHandoverService } from './handover.service.ts'
import { TODAY, contact, meeting, newCase } from './handover.test-support.ts'

let app: TestApp
let comA: Client
let managerA: Client
before(async () => {
  app = await startTestApp({ today: TODAY })
  comA = await new Client(app.baseUrl).signIn('comA')
  managerA = await new Client(app.baseUrl).signIn('managerA')
})
after(() => app.close())

const flagsFor = (ids: string[], on = TODAY) => app.services.handover.handoverFlagsFor(ids, on)
const addContact = async (personId: string, body: object) => {
  const { status } = await comA.json('POST', `/api/v1/people/${personId}/handover/contacts`, body)
  assert.equal(status, 201)
}

describe('the caseload flags', () => {
  it('flag people 84 and 83 days from release whom the COM has not met, not those 85 days away', async () => {
    const [at85, at84, at83] = [
      await newCase(app, comA, addDays(TODAY, 85)),
      await newCase(app, comA, addDays(TODAY, 84)),
      await newCase(app, comA, addDays(TODAY, 83)),
    ]
    const flags = await flagsFor([at85, at84, at83])
    assert.deepEqual(
      [at85, at84, at83].map(id => [flags[id]?.comNotMet, flags[id]?.daysToRelease]),
      [
        [false, 85],
        [true, 84],
        [true, 83],
      ],
    )
    assert.equal(
      (await comA.json('GET', `/api/v1/people/${at84}/handover`)).body.flags.comNotMet,
      true,
      'the page agrees',
    )
  })

  it('stop flagging once the COM meets the person on a visit or video call, not after a phone call or letter', async () => {
    const id = await newCase(app, comA, addDays(TODAY, 30))
    await addContact(id, contact('2026-11-01', { contactType: 'phone', met: false }))
    await addContact(id, contact('2026-11-02', { contactType: 'letter', met: false }))
    await addContact(
      id,
      contact('2026-11-03', { contactType: 'visit', met: false, note: 'Visit, but the person was in hospital' }),
    )
    assert.equal((await flagsFor([id]))[id]?.comNotMet, true)
    await addContact(id, contact('2026-11-10', { contactType: 'video', met: true }))
    assert.equal((await flagsFor([id]))[id]?.comNotMet, false)
  })

  it('flag again when a new COM is allocated who has not met the person', async () => {
    const id = await newCase(app, comA, addDays(TODAY, 40))
    await addContact(id, contact('2026-11-10'))
    assert.equal((await flagsFor([id]))[id]?.comNotMet, false)
    const allocated = await managerA.json('PUT', `/api/v1/people/${id}/allocation`, {
      comId: app.fixture.staff.comA2!.id,
      reasonCode: 'workload',
      handoverNote: 'Met once on a legal visit.',
    })
    assert.equal(allocated.status, 200)
    assert.equal((await flagsFor([id]))[id]?.comNotMet, true)
  })

  it('flag a handover meeting overdue the day after the handover date, until one is recorded', async () => {
    // Release on 8 August 2027: handover 8 months 14 days earlier, on 24 November 2026.
    const id = await newCase(app, comA, '2027-08-08')
    assert.equal(
      (await comA.json('GET', `/api/v1/people/${id}/handover`)).body.episode.derived.handoverDate,
      '2026-11-24',
    )
    assert.equal((await flagsFor([id], '2026-11-24'))[id]?.meetingOverdue, false)
    assert.equal((await flagsFor([id], '2026-11-25'))[id]?.meetingOverdue, true)
    const recorded = await comA.json(
      'PUT',
      `/api/v1/people/${id}/handover/meeting`,
      meeting(TODAY, { attendees: ['com', 'person'] }),
    )
    assert.equal(recorded.status, 200)
    assert.deepEqual((await flagsFor([id], '2026-11-25'))[id], {
      meetingStatus: 'held',
      meetingOverdue: false,
      comNotMet: false,
      daysToRelease: 256,
    })
  })

  it('never flag a handover meeting where the COM is responsible from the start, but still flag contact', async () => {
    const id = await newCase(app, comA, addDays(TODAY, 20), { sentenceType: 'recall' })
    assert.deepEqual((await flagsFor([id]))[id], {
      meetingStatus: 'not-needed',
      meetingOverdue: false,
      comNotMet: true,
      daysToRelease: 20,
    })
  })

  it('flag nothing for people with no custody episode, and leave out ids of nobody', async () => {
    const { ofComA2 } = app.fixture.people
    const flags = await flagsFor([ofComA2.id, randomUUID()])
    assert.deepEqual(flags, {
      [ofComA2.id]: { meetingStatus: 'not-known', meetingOverdue: false, comNotMet: false, daysToRelease: null },
    })
    assert.deepEqual(await flagsFor([]), {})
  })

  it('refuse what is not a list of person ids', async () => {
    await assert.rejects(flagsFor(['not-an-id']), ValidationFailed)
  })

  it('answer for a page of 50 people and more in one query', async () => {
    const { db } = app.services.handle
    const people = Array.from({ length: 60 }, (_, i) => ({
      id: randomUUID(),
      crn: `Q${String(100_000 + i)}`,
      first_name: 'Page',
      last_name: `Person${i}`,
      date_of_birth: '1990-01-01',
      com_id: app.fixture.staff.comA!.id,
    }))
    await db.insertInto('person').values(people).execute()
    await db
      .insertInto('custody_episode')
      .values(
        people.map((p, i) => ({
          person_id: p.id,
          sentence_type: 'determinate' as const,
          parole: false,
          early_allocation: false,
          arrival_date: '2025-01-10',
          sentence_start_date: '2025-01-10',
          conditional_release_date: addDays(TODAY, 60 + i),
        })),
      )
      .execute()

    const statements: string[] = []
    const counting: KyselyPlugin = {
      transformQuery: ({ node }) => {
        statements.push(node.kind)
        return node
      },
      transformResult: async ({ result }) => result,
    }
    const counted = db.withPlugin(counting)
    const service = createHandoverService({
      db: counted,
      repository: createHandoverRepository(counted),
      people: app.services.people,
      audit: app.services.platform.audit,
      today: () => TODAY,
    })
    const ids = [...people.map(p => p.id), ...Object.values(app.fixture.people).map(p => p.id)]
    const flags = await service.handoverFlagsFor(ids)
    assert.equal(statements.length, 1, `one query for ${ids.length} people, not ${statements.length}`)
    assert.equal(Object.keys(flags).length, ids.length)
    assert.deepEqual(
      people.slice(23, 26).map(p => flags[p.id]?.comNotMet),
      [true, true, false],
      '83 and 84 days away flagged, 85 not',
    )
  })
})
