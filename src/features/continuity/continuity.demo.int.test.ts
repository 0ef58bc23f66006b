import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { loadDemo } from '../../../test/support/demo.ts'
import { freshDatabase } from '../../../test/support/test-database.ts'
import { buildServices } from '../../composition.ts'
import { comOn } from '../../platform/case/allocation-history.rules.ts'
import { loadConfig } from '../../platform/config/config.ts'
import type { DatabaseHandle } from '../../platform/db/database.ts'
import { contextFor } from '../needs/needs.test-support.ts'

const TODAY = '2026-11-23'
let handle: DatabaseHandle
let drop: () => Promise<void>
let services: ReturnType<typeof buildServices>
before(async () => {
  ;({ handle, drop } = await freshDatabase())
  await loadDemo(handle.db, { today: TODAY, password: 'demo password for the test', people: 300 })
  services = buildServices(handle, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), { today: () => TODAY })
})
after(() => drop())

/** The COM allocations of everyone whose COM changed, in the order they were made, with the custody episode. */
async function changedHistories() {
  const rows = await sql<{
    person_id: string
    staff_id: string | null
    on: string
    reason_code: string | null
    handover_note: string | null
    handover_meeting_date: string | null
    allocated_by: string | null
    arrival_date: string
  }>`select a.person_id, a.staff_id, to_char(a.allocated_at at time zone 'Europe/London', 'YYYY-MM-DD') as on,
      a.reason_code, a.handover_note, a.handover_meeting_date::text, a.allocated_by, e.arrival_date::text
    from allocation a
    join lateral (select arrival_date from custody_episode where person_id = a.person_id
      order by sentence_start_date desc limit 1) e on true
    where a.kind = 'com' and a.person_id in (select person_id from allocation where reason_code is not null)
    order by a.person_id, a.allocated_at, a.id`.execute(handle.db)
  const byPerson = new Map<string, typeof rows.rows>()
  for (const row of rows.rows) byPerson.set(row.person_id, [...(byPerson.get(row.person_id) ?? []), row])
  return byPerson
}

describe('the continuity demo data', () => {
  it('gives the demo manager measures that are not all zero: changes of COM, and a share kept neither 0 nor 100 %', async () => {
    const { measures, people } = await services.continuity.teamPage(await contextFor(handle.db, 'manager'))
    assert.ok(measures.comChanges >= 5, `${measures.comChanges} changes`)
    assert.ok(measures.measured >= 10, `${measures.measured} measured`)
    assert.ok(measures.kept > 0 && measures.kept < measures.measured, `${measures.kept} of ${measures.measured} kept`)
    assert.ok(measures.keptShare! > 0 && measures.keptShare! < 1)
    assert.ok(measures.peopleOverTwoChanges >= 1, 'someone past two changes, to show the warning')
    assert.ok(people.some(p => p.warning))
  })

  it('dates every change in order, after arrival and before today, with its reason, note and who made it', async () => {
    const histories = await changedHistories()
    assert.ok(histories.size >= 8, `${histories.size} people with a change`)
    for (const history of histories.values()) {
      const days = history.map(a => a.on)
      assert.deepEqual(days, [...days].sort(), 'in date order')
      assert.equal(new Set(days).size, days.length, 'one allocation a day')
      assert.ok(days[0]! >= history[0]!.arrival_date, `${days[0]} after arrival ${history[0]!.arrival_date}`)
      assert.ok(days.at(-1)! < TODAY, `${days.at(-1)} before today`)
      for (const [k, change] of history.entries()) {
        assert.ok(change.allocated_by, 'who allocated is recorded')
        if (k === 0) continue
        assert.ok(change.reason_code && change.handover_note, 'a change says why, and what the new COM must know')
        assert.notEqual(change.staff_id, history[k - 1]!.staff_id)
        const met = change.handover_meeting_date
        assert.ok(!met || (met > history[k - 1]!.on && met < change.on), `${met} between the two allocations`)
      }
    }
  })

  it('records each handover contact and meeting with the COM allocated that day', async () => {
    const histories = await changedHistories()
    const records = await sql<{ person_id: string; com_id: string; day: string }>`
      select person_id, com_id, contact_date::text as day from handover_contact
      union all select person_id, com_id, meeting_date::text from handover_meeting`.execute(handle.db)
    let checked = 0
    for (const record of records.rows) {
      const history = histories.get(record.person_id)
      if (!history) continue
      const events = history.map(a => ({ kind: 'com' as const, staffId: a.staff_id, on: a.on }))
      assert.equal(comOn(events, record.day), record.com_id, `${record.day} for ${record.person_id}`)
      checked += 1
    }
    assert.ok(checked >= 10, `${checked} records checked`)
  })

  it('shows the demo person a change of practitioner, why, and the letter they asked for', async () => {
    const own = await services.continuity.yourPractitioner(await contextFor(handle.db, 'person'))
    assert.ok(own.change?.previousName, 'a practitioner before')
    assert.equal(own.change?.why, 'you have moved to a new area')
    assert.equal(own.change?.letterWanted, true)
    assert.ok(own.change!.since! < TODAY)
  })
})
