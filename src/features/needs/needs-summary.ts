import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { NEEDS_CATALOGUE, type ScreeningKind } from './needs.catalogue.ts'
import type { NeedAction, Screening } from './needs.mappers.ts'
import {
  changesSinceArrival,
  deadlineOf,
  latestByPathway,
  pathwaysWithNeed,
  womensNeedsRaised,
  womensNeedsSinceArrival,
  type Deadline,
} from './needs.rules.ts'
import { deadlineWords } from './needs.wording.ts'

/** The due dates the key-date rules derive for a custody episode (null where they cannot say). */
export interface NeedsDueDates {
  screeningDueDate: IsoDate | null
  preReleaseReviewDueDate: IsoDate | null
}

/** Where the screening on arrival and the pre-release review stand today, in words as well. */
export function needsDeadlines(due: NeedsDueDates | null, screenings: Screening[], today: IsoDate) {
  const doneOn = (kind: ScreeningKind) => screenings.find(s => s.kind === kind)?.screenedOn ?? null
  const worded = (d: Deadline) => ({ ...d, words: deadlineWords(d) })
  return {
    arrival: worded(deadlineOf(due?.screeningDueDate ?? null, doneOn('arrival'), today)),
    preRelease: worded(deadlineOf(due?.preReleaseReviewDueDate ?? null, doneOn('pre-release'), today)),
  }
}

/**
 * What a practitioner needs to plan: the deadlines, the latest answer for each pathway with any women's needs raised
 * within it and what changed since arrival, the answers to the questions for women, and the actions.
 */
export function summariseNeeds(
  due: NeedsDueDates | null,
  screenings: Screening[],
  actions: NeedAction[],
  today: IsoDate,
) {
  const arrival = screenings.find(s => s.kind === 'arrival') ?? null
  const preRelease = screenings.find(s => s.kind === 'pre-release') ?? null
  const latest = latestByPathway(screenings)
  const changes = changesSinceArrival(arrival, preRelease)
  const raised = womensNeedsRaised(preRelease ?? arrival)
  return {
    deadlines: needsDeadlines(due, screenings, today),
    screenings: { arrival, preRelease },
    pathways: NEEDS_CATALOGUE.pathways.map(({ key, label }) => ({
      key,
      label,
      latest: latest[key],
      change: preRelease ? changes.find(c => c.pathway === key)!.change : null,
      womensNeeds: NEEDS_CATALOGUE.womensNeeds.filter(n => n.pathway === key && raised.includes(n.key)).map(n => n.key),
    })),
    womensNeeds: womensNeedsSinceArrival(arrival, preRelease),
    pathwaysWithNeed: pathwaysWithNeed(screenings),
    actions,
  }
}

export type NeedsSummary = ReturnType<typeof summariseNeeds>
