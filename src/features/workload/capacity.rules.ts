/**
 * A practitioner's stored caseload turned into workload: each case's type from where the person is on the journey,
 * its tier, the practitioner's hours less the reductions in force, and the calculator of `workload.rules.ts`; week
 * by week from the allocation and tier histories; and the flags of an excessive workload. Pure: no I/O, no clock.
 */
import { addDays, type IsoDate } from '../../platform/dates/calendar-date.ts'
import {
  availablePoints,
  capacityPercent,
  points,
  type CaseType,
  type CourtReports,
  type Grade,
  type Tier,
  type WorkloadResult,
} from './workload.rules.ts'

export const EXCESSIVE = {
  /** Above this capacity… */
  capacityPercent: 110,
  /** …for this many weeks in a row is an excessive workload (DOMAIN.md, "Tiering and workload"). */
  consecutiveWeeks: 4,
  /** More cases than this and quality falls (inspectors' finding, DOMAIN.md). */
  cases: 50,
  /** The weeks of history shown. */
  weeksShown: 12,
} as const

/** What the case type needs of a person's current custody episode (null: none recorded). */
export interface EpisodeDates {
  releaseDate: IsoDate | null
  licenceExpiryDate: IsoDate | null
}

/**
 * The case type on a day, from the stage: in custody (no release recorded by that day) is a custody case;
 * released and on licence is a licence case; no custody episode recorded is a community case; once the licence
 * has ended the case scores nothing (null), as the workload tool counts only open cases.
 */
export function caseTypeOn(episode: EpisodeDates | null, day: IsoDate): CaseType | null {
  if (!episode) return 'community'
  if (!episode.releaseDate || episode.releaseDate > day) return 'custody'
  if (episode.licenceExpiryDate && episode.licenceExpiryDate < day) return null
  return 'licence'
}

export interface Hours {
  grade: Grade
  contractedHours: number
}

export interface Reduction {
  hours: number
  startDate: IsoDate
  endDate: IsoDate | null
}

export type ReductionState = 'scheduled' | 'active' | 'ended'

export function reductionState(r: Reduction, day: IsoDate): ReductionState {
  if (r.startDate > day) return 'scheduled'
  return r.endDate !== null && r.endDate < day ? 'ended' : 'active'
}

/** The hours of the reductions in force on a day, at most the contracted hours. */
export function reductionHoursOn(reductions: readonly Reduction[], contractedHours: number, day: IsoDate): number {
  // In hundredths, so that 0.1 + 0.2 hours is 0.3; hours are stored to two places.
  const hundredths = reductions
    .filter(r => reductionState(r, day) === 'active')
    .reduce((sum, r) => sum + Math.round(r.hours * 100), 0)
  return Math.min(hundredths, Math.round(contractedHours * 100)) / 100
}

export const COURT_REPORT_TYPES = ['standard', 'fast'] as const
export type CourtReportType = (typeof COURT_REPORT_TYPES)[number]

/** A court report a practitioner writes: asked for on one day, due on another (on or after it). */
export interface CourtReport {
  type: CourtReportType
  requestedOn: IsoDate
  dueOn: IsoDate
}

/** The days of a week: the week ending on a day is that day and the six before it. */
const WEEK_DAYS = 7

/**
 * Resettle's rule (README, "Court reports"): a report counts in every week from the one it was requested in to the
 * one it is due in, that is in the week ending on `weekEnding` when it was requested by then and is due no earlier
 * than the week's first day. The week ending today is the workload now, so a report due yesterday still counts
 * today, and a fast report asked for and due in the same week counts in that week.
 */
export function countsInWeek(report: CourtReport, weekEnding: IsoDate): boolean {
  return report.requestedOn <= weekEnding && report.dueOn >= addDays(weekEnding, -(WEEK_DAYS - 1))
}

/** How many standard and fast reports count in the week ending on a day. */
export function courtReportsInWeek(reports: readonly CourtReport[], weekEnding: IsoDate): CourtReports {
  const counted = { standard: 0, fast: 0 }
  for (const r of reports) if (countsInWeek(r, weekEnding)) counted[r.type] += 1
  return counted
}

