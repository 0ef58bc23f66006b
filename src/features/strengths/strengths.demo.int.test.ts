import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { DatabaseHandle } from '../../platform/db/database.ts'
import { freshDatabase } from '../../../test/support/test-database.ts'
import { loadDemo } from '../../../test/support/demo.ts'

const TODAY = '2026-11-23'
let handle: DatabaseHandle
let drop: () => Promise<void>
before(async () => {
  ;({ handle, drop } = await freshDatabase())
  await loadDemo(handle.db, { today: TODAY, password: 'demo password for the test', people: 60 })
})
after(() => drop())

describe('the strengths and certificates demo data', () => {
  it('gives the demo person strengths, a confirmed achievement, one waiting and a role giving back', async () => {
    const db = handle.db
    const { person_id } = await db
      .selectFrom('app_user')
      .select('person_id')
      .where('username', '=', 'person')
      .executeTakeFirstOrThrow()
    const strengths = await db.selectFrom('strength').select('text').where('person_id', '=', person_id!).execute()
    assert.ok(strengths.length >= 2)
    const achievements = await db.selectFrom('achievement').selectAll().where('person_id', '=', person_id!).execute()
    assert.deepEqual(achievements.map(a => a.confirmed_by !== null).sort(), [false, true])
    const giving = await db.selectFrom('giving_back').select('hours').where('person_id', '=', person_id!).execute()
    assert.equal(giving.length, 1)
  })

  it('dates every achievement after the release it follows and no later than today, confirmed after it happened', async () => {
    const rows = await handle.db
      .selectFrom('achievement as a')
      .innerJoin('custody_episode as e', 'e.person_id', 'a.person_id')
      .select(['a.achieved_on', 'a.confirmed_on', 'e.release_date'])
      .execute()
    assert.ok(rows.length >= 4)
    for (const row of rows) {
      assert.ok(row.achieved_on <= TODAY)
      if (row.release_date) assert.ok(row.achieved_on >= row.release_date || row.achieved_on === '2026-11-22')
      if (row.confirmed_on) assert.ok(row.confirmed_on >= row.achieved_on && row.confirmed_on <= TODAY)
    }
  })

  it('leaves one certificate for the demo manager to countersign, signed by the COM, showing confirmed achievements', async () => {
    const db = handle.db
    const rows = await db
      .selectFrom('certificate as c')
      .innerJoin('app_user as signer', 'signer.id', 'c.signed_by')
      .select(['c.countersigned_by', 'c.achievement_ids', 'c.person_id', 'signer.username'])
      .execute()
    assert.equal(rows.length, 1)
    assert.equal(rows[0]!.countersigned_by, null)
    assert.equal(rows[0]!.username, 'com')
    const confirmed = await db
      .selectFrom('achievement')
      .select('id')
      .where('person_id', '=', rows[0]!.person_id)
      .where('confirmed_by', 'is not', null)
      .execute()
    assert.deepEqual([...rows[0]!.achievement_ids].sort(), confirmed.map(a => a.id).sort())
  })

  it('gives everyone with a demo plan a strength linked to a goal of it, and no plan strengths of its own', async () => {
    const plans = await handle.db.selectFrom('plan').select(['person_id', 'content']).execute()
    assert.ok(plans.length >= 5)
    const achieved = plans.flatMap(p => p.content.goals.filter(g => g.achievedOn))
    assert.ok(achieved.length >= 1, 'a goal achieved, for the strengths page to offer as an achievement')
    assert.ok(achieved.every(g => g.achievedOn! < TODAY && g.achievedBy?.role === 'practitioner'))
    for (const plan of plans) {
      assert.equal(plan.content.strengths, undefined, 'the plan holds no strengths')
      const goals = new Set(plan.content.goals.map(g => g.id))
      const linked = await handle.db
        .selectFrom('strength')
        .select('goal_ids')
        .where('person_id', '=', plan.person_id)
        .execute()
      assert.ok(
        linked.some(s => s.goal_ids.some(id => goals.has(id))),
        `a strength linked to the plan of ${plan.person_id}`,
      )
    }
  })
})
