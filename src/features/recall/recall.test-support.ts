/** Arranging breach records for the integration tests. */
import type { TestApp } from '../../../test/support/test-app.ts'

export const TODAY = '2026-11-23'

/** A complete breach record that the rules accept, recommending no recall. */
export const breach = (extra: object = {}) => ({
  breachDate: '2026-11-20',
  whatHappened: 'Missed two appointments and was out after the curfew once.',
  personAccount: 'My mum was in hospital and my phone was cut off.',
  alternatives: ['talk-it-through', 'more-contact'],
  riskNow: 'medium',
  riskNotes: 'No new offending; stable address; back in touch.',
  recommendation: 'no-recall',
  recommendationReason: 'The reasons are real and the person has re-engaged.',
  expectedNow: 'Come to every appointment, and call if you cannot.',
  contactNumber: '0300 123 4567',
  ...extra,
})

export async function reviewCount(app: TestApp) {
  const row = await app.services.handle.db
    .selectFrom('recall_review')
    .select(eb => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
