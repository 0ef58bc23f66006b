import { sql } from 'kysely'
import type { GeneratorPart } from '../../platform/sample-data/generator-part.ts'
import { latestEpisodes, roll } from '../../platform/sample-data/latest-episodes.ts'

/**
 * Past sign-offs at scale, so that a team's history and its share of recorded oversight have rows: for one in three
 * people released in the last 12 weeks, their release without accommodation signed off by a manager of their COM's
 * team three weeks before the release (never after today). Set-based: one statement.
 */
export const oversightPart: GeneratorPart = {
  name: "the managers' sign-offs",
  async run({ tx, today }) {
    const result = await sql`insert into oversight_sign_off (kind, subject_id, person_id, team_id, label, note,
        signed_off_by, signed_off_on, signed_off_at)
      select 'release-without-accommodation', e.id::text, e.person_id, c.team_id,
        'Release on ' || (to_char(e.release_date, 'FMDD FMMonth YYYY')) || ' with no accommodation arranged',
        case when ${roll('e.id', 'sign-off-note')} < 50 then 'Referral made; a bed is confirmed for the first night.' end,
        m.id, least(${today}::date, e.release_date - 21), least(${today}::date, e.release_date - 21) + time '10:00'
      from ${latestEpisodes} e
      join app_user c on c.id = e.com_id
      join lateral (select id from app_user where role = 'manager' and team_id = c.team_id order by id limit 1) m on true
      where e.release_date > ${today}::date - 84 and e.release_date <= ${today}::date
        and ${roll('e.id', 'sign-off')} < 33`.execute(tx)
    return Number(result.numAffectedRows ?? 0)
  },
}
