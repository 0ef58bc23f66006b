import { sql } from 'kysely'
import type { GeneratorPart } from '../../platform/sample-data/generator-part.ts'
import { latestEpisodes, roll } from '../../platform/sample-data/latest-episodes.ts'

/**
 * Handover meetings for about three in four people past their handover date (the rest are flagged overdue),
 * and one to three COM contacts before release for people within 12 weeks of release or released, a third of
 * them a letter or a call only. Set-based: two statements.
 */
export const handoverPart: GeneratorPart = {
  name: 'handover meetings and contacts',
  async run({ tx, today }) {
    const meetings = await sql`insert into handover_meeting (person_id, custody_episode_id, meeting_date, com_id,
        pom_id, person_attended, notes, recorded_by)
      select e.person_id, e.id, least(${today}::date, coalesce(e.release_date, ${today}::date),
          greatest(e.arrival_date, e.handover_date + ${roll('e.id', 'meeting-day')} / 5)),
        e.com_id, e.pom_id, ${roll('e.id', 'attended')} < 80, 'Met to agree the plan for release.', e.com_id
      from ${latestEpisodes} e
      where e.com_id is not null and e.handover_date < ${today}::date and not e.com_responsible_from_start
        and ${roll('e.id', 'meeting')} < 75`.execute(tx)
    const contacts = await sql`insert into handover_contact (person_id, custody_episode_id, com_id, contact_date,
        contact_type, met, note, recorded_by)
      select e.person_id, e.id, e.com_id, c.day, c.kind, c.kind in ('visit', 'video') and ${roll('e.id', 'met')} < 85,
        'Talked about the plan for release.', e.com_id
      from ${latestEpisodes} e
      cross join lateral (
        select greatest(e.arrival_date, least(coalesce(e.release_date, ${today}::date), ${today}::date)
            - n * 12 - ${roll('e.id', 'contact-day')} / 10) as day,
          (array['visit', 'video', 'phone', 'letter'])[1 + (${roll('e.id', 'contact-kind')} + n) % 4] as kind
        from generate_series(1, 1 + ${roll('e.id', 'contacts')} % 3) n) c
      where e.com_id is not null and e.release <= ${today}::date + 84
        and e.release >= ${today}::date - 365`.execute(tx)
    return Number(meetings.numAffectedRows ?? 0) + Number(contacts.numAffectedRows ?? 0)
  },
}
