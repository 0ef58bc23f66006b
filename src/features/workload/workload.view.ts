import { REASON_NAMES, REASONS } from '../people/index.ts'
import { COMPLEXITY_FLAGS, MAPPA_LEVELS, ROSH_LEVELS, type ComplexityFlag } from './tiering.rules.ts'
import { COURT_REPORT_TYPES, type CourtReportState, type CourtReportType } from './capacity.rules.ts'
import { GRADES, WORKLOAD_POINTS } from './workload.rules.ts'

export const ROSH_NAMES: Record<(typeof ROSH_LEVELS)[number], string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  'very-high': 'Very high',
}
export const MAPPA_NAMES: Record<(typeof MAPPA_LEVELS)[number], string> = {
  none: 'Not managed under MAPPA',
  '1': 'MAPPA level 1',
  '2': 'MAPPA level 2',
  '3': 'MAPPA level 3',
}
export const FLAG_NAMES: Record<ComplexityFlag, string> = {
  'domestic-abuse': 'Domestic abuse',
  stalking: 'Stalking',
  'child-protection': 'Child protection',
  'street-gangs': 'Street gangs',
  'adult-at-risk': 'Adult at risk',
  'breach-or-recall': 'Breach or recall',
}
export const CASE_TYPE_NAMES = { community: 'Community', licence: 'Licence', custody: 'Custody' } as const

/** The choices of the tier form, each as GOV.UK radios or checkboxes take them. */
export function tierChoices() {
  return {
    roshItems: ROSH_LEVELS.map(value => ({ value, text: ROSH_NAMES[value] })),
    mappaItems: MAPPA_LEVELS.map(value => ({ value, text: MAPPA_NAMES[value] })),
    flagItems: COMPLEXITY_FLAGS.map(value => ({ value, text: FLAG_NAMES[value] })),
    flagNames: FLAG_NAMES,
    roshNames: ROSH_NAMES,
    mappaNames: MAPPA_NAMES,
  }
}

export function hoursChoices() {
  return { gradeItems: GRADES.map(value => ({ value, text: value })) }
}

export function reasonItems() {
  return [{ value: '', text: 'Select a reason' }, ...REASONS.map(value => ({ value, text: REASON_NAMES[value] }))]
}

/** A capacity as the pages show it. */
export function percent(value: number | null): string {
  return value === null ? 'Not known' : `${value.toFixed(1)}%`
}

export const COURT_REPORT_TYPE_NAMES: Record<CourtReportType, string> = {
  standard: 'Standard delivery',
  fast: 'Fast delivery',
}
export const COURT_REPORT_STATE_NAMES: Record<CourtReportState, string> = {
  'to-come': 'Counts from when requested',
  counting: 'Counts now',
  ended: 'No longer counts',
}

export function courtReportChoices() {
  return {
    courtReportTypeItems: COURT_REPORT_TYPES.map(value => ({
      value,
      text: COURT_REPORT_TYPE_NAMES[value],
      hint: { text: `${WORKLOAD_POINTS.courtReports[value]} points` },
    })),
  }
}
