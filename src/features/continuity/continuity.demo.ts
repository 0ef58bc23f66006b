import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'

/**
 * A change of COM for some of the demo people, with its reason and handover note, so that the continuity
 * pages and the person's own page have a change to show: the current allocation is given its reason, and
 * the COM before it is put 200 days earlier. Three changes for one person, to show the warning.
 */
export async function seedContinuityDemo(tx: Db) {
  // The demo person first, then the demo COM's people.
  const people = await tx
    .selectFrom('person as p')
    .innerJoin('app_user as com', 'com.id', 'p.com_id')
    .leftJoin('app_user as account', 'account.person_id', 'p.id')
    .select(['p.id', 'p.com_id'])
    .where(eb => eb.or([eb('com.username', '=', 'com'), eb('account.username', '=', 'person')]))
    .orderBy('account.username')
    .orderBy('p.crn')
    .limit(30)
    .execute()
  const coms = await tx.selectFrom('app_user').select('id').where('role', '=', 'com').orderBy('username').execute()
  for (const [index, person] of people.entries()) {
    if (!person.com_id || index % 3 !== 0) continue
    const others = coms.filter(c => c.id !== person.com_id)
    const before = index === 0 ? others.slice(0, 3) : others.slice(index % others.length, (index % others.length) + 1)
    for (const [step, previous] of before.entries()) {
      await sql`insert into allocation (person_id, kind, staff_id, allocated_at)
        values (${person.id}, 'com', ${previous.id}, now() - make_interval(days => ${200 + 60 * (before.length - step)}::int))`.execute(
        tx,
      )
    }
    await sql`update allocation set reason_code = ${index === 0 ? 'staff-left' : 'moved-area'},
        handover_note = 'Doing well at work; finds mornings hard. Wants to keep seeing the same drug worker.',
        handover_meeting_date = current_date - 190, letter_wanted = true,
        allocated_at = now() - make_interval(days => 180)
      where person_id = ${person.id} and kind = 'com' and staff_id = ${person.com_id}`.execute(tx)
  }
}
