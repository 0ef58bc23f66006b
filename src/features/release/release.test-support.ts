/** Arranging released cases for the release tests, through the API as practitioners would. */
import type { Client, TestApp } from '../../../test/support/test-app.ts'
import { screening } from '../needs/needs.test-support.ts'

export { auditedActions, contextOf, newCase } from '../handover/handover.test-support.ts'
export { mainText } from '../needs/needs.test-support.ts'
export { bannerAfter, submitForm } from '../plans/plans.test-support.ts'

/** Tests run on 23 November 2026. */
export const TODAY = '2026-11-23'

/** A release the rules accept for a case whose sentence started on 10 January 2025. */
export const release = (releaseDate: string, extra: object = {}) => ({
  releaseDate,
  firstNight: 'settled',
  address: '4 Mill Lane, Leeds LS1 4AB',
  ...extra,
})

/** Screens the person on arrival with a drugs and alcohol need, so that the treatment follow-up applies. */
export async function screenWithDrugsNeed(client: Client, personId: string) {
  const saved = await client.json(
    'PUT',
    `/api/v1/people/${personId}/needs/screenings/arrival`,
    screening({ 'drugs-alcohol': { status: 'need-identified', urgency: 'high' } }),
  )
  if (saved.status !== 201) throw new Error(`screening failed: ${JSON.stringify(saved.body)}`)
}

/** How many releases (and their versions) and follow-ups are recorded, to show that a refusal wrote nothing. */
export async function releaseCounts(app: TestApp) {
  const db = app.services.handle.db
  const releases = await db
    .selectFrom('person_release')
    .select(eb => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('version').as('versions')])
    .executeTakeFirstOrThrow()
  const followUps = await db
    .selectFrom('release_follow_up')
    .select(eb => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return { releases: Number(releases.n), versions: Number(releases.versions ?? 0), followUps: Number(followUps.n) }
}
