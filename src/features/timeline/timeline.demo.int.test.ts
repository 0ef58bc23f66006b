import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { loadDemo } from '../../../test/support/demo.ts'
import { freshDatabase } from '../../../test/support/test-database.ts'
import { buildServices } from '../../composition.ts'
import type { TimelineEvent } from '../../platform/case/timeline-event.ts'
import { loadConfig } from '../../platform/config/config.ts'
import type { DatabaseHandle } from '../../platform/db/database.ts'
import { contextFor } from '../needs/needs.test-support.ts'

const TODAY = '2026-11-23'
let handle: DatabaseHandle
let drop: () => Promise<void>
let journeys: { arrival: string; release: string | null; events: TimelineEvent[] }[]
before(async () => {
  ;({ handle, drop } = await freshDatabase())
  await loadDemo(handle.db, { today: TODAY, password: 'demo password for the test', people: 300 })
  const services = buildServices(handle, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), {
    today: () => TODAY,
  })
  const ctx = await contextFor(handle.db, 'manager')
  const people = await handle.db
    .selectFrom('person as p')
    .innerJoin('app_user as com', 'com.id', 'p.com_id')
    .innerJoin('custody_episode as e', 'e.person_id', 'p.id')
    .select(['p.id', 'e.arrival_date', 'e.release_date'])
    .where('com.team_id', '=', ctx.user.teamId)
    .execute()
  journeys = []
  for (const person of people) {
    const events: TimelineEvent[] = []
    for (let page = 1, pages = 1; page <= pages; page++) {
      const shown = await services.timeline.forPerson(ctx, person.id, { page })
      events.push(...shown.events)
      pages = shown.pageCount
    }
    journeys.push({ arrival: person.arrival_date, release: person.release_date, events: events.reverse() })
  }
})
after(() => drop())

const day = (e: TimelineEvent) => e.at.slice(0, 10)

describe('the demo journeys, as the timeline tells them', () => {
  it('date every handover moment in custody, after arrival, before release and not after today', () => {
    let seen = 0
    for (const { arrival, release, events } of journeys) {
      for (const e of events.filter(x => x.kind === 'handover')) {
        assert.ok(day(e) >= arrival && day(e) <= TODAY, `${e.title} on ${e.at}, arrived ${arrival}`)
        if (release) assert.ok(day(e) <= release, `${e.title} on ${e.at}, released ${release}`)
        seen += 1
      }
    }
    assert.ok(seen >= 50, `${seen} handover moments`)
  })

  it('introduce the COM by letter before the handover meeting', () => {
    for (const { events } of journeys) {
      const letter = events.find(e => e.title === 'Contact with the community offender manager: letter')
      const meeting = events.find(e => e.title === 'Handover meeting')
      if (letter && meeting) assert.ok(day(letter) < day(meeting), `letter ${letter.at}, meeting ${meeting.at}`)
    }
  })

  it('date every change of practitioner after arrival and before today, each after the one it replaced', () => {
    let changes = 0
    for (const { arrival, events } of journeys) {
      const allocations = events.filter(e => e.kind === 'allocation' && e.title.startsWith('Community'))
      if (!allocations.some(e => e.description)) continue
      const days = allocations.map(day)
      assert.deepEqual(days, [...days].sort())
      assert.ok(days[0]! >= arrival && days.at(-1)! < TODAY, days.join())
      changes += allocations.filter(e => e.description).length
    }
    assert.ok(changes >= 5, `${changes} changes`)
  })
})
