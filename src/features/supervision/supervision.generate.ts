import { sql } from 'kysely'
import type { GeneratorPart } from '../../platform/sample-data/generator-part.ts'
import { latestEpisodes, roll } from '../../platform/sample-data/latest-episodes.ts'

/** At most this many appointments a person: weekly at first, then less often, until the licence ends. */
const MOST = 40

/**
 * Supervision for everyone released from their latest episode: appointments from the day after release until
 * the licence ends or four weeks from today, weekly for the first three months and fortnightly after, the past
 * ones recorded (mostly attended, a few absences, a handful waiting to be recorded) and the coming ones open;
 * then a setback with its response for each absence without good reason, and a lapse or new concern for about
 * one person in eight. Set-based: two statements.
 */
export const supervisionPart: GeneratorPart = {
  name: 'supervision appointments and setbacks',
  async run({ tx, today }) {
    const appointments = await sql`insert into supervision_appointment (person_id, appointment_date,
        appointment_time, kind, outcome, notes, next_time, practitioner_id, recorded_by)
      select e.person_id, a.day, lpad((9 + ${roll('e.id || a.n', 'hour')} % 8)::text, 2, '0') || ':'
          || (array['00', '15', '30', '45'])[1 + ${roll('e.id || a.n', 'minute')} % 4],
        (array['office', 'office', 'office', 'home-visit', 'phone', 'video'])[1 + ${roll('e.id || a.n', 'kind')} % 6],
        o.outcome, case when o.outcome = 'attended' then 'Talked about how the week went and the plan.' end,
        case when o.outcome = 'attended' and ${roll('e.id || a.n', 'next')} < 30 then 'Talk about work.' end,
        e.com_id, e.com_id
      from ${latestEpisodes} e
      cross join lateral (select n, e.release_date + 1 + case when n < 13 then n * 7 else 84 + (n - 12) * 14 end as day
        from generate_series(0, ${MOST - 1}) n) a
      cross join lateral (select case when a.day > ${today}::date - 3 and ${roll('e.id || a.n', 'late')} < 50
          or a.day > ${today}::date then null
        when ${roll('e.id || a.n', 'outcome')} < 88 then 'attended'
        when ${roll('e.id || a.n', 'outcome')} < 96 then 'acceptable-absence' else 'unacceptable-absence' end as outcome) o
      where e.release_date <= ${today}::date and e.com_id is not null
        and a.day <= least(coalesce(e.licence_expiry_date, ${today}::date + 28), ${today}::date + 28)`.execute(tx)
    const setbacks = await sql`insert into setback (person_id, occurred_on, kind, what_happened, response,
        response_reason, recorded_by, created_at)
      select person_id, day, kind, what, response, reason, recorded_by, day + 1 from (
        select a.person_id, a.appointment_date as day, 'missed-appointment' as kind,
          'Did not come to the appointment and did not call.' as what,
          (array['talk-it-through', 'talk-it-through', 'more-contact', 'warning'])[1 + ${roll('a.id', 'response')} % 4]
            as response, 'A first missed appointment: talk about what got in the way.' as reason, a.recorded_by
        from supervision_appointment a where a.outcome = 'unacceptable-absence'
        union all
        select e.person_id, least(${today}::date, e.release_date + 7 + ${roll('e.id', 'setback-day')} * 3),
          (array['lapse', 'relapse', 'new-concern'])[1 + ${roll('e.id', 'setback-kind')} % 3],
          'Told us about a difficult week.',
          (array['talk-it-through', 'adjust-plan', 'more-contact', 'referral', 'consider-recall'])[1 + ${roll('e.id', 'setback-response')} % 5],
          'Agreed with them as the fairest next step.', e.com_id
        from ${latestEpisodes} e
        where e.release_date <= ${today}::date and e.com_id is not null and ${roll('e.id', 'setback')} < 12) s`.execute(
      tx,
    )
    return Number(appointments.numAffectedRows ?? 0) + Number(setbacks.numAffectedRows ?? 0)
  },
}
