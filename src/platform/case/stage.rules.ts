import { addDays, daysBetween, type IsoDate } from '../dates/calendar-date.ts'

/**
 * Where a person is on the journey through the gate, for caseloads and every case page's header. The windows are practice,
 * not law: keep them here, named and dated. Recorded 2026-11-23.
 */
export const STAGE_POLICY = {
  name: 'Resettle caseload stages',
  recordedOn: '2026-11-23',
  /** "Handover due" from this many days before the handover date until it is done. */
  handoverSoonDays: 28,
  /** "Due out" within 12 weeks of the earliest release date. */
  releaseSoonDays: 84,
  /** "Released" for the first 6 weeks after release, then "on licence". */
  recentlyReleasedDays: 42,
} as const

export const STAGES = [
  'not-recorded',
  'in-custody',
  'handover-due',
  'due-out',
  'released',
  'on-licence',
  'licence-ended',
] as const
export type Stage = (typeof STAGES)[number]

export const STAGE_LABELS: Record<Stage, string> = {
  'not-recorded': 'No sentence recorded',
  'in-custody': 'In custody',
  'handover-due': 'Handover due',
  'due-out': 'Due out within 12 weeks',
  released: 'Released in the last 6 weeks',
  'on-licence': 'On licence',
  'licence-ended': 'Licence ended',
}

export interface CaseDates {
  hasEpisode: boolean
  releaseDate: IsoDate | null
  earliestReleaseDate: IsoDate | null
  licenceExpiryDate: IsoDate | null
  handoverDate: IsoDate | null
  comAllocationOverdueFrom: IsoDate | null
  hasCom: boolean
}

/** The stage on `today`: the same rule as the caseload query's SQL, which filters and sorts by it. */
export function stageOf(c: CaseDates, today: IsoDate): Stage {
  if (!c.hasEpisode) return 'not-recorded'
  if (c.releaseDate) {
    if (daysBetween(c.releaseDate, today) < STAGE_POLICY.recentlyReleasedDays) return 'released'
    return c.licenceExpiryDate && c.licenceExpiryDate < today ? 'licence-ended' : 'on-licence'
  }
  if (c.earliestReleaseDate && c.earliestReleaseDate <= addDays(today, STAGE_POLICY.releaseSoonDays)) return 'due-out'
  if (c.handoverDate && c.handoverDate <= addDays(today, STAGE_POLICY.handoverSoonDays)) return 'handover-due'
  return 'in-custody'
}
