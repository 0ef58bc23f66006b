import type { CaseDeadline, CaseDeadlineSource } from '../../platform/case/case-deadline.ts'
import type { Db } from '../../platform/db/database.ts'
import { currentEpisodes } from '../../platform/db/current-episodes.ts'
import { ITEMS } from './readiness-items.ts'
import type { ReadinessTables } from './readiness.repository.ts'
import { dueDate, isResolved, ITEM_KEYS, type ItemKey, type ItemStatus } from './readiness.rules.ts'

/** The welfare items still open before each person's release, for the caseload's next deadline and overdue. */
export function readinessDeadlines(db: Db): CaseDeadlineSource {
  return async personIds => {
    if (personIds.length === 0) return []
    const rows = await db
      .withTables<ReadinessTables>()
      .selectFrom(
        currentEpisodes(db, personIds)
          .select(['id', 'person_id', 'earliest_release_date'])
          .where('release_date', 'is', null)
          .as('e'),
      )
      .leftJoin('readiness_item as r', 'r.custody_episode_id', 'e.id')
      .select(['e.person_id', 'e.earliest_release_date', 'r.item', 'r.status'])
      .where('e.earliest_release_date', 'is not', null)
      .execute()
    const statuses = new Map<string, { release: string; items: Map<ItemKey, ItemStatus> }>()
    for (const row of rows) {
      const entry = statuses.get(row.person_id) ?? { release: row.earliest_release_date!, items: new Map() }
      if (row.item && row.status) entry.items.set(row.item, row.status)
      statuses.set(row.person_id, entry)
    }
    return [...statuses].flatMap(([personId, { release, items }]) =>
      ITEM_KEYS.filter(item => !isResolved(items.get(item) ?? 'not-started')).map((item): CaseDeadline => ({
        personId,
        label: ITEMS[item].title,
        dueDate: dueDate(item, release)!,
      })),
    )
  }
}
