import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { DatabaseHandle } from '../../platform/db/database.ts'
import { loadDemo } from '../../../test/support/demo.ts'
import { freshDatabase } from '../../../test/support/test-database.ts'
import { appointmentProblem, summarise, type ItemKey, type ItemStatus } from './readiness.rules.ts'
import { itemSchemas } from './readiness.schemas.ts'

const TODAY = '2026-11-23'
let handle: DatabaseHandle
let drop: () => Promise<void>
before(async () => {
  ;({ handle, drop } = await freshDatabase())
  await loadDemo(handle.db, { today: TODAY, password: 'demo password for the test', people: 120 })
})
after(() => drop())

const items = () =>
  handle.db
    .selectFrom('readiness_item as r')
    .innerJoin('custody_episode as e', 'e.id', 'r.custody_episode_id')
    .select(['r.custody_episode_id', 'r.item', 'r.status', 'r.details', 'r.note', 'e.release_date'])
    .select(['e.conditional_release_date', 'e.parole_eligibility_date'])
    .execute()

describe('the readiness demo data', () => {
  it('records only items that the API would accept: nothing is met without its detail', async () => {
    const rows = await items()
    assert.ok(rows.length >= 200, `${rows.length} items`)
    for (const row of rows) {
      const input = { status: row.status, ...row.details, note: row.note ?? undefined, version: 0 }
      const parsed = itemSchemas(() => TODAY)[row.item].safeParse(input)
      assert.ok(parsed.success, `${row.item} ${JSON.stringify(input)}: ${parsed.error?.message}`)
      const release = row.release_date ?? row.parole_eligibility_date ?? row.conditional_release_date
      assert.equal(appointmentProblem(row.details.appointmentDate as string | undefined, release), null)
    }
  })

  it('shows people released mostly ready, people due out partly ready, and a few red', async () => {
    const rows = await items()
    const episodes = new Map<
      string,
      { release: string | null; released: boolean; statuses: Record<string, ItemStatus> }
    >()
    for (const row of rows) {
      const release = row.release_date ?? row.parole_eligibility_date ?? row.conditional_release_date
      const episode = episodes.get(row.custody_episode_id) ?? {
        release,
        released: row.release_date !== null,
        statuses: {},
      }
      episode.statuses[row.item] = row.status
      episodes.set(row.custody_episode_id, episode)
    }
    const rag = (released: boolean) =>
      [...episodes.values()]
        .filter(e => e.released === released && e.release)
        .map(e => summarise(e.statuses as Record<ItemKey, ItemStatus>, e.release, TODAY).rag)
    const released = rag(true)
    const inCustody = rag(false)
    const share = (list: string[], value: string) => list.filter(r => r === value).length / list.length
    assert.ok(share(released, 'green') >= 0.6, `released green ${share(released, 'green')}`)
    assert.ok(released.includes('red'), 'a few released people are still missing something')
    assert.ok(inCustody.includes('amber') && share(inCustody, 'red') < 0.5, `in custody ${inCustody}`)
    const referrals = await handle.db.selectFrom('housing_referral').selectAll().execute()
    assert.ok(referrals.length > 0)
    assert.ok(referrals.every(r => r.consent_given && r.sent_on <= TODAY))
  })

  it('reads true in time: changed between arrival and the earlier of today and release, referrals as sent', async () => {
    const day = (instant: Date) => instant.toISOString().slice(0, 10)
    const rows = await handle.db
      .selectFrom('readiness_item as r')
      .innerJoin('custody_episode as e', 'e.id', 'r.custody_episode_id')
      .select(['r.item', 'r.details', 'r.updated_at', 'e.arrival_date', 'e.release_date'])
      .execute()
    for (const row of rows) {
      const changed = day(row.updated_at)
      const last = row.release_date && row.release_date < TODAY ? row.release_date : TODAY
      assert.ok(changed >= row.arrival_date && changed <= last, `${row.item} changed ${changed}`)
      const explained = row.details.explainedOn as string | undefined
      if (explained) assert.ok(explained >= row.arrival_date && explained <= changed, `explained ${explained}`)
    }
    const referrals = await handle.db
      .selectFrom('housing_referral as h')
      .innerJoin('custody_episode as e', 'e.id', 'h.custody_episode_id')
      .select(['h.sent_on', 'h.created_at', 'e.arrival_date'])
      .execute()
    for (const r of referrals) {
      assert.ok(r.sent_on >= r.arrival_date, `sent ${r.sent_on}, arrived ${r.arrival_date}`)
      assert.equal(day(r.created_at), r.sent_on, 'recorded the day it was sent')
    }
  })
})
