import { sql } from 'kysely'
import type { CaseDeadlineSource } from '../../platform/case/case-deadline.ts'
import type { Db } from '../../platform/db/database.ts'
import { currentEpisodes } from '../../platform/db/current-episodes.ts'
import { NEEDS_LABELS, type PathwayKey, type ScreeningKind } from './needs.catalogue.ts'
import { withNeedsTables } from './needs.tables.ts'

/**
 * Screenings not yet done and actions not yet finished in each person's current custody episode, in one
 * statement, for the caseload's next deadline and overdue.
 */
export function needsDeadlines(db: Db): CaseDeadlineSource {
  return async personIds => {
    if (personIds.length === 0) return []
    const rows = await withNeedsTables(db)
      .with('e', () =>
        currentEpisodes(db, personIds).select([
          'id',
          'person_id',
          'release_date',
          'screening_due_date',
          'pre_release_review_due_date',
        ]),
      )
      .selectFrom('e')
      .select(['e.person_id', sql<string>`'arrival'`.as('what'), 'e.screening_due_date as due'])
      .where('e.screening_due_date', 'is not', null)
      .where(notScreened('arrival'))
      .unionAll(eb =>
        eb
          .selectFrom('e')
          .select(['e.person_id', sql<string>`'pre-release'`.as('what'), 'e.pre_release_review_due_date as due'])
          .where('e.pre_release_review_due_date', 'is not', null)
          .where('e.release_date', 'is', null)
          .where(notScreened('pre-release')),
      )
      .unionAll(eb =>
        eb
          .selectFrom('need_action as a')
          .innerJoin('e', 'e.id', 'a.custody_episode_id')
          .select(['a.person_id', sql<string>`'action:' || a.pathway`.as('what'), 'a.due_date as due'])
          .where('a.progress', '<>', 'done'),
      )
      .execute()
    return rows.map(row => ({ personId: row.person_id, label: labelOf(row.what), dueDate: row.due! }))
  }
}

function notScreened(kind: ScreeningKind) {
  return sql<boolean>`not exists (select 1 from needs_screening s where s.custody_episode_id = e.id and s.kind = ${kind})`
}

function labelOf(what: string): string {
  if (what === 'arrival' || what === 'pre-release') return NEEDS_LABELS.kinds[what]
  return `Action: ${NEEDS_LABELS.pathways[what.slice('action:'.length) as PathwayKey]}`
}
