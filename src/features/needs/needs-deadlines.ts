import type { CaseDeadline } from '../../platform/case/case-deadline.ts'
import { NEEDS_LABELS, type PathwayKey } from './needs.catalogue.ts'
import type { NeedsRepository } from './needs.repository.ts'

type OpenRow = Awaited<ReturnType<NeedsRepository['openDeadlines']>>[number]

/** Screenings not yet done and actions not yet finished, as the caseload's deadlines. */
export function caseDeadlines(rows: OpenRow[]): CaseDeadline[] {
  return rows.map(row => ({ personId: row.person_id, label: labelOf(row.what), dueDate: row.due! }))
}

function labelOf(what: string): string {
  if (what === 'arrival' || what === 'pre-release') return NEEDS_LABELS.kinds[what]
  return `Action: ${NEEDS_LABELS.pathways[what.slice('action:'.length) as PathwayKey]}`
}
