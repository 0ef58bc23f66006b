import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import { loadConfig } from '../../platform/config/config.ts'
import type { DatabaseHandle } from '../../platform/db/database.ts'
import { buildServices, type Services } from '../../composition.ts'
import { loadDemo } from '../../../test/support/demo.ts'
import { demoLicenceCases } from '../people/index.ts'
import { freshDatabase } from '../../../test/support/test-database.ts'

const TODAY = '2026-11-23'
let handle: DatabaseHandle
let drop: () => Promise<void>
let services: Services
before(async () => {
  ;({ handle, drop } = await freshDatabase())
  await loadDemo(handle.db, { today: TODAY, password: 'demo password for the test', people: 300 })
  services = buildServices(handle, loadConfig({}), { today: () => TODAY })
})
after(() => drop())

async function contextOf(username: string): Promise<RequestContext> {
  const user = await handle.db
    .selectFrom('app_user')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirstOrThrow()
  return {
    user: {
      id: user.id,
      username,
      displayName: user.display_name,
      role: user.role,
      teamId: user.team_id,
      prisonId: user.prison_id,
      partnerOrganisationId: user.partner_organisation_id,
      personId: user.person_id,
    },
    correlationId: 'demo-test',
  }
}

describe('the supervision, recall and continuity demo data', () => {
  it('gives the demo person a change of practitioner, and the manager a warning and measures', async () => {
    const own = await services.continuity.yourPractitioner(await contextOf('person'))
    assert.ok(own.change?.previousName, 'the demo person has had a change of practitioner')
    const team = await services.continuity.teamPage(await contextOf('manager'))
    assert.ok(
      team.people.some(p => p.warning),
      'someone is past two changes',
    )
  })

  it('gives the demo COM’s people appointments, setbacks and recall reviews the rules accept', async () => {
    const [first] = await demoLicenceCases(handle.db, 1)
    const supervision = await services.supervision.overview(await contextOf('com'), first!.id)
    assert.ok(supervision.journey.summary.progress >= 1)
    const setbacks = await handle.db.selectFrom('setback').select('id').execute()
    assert.ok(setbacks.length >= 3, `${setbacks.length} setbacks`)
    assert.equal(supervision.upcoming.length, 1)
    const recall = await services.recall.overview(await contextOf('manager'), first!.id)
    assert.equal(recall.reviews[0]?.decision, 'no-recall')
    const reviews = await handle.db
      .withTables<{ recall_review: { decision: string | null } }>()
      .selectFrom('recall_review')
      .select('decision')
      .execute()
    assert.deepEqual(reviews.map(r => r.decision).sort(), ['no-recall', null])
  })

  it('reads true: what was recorded happened after release and by today, each lapse talked about after it', async () => {
    for (const c of await demoLicenceCases(handle.db, 12)) {
      const { appointments, setbacks, upcoming } = await services.supervision.overview(await contextOf('com'), c.id)
      const recorded = appointments.filter(a => a.outcome)
      for (const { date } of [...recorded, ...setbacks]) {
        assert.ok(date > c.release_date! && date <= TODAY, `${date} is after release on ${c.release_date}`)
      }
      assert.ok(upcoming.every(a => a.date > TODAY))
      for (const setback of setbacks) {
        assert.ok(
          recorded.some(a => a.outcome === 'attended' && a.date > setback.date),
          'the lapse was talked about at an appointment after it',
        )
      }
      const absences = recorded.filter(a => a.outcome !== 'attended')
      assert.ok(
        absences.every(a => a.nextTime === null),
        'nobody says what they want next time when absent',
      )
    }
  })
})
