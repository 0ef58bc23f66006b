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
})
