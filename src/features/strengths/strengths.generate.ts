import { sql } from 'kysely'
import type { GeneratorPart } from '../../platform/sample-data/generator-part.ts'
import { latestEpisodes, roll } from '../../platform/sample-data/latest-episodes.ts'

/**
 * For one person in three released on licence (an order fixed by hashing): a strength in their words, a
 * confirmed achievement a few weeks after release, and for half of them a role giving back; and for everyone with a
 * plan, a strength linked to its first goal. Set-based: five statements whatever the scale.
 */
export const strengthsPart: GeneratorPart = {
  name: 'strengths, achievements and giving back',
  async run({ tx, today }) {
    const chosen = sql`select e.person_id, e.com_id, e.release_date, e.id
      from ${latestEpisodes} e
      where e.com_id is not null and e.release_date <= ${today}::date and ${roll('e.id', 'strengths')} % 3 = 0`
    const strengths = await sql`with added as (
        insert into strength (person_id, category, text, written_by_role, created_by, created_at)
        select c.person_id, (array['skill', 'interest', 'relationship', 'hope'])[1 + ${roll('c.id', 'category')} % 4],
          (array['Good with my hands', 'I like cooking', 'My family', 'Getting my own place'])[1 + ${roll('c.id', 'category')} % 4],
          'person', c.com_id, c.release_date + 2
        from (${chosen}) c returning id, text, created_by, created_at)
      insert into strength_change (strength_id, change, text, changed_by, changed_by_role, created_at)
      select id, 'added', text, created_by, 'person', created_at from added`.execute(tx)
    // Everyone with a plan (made by the plans part, before this one) has a strength in their profile, linked to the
    // first goal of their plan: the plan shows its strengths from here and holds none of its own.
    const linked = await sql`update strength s set goal_ids = jsonb_build_array(p.content -> 'goals' -> 0 ->> 'id')
      from plan p where p.person_id = s.person_id and s.goal_ids = '[]'::jsonb
        and jsonb_array_length(p.content -> 'goals') > 0`.execute(tx)
    const forPlans = await sql`with added as (
        insert into strength (person_id, category, text, goal_ids, written_by_role, created_by, created_at)
        select p.person_id, 'relationship', 'Close to my sister and her children',
          jsonb_build_array(p.content -> 'goals' -> 0 ->> 'id'), 'practitioner', p.updated_by, p.created_at
        from plan p
        where jsonb_array_length(p.content -> 'goals') > 0
          and not exists (select 1 from strength s where s.person_id = p.person_id)
        returning id, text, goal_ids, created_by, created_at)
      insert into strength_change (strength_id, change, text, goal_ids, changed_by, changed_by_role, created_at)
      select id, 'added', text, goal_ids, created_by, 'practitioner', created_at from added`.execute(tx)
    const achievements = await sql`insert into achievement (person_id, kind, title, achieved_on, recorded_by,
        recorded_by_role, confirmed_by, confirmed_on)
      select c.person_id, 'qualification', 'Level 1 food hygiene certificate',
        least(${today}::date, c.release_date + 20), c.com_id, 'practitioner', c.com_id,
        least(${today}::date, c.release_date + 22)
      from (${chosen}) c`.execute(tx)
    const giving =
      await sql`insert into giving_back (person_id, kind, organisation, role, started_on, hours, recorded_by)
      select c.person_id, 'volunteering', 'Community food bank', 'Volunteer', least(${today}::date, c.release_date + 30),
        4 + ${roll('c.id', 'hours')} % 40, c.com_id
      from (${chosen}) c where ${roll('c.id', 'giving')} % 2 = 0`.execute(tx)
    return [strengths, linked, forPlans, achievements, giving].reduce(
      (sum, r) => sum + Number(r.numAffectedRows ?? 0),
      0,
    )
  },
}
