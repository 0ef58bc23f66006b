import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { loadDemo } from '../../../test/support/demo.ts'
import { freshDatabase } from '../../../test/support/test-database.ts'
import type { DatabaseHandle } from '../../platform/db/database.ts'
import { ethnicGroupOf, NOT_SAID } from './diversity.catalogue.ts'

const TODAY = '2026-11-23'
let handle: DatabaseHandle
let drop: () => Promise<void>
before(async () => {
  ;({ handle, drop } = await freshDatabase())
  await loadDemo(handle.db, { today: TODAY, password: 'demo password for the test', people: 300 })
})
after(() => drop())

describe('the demo diversity records', () => {
  it('records about 9 in 10 people with a plausible mix and some "prefer not to say"', async () => {
    const people = Number(
      (await sql<{ n: number }>`select count(*)::int as n from person`.execute(handle.db)).rows[0]!.n,
    )
    const rows = await handle.db.selectFrom('person_diversity').selectAll().execute()
    assert.ok(rows.length > people * 0.75 && rows.length < people, `${rows.length} of ${people}`)
    const groups = new Set(rows.map(r => ethnicGroupOf(r.ethnicity)))
    for (const g of ['white', 'black', 'asian', 'mixed']) assert.ok(groups.has(g as never), g)
    assert.ok(
      rows.some(r => r.sex === 'female'),
      'some women',
    )
    assert.ok(rows.filter(r => r.sex === 'male').length > rows.length / 2, 'mostly men')
    const notSaid = rows.filter(r => Object.values(r).includes(NOT_SAID))
    assert.ok(notSaid.length > 0 && notSaid.length < rows.length / 2)
    assert.ok(rows.every(r => (r.first_language === 'other') === (r.first_language_other !== null)))
    assert.ok(rows.every(r => r.recorded_on <= TODAY))
  })

  it("records women as the people whose screening asked the women's questions", async () => {
    const screenedWomen = await sql<{ person_id: string }>`select distinct person_id from needs_screening
      where womens_needs_apply`.execute(handle.db)
    const recorded = await handle.db.selectFrom('person_diversity').select(['person_id', 'sex']).execute()
    const sexOf = new Map(recorded.map(r => [r.person_id, r.sex]))
    for (const { person_id } of screenedWomen.rows)
      if (sexOf.has(person_id)) assert.equal(sexOf.get(person_id), 'female')
  })
})
