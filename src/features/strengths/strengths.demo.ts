import { addDays, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import type { DemoContext } from '../../platform/sample-data/demo-seeder.ts'
import { demoLicenceCases } from '../people/index.ts'
import { createStrengthsRepository } from './strengths.repository.ts'

const STRENGTHS = [
  { category: 'skill', text: 'I am good at fixing bikes' },
  { category: 'relationship', text: 'My sister, who I talk to every week' },
  { category: 'hope', text: 'To work as a chef one day' },
] as const

/**
 * Strengths, achievements and giving back for the demo person (in custody: dated from their arrival) and the
 * demo's people on licence (dated from release). Each achievement comes before today; the older one is confirmed
 * by the COM a few days after it, the newer one (the person's own) waits for them.
 */
export async function seedStrengthsDemo({ tx, today }: DemoContext) {
  const own = await tx
    .selectFrom('app_user as u')
    .innerJoin('person as p', 'p.id', 'u.person_id')
    .innerJoin('custody_episode as e', 'e.person_id', 'p.id')
    .select(['p.id', 'p.com_id', 'e.arrival_date', 'e.release_date'])
    .where('u.username', '=', 'person')
    .orderBy('e.sentence_start_date', 'desc')
    .executeTakeFirst()
  const onLicence = (await demoLicenceCases(tx, 6)).filter(c => c.com_id && c.release_date && c.id !== own?.id)
  const cases = [
    ...(own?.com_id
      ? [{ id: own.id, comId: own.com_id, from: own.release_date ?? own.arrival_date, custody: !own.release_date }]
      : []),
    ...onLicence.map(c => ({ id: c.id, comId: c.com_id!, from: c.release_date!, custody: false })),
  ]
  for (const [n, c] of cases.entries()) await seedOne(tx, today, c, n)
  await linkToPlans(tx)
}

/**
 * The plans of the demo (seeded before this) hold no strengths: each person with one has a strength in their
 * profile linked to their own goal, the words the goal builds on when no strength was seeded for them above.
 */
async function linkToPlans(tx: Db) {
  const plans = await tx.selectFrom('plan').select(['person_id', 'content', 'updated_by', 'created_at']).execute()
  for (const plan of plans) {
    const goal = plan.content.goals.find(g => g.kind === 'own') ?? plan.content.goals[0]
    if (!goal) continue
    const goalIds = JSON.stringify([goal.id])
    const first = await tx
      .selectFrom('strength')
      .select('id')
      .where('person_id', '=', plan.person_id)
      .orderBy('created_at')
      .executeTakeFirst()
    if (first) {
      await tx.updateTable('strength').set({ goal_ids: goalIds }).where('id', '=', first.id).execute()
      continue
    }
    const strength = { category: 'skill' as const, text: goal.buildsOn ?? 'Good with my hands', goalIds: [goal.id] }
    await createStrengthsRepository(tx).addStrength(
      tx,
      plan.person_id,
      strength,
      plan.updated_by,
      'practitioner',
      plan.created_at,
    )
  }
}

async function seedOne(
  tx: Db,
  today: IsoDate,
  { id: personId, comId, from: released, custody }: { id: string; comId: string; from: IsoDate; custody: boolean },
  n: number,
) {
  const within = (days: number) => {
    const date = addDays(released, days)
    return date < today ? date : addDays(today, -1)
  }
  const first = within(21)
  const second = within(60)
  const strengths = STRENGTHS.slice(0, 2 + (n % 2)).map(s => ({
    person_id: personId,
    category: s.category,
    text: s.text,
    written_by_role: 'person' as const,
    created_by: comId,
    created_at: `${within(3)}T10:00:00Z`,
  }))
  const added = await tx.insertInto('strength').values(strengths).returning(['id', 'text', 'created_at']).execute()
  await tx
    .insertInto('strength_change')
    .values(
      added.map(s => ({
        strength_id: s.id,
        change: 'added' as const,
        text: s.text,
        changed_by: comId,
        changed_by_role: 'person' as const,
        created_at: s.created_at,
      })),
    )
    .execute()
  await tx
    .insertInto('achievement')
    .values([
      {
        person_id: personId,
        kind: 'qualification',
        title: 'Level 1 food hygiene certificate',
        achieved_on: first,
        details: 'A one-day course at the community kitchen.',
        recorded_by: comId,
        recorded_by_role: 'practitioner',
        confirmed_by: comId,
        confirmed_on: first < addDays(today, -3) ? addDays(first, 3) : first,
        confirmed_by_organisation: 'Northgate Community Kitchen',
      },
      {
        person_id: personId,
        kind: 'milestone',
        title: custody ? 'Kept to my goals for a month' : 'Came to every appointment for a month',
        achieved_on: second,
        details: null,
        recorded_by: comId,
        recorded_by_role: 'person',
      },
    ])
    .execute()
  await tx
    .insertInto('giving_back')
    .values({
      person_id: personId,
      kind: custody || n % 2 ? 'peer-mentoring' : 'volunteering',
      organisation: custody
        ? 'The prison education department'
        : n % 2
          ? 'Second Chance Mentors'
          : 'Northgate Food Bank',
      role: custody ? 'Reading mentor' : n % 2 ? 'Peer mentor' : 'Food bank volunteer',
      started_on: within(30),
      hours: 12 + n * 4,
      recorded_by: comId,
    })
    .execute()
}
