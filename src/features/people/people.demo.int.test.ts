import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { freshDatabase } from '../../../test/support/test-database.ts'
import { addDays } from '../../platform/dates/calendar-date.ts'
import type { DatabaseHandle } from '../../platform/db/database.ts'
import { seedDemo } from '../../platform/sample-data/demo.ts'
import { organisation } from '../organisation/index.ts'
import { people } from './index.ts'

const TODAY = '2026-11-23'
let handle: DatabaseHandle
let drop: () => Promise<void>

// Only the organisation and the people, so that what is checked is this feature's own demo data.
before(async () => {
  ;({ handle, drop } = await freshDatabase())
  await seedDemo(handle.db, [organisation.demo!, people.demo!], {
    today: TODAY,
    password: 'demo password',
    people: 300,
  })
})
after(() => drop())

async function allocations() {
  const { rows } = await sql<{
    kind: 'pom' | 'com'
    on: string
    by_role: string | null
    by_team: string | null
    by_prison: string | null
    staff_team: string | null
    arrival_date: string
    sentence_start_date: string
    release_date: string | null
    prison_id: string | null
  }>`select a.kind, to_char(a.allocated_at at time zone 'Europe/London', 'YYYY-MM-DD') as on,
        by.role as by_role, by.team_id as by_team, by.prison_id as by_prison, staff.team_id as staff_team,
        e.arrival_date, e.sentence_start_date, e.release_date, e.prison_id
      from allocation a
      join app_user staff on staff.id = a.staff_id
      left join app_user by on by.id = a.allocated_by
      join custody_episode e on e.person_id = a.person_id`.execute(handle.db)
  return rows
}

describe('the people demo data', () => {
  it('keeps about three hundred people, and a caseload for the demo COM', async () => {
    const counts = await handle.db
      .selectFrom('person as p')
      .leftJoin('app_user as com', 'com.id', 'p.com_id')
      .select(eb => [
        eb.fn.countAll<number>().as('people'),
        eb.fn.count<number>('com.id').filterWhere('com.username', '=', 'com').as('demoCom'),
      ])
      .executeTakeFirstOrThrow()
    assert.equal(Number(counts.people), 300)
    assert.ok(Number(counts.demoCom) >= 30, `${counts.demoCom} people with the demo COM`)
  })

  it("says who allocated each practitioner: the team's manager a COM, a POM of the prison a POM", async () => {
    const rows = await allocations()
    assert.ok(rows.length > 300)
    for (const row of rows) {
      if (row.kind === 'com') {
        assert.equal(row.by_role, 'manager')
        assert.equal(row.by_team, row.staff_team, 'the manager of the COM’s team')
      } else {
        assert.equal(row.by_role, 'pom')
        assert.equal(row.by_prison, row.prison_id, 'a POM of the prison')
      }
    }
  })

  it('records every custody episode as begun by today, and released (if at all) after it began', async () => {
    const episodes = await handle.db
      .selectFrom('custody_episode')
      .select(['arrival_date', 'sentence_start_date', 'release_date'])
      .execute()
    for (const e of episodes) {
      assert.ok(e.arrival_date <= TODAY && e.sentence_start_date <= TODAY, `began ${e.sentence_start_date}`)
      if (e.release_date) assert.ok(e.release_date > e.sentence_start_date && e.release_date <= TODAY)
    }
  })

  it('allocates a POM a few days after arrival and a COM within the sentence, before release and never after today', async () => {
    for (const row of await allocations()) {
      assert.ok(row.on <= TODAY, `allocated on ${row.on}, after today`)
      if (row.kind === 'pom') {
        assert.ok(row.on >= row.arrival_date && row.on <= addDays(row.arrival_date, 4), `POM on ${row.on}`)
      } else {
        assert.ok(row.on >= row.sentence_start_date, `COM on ${row.on}, before the sentence began`)
        if (row.release_date) assert.ok(row.on < row.release_date, `COM on ${row.on}, after release`)
      }
    }
  })
})
