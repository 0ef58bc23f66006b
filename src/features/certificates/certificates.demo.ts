import { addDays } from '../../platform/dates/calendar-date.ts'
import type { DemoContext } from '../../platform/sample-data/demo-seeder.ts'
import { demoLicenceCases } from '../people/index.ts'

/**
 * A certificate signed by the demo COM and waiting for the demo manager to countersign, for the second of the
 * demo COM's people on licence. It shows the confirmed achievements and giving back the strengths demo gave them.
 */
export async function seedCertificatesDemo({ tx, today }: DemoContext) {
  const [, second] = (await demoLicenceCases(tx, 6)).filter(c => c.com_id && c.release_date)
  if (!second) return
  const achievements = await tx
    .selectFrom('achievement')
    .select('id')
    .where('person_id', '=', second.id)
    .where('confirmed_by', 'is not', null)
    .execute()
  const givingBack = await tx.selectFrom('giving_back').select('id').where('person_id', '=', second.id).execute()
  await tx
    .insertInto('certificate')
    .values({
      person_id: second.id,
      reason: 'milestone',
      milestone: 'Six months on licence without a missed appointment',
      person_words: 'I did not think I could do it. I have a routine now and people who count on me.',
      practitioner_words: 'Steady, honest and hard-working: a real example to the people they mentor.',
      achievement_ids: JSON.stringify(achievements.map(a => a.id)),
      giving_back_ids: JSON.stringify(givingBack.map(g => g.id)),
      signed_by: second.com_id!,
      signed_on: addDays(today, -1),
    })
    .execute()
}
