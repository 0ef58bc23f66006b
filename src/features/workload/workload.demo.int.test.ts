import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { buildServices } from '../../composition.ts'
import { loadConfig } from '../../platform/config/config.ts'
import type { DatabaseHandle } from '../../platform/db/database.ts'
import { loadDemo } from '../../../test/support/demo.ts'
import { freshDatabase } from '../../../test/support/test-database.ts'
import { contextFor } from '../needs/needs.test-support.ts'
import { TIERING_MODEL } from './tiering.rules.ts'

const TODAY = '2026-12-02'
let handle: DatabaseHandle
let drop: () => Promise<void>
before(async () => {
  ;({ handle, drop } = await freshDatabase())
  await loadDemo(handle.db, { today: TODAY, password: 'demo password for the test', people: 300 })
})
after(() => drop())

describe('the workload demo', () => {
  it('gives every COM a grade and hours, and every person a tier set by the model, in date order', async () => {
    const { rows } = await sql<{
      coms: number
      with_hours: number
      people: number
      tiered: number
      late: number
      models: string[]
    }>`
      select (select count(*) from app_user where role = 'com')::int as coms,
        (select count(*) from practitioner_hours)::int as with_hours,
        (select count(*) from person)::int as people,
        (select count(distinct person_id) from person_tier)::int as tiered,
        (select count(*) from person_tier where set_on > ${TODAY}::date)::int as late,
        (select array_agg(distinct model) from person_tier) as models`.execute(handle.db)
    const r = rows[0]!
    assert.equal(r.with_hours, r.coms)
    assert.equal(r.tiered, r.people)
    assert.equal(r.late, 0)
    assert.deepEqual(r.models, [TIERING_MODEL.id])
  })

  it('shows the demo manager a team with the heavily loaded COM flagged over 50 cases or over capacity', async () => {
    const services = buildServices(handle, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), {
      today: () => TODAY,
    })
    const team = await services.workload.team(await contextFor(handle.db, 'manager'))
    assert.ok(team.practitioners.length > 1)
    assert.ok(team.practitioners.every(p => p.hours !== null))
    const busiest = [...team.practitioners].sort((a, b) => b.cases - a.cases)[0]!
    assert.ok(busiest.capacityPercent !== null && busiest.capacityPercent > 100, JSON.stringify(busiest))
    assert.equal(team.weeks.length, 12)
    // Some COMs write court reports, and those that count now are in their points.
    const writing = team.practitioners.filter(p => p.courtReports.standard + p.courtReports.fast > 0)
    assert.ok(writing.length > 0 && writing.length < team.practitioners.length, JSON.stringify(writing.length))
    assert.match(team.chart, /^<svg role="img"/)
  })
})
