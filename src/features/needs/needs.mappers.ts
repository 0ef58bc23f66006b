import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import type { WomensNeedAnswer } from './needs.catalogue.ts'
import type { ActionRow, AnswerRows, ScreeningRow } from './needs.repository.ts'
import { actionIsOverdue, type PathwayAnswer, type ScreeningAnswers } from './needs.rules.ts'

/** Rows become the plain objects that pages and the API show: camelCase, no internal columns. */
export function toScreenings(rows: ScreeningRow[], answers: AnswerRows) {
  return rows.map(row => {
    const pathways: Record<string, PathwayAnswer> = {}
    for (const a of answers.pathways.filter(a => a.screening_id === row.id)) {
      pathways[a.pathway] = { status: a.status, urgency: a.urgency, ownWords: a.own_words }
    }
    const womensNeeds: Record<string, WomensNeedAnswer> = {}
    for (const a of answers.womensNeeds.filter(a => a.screening_id === row.id)) womensNeeds[a.need] = a.answer
    return {
      id: row.id,
      kind: row.kind,
      screenedOn: row.screened_on,
      screenedBy: row.screened_by_name,
      updatedAt: row.updated_at,
      version: row.version,
      womensNeedsApply: row.womens_needs_apply,
      pathways,
      womensNeeds,
    } satisfies ScreeningAnswers & Record<string, unknown>
  })
}

export function toAction(row: ActionRow, today: IsoDate) {
  const action = {
    id: row.id,
    pathway: row.pathway,
    description: row.description,
    owner: row.owner,
    ownerName: row.owner_name,
    dueDate: row.due_date,
    progress: row.progress,
    progressNote: row.progress_note,
    completedOn: row.completed_on,
    version: row.version,
  }
  return { ...action, overdue: actionIsOverdue(action, today) }
}

export type Screening = ReturnType<typeof toScreenings>[number]
export type NeedAction = ReturnType<typeof toAction>
