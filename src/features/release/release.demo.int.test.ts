import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { DatabaseHandle } from '../../platform/db/database.ts'
import { loadConfig } from '../../platform/config/config.ts'
import { buildServices } from '../../composition.ts'
import { loadDemo } from '../../../test/support/demo.ts'
import { freshDatabase } from '../../../test/support/test-database.ts'
import { firstNightProblems, followUpOpensOn, treatmentProblems } from './release.rules.ts'

const TODAY = '2026-11-23'
let handle: DatabaseHandle
let drop: () => Promise<void>
before(async () => {
  ;({ handle, drop } = await freshDatabase())
  await loadDemo(handle.db, { today: TODAY, password: 'demo password for the test', people: 300 })
})
after(() => drop())

describe('the release demo data', () => {
  it('records releases and follow-ups that the rules would accept', async () => {
    const db = handle.db
    const releases = await db
      .selectFrom('person_release as r')
      .innerJoin('custody_episode as e', 'e.id', 'r.custody_episode_id')
      .select(['r.first_night', 'r.address', 'e.release_date'])
      .execute()
    assert.ok(releases.length >= 20, `${releases.length} releases`)
    for (const r of releases) {
      assert.ok(r.release_date && r.release_date <= TODAY)
      assert.deepEqual(firstNightProblems({ firstNight: r.first_night, address: r.address ?? undefined }), [])
    }
    const followUps = await db
      .selectFrom('release_follow_up as f')
      .innerJoin('custody_episode as e', 'e.id', 'f.custody_episode_id')
      .innerJoin('person_release as r', 'r.custody_episode_id', 'e.id')
      .selectAll('f')
      .select(['e.release_date', 'r.treatment_need'])
      .execute()
    assert.ok(followUps.length >= 20, `${followUps.length} follow-ups`)
    for (const f of followUps) {
      assert.ok(f.recorded_on >= followUpOpensOn(f.kind, f.release_date!) && f.recorded_on <= TODAY)
      if (f.kind === 'treatment-3-weeks') {
        assert.ok(f.treatment_need)
        const answer = {
          treatmentStarted: f.treatment_started!,
          treatmentStartDate: f.treatment_start_date ?? undefined,
        }
        assert.deepEqual(treatmentProblems(answer, f.release_date!, TODAY), [])
      }
    }
    assert.ok(new Set(followUps.map(f => f.kind)).size === 4, 'every kind of follow-up is answered somewhere')
  })

  it('leaves some follow-ups due or overdue, and some first nights to record, for the caseloads to show', async () => {
    const services = buildServices(handle, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), {
      today: () => TODAY,
    })
    const people = await handle.db.selectFrom('person').select('id').execute()
    const deadlines = await services.release.deadlines(people.map(p => p.id))
    const overdue = deadlines.filter(d => d.dueDate < TODAY)
    assert.ok(overdue.length >= 5, `${overdue.length} overdue`)
    assert.ok(deadlines.some(d => d.dueDate >= TODAY))
    assert.ok(deadlines.some(d => d.label === 'Record the first night after release'))
  })
})
