import { sql } from 'kysely'
import type { GeneratorPart } from '../../platform/sample-data/generator-part.ts'
import { latestEpisodes, roll } from '../../platform/sample-data/latest-episodes.ts'

/**
 * A breach record for one person in twenty on licence (every twentieth in an order fixed by hashing, so that even
 * a small database has some): the COM's recommendation, and for three in four a decision countersigned by the
 * manager of the COM's team (never the author) a day or two later; the rest await countersignature. A fixed-term recall is recommended or decided only where the recall rules open it (a
 * determinate sentence with a known expiry date, not extended). Set-based: one statement; countersigned rows are
 * inserted whole, as the immutability trigger wants.
 */
export const recallPart: GeneratorPart = {
  name: 'breach records and recall decisions',
  async run({ tx, today }) {
    const reviews = await sql`insert into recall_review (person_id, breach_date, what_happened, person_account,
        alternatives, risk_now, risk_notes, extended_sentence, recommendation, recommendation_reason, expected_now,
        contact_number, recommended_by, recommended_on, decision, rationale, countersigned_by, countersigned_on,
        created_at)
      select b.person_id, b.breach_date, 'Missed three appointments in a row and did not stay at the approved address.',
        'Said they had stayed with family after an argument at home.',
        (array['talk-it-through', 'more-contact', 'warning'])[1:1 + ${roll('b.id', 'alternatives')} % 3],
        b.risk, 'No new offence; the risk is in losing touch.', false, b.recommendation,
        'The response most likely to keep them and others safe, after the alternatives were tried.',
        'Keep in touch with their COM and come to the next appointment.', '0300 123 4567', b.com_id, b.recommended_on,
        case when b.signed then b.recommendation end,
        case when b.signed then 'I agree with the recommendation and the reasons given.' end,
        case when b.signed then b.manager_id end, case when b.signed then b.signed_on end, b.recommended_on
      from (select e.id, e.person_id, e.com_id, m.id as manager_id,
          least(${today}::date, e.release_date + 14 + ${roll('e.id', 'breach-day')}) as breach_date,
          least(${today}::date, e.release_date + 16 + ${roll('e.id', 'breach-day')}) as recommended_on,
          least(${today}::date, e.release_date + 17 + ${roll('e.id', 'breach-day')}) as signed_on,
          (array['low', 'medium', 'medium', 'high', 'very-high'])[1 + ${roll('e.id', 'risk')} % 5] as risk,
          case when ${roll('e.id', 'recommendation')} < 45 then 'no-recall'
            when ${roll('e.id', 'recommendation')} < 80 and e.sentence_type = 'determinate'
              and e.sentence_expiry_date is not null then 'fixed-term'
            else 'standard' end as recommendation,
          (e.k / 20) % 4 <> 1 as signed
        from (select e.*, c.team_id, row_number() over (order by hashtext(e.id::text)) as k
          from ${latestEpisodes} e join app_user c on c.id = e.com_id
          where e.release_date <= ${today}::date and coalesce(e.licence_expiry_date, ${today}::date) >= ${today}::date) e
        join lateral (select id from app_user where role = 'manager' and team_id = e.team_id and id <> e.com_id
          order by id limit 1) m on true
        where e.k % 20 = 1) b`.execute(tx)
    return Number(reviews.numAffectedRows ?? 0)
  },
}
