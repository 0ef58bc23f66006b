import { addDays } from '../../platform/dates/calendar-date.ts'
import type { DemoSeeder } from '../../platform/sample-data/demo-seeder.ts'

const EXCLUDED =
  'You are excluded from this case. Contact the head of the probation delivery unit if you need to know more.'
const RESTRICTED = 'This case is restricted to named staff. Contact the team manager for access.'

/** Two limited-access cases in the demo COM's team, to show what a barred practitioner sees. */
export const seedLimitedAccessDemo: DemoSeeder = async ({ tx, today }) => {
  const named = await tx
    .selectFrom('app_user')
    .select(['id', 'username', 'team_id'])
    .where('username', 'in', ['com', 'manager', 'person'])
    .execute()
  const demoCom = named.find(u => u.username === 'com')!
  const manager = named.find(u => u.username === 'manager')!
  const personAccount = await tx
    .selectFrom('app_user')
    .select('person_id')
    .where('username', '=', 'person')
    .executeTakeFirst()
  const teamPeople = await tx
    .selectFrom('person')
    .innerJoin('app_user as com', 'com.id', 'person.com_id')
    .select(['person.id', 'person.com_id'])
    .where('com.team_id', '=', demoCom.team_id)
    .where('person.com_id', '!=', demoCom.id)
    .where('person.id', '!=', personAccount?.person_id ?? demoCom.id)
    .orderBy('person.crn')
    .limit(2)
    .execute()
  const [excluded, restricted] = teamPeople
  if (!excluded || !restricted) return
  const since = addDays(today, -30)
  const entry = (personId: string, kind: 'exclusion' | 'restriction', userId: string, message: string) => ({
    person_id: personId,
    kind,
    user_id: userId,
    start_date: since,
    end_date: null,
    message,
    created_by: manager.id,
  })
  await tx
    .insertInto('limited_access')
    .values([
      entry(excluded.id, 'exclusion', demoCom.id, EXCLUDED),
      entry(restricted.id, 'restriction', manager.id, RESTRICTED),
      entry(restricted.id, 'restriction', restricted.com_id!, RESTRICTED),
    ])
    .execute()
}
