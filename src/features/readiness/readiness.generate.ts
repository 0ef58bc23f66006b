import { sql } from 'kysely'
import type { GeneratorPart } from '../../platform/sample-data/generator-part.ts'
import { latestEpisodes, roll } from '../../platform/sample-data/latest-episodes.ts'

/** What a met item records, as the readiness form would (readiness-items.ts). */
const metDetails = (today: string) => sql`case i.item
  when 'accommodation' then jsonb_build_object('accommodationCategory',
    (array['settled', 'settled', 'bail-probation', 'other-unsettled'])[1 + ${roll('e.id', 'category')} % 4],
    'address', (1 + ${roll('e.id', 'number')} % 60) || ' Mill Lane, ' || e.area)
  when 'identity' then jsonb_build_object('idType', (array['passport', 'driving-licence', 'birth-certificate'])[1 + ${roll('e.id', 'id')} % 3], 'idStatus', 'held')
  when 'bank-account' then jsonb_build_object('bankName', 'Northgate Bank')
  when 'benefits' then jsonb_build_object('benefit', 'universal-credit')
  when 'gp' then jsonb_build_object('gpPractice', 'Riverside Surgery, ' || e.area)
  when 'medication' then jsonb_build_object('medicationArrangements', '7 days’ supply, and a prescription sent to the new GP')
  when 'first-appointment' then jsonb_build_object('appointmentDate', e.release, 'appointmentTime', '10:00',
    'appointmentPlace', 'Probation office, Station Street, ' || e.area)
  when 'licence-conditions' then jsonb_build_object('explainedOn', least(e.release - 3, ${today}::date), 'confirmedByPerson', true)
  else jsonb_build_object('travelArrangements', 'Train to ' || e.area || ' with a travel warrant') end`

const ITEMS = sql`(values ('accommodation'), ('identity'), ('bank-account'), ('benefits'), ('gp'), ('medication'),
  ('first-appointment'), ('licence-conditions'), ('travel')) as i(item)`

/**
 * Release readiness for people within 120 days of release or released in the last year: released people mostly
 * met, people due out partly, a fifth fallen behind; and a housing referral for most people due out within 56
 * days. Set-based: two statements.
 */
export const readinessPart: GeneratorPart = {
  name: 'release readiness',
  async run({ tx, today }) {
    const items =
      await sql`insert into readiness_item (person_id, custody_episode_id, item, status, details, updated_by)
      select person_id, id, item, status, case status when 'met' then met else started end, recorder from (
        select e.person_id, e.id, i.item, ${metDetails(today)} as met,
          case when i.item = 'identity' then '{"idType": "birth-certificate", "idStatus": "applied"}'::jsonb
            else '{}'::jsonb end as started,
          case
            when e.release_date is not null then case when ${roll('e.id || i.item', 'status')} < 85 then 'met' else 'in-progress' end
            when e.release <= ${today}::date + 28 then case when ${roll('e.id || i.item', 'status')} < 70 then 'met'
              when ${roll('e.id || i.item', 'status')} < 90 then 'in-progress' end
            else case when ${roll('e.id || i.item', 'status')} < 25 then 'met'
              when ${roll('e.id || i.item', 'status')} < 55 then 'in-progress' end
          end as status,
          case when e.release_date is null then coalesce(e.pom_id, e.com_id) else coalesce(e.com_id, e.pom_id) end as recorder
        from ${latestEpisodes} e cross join ${ITEMS}
        where e.release between ${today}::date - 365 and ${today}::date + 120) planned
      where status is not null and recorder is not null`.execute(tx)
    const referrals = await sql`insert into housing_referral (person_id, custody_episode_id, council, sent_on,
        consent_given, created_by)
      select e.person_id, e.id, e.area || ' Council',
        greatest(e.arrival_date, least(${today}::date, e.release - 56 - ${roll('e.id', 'sent')} % 14)), true,
        coalesce(e.com_id, e.pom_id)
      from ${latestEpisodes} e
      where e.release_date is null and e.release <= ${today}::date + 56 and coalesce(e.com_id, e.pom_id) is not null
        and ${roll('e.id', 'referral')} < 80`.execute(tx)
    return Number(items.numAffectedRows ?? 0) + Number(referrals.numAffectedRows ?? 0)
  },
}
