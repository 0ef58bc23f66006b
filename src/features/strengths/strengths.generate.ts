import { sql } from 'kysely'
import type { GeneratorPart } from '../../platform/sample-data/generator-part.ts'
import { latestEpisodes, roll } from '../../platform/sample-data/latest-episodes.ts'

/**
 * For one person in three released on licence (an order fixed by hashing): a strength in their words, a
 * confirmed achievement a few weeks after release, and for half of them a role giving back. Set-based: three
 * statements whatever the scale.
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
    return [strengths, achievements, giving].reduce((sum, r) => sum + Number(r.numAffectedRows ?? 0), 0)
  },
}
