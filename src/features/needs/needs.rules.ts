/**
 * Needs screening rules: when a screening or an action is overdue, which answer is the latest for each pathway, and
 * what changed between the screening on arrival and the pre-release review. Pure: no I/O, no clock (today is an
 * argument). Due dates come from the key-date rules; nothing here invents a deadline.
 */
import { daysBetween, type IsoDate } from '../../platform/dates/calendar-date.ts'
import {
  NEEDS_CATALOGUE,
  URGENCIES,
  type ActionProgress,
  type NeedStatus,
  type PathwayKey,
  type ScreeningKind,
  type Urgency,
  type WomensNeedAnswer,
  type WomensNeedKey,
} from './needs.catalogue.ts'

export interface PathwayAnswer {
  status: NeedStatus
  urgency: Urgency | null
  ownWords: string | null
}

export interface ScreeningAnswers {
  kind: ScreeningKind
  womensNeedsApply: boolean
  /** Keyed by pathway. A screening recorded before a pathway joined the catalogue has no answer for it. */
  pathways: Partial<Record<string, PathwayAnswer>>
  womensNeeds: Partial<Record<string, WomensNeedAnswer>>
}

/** Every status but "no need" means there is a need, met or not. */
export function hasNeed(status: NeedStatus): boolean {
  return status !== 'no-need'
}

export const DEADLINE_STATES = ['not-known', 'due', 'due-today', 'overdue', 'done', 'done-late'] as const
export type DeadlineState = (typeof DEADLINE_STATES)[number]

export interface Deadline {
  dueDate: IsoDate | null
  doneOn: IsoDate | null
  state: DeadlineState
  /** Days left (due), days past the due date (overdue), or days late (done-late); otherwise null. */
  days: number | null
}

/**
 * Where a deadline stands today. Done on or before the due date is on time; a due date with nothing done is overdue
 * from the day after it. Without a due date (no earliest release date yet) nothing can be late.
 */
export function deadlineOf(dueDate: IsoDate | null, doneOn: IsoDate | null, today: IsoDate): Deadline {
  if (doneOn) {
    const late = dueDate ? daysBetween(dueDate, doneOn) : 0
    return late > 0
      ? { dueDate, doneOn, state: 'done-late', days: late }
      : { dueDate, doneOn, state: 'done', days: null }
  }
  if (!dueDate) return { dueDate, doneOn, state: 'not-known', days: null }
  const left = daysBetween(today, dueDate)
  if (left < 0) return { dueDate, doneOn, state: 'overdue', days: -left }
  return { dueDate, doneOn, state: left === 0 ? 'due-today' : 'due', days: left }
}

/** An action not done by its due date is overdue from the next day. */
export function actionIsOverdue(action: { dueDate: IsoDate; progress: ActionProgress }, today: IsoDate): boolean {
  return action.progress !== 'done' && action.dueDate < today
}

const KIND_ORDER: Record<ScreeningKind, number> = { arrival: 0, 'pre-release': 1 }

export interface LatestAnswer extends PathwayAnswer {
  kind: ScreeningKind
}

/** For each pathway of the catalogue, the answer of the latest screening that answered it, or null. */
export function latestByPathway(screenings: ScreeningAnswers[]): Record<PathwayKey, LatestAnswer | null> {
  const newestFirst = [...screenings].sort((a, b) => KIND_ORDER[b.kind] - KIND_ORDER[a.kind])
  const latest = {} as Record<PathwayKey, LatestAnswer | null>
  for (const { key } of NEEDS_CATALOGUE.pathways) {
    const screening = newestFirst.find(s => s.pathways[key])
    latest[key] = screening ? { ...screening.pathways[key]!, kind: screening.kind } : null
  }
  return latest
}

/** The pathways whose latest answer is a need: the ones that work in custody can be planned against. */
export function pathwaysWithNeed(screenings: ScreeningAnswers[]): PathwayKey[] {
  const latest = latestByPathway(screenings)
  return NEEDS_CATALOGUE.pathways.map(p => p.key).filter(key => latest[key] && hasNeed(latest[key].status))
}

/** The women's needs a screening raised (answered yes), when the questions for women applied to it. */
export function womensNeedsRaised(screening: ScreeningAnswers | null): WomensNeedKey[] {
  if (!screening?.womensNeedsApply) return []
  return NEEDS_CATALOGUE.womensNeeds.map(n => n.key).filter(key => screening.womensNeeds[key] === 'yes')
}

export const PATHWAY_CHANGES = [
  'not-compared',
  'new-need',
  'no-longer-a-need',
  'need-met',
  'more-pressing',
  'less-pressing',
  'status-changed',
  'no-change',
] as const
export type PathwayChange = (typeof PATHWAY_CHANGES)[number]

export interface PathwayComparison {
  pathway: PathwayKey
  arrival: PathwayAnswer | null
  preRelease: PathwayAnswer | null
  change: PathwayChange
}

const rank = (urgency: Urgency | null) => (urgency ? URGENCIES.indexOf(urgency) : -1)

/** What changed in one pathway between arrival and the pre-release review, the most telling change first. */
export function changeOf(arrival: PathwayAnswer | null, preRelease: PathwayAnswer | null): PathwayChange {
  if (!arrival || !preRelease) return 'not-compared'
  const before = hasNeed(arrival.status)
  const after = hasNeed(preRelease.status)
  if (!before && after) return 'new-need'
  if (before && !after) return 'no-longer-a-need'
  if (preRelease.status === 'done' && arrival.status !== 'done') return 'need-met'
  if (rank(preRelease.urgency) > rank(arrival.urgency)) return 'more-pressing'
  if (rank(preRelease.urgency) < rank(arrival.urgency)) return 'less-pressing'
  if (preRelease.status !== arrival.status) return 'status-changed'
  return 'no-change'
}

/** The pre-release review beside the screening on arrival, pathway by pathway, in the catalogue's order. */
export function changesSinceArrival(
  arrival: ScreeningAnswers | null,
  preRelease: ScreeningAnswers | null,
): PathwayComparison[] {
  return NEEDS_CATALOGUE.pathways.map(({ key }) => {
    const before = arrival?.pathways[key] ?? null
    const after = preRelease?.pathways[key] ?? null
    return { pathway: key, arrival: before, preRelease: after, change: changeOf(before, after) }
  })
}

export interface WomensNeedComparison {
  need: WomensNeedKey
  arrival: WomensNeedAnswer | null
  preRelease: WomensNeedAnswer | null
  changed: boolean
}

/** The answers to the questions for women on arrival and before release, where they applied to either. */
export function womensNeedsSinceArrival(
  arrival: ScreeningAnswers | null,
  preRelease: ScreeningAnswers | null,
): WomensNeedComparison[] {
  if (!arrival?.womensNeedsApply && !preRelease?.womensNeedsApply) return []
  const answer = (s: ScreeningAnswers | null, key: WomensNeedKey) =>
    s?.womensNeedsApply ? (s.womensNeeds[key] ?? null) : null
  return NEEDS_CATALOGUE.womensNeeds.map(({ key }) => {
    const before = answer(arrival, key)
    const after = answer(preRelease, key)
    return {
      need: key,
      arrival: before,
      preRelease: after,
      changed: Boolean(arrival && preRelease && before !== after),
    }
  })
}
