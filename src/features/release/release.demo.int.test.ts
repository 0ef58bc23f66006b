import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { DatabaseHandle } from '../../platform/db/database.ts'
import { loadConfig } from '../../platform/config/config.ts'
import { buildServices } from '../../composition.ts'
import { loadDemo } from '../../../test/support/demo.ts'
import { freshDatabase } from '../../../test/support/test-database.ts'
import {
  firstNightProblems,
  followUpOpensOn,
  releaseDateEpisodeProblems,
  treatmentAnswerProblems,
  treatmentStartProblems,
} from './release.rules.ts'

const TODAY = '2026-11-23'
const day = (at: Date) => at.toISOString().slice(0, 10)
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
      .select(['r.first_night', 'r.address', 'r.created_at', 'e.release_date', 'e.sentence_start_date'])
      .select('e.licence_expiry_date')
      .execute()
    assert.ok(releases.length >= 20, `${releases.length} releases`)
    for (const r of releases) {
      assert.ok(r.release_date && r.release_date <= TODAY)
      assert.deepEqual(
        releaseDateEpisodeProblems(r.release_date, {
          sentenceStartDate: r.sentence_start_date,
          licenceExpiryDate: r.licence_expiry_date,
        }),
        [],
      )
      assert.equal(day(r.created_at), r.release_date, 'recorded on the day of release')
      assert.deepEqual(firstNightProblems({ firstNight: r.first_night, address: r.address ?? undefined }), [])
    }
    const followUps = await db
      .selectFrom('release_follow_up as f')
      .innerJoin('custody_episode as e', 'e.id', 'f.custody_episode_id')
      .innerJoin('person_release as r', 'r.custody_episode_id', 'e.id')
      .selectAll('f')
      .select(['e.release_date', 'e.licence_expiry_date', 'r.treatment_need', 'r.created_at as release_recorded_at'])
      .execute()
    assert.ok(followUps.length >= 20, `${followUps.length} follow-ups`)
    for (const f of followUps) {
      assert.ok(f.recorded_on >= followUpOpensOn(f.kind, f.release_date!) && f.recorded_on <= TODAY)
      assert.ok(f.created_at > f.release_recorded_at && day(f.created_at) === f.recorded_on, 'after the release')
      assert.ok(!f.licence_expiry_date || f.recorded_on <= f.licence_expiry_date, 'while the licence lasts')
      if (f.kind === 'treatment-3-weeks') {
        assert.ok(f.treatment_need)
        const answer = {
          treatmentStarted: f.treatment_started!,
          treatmentStartDate: f.treatment_start_date ?? undefined,
        }
        assert.deepEqual(treatmentAnswerProblems(answer, f.recorded_on), [])
        assert.deepEqual(treatmentStartProblems(answer.treatmentStartDate, f.release_date!), [])
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
