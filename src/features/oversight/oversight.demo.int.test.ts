import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { freshDatabase } from '../../../test/support/test-database.ts'
import { loadDemo } from '../../../test/support/demo.ts'
import { buildServices } from '../../composition.ts'
import { loadConfig } from '../../platform/config/config.ts'
import type { DatabaseHandle } from '../../platform/db/database.ts'
import { createKeyDatesRepository, refreshStoredKeyDates } from '../key-dates/index.ts'
import { contextFor } from '../needs/needs.test-support.ts'

const TODAY = '2026-11-23'
let handle: DatabaseHandle
let drop: () => Promise<void>
before(async () => {
  ;({ handle, drop } = await freshDatabase())
  await loadDemo(handle.db, { today: TODAY, password: 'demo password for the test', people: 300 })
  await refreshStoredKeyDates(handle.db, createKeyDatesRepository(handle.db))
})
after(() => drop())

describe("the demo manager's queue", () => {
  it('holds an item of every kind, a recall decision to countersign among them, and a share of recorded oversight', async () => {
    const services = buildServices(handle, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), {
      today: () => TODAY,
    })
    const ctx = await contextFor(handle.db, 'manager')
    const queue = await services.oversight.queue(ctx, { page: 1 })
    for (const kind of queue.kinds) assert.ok(kind.count > 0, `${kind.name}: none`)
    assert.ok(queue.items.some(item => item.kind === 'recall-countersignature'))
    assert.ok(queue.share.percent !== null && queue.share.percent > 0 && queue.share.percent < 100)

    // Each past sign-off came before the release it was about, and that release is on or before today.
    const history = await services.oversight.history(ctx, { page: 1 })
    assert.ok(history.total >= 3, `${history.total} signed off`)
    const releases = await handle.db
      .selectFrom('custody_episode')
      .select(['id', 'release_date'])
      .where(
        'id',
        'in',
        history.signOffs.map(s => s.subjectId),
      )
      .execute()
    for (const signOff of history.signOffs) {
      const release = releases.find(r => r.id === signOff.subjectId)!.release_date!
      assert.ok(signOff.signedOffOn < release && release <= TODAY, `${signOff.signedOffOn} before ${release}`)
      assert.equal(signOff.signedOffBy.name !== '', true)
    }
  })
})
