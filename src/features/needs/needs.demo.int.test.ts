import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { loadConfig } from '../../platform/config/config.ts'
import type { DatabaseHandle } from '../../platform/db/database.ts'
import { buildServices } from '../../composition.ts'
import { loadDemo } from '../../../test/support/demo.ts'
import { freshDatabase } from '../../../test/support/test-database.ts'
import { PATHWAY_KEYS } from './needs.catalogue.ts'
import { contextFor } from './needs.test-support.ts'

const TODAY = '2026-11-23'
let handle: DatabaseHandle
const db = () => handle.db
let drop: () => Promise<void>
before(async () => {
  ;({ handle, drop } = await freshDatabase())
  await loadDemo(handle.db, { today: TODAY, password: 'demo password for the test', people: 300 })
})
after(() => drop())

/** What the demo POM sees on the needs page of everyone in their prison. */
async function demoPomSummaries() {
  const services = buildServices(handle, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), { today: () => TODAY })
  const ctx = await contextFor(handle.db, 'pom')
  const summaries = []
  for (let page = 1; ; page++) {
    const { people, pageCount } = await services.people.search(ctx, { page })
    for (const person of people) summaries.push(await services.needs.summary(ctx, person.id))
    if (page >= pageCount) return summaries
  }
}

describe('the needs demo data', () => {
  it('shows people at every stage with believable deadlines: mostly met, some late, some overdue', async () => {
    const summaries = await demoPomSummaries()
    assert.ok(summaries.length >= 50, `${summaries.length} people in the demo POM's prison`)
    const count = (states: (string | undefined)[]) =>
      states.reduce<Record<string, number>>((n, s) => ({ ...n, [s ?? 'none']: (n[s ?? 'none'] ?? 0) + 1 }), {})
    const arrival = count(summaries.map(s => s.deadlines?.arrival.state))
    const review = count(summaries.map(s => s.deadlines?.preRelease.state))
    for (const state of ['done', 'done-late', 'overdue'])
      assert.ok(arrival[state], `arrival ${state}: ${JSON.stringify(arrival)}`)
    for (const state of ['done', 'overdue', 'due'])
      assert.ok(review[state], `review ${state}: ${JSON.stringify(review)}`)
    assert.ok(arrival.done! > arrival.overdue!, 'most screenings are on time')

    const actions = summaries.flatMap(s => s.actions ?? [])
    assert.ok(actions.some(a => a.overdue) && actions.some(a => a.progress === 'done'))
    assert.ok(actions.some(a => a.progress === 'in-progress'))
    assert.ok(
      summaries.some(s => s.pathways?.some(p => p.womensNeeds.length)),
      'some women’s needs are raised',
    )
    assert.ok(summaries.some(s => s.pathways?.some(p => p.change === 'need-met')))
  })

  it('records only screenings and actions that the rules would accept', async () => {
    const screenings = await db()
      .selectFrom('needs_screening as s')
      .innerJoin('custody_episode as e', 'e.id', 's.custody_episode_id')
      .select(['s.id', 's.kind', 's.screened_on', 'e.arrival_date', 'e.release_date'])
      .select(eb =>
        eb
          .selectFrom('needs_screening_pathway as p')
          .whereRef('p.screening_id', '=', 's.id')
          .select(eb.fn.countAll<number>().as('n'))
          .as('answers'),
      )
      .execute()
    assert.ok(screenings.length >= 250, `${screenings.length} screenings`)
    for (const s of screenings) {
      assert.equal(Number(s.answers), PATHWAY_KEYS.length, 'every pathway is answered')
      assert.ok(s.screened_on >= s.arrival_date && s.screened_on <= TODAY, JSON.stringify(s))
      if (s.release_date) assert.ok(s.screened_on <= s.release_date, JSON.stringify(s))
    }
    const actions = await db().selectFrom('need_action').select(['completed_on', 'due_date']).execute()
    assert.ok(actions.length >= 300, `${actions.length} actions`)
    for (const a of actions) assert.ok(!a.completed_on || a.completed_on <= TODAY)
  })

  it('reads true in time: nothing planned before a screening found the need, or done before it was planned', async () => {
    const day = (instant: Date) => instant.toISOString().slice(0, 10)
    const screenings = await db()
      .selectFrom('needs_screening')
      .select(['custody_episode_id', 'kind', 'screened_on', 'created_at', 'updated_at'])
      .execute()
    for (const s of screenings) assert.equal(day(s.created_at), s.screened_on, 'written the day it was screened')
    const foundOn = await db()
      .selectFrom('needs_screening as s')
      .innerJoin('needs_screening_pathway as p', 'p.screening_id', 's.id')
      .where('p.status', '<>', 'no-need')
      .select(['s.custody_episode_id', 'p.pathway'])
      .select(eb => eb.fn.min('s.screened_on').as('first'))
      .groupBy(['s.custody_episode_id', 'p.pathway'])
      .execute()
    const first = new Map(foundOn.map(f => [`${f.custody_episode_id} ${f.pathway}`, f.first]))
    const actions = await db()
      .selectFrom('need_action')
      .select(['custody_episode_id', 'pathway', 'created_at', 'updated_at', 'completed_on'])
      .execute()
    for (const a of actions) {
      const planned = day(a.created_at)
      const found = first.get(`${a.custody_episode_id} ${a.pathway}`)
      assert.ok(found && planned >= found, `planned ${planned}, need found ${found}`)
      assert.ok(planned <= TODAY && day(a.updated_at) >= planned)
      if (a.completed_on) assert.ok(a.completed_on >= planned, `done ${a.completed_on}, planned ${planned}`)
    }
  })
})
