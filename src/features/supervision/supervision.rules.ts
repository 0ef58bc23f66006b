import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { pageOf } from '../../platform/lists/page-of.ts'

/** Supervision appointments and setbacks, and the journey they make together, with no I/O. */
export const APPOINTMENT_KINDS = ['office', 'home-visit', 'phone', 'video'] as const
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number]

export const OUTCOMES = ['attended', 'acceptable-absence', 'unacceptable-absence'] as const
export type Outcome = (typeof OUTCOMES)[number]

export const SETBACK_KINDS = ['lapse', 'relapse', 'missed-appointment', 'new-concern'] as const
export type SetbackKind = (typeof SETBACK_KINDS)[number]

/** The range of responses, from the lightest; recall is only ever considered, never the reflex. */
export const RESPONSES = [
  'talk-it-through',
  'adjust-plan',
  'more-contact',
  'warning',
  'referral',
  'consider-recall',
] as const
export type Response = (typeof RESPONSES)[number]

/** What happened at an appointment can be recorded on the day or after it, never before. */
export function outcomeProblem(appointmentDate: IsoDate, today: IsoDate): string | null {
  return appointmentDate > today ? 'You can record what happened on the day of the appointment or after it' : null
}

export interface JourneyAppointment {
  id: string
  date: IsoDate
  kind: AppointmentKind
  outcome: Outcome | null
  nextTime: string | null
}

export interface JourneySetback {
  id: string
  date: IsoDate
  kind: SetbackKind
  response: Response
}

/** Up for progress, down for a setback, level for what neither moves (an acceptable absence). */
export type Direction = 'up' | 'down' | 'level'

export interface JourneyStep {
  date: IsoDate
  direction: Direction
  source: 'appointment' | 'setback'
  id: string
}

/**
 * The person's journey as the zigzag it is: attended appointments (progress) and setbacks together, in date
 * order, each going up, down or level. Appointments not yet recorded are not part of the journey. An
 * unacceptable absence is recorded as a setback too when it matters, so here it is level, never counted twice.
 */
export function journey(
  appointments: readonly JourneyAppointment[],
  setbacks: readonly JourneySetback[],
): JourneyStep[] {
  const steps: JourneyStep[] = [
    ...appointments
      .filter(a => a.outcome !== null)
      .map(a => ({
        date: a.date,
        direction: (a.outcome === 'attended' ? 'up' : 'level') as Direction,
        source: 'appointment' as const,
        id: a.id,
      })),
    ...setbacks.map(s => ({ date: s.date, direction: 'down' as const, source: 'setback' as const, id: s.id })),
  ]
  return steps.sort((a, b) => a.date.localeCompare(b.date) || a.source.localeCompare(b.source))
}

/** How many steps went up and down: progress is shown beside setbacks, not hidden behind them. */
export function journeySummary(steps: readonly JourneyStep[]) {
  return {
    progress: steps.filter(s => s.direction === 'up').length,
    setbacks: steps.filter(s => s.direction === 'down').length,
  }
}

/**
 * A page of the journey counted back from the latest step, shown in date order: page 1 is the most recent 50,
 * page 2 the 50 before them. Years on licence make hundreds of steps; the summary still counts them all.
 */
export function journeyPage<T>(steps: readonly T[], page: number) {
  const { items, ...paging } = pageOf([...steps].reverse(), page)
  return { steps: items.reverse(), ...paging }
}
