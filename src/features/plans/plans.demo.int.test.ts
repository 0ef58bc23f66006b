import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { DatabaseHandle } from '../../platform/db/database.ts'
import { freshDatabase } from '../../../test/support/test-database.ts'
import { loadDemo } from '../../../test/support/demo.ts'
import { SECTIONS } from './plan-content.ts'
import { planWarnings } from './plans.rules.ts'
import { ITEM_SCHEMAS } from './plans.schemas.ts'
import { formValuesOf } from './plan-edits.ts'

const TODAY = '2026-11-23'
let handle: DatabaseHandle
let drop: () => Promise<void>
before(async () => {
  ;({ handle, drop } = await freshDatabase())
  await loadDemo(handle.db, { today: TODAY, password: 'demo password for the test', people: 120 })
})
after(() => drop())

describe('the plans demo data', () => {
  it('gives the demo person a plan they did not agree with, changed and waiting for their answer', async () => {
    const db = handle.db
    const account = await handle.db
      .selectFrom('app_user')
      .select('person_id')
      .where('username', '=', 'person')
      .executeTakeFirstOrThrow()
    const plan = await db.selectFrom('plan').selectAll().where('person_id', '=', account.person_id!).executeTakeFirst()
    assert.ok(plan, 'the demo person has a plan')
    assert.equal(plan.version_number, 2)
    const answers = await db.selectFrom('plan_agreement').selectAll().where('plan_id', '=', plan.id).execute()
    assert.deepEqual(
      answers.map(a => [a.version_number, a.agreed, a.recorded_by_role]),
      [[1, false, 'person']],
    )
  })

  it('holds only what the forms would accept, and shows the balance warning on a few plans', async () => {
    const plans = await handle.db.selectFrom('plan').select(['content', 'revision']).execute()
    assert.ok(plans.length >= 10, `${plans.length} plans`)
    for (const { content, revision } of plans) {
      for (const section of SECTIONS) {
        for (const item of content[section]) {
          const parsed = ITEM_SCHEMAS[section].safeParse({ ...formValuesOf(item), revision })
          assert.ok(parsed.success, `${section} ${JSON.stringify(item)}: ${parsed.error?.message}`)
        }
      }
    }
    const warned = plans.filter(p => planWarnings(p.content, null).balance).length
    assert.ok(warned >= 1 && warned < plans.length / 2, `${warned} plans warned`)
  })

  it('tells each history in order: after the person arrived, answers after their version, done after planned', async () => {
    const db = handle.db
    const day = (at: Date) => at.toISOString().slice(0, 10)
    const plans = await db
      .selectFrom('plan as p')
      .innerJoinLateral(
        eb =>
          eb
            .selectFrom('custody_episode as e')
            .select('e.sentence_start_date')
            .whereRef('e.person_id', '=', 'p.person_id')
            .orderBy('e.sentence_start_date', 'desc')
            .limit(1)
            .as('e'),
        join => join.onTrue(),
      )
      .select(['p.id', 'e.sentence_start_date as arrival'])
      .execute()
    for (const plan of plans) {
      const versions = await db
        .selectFrom('plan_version')
        .selectAll()
        .where('plan_id', '=', plan.id)
        .orderBy('number')
        .execute()
      const revisions = await db
        .selectFrom('plan_revision')
        .selectAll()
        .where('plan_id', '=', plan.id)
        .orderBy('revision')
        .execute()
      const answers = await db.selectFrom('plan_agreement').selectAll().where('plan_id', '=', plan.id).execute()
      const moments = [...revisions.map(r => r.created_at), ...answers.map(a => a.created_at)]
      for (const at of moments)
        assert.ok(day(at) >= plan.arrival && day(at) <= TODAY, `${day(at)} after ${plan.arrival}`)
      for (const [i, r] of revisions.entries()) {
        if (i) assert.ok(r.created_at > revisions[i - 1]!.created_at, 'revisions in order')
      }
      for (const v of versions) {
        assert.equal(v.created_at.getTime(), revisions.find(r => r.version_number === v.number)!.created_at.getTime())
      }
      for (const a of answers) {
        assert.equal(a.recorded_on, day(a.created_at))
        const answered = versions.find(v => v.number === a.version_number)!
        const next = versions.find(v => v.number === a.version_number + 1)
        assert.ok(a.created_at > answered.created_at && (!next || a.created_at < next.created_at), 'answered in turn')
      }
      const firstSeen = (stepId: string, done: boolean) =>
        revisions.find(r => r.content.steps.some(s => s.id === stepId && (!done || s.status === 'done')))!
      for (const step of revisions.at(-1)!.content.steps) {
        const planned = firstSeen(step.id, false)
        assert.ok(step.dueDate >= day(planned.created_at), 'not planned for a day already past')
        if (step.status === 'done')
          assert.ok(firstSeen(step.id, true).created_at > planned.created_at, 'done after planned')
      }
    }
    const progress = await db.selectFrom('plan_revision').select('plan_id').where('material', '=', false).execute()
    assert.ok(progress.length >= 3, `${progress.length} steps marked done`)
  })
})
