import { sql } from 'kysely'
import type { GeneratorPart } from '../../platform/sample-data/generator-part.ts'
import { latestEpisodes, roll } from '../../platform/sample-data/latest-episodes.ts'

/** Each follow-up's due date and the day it may first be answered, as release.rules.ts derives them. */
const FOLLOW_UPS = sql`(values ('treatment-3-weeks', interval '3 weeks', 0), ('employment-6-weeks', interval '6 weeks', 14),
  ('accommodation-3-months', interval '3 months', 14), ('employment-6-months', interval '6 months', 14))
  as k(kind, after, opens_before_due)`

/** Whether arrival screening found a drugs and alcohol or health need: the treatment follow-up is asked only then. */
const treatmentNeed = sql`exists (select 1 from needs_screening s
  join needs_screening_pathway a on a.screening_id = s.id
  where s.custody_episode_id = e.id and a.pathway in ('drugs-alcohol', 'health')
    and a.status in ('need-identified', 'in-progress'))`

/**
 * A release record for everyone released from their latest episode (where they went on the first night, mostly
 * settled), and the answers to about three in four of the follow-ups open by today, recorded between the day each
 * opens and today; the rest are due or overdue. Due dates are not stored: the rules derive them. Set-based: two
 * statements.
 */
export const releasePart: GeneratorPart = {
  name: 'releases and follow-ups',
  async run({ tx, today }) {
    const releases = await sql`insert into person_release (person_id, custody_episode_id, first_night, address,
        treatment_need, recorded_by, created_at, updated_at)
      select person_id, id, night, case when night in ('settled', 'bail-probation')
          then (1 + ${roll('id', 'number')} % 60) || ' Mill Lane, ' || area end,
        need, com_id, release_date, release_date
      from (select e.*, ${treatmentNeed} as need,
          (array['settled', 'settled', 'settled', 'settled', 'bail-probation', 'other-unsettled', 'other-homeless',
            'rough-sleeping', 'unknown'])[1 + ${roll('e.id', 'first-night')} % 9] as night
        from ${latestEpisodes} e
        where e.release_date <= ${today}::date and e.com_id is not null) released`.execute(tx)
    const answers = await sql`insert into release_follow_up (person_id, custody_episode_id, kind, accommodation,
        employment, treatment_started, treatment_start_date, recorded_by, recorded_on)
      select r.person_id, r.custody_episode_id, f.kind,
        case when f.kind = 'accommodation-3-months' then (array['settled', 'settled', 'settled', 'bail-probation',
          'other-unsettled', 'unknown'])[1 + ${roll('r.id || f.kind', 'answer')} % 6] end,
        case when f.kind like 'employment-%' then (array['employed', 'education-training', 'not-working',
          'not-working', 'unavailable', 'unknown'])[1 + ${roll('r.id || f.kind', 'answer')} % 6] end,
        case when f.kind = 'treatment-3-weeks' then f.started end,
        case when f.kind = 'treatment-3-weeks' and f.started then least(f.recorded_on, f.due) end,
        r.recorded_by, f.recorded_on
      from person_release r join custody_episode e on e.id = r.custody_episode_id
      cross join ${FOLLOW_UPS}
      cross join lateral (select (e.release_date + k.after)::date as due,
        (e.release_date + k.after)::date - k.opens_before_due as opens) d
      cross join lateral (select k.kind, d.due, ${roll('r.id || k.kind', 'started')} < 60 as started,
        least(${today}::date, d.opens + ${roll('r.id || k.kind', 'recorded')} % 21) as recorded_on) f
      where d.opens <= ${today}::date and (k.kind <> 'treatment-3-weeks' or r.treatment_need)
        and ${roll('r.id || k.kind', 'answered')} < 75`.execute(tx)
    return Number(releases.numAffectedRows ?? 0) + Number(answers.numAffectedRows ?? 0)
  },
}
