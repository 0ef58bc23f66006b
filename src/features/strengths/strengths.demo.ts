import { addDays, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import type { DemoContext } from '../../platform/sample-data/demo-seeder.ts'
import { demoLicenceCases } from '../people/index.ts'

const STRENGTHS = [
  { category: 'skill', text: 'I am good at fixing bikes' },
  { category: 'relationship', text: 'My sister, who I talk to every week' },
  { category: 'hope', text: 'To work as a chef one day' },
] as const

/**
 * Strengths, achievements and giving back for the demo's people on licence: the person's own account first. Each
 * achievement comes after release and before today; the older one is confirmed by the COM a few days after it.
 */
export async function seedStrengthsDemo({ tx, today }: DemoContext) {
  const cases = (await demoLicenceCases(tx, 6)).filter(c => c.com_id && c.release_date)
  for (const [n, c] of cases.entries()) await seedOne(tx, today, c.id, c.com_id!, c.release_date!, n)
}

async function seedOne(tx: Db, today: IsoDate, personId: string, comId: string, released: IsoDate, n: number) {
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
        title: 'Came to every appointment for a month',
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
      kind: n % 2 ? 'peer-mentoring' : 'volunteering',
      organisation: n % 2 ? 'Second Chance Mentors' : 'Northgate Food Bank',
      role: n % 2 ? 'Peer mentor' : 'Food bank volunteer',
      started_on: within(30),
      hours: 12 + n * 4,
      recorded_by: comId,
    })
    .execute()
}
