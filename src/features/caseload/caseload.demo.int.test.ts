import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { freshDatabase } from '../../../test/support/test-database.ts'
import { loadConfig } from '../../platform/config/config.ts'
import type { DatabaseHandle } from '../../platform/db/database.ts'
import { buildServices } from '../../composition.ts'
import { loadDemo } from '../../../test/support/demo.ts'
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

describe('the caseload demo data', () => {
  it("gives every person a PDU, the COM's where there is one", async () => {
    const people = await handle.db
      .selectFrom('person as p')
      .leftJoin('app_user as com', 'com.id', 'p.com_id')
      .leftJoin('team', 'team.id', 'com.team_id')
      .select(['p.pdu_id', 'p.com_id', 'team.pdu_id as com_pdu_id'])
      .execute()
    assert.ok(people.every(p => p.pdu_id !== null))
    assert.ok(people.filter(p => p.com_id).every(p => p.pdu_id === p.com_pdu_id))
  })

  it('shows the demo manager people waiting for a COM, some of them overdue', async () => {
    const services = buildServices(handle, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), {
      today: () => TODAY,
    })
    const waiting = await services.caseload.awaitingCom(await contextFor(handle.db, 'manager'), { page: 1 })
    assert.ok(waiting.total >= 3, `${waiting.total} waiting`)
    assert.ok(waiting.people.some(p => p.overdue))
  })
})
