import { sql } from 'kysely'
import type { GeneratorPart } from '../../platform/sample-data/generator-part.ts'
import { roll } from '../../platform/sample-data/latest-episodes.ts'
import { TIERING_MODEL } from './tiering.rules.ts'

/**
 * Every person a tier, in one statement: RoSH, RSR, MAPPA and complexity factors drawn by hashing the person's id,
 * the protect points worked by the same rule as tiering.rules.ts (the higher of RoSH and RSR, MAPPA, 2 a flag),
 * and change points drawn from 0 to 8 (the generator records no needs to work them from).
 */
export const tierPart: GeneratorPart = {
  name: 'tiers',
  async run({ tx, today }) {
    const result = await sql`insert into person_tier (person_id, tier, model, rosh, rsr_percent, mappa, flags,
        protect_points, change_points, needs_assessed, set_on, set_by)
      select id, (case when pp >= 150 then 'A' when pp >= 20 then 'B' when pp >= 10 then 'C' else 'D' end)
          || (case when cp >= 6 then 3 when cp >= 3 then 2 when cp >= 1 then 1 else 0 end)::text,
        ${TIERING_MODEL.id}, rosh, rsr, mappa, flags, pp, cp, true, set_on, setter
      from (select *, greatest(rosh_points, case when rsr >= 7 then 20 when rsr >= 3 then 10 else 0 end)
            + (case mappa when '1' then 5 when '2' then 150 when '3' then 150 else 0 end)
            + 2 * cardinality(flags) as pp
        from (select p.id, coalesce(p.com_id, p.pom_id) as setter,
            least(${today}::date, p.created_at::date) as set_on,
            (array['low', 'low', 'low', 'medium', 'medium', 'medium', 'medium', 'high', 'high', 'very-high'])[1 + ${roll('p.id', 'rosh')} % 10] as rosh,
            (array[0, 0, 0, 10, 10, 10, 10, 20, 20, 150])[1 + ${roll('p.id', 'rosh')} % 10] as rosh_points,
            (${roll('p.id', 'rsr')} * 0.12)::numeric(5, 2) as rsr,
            case when ${roll('p.id', 'mappa')} < 85 then 'none' when ${roll('p.id', 'mappa')} < 95 then '1'
              when ${roll('p.id', 'mappa')} < 99 then '2' else '3' end as mappa,
            case when ${roll('p.id', 'flags')} < 70 then '{}'::text[]
              when ${roll('p.id', 'flags')} < 90 then array['domestic-abuse']
              else array['domestic-abuse', 'stalking'] end as flags,
            ${roll('p.id', 'change')} % 9 as cp
          from person p) drawn) scored`.execute(tx)
    return Number(result.numAffectedRows ?? 0)
  },
}

/** Every COM a grade and contracted hours, and one in eight a reduction: two statements. */
export const hoursPart: GeneratorPart = {
  name: 'practitioner hours',
  async run({ tx, today }) {
    const hours = await sql`insert into practitioner_hours (staff_id, grade, contracted_hours)
      select id, (array['PO', 'PO', 'PO', 'PQiP', 'PSO'])[1 + ${roll('id', 'grade')} % 5],
        (array[37, 37, 37, 30, 22.5, 18.5])[1 + ${roll('id', 'hours')} % 6]
      from app_user where role = 'com'`.execute(tx)
    const reductions = await sql`insert into workload_reduction (staff_id, hours, reason, start_date, end_date)
      select id, 7.4, 'Professional qualification study day', ${today}::date - 90, ${today}::date + 90
      from app_user where role = 'com' and ${roll('id', 'reduction')} % 8 = 0`.execute(tx)
    return Number(hours.numAffectedRows ?? 0) + Number(reductions.numAffectedRows ?? 0)
  },
}

/**
 * One COM in three a court report they are writing (standard, asked for 10 days ago and due in 11, or fast, asked
 * for yesterday and due today), and one in three a standard report finished a month ago: one statement.
 */
export const courtReportPart: GeneratorPart = {
  name: 'court reports',
  async run({ tx, today }) {
    const result = await sql`insert into court_report (staff_id, type, court, requested_on, due_on, created_by)
      select id, kind, 'Generated Magistrates'' Court', ${today}::date - asked, ${today}::date + due, id
      from (select id, ${roll('id', 'court-report')} % 3 as pick from app_user where role = 'com') coms
      cross join lateral (values
        (0, case when ${roll('id', 'court-report-type')} % 2 = 0 then 'standard' else 'fast' end,
          case when ${roll('id', 'court-report-type')} % 2 = 0 then 10 else 1 end,
          case when ${roll('id', 'court-report-type')} % 2 = 0 then 11 else 0 end),
        (1, 'standard', 51, -30)) as r(for_pick, kind, asked, due)
      where r.for_pick = coms.pick`.execute(tx)
    return Number(result.numAffectedRows ?? 0)
  },
}
