import { sql } from 'kysely'
import type { GeneratorPart } from '../../platform/sample-data/generator-part.ts'
import { roll } from '../../platform/sample-data/latest-episodes.ts'

/**
 * What every change of COM says since continuity: the reason's code, what the new COM must be told, and for
 * about half a meeting with the person and the COM leaving, and whether the person wants a letter. First
 * allocations say neither. Set-based: one statement over the reallocations.
 */
export const continuityPart: GeneratorPart = {
  name: 'reasons for changes of practitioner',
  async run({ tx }) {
    const changed = await sql`update allocation a set
        reason_code = case a.reason when 'Practitioner left the team' then 'staff-left'
          when 'Caseload rebalanced' then 'workload' when 'Moved to another area' then 'moved-area' else 'other' end,
        handover_note = 'Knows the plan well; prefers appointments in the morning.',
        handover_meeting_date = case when ${roll('a.id', 'meeting')} < 50 then (a.allocated_at - interval '3 days')::date end,
        handover_meeting_notes = case when ${roll('a.id', 'meeting')} < 50 then 'Met the person with the COM leaving.' end,
        letter_wanted = ${roll('a.id', 'letter')} < 60
      where a.kind = 'com' and a.reason is not null and a.reason <> 'Allocated at sentence start'`.execute(tx)
    return Number(changed.numAffectedRows ?? 0)
  },
}
