import { sql } from 'kysely'
import type { GeneratorPart } from '../../platform/sample-data/generator-part.ts'
import { latestEpisodes, roll } from '../../platform/sample-data/latest-episodes.ts'

/**
 * An issued certificate for one in two people whose licence has ended (an order fixed by hashing): signed by
 * their COM on the day the licence ended and countersigned by a manager of the COM's team (never the signer) two
 * days later, showing their confirmed achievements and giving back. The random part of each code comes from a
 * hash (its hex digits are all in the codes' alphabet). One statement.
 */
export const certificatesPart: GeneratorPart = {
  name: 'certificates of rehabilitation',
  async run({ tx, today }) {
    const result = await sql`insert into certificate (person_id, reason, person_words, practitioner_words,
        achievement_ids, giving_back_ids, signed_by, signed_on, countersigned_by, countersigned_on, verification_id,
        holder_name, issuer, content)
      select e.person_id, 'end-of-licence', 'I kept going when it was hard.', 'Worked hard and kept every commitment.',
        coalesce((select jsonb_agg(a.id) from achievement a where a.person_id = e.person_id and a.confirmed_by is not null), '[]'),
        coalesce((select jsonb_agg(g.id) from giving_back g where g.person_id = e.person_id), '[]'),
        e.com_id, e.licence_expiry_date, m.id, least(${today}::date, e.licence_expiry_date + 2),
        upper(substr(md5(e.id::text || 'certificate'), 1, 12)),
        p.first_name || ' ' || p.last_name, 'The Probation Service, ' || pdu.name,
        jsonb_build_object('holderName', p.first_name || ' ' || p.last_name, 'reason', 'end-of-licence',
          'milestone', null, 'personWords', 'I kept going when it was hard.',
          'practitionerWords', 'Worked hard and kept every commitment.',
          'achievements', coalesce((select jsonb_agg(jsonb_build_object('title', a.title, 'kindName', 'Qualification or course',
            'achievedOn', a.achieved_on)) from achievement a where a.person_id = e.person_id and a.confirmed_by is not null), '[]'),
          'givingBack', coalesce((select jsonb_agg(jsonb_build_object('role', g.role, 'organisation', g.organisation,
            'hours', g.hours)) from giving_back g where g.person_id = e.person_id), '[]'),
          'journey', jsonb_build_array(jsonb_build_object('at', e.release_date, 'title', 'Released')),
          'spent', 'No cautions or convictions are recorded for this certificate.',
          'signedBy', com.display_name, 'signedOn', e.licence_expiry_date, 'countersignedBy', m.display_name,
          'countersignedOn', least(${today}::date, e.licence_expiry_date + 2), 'issuer', 'The Probation Service, ' || pdu.name)
      from ${latestEpisodes} e
      join person p on p.id = e.person_id
      join app_user com on com.id = e.com_id
      join team t on t.id = com.team_id
      join pdu on pdu.id = t.pdu_id
      join lateral (select id, display_name from app_user where role = 'manager' and team_id = com.team_id
        and id <> com.id order by id limit 1) m on true
      where e.release_date is not null and e.licence_expiry_date < ${today}::date - 2
        and ${roll('e.id', 'certificate')} % 2 = 0`.execute(tx)
    return Number(result.numAffectedRows ?? 0)
  },
}
