import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { DatabaseHandle } from '../../platform/db/database.ts'
import { loadConfig } from '../../platform/config/config.ts'
import { buildServices } from '../../composition.ts'
import { loadDemo } from '../../../test/support/demo.ts'
import { freshDatabase } from '../../../test/support/test-database.ts'
import {
  attendeeProblems,
  contactProblems,
  custodyDateProblems,
  futureDateProblem,
  type Attendee,
} from './handover.rules.ts'

const TODAY = '2026-11-23'
let handle: DatabaseHandle
let drop: () => Promise<void>
before(async () => {
  ;({ handle, drop } = await freshDatabase())
  await loadDemo(handle.db, { today: TODAY, password: 'demo password for the test', people: 300 })
})
after(() => drop())

describe('the handover demo data', () => {
  it('records only meetings and contacts that the rules would accept', async () => {
    const db = handle.db
    const meetings = await db
      .selectFrom('handover_meeting as m')
      .innerJoin('custody_episode as e', 'e.id', 'm.custody_episode_id')
      .select(['m.meeting_date', 'm.pom_id', 'm.person_attended', 'm.supporter_name', 'm.supporter_relationship'])
      .select(['e.arrival_date', 'e.release_date'])
      .execute()
    const contacts = await db
      .selectFrom('handover_contact as c')
      .innerJoin('custody_episode as e', 'e.id', 'c.custody_episode_id')
      .select(['c.contact_date', 'c.contact_type', 'c.met', 'e.arrival_date', 'e.release_date'])
      .execute()
    assert.ok(meetings.length >= 30, `${meetings.length} meetings`)
    assert.ok(contacts.length >= 100, `${contacts.length} contacts`)
    for (const m of meetings) {
      const episode = { arrivalDate: m.arrival_date, releaseDate: m.release_date }
      const attendees: Attendee[] = ['com']
      if (m.pom_id) attendees.push('pom')
      if (m.person_attended) attendees.push('person')
      if (m.supporter_name) attendees.push('supporter')
      const problems = [
        ...custodyDateProblems('meetingDate', 'the meeting', m.meeting_date, episode),
        ...[futureDateProblem('the meeting', m.meeting_date, TODAY)].filter(Boolean),
        ...attendeeProblems({
          attendees,
          supporterName: m.supporter_name ?? undefined,
          supporterRelationship: m.supporter_relationship ?? undefined,
        }),
      ]
      assert.deepEqual(problems, [], JSON.stringify(m))
    }
    for (const c of contacts) {
      const episode = { arrivalDate: c.arrival_date, releaseDate: c.release_date }
      const problems = [
        ...custodyDateProblems('contactDate', 'the contact', c.contact_date, episode),
        ...[futureDateProblem('the contact', c.contact_date, TODAY)].filter(Boolean),
        ...contactProblems({ contactType: c.contact_type, met: c.met }),
      ]
      assert.deepEqual(problems, [], JSON.stringify(c))
    }
  })

  it('shows every flag: meetings held and overdue, people due out met by their COM and not', async () => {
    const services = buildServices(handle, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), {
      today: () => TODAY,
    })
    const people = await handle.db.selectFrom('person').select('id').execute()
    const flags = Object.values(await services.handover.handoverFlagsFor(people.map(p => p.id)))
    const count = (test: (f: (typeof flags)[number]) => boolean) => flags.filter(test).length
    const dueOut = (f: (typeof flags)[number]) => f.daysToRelease !== null && f.daysToRelease <= 84
    assert.ok(count(f => f.meetingStatus === 'held') >= 20, 'meetings held')
    assert.ok(count(f => f.meetingOverdue) >= 5, 'meetings overdue')
    assert.ok(count(f => dueOut(f) && f.comNotMet) >= 5, 'people due out not met by their COM')
    assert.ok(count(f => dueOut(f) && !f.comNotMet) >= 10, 'people due out met by their COM')
  })
})