/** Whether a report counts now (the week ending today), is still to count, or no longer counts. */
export type CourtReportState = 'to-come' | 'counting' | 'ended'

export function courtReportState(report: CourtReport, today: IsoDate): CourtReportState {
  if (countsInWeek(report, today)) return 'counting'
  return report.requestedOn > today ? 'to-come' : 'ended'
}

/** The first due date a report may have and still count in any of these weeks (oldest first). */
export function earliestDueCounted(weeks: readonly IsoDate[]): IsoDate {
  return addDays(weeks[0]!, -(WEEK_DAYS - 1))
}

export interface HeldCase {
  tier: Tier | null
  type: CaseType | null
}

export interface Workload extends WorkloadResult {
  cases: number
  byType: Record<CaseType, number>
  /** Cases with no tier recorded: they score nothing until one is. */
  untiered: number
  /** The court reports counted in the points. */
  courtReports: CourtReports
}

/**
 * The workload of a caseload and the court reports counted with it, for these hours on a day; with no hours
 * recorded, nothing is available.
 */
export function workloadOf(
  cases: readonly HeldCase[],
  hours: Hours | null,
  reductionHours: number,
  courtReports: CourtReports = { standard: 0, fast: 0 },
): Workload {
  const byType: Record<CaseType, number> = { community: 0, licence: 0, custody: 0 }
  const counts = new Map<string, { tier: Tier; type: CaseType; count: number }>()
  let untiered = 0
  for (const c of cases) {
    if (!c.type) continue
    byType[c.type] += 1
    if (!c.tier) {
      untiered += 1
      continue
    }
    const key = `${c.tier}:${c.type}`
    const entry = counts.get(key) ?? { tier: c.tier, type: c.type, count: 0 }
    entry.count += 1
    counts.set(key, entry)
  }
  const scored = points([...counts.values()], courtReports)
  const available = hours ? availablePoints(hours.grade, hours.contractedHours, reductionHours) : 0
  const cased = byType.community + byType.licence + byType.custody
  return {
    points: scored,
    availablePoints: available,
    capacityPercent: capacityPercent(scored, available),
    cases: cased,
    byType,
    untiered,
    courtReports: { standard: courtReports.standard, fast: courtReports.fast },
  }
}

/** The days each week of history ends on, oldest first: today, and each 7 days back. */
export function weekEnds(today: IsoDate, weeks: number = EXCESSIVE.weeksShown): IsoDate[] {
  return Array.from({ length: weeks }, (_, i) => addDays(today, -7 * (weeks - 1 - i)))
}

/** One allocation of a COM (staffId null: taken off), on a day, in the order they were made. */
export interface ComEvent {
  personId: string
  staffId: string | null
  on: IsoDate
}

export interface TierEvent {
  personId: string
  tier: Tier
  setOn: IsoDate
}

export interface HistoryInput {
  weeks: readonly IsoDate[]
  /** Every COM allocation of the people concerned, oldest first. */
  allocations: readonly ComEvent[]
  /** The people whose COM is recorded on their record but not in the allocation history: held throughout. */
  heldWithoutHistory: readonly { personId: string; staffId: string }[]
  tiers: readonly TierEvent[]
  episodes: ReadonlyMap<string, EpisodeDates>
  hours: ReadonlyMap<string, Hours>
  reductions: ReadonlyMap<string, readonly Reduction[]>
  /** Each practitioner's court reports (those due before the first week may be left out). */
  courtReports?: ReadonlyMap<string, readonly CourtReport[]>
}

export interface Week extends Workload {
  weekEnding: IsoDate
  /** Cases counted at a tier first recorded after this week (no tier had been recorded yet). */
  tieredLater: number
  overCapacity: boolean
  /** This week and the three before it were all above 110%. */
  excessive: boolean
  overCases: boolean
}

/**
 * Each practitioner's workload at the end of each week: the people allocated to them then (the allocation
 * history), each at the tier in force then (a case not yet tiered then counts at its first tier, and is counted
 * in `tieredLater`), of the type its current custody episode gave on that day, against today's contracted hours
 * (no history of hours is kept) less the reductions in force that day, with the court reports that count in that week.
 */
