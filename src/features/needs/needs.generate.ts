import { sql } from 'kysely'
import { NEEDS_CATALOGUE } from './needs.catalogue.ts'
import type { GeneratorPart } from '../../platform/sample-data/generator-part.ts'
import { latestEpisodes, roll } from '../../platform/sample-data/latest-episodes.ts'

const PATHWAYS = sql.raw(`(values ${NEEDS_CATALOGUE.pathways.map(p => `('${p.key}')`).join(', ')}) as w(pathway)`)
const WOMENS_NEEDS = sql.raw(`(values ${NEEDS_CATALOGUE.womensNeeds.map(n => `('${n.key}')`).join(', ')}) as w(need)`)

/**
 * Screening on arrival for everyone in custody three days or more, the pre-release review for people within
 * 14 days of it or past it, each pathway's answer (about half with a need), the questions for women where they
 * apply, and an action for each need found on arrival, done or not by its due date. Set-based: one statement a
 * table, screenings and their answers in one through a data-modifying CTE.
 */
export const needsPart: GeneratorPart = {
  name: 'needs screenings and actions',
  async run({ tx, today }) {
    const screened = await sql<{ n: number }>`with screenings as (
        insert into needs_screening (person_id, custody_episode_id, kind, womens_needs_apply, screened_on, screened_by, updated_by)
        select e.person_id, e.id, k.kind, coalesce(e.pronouns = 'she/her', false),
          least(${today}::date, coalesce(e.release_date, ${today}::date),
            greatest(e.arrival_date, case k.kind when 'arrival' then e.arrival_date + ${roll('e.id', 'screened')} % 6
              else e.pre_release_review_due_date - 5 + ${roll('e.id', 'reviewed')} % 10 end)),
          coalesce(e.pom_id, e.com_id), coalesce(e.pom_id, e.com_id)
        from ${latestEpisodes} e cross join (values ('arrival'), ('pre-release')) k(kind)
        where coalesce(e.pom_id, e.com_id) is not null and e.screening_due_date <= ${today}::date
          and (k.kind = 'arrival' or e.pre_release_review_due_date <= ${today}::date + 14)
        returning id, custody_episode_id, womens_needs_apply),
      answers as (
        insert into needs_screening_pathway (screening_id, pathway, status, urgency, own_words)
        select s.id, w.pathway, a.status, case when a.status <> 'no-need'
            then (array['low', 'medium', 'high', 'urgent'])[1 + ${roll('s.id || w.pathway', 'urgency')} % 4] end,
          case when a.status = 'need-identified' then 'I want help with this before I get out.' end
        from screenings s cross join ${PATHWAYS}
        cross join lateral (select case when ${roll('s.custody_episode_id || w.pathway', 'need')} < 45 then 'no-need'
          when ${roll('s.custody_episode_id || w.pathway', 'need')} < 75 then 'need-identified'
          when ${roll('s.custody_episode_id || w.pathway', 'need')} < 90 then 'in-progress'
          when ${roll('s.custody_episode_id || w.pathway', 'need')} < 95 then 'support-declined' else 'done' end as status) a
        returning 1),
      womens as (
        insert into needs_screening_womens_need (screening_id, need, answer)
        select s.id, w.need, (array['yes', 'no', 'no', 'not-said'])[1 + ${roll('s.id || w.need', 'answer')} % 4]
        from screenings s cross join ${WOMENS_NEEDS} where s.womens_needs_apply
        returning 1)
      select (select count(*) from screenings) + (select count(*) from answers) + (select count(*) from womens) as n`.execute(
      tx,
    )
    const actions = await sql`insert into need_action (person_id, custody_episode_id, pathway, description, owner,
        owner_name, due_date, progress, completed_on, created_by, updated_by)
      select s.person_id, s.custody_episode_id, a.pathway, 'Agree the next step for ' || replace(a.pathway, '-', ' '),
        o.owner, case when o.owner in ('partner', 'family', 'other') then 'Named contact' end, d.due,
        case when d.due < ${today}::date and ${roll('s.id || a.pathway', 'done')} < 70 then 'done'
          when ${roll('s.id || a.pathway', 'done')} < 40 then 'in-progress' else 'not-started' end,
        case when d.due < ${today}::date and ${roll('s.id || a.pathway', 'done')} < 70 then d.due end,
        s.screened_by, s.screened_by
      from needs_screening s join needs_screening_pathway a on a.screening_id = s.id
      cross join lateral (select s.screened_on + 28 + ${roll('s.id || a.pathway', 'due')} % 60 as due) d
      cross join lateral (select (array['person', 'pom', 'com', 'partner', 'family', 'other'])[1 + ${roll('s.id || a.pathway', 'owner')} % 6] as owner) o
      where s.kind = 'arrival' and a.status in ('need-identified', 'in-progress')`.execute(tx)
    return Number(screened.rows[0]?.n ?? 0) + Number(actions.numAffectedRows ?? 0)
  },
}
