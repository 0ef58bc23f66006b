import { addDays, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'

/**
 * Two breach reviews for the demo: one countersigned by the demo manager as no recall (so the letter can be
 * opened), one awaiting countersignature (so the manager has something to review). Needs the supervision
 * demo's people, so it runs after it.
 */
export async function seedRecallDemo(
  tx: Db,
  today: IsoDate,
  cases: { id: string; com_id: string | null; release_date: string | null }[],
) {
  const manager = await tx.selectFrom('app_user').select('id').where('username', '=', 'manager').executeTakeFirst()
  const [decided, awaiting] = cases.filter(c => c.com_id && c.release_date)
  if (!manager || !decided) return
  // Nothing before the release it follows, nothing after today: a breach soon after release is dated from it.
  const latest = (a: IsoDate, b: IsoDate) => (a > b ? a : b)
  const earliest = (a: IsoDate, b: IsoDate) => (a < b ? a : b)
  const breachAfter = (release: string, daysAgo: number) =>
    earliest(latest(addDays(release, 1), addDays(today, -daysAgo)), addDays(today, -2))
  const review = (personId: string, comId: string, breachDate: IsoDate) => ({
    person_id: personId,
    breach_date: breachDate,
    what_happened: 'Missed an appointment and did not answer the phone for a week.',
    person_account: 'My phone was cut off and I was looking after my mum in hospital.',
    account_not_taken_reason: null,
    alternatives: ['talk-it-through' as const, 'more-contact' as const],
    alternatives_notes: 'Weekly appointments for a month.',
    risk_now: 'medium' as const,
    risk_notes: 'No new offending; still at the approved address.',
    extended_sentence: false,
    recommendation: 'no-recall' as const,
    recommendation_reason: 'A real crisis, and they got back in touch themselves.',
    expected_now: 'Come to every appointment, and call if you cannot come.',
    contact_number: '0300 047 0000',
    recommended_by: comId,
    recommended_on: addDays(breachDate, 1),
  })
  const { id } = await tx
    .insertInto('recall_review')
    .values(review(decided.id, decided.com_id!, breachAfter(decided.release_date!, 20)))
    .returning('id')
    .executeTakeFirstOrThrow()
  await tx
    .updateTable('recall_review')
    .set({
      decision: 'no-recall',
      rationale: 'A family crisis, not a turning away from supervision. Weekly contact for a month.',
      countersigned_by: manager.id,
      countersigned_on: earliest(addDays(breachAfter(decided.release_date!, 20), 3), today),
    })
    .where('id', '=', id)
    .execute()
  if (awaiting?.com_id)
    await tx
      .insertInto('recall_review')
      .values(review(awaiting.id, awaiting.com_id, breachAfter(awaiting.release_date!, 3)))
      .execute()
}