export function weeklyHistory(staffIds: readonly string[], input: HistoryInput): Map<string, Week[]> {
  const tiersOf = groupBy(input.tiers, t => t.personId)
  const allocationsOf = groupBy(input.allocations, a => a.personId)
  const result = new Map<string, Week[]>(staffIds.map(id => [id, []]))
  const holders = input.weeks.map(day => {
    const held = new Map<string, string[]>()
    const hold = (staffId: string | null, personId: string) => {
      if (staffId && result.has(staffId)) held.set(staffId, [...(held.get(staffId) ?? []), personId])
    }
    for (const [personId, events] of allocationsOf) {
      let current: string | null = null
      for (const e of events) if (e.on <= day) current = e.staffId
      hold(current, personId)
    }
    for (const { personId, staffId } of input.heldWithoutHistory) hold(staffId, personId)
    return held
  })
  for (const staffId of staffIds) {
    const weeks = result.get(staffId)!
    input.weeks.forEach((day, w) => {
      let tieredLater = 0
      const cases = (holders[w]!.get(staffId) ?? []).map(personId => {
        const { tier, later } = tierOn(tiersOf.get(personId) ?? [], day)
        if (later) tieredLater += 1
        return { tier, type: caseTypeOn(input.episodes.get(personId) ?? null, day) }
      })
      const hours = input.hours.get(staffId) ?? null
      const reduction = hours ? reductionHoursOn(input.reductions.get(staffId) ?? [], hours.contractedHours, day) : 0
      const reports = courtReportsInWeek(input.courtReports?.get(staffId) ?? [], day)
      const workload = workloadOf(cases, hours, reduction, reports)
      weeks.push(flagged(weeks, { ...workload, weekEnding: day, tieredLater }))
    })
  }
  return result
}

function flagged(before: readonly Week[], week: Omit<Week, 'overCapacity' | 'excessive' | 'overCases'>): Week {
  const overCapacity = week.capacityPercent !== null && week.capacityPercent > EXCESSIVE.capacityPercent
  const run = [...before.slice(-(EXCESSIVE.consecutiveWeeks - 1)).map(w => w.overCapacity), overCapacity]
  return {
    ...week,
    overCapacity,
    excessive: run.length === EXCESSIVE.consecutiveWeeks && run.every(Boolean),
    overCases: week.cases > EXCESSIVE.cases,
  }
}

/** The tier in force on a day; before the first, the first (said as such); none when never tiered. */
export function tierOn(history: readonly TierEvent[], day: IsoDate): { tier: Tier | null; later: boolean } {
  const sorted = [...history].sort((a, b) => (a.setOn < b.setOn ? -1 : a.setOn > b.setOn ? 1 : 0))
  let tier: Tier | null = null
  for (const t of sorted) if (t.setOn <= day) tier = t.tier
  if (tier) return { tier, later: false }
  return sorted[0] ? { tier: sorted[0].tier, later: true } : { tier: null, later: false }
}

/** A team's weeks: the practitioners' points and available points summed, capacity worked from the sums. */
export function teamWeeks(practitioners: readonly (readonly Week[])[], weeks: readonly IsoDate[]): Week[] {
  const out: Week[] = []
  weeks.forEach((day, w) => {
    const all = practitioners.map(p => p[w]!).filter(Boolean)
    const sum = (f: (x: Week) => number) => all.reduce((s, x) => s + f(x), 0)
    const scored = sum(x => x.points)
    const available = sum(x => x.availablePoints)
    out.push(
      flagged(out, {
        points: scored,
        availablePoints: available,
        capacityPercent: capacityPercent(scored, available),
        cases: sum(x => x.cases),
        byType: {
          community: sum(x => x.byType.community),
          licence: sum(x => x.byType.licence),
          custody: sum(x => x.byType.custody),
        },
        untiered: sum(x => x.untiered),
        courtReports: { standard: sum(x => x.courtReports.standard), fast: sum(x => x.courtReports.fast) },
        tieredLater: sum(x => x.tieredLater),
        weekEnding: day,
      }),
    )
  })
  // A team's case count is not held against the 50 a practitioner may carry.
  return out.map(w => ({ ...w, overCases: false }))
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item])
  return map
}
