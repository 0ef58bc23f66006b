import { sql } from 'kysely'
import type { GeneratorPart } from '../../platform/sample-data/generator-part.ts'
import { latestEpisodes, roll } from '../../platform/sample-data/latest-episodes.ts'

/**
 * An item id that stays the same from version to version, fixed by the person and the item: a hash with the version
 * and variant digits of a random UUID, so that the ids the app makes and these are read alike.
 */
const itemId = (item: string) =>
  sql`overlay(overlay(md5(e.person_id::text || ${sql.lit(item)}) placing '4' from 13 for 1) placing '8' from 17 for 1)::uuid::text`

/** A step of plan-content.ts: due some weeks after the plan was made, done for most of those due by today. */
const step = (item: string, goal: string, text: string, owner: string, weeks: number, today: string) => sql`
  jsonb_build_object('id', ${itemId(item)}, 'by', author, 'goalId', ${itemId(goal)}, 'text', ${sql.lit(text)},
    'owner', jsonb_build_object('kind', ${sql.lit(owner)}, 'name', null),
    'dueDate', to_char(made_on + ${sql.lit(weeks * 7)}, 'YYYY-MM-DD'),
    'status', case when made_on + ${sql.lit(weeks * 7)} < ${today}::date and ${roll(`e.person_id || '${item}'`, 'done')} < 70 then 'done'
      when ${roll(`e.person_id || '${item}'`, 'done')} < 40 then 'in-progress' else 'not-started' end)`

/**
 * The first version of a plan, as the plan pages would have saved it item by item (plan-content.ts). No strengths:
 * they are the strengths profile's, and the strengths part (after this one) links them to these goals.
 */
const firstVersion = (today: string) => sql`jsonb_build_object(
  'goals', jsonb_build_array(
    jsonb_build_object('id', ${itemId('goal-own')}, 'by', author, 'text', 'Find a settled place to live near my family',
      'kind', 'own', 'pathway', 'accommodation', 'buildsOn', 'My family want to help'),
    jsonb_build_object('id', ${itemId('goal-licence')}, 'by', author, 'text', 'Keep to my licence conditions',
      'kind', 'compliance', 'pathway', null, 'buildsOn', null)),
  'steps', jsonb_build_array(
    ${step('step-council', 'goal-own', 'Apply to the council for housing', 'practitioner', 4, today)},
    ${step('step-visit', 'goal-own', 'Visit the flat with my sister', 'person', 8, today)},
    ${step('step-appointments', 'goal-licence', 'Go to every appointment, or call if I cannot', 'person', 12, today)}),
  'controls', jsonb_build_array(jsonb_build_object('id', ${itemId('control')}, 'by', author, 'type', 'trigger',
    'text', 'Money worries at the end of the month')),
  'conditions', jsonb_build_array(jsonb_build_object('id', ${itemId('condition')}, 'by', author, 'category',
    'residence', 'text', 'Live at an address approved by your probation officer',
    'meaning', 'Tell your probation officer before you move, even for one night.')),
  'supporters', case when ${roll('e.person_id', 'supporter')} < 50 then jsonb_build_array(jsonb_build_object('id',
    ${itemId('supporter')}, 'by', author, 'name', 'Sam', 'relationship', 'Sister', 'shares', 'My plan and appointments',
    'part', 'Comes with me to look at flats')) else '[]'::jsonb end)`

/**
 * A plan for about seven in ten people with a practitioner, made with them by their COM (or POM in custody): two
 * goals, three steps, a trigger, a licence condition and often a supporter. About seven in ten have
 * answered the first version (most agreeing, some not with one step); four in ten of those have a second version,
 * a step added since, not yet answered, as the versioning rule asks. Set-based: one statement through
 * data-modifying CTEs, ids fixed by hashing so that the versions compare item by item.
 */
export const plansPart: GeneratorPart = {
  name: 'plans, versions and agreements',
  async run({ tx, today }) {
    const result = await sql<{ n: number }>`with docs as (
        select person_id, author_id, made_on, answered, agreed, second, ${itemId('step-visit')} as visit_id,
          first_version, case when second then jsonb_set(first_version, '{steps}', (first_version -> 'steps')
            || jsonb_build_array(${step('step-bank', 'goal-own', 'Open a bank account for my rent', 'person', 6, today)}))
            else first_version end as latest
        from (select e.person_id, author, author_id, made_on, answered, agreed, second, ${firstVersion(today)} as first_version
          from (select e.person_id, u.id as author_id, jsonb_build_object('userId', u.id::text, 'name', u.display_name,
              'role', 'practitioner') as author,
              least(${today}::date - 7, greatest(e.arrival_date, ${today}::date - 20 - ${roll('e.person_id', 'made')} * 3))
                as made_on,
              ${roll('e.person_id', 'answered')} < 70 as answered, ${roll('e.person_id', 'agreed')} < 85 as agreed,
              ${roll('e.person_id', 'answered')} < 70 and ${roll('e.person_id', 'second')} < 40 as second
            from ${latestEpisodes} e join app_user u on u.id = coalesce(e.com_id, e.pom_id)
            where ${roll('e.person_id', 'plan')} < 70) e) e),
      plans as (
        insert into plan (person_id, content, revision, version_number, updated_by, created_at, updated_at)
        select person_id, latest, 1 + second::int, 1 + second::int, author_id, made_on, made_on + 1 + second::int * 5
        from docs returning id, person_id),
      saves as (select p.id as plan_id, d.*, v.number, case v.number when 1 then d.first_version else d.latest end as content,
          d.made_on + case v.number when 1 then 0 else 6 end as saved_on
        from plans p join docs d using (person_id) cross join generate_series(1, 2) v(number)
        where v.number = 1 or d.second),
      revisions as (
        insert into plan_revision (plan_id, revision, version_number, material, content, changed_by, changed_by_role, created_at)
        select plan_id, number, number, true, content, author_id, 'practitioner', saved_on from saves returning 1),
      versions as (
        insert into plan_version (plan_id, person_id, number, content, changed_by, changed_by_role, created_at, updated_at)
        select plan_id, person_id, number, content, author_id, 'practitioner', saved_on, saved_on from saves returning 1),
      agreements as (
        insert into plan_agreement (plan_id, person_id, version_number, agreed, comments, disagreed_step_ids,
          recorded_on, recorded_by, recorded_by_role, created_at)
        select plan_id, person_id, 1, agreed, case when not agreed then 'I am not ready to visit the flat yet.' end,
          case when agreed then '[]'::jsonb else jsonb_build_array(visit_id) end,
          least(${today}::date, made_on + 3), author_id, 'practitioner', least(${today}::date, made_on + 3)
        from saves where number = 1 and answered returning 1)
      select (select count(*) from plans) + (select count(*) from revisions) + (select count(*) from versions)
        + (select count(*) from agreements) as n`.execute(tx)
    return Number(result.rows[0]?.n ?? 0)
  },
}
