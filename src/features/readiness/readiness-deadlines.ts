import type { CaseDeadline } from '../../platform/case/case-deadline.ts'
import { ITEMS } from './readiness-items.ts'
import type { ReadinessRepository } from './readiness.repository.ts'
import { dueDate, isResolved, ITEM_KEYS, type ItemKey, type ItemStatus } from './readiness.rules.ts'

type Row = Awaited<ReturnType<ReadinessRepository['itemsBeforeRelease']>>[number]

/** The welfare items still open before each person's release, as the caseload's deadlines. */
export function caseDeadlines(rows: Row[]): CaseDeadline[] {
  const statuses = new Map<string, { release: string; items: Map<ItemKey, ItemStatus> }>()
  for (const row of rows) {
    const entry = statuses.get(row.person_id) ?? { release: row.earliest_release_date!, items: new Map() }
    if (row.item && row.status) entry.items.set(row.item, row.status)
    statuses.set(row.person_id, entry)
  }
  return [...statuses].flatMap(([personId, { release, items }]) =>
    ITEM_KEYS.filter(item => !isResolved(items.get(item) ?? 'not-started')).map(item => ({
      personId,
      label: ITEMS[item].title,
      dueDate: dueDate(item, release)!,
    })),
  )
}
