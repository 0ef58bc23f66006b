import type { Selectable } from 'kysely'
import { journey, journeyPage, journeySummary } from './supervision.rules.ts'
import type { SetbackTable, SupervisionAppointmentTable } from './supervision.tables.ts'
import { APPOINTMENT_KIND_NAMES, OUTCOME_NAMES, RESPONSE_NAMES, SETBACK_KIND_NAMES } from './supervision.wording.ts'

type AppointmentRow = Selectable<SupervisionAppointmentTable> & { practitioner_name: string }
type SetbackRow = Selectable<SetbackTable> & { recorded_by_name: string }

/** An appointment as pages and the API show it. */
export function toAppointment(row: AppointmentRow) {
  return {
    id: row.id,
    date: row.appointment_date,
    time: row.appointment_time,
    kind: row.kind,
    outcome: row.outcome,
    notes: row.notes,
    nextTime: row.next_time,
    practitioner: row.practitioner_name,
    version: row.version,
  }
}

export function toSetback(row: SetbackRow) {
  return {
    id: row.id,
    date: row.occurred_on,
    kind: row.kind,
    whatHappened: row.what_happened,
    response: row.response,
    responseReason: row.response_reason,
    recordedBy: row.recorded_by_name,
  }
}

export type Appointment = ReturnType<typeof toAppointment>
export type Setback = ReturnType<typeof toSetback>

const TAGS = {
  up: 'govuk-tag--green',
  level: 'govuk-tag--grey',
  down: 'govuk-tag--orange',
} as const

/** The journey with what each step says, for the page: progress and setbacks in one line of dates. */
export function journeyView(appointments: Appointment[], setbacks: Setback[], page = 1) {
  const byId = new Map<string, Appointment | Setback>([...appointments, ...setbacks].map(x => [x.id, x]))
  const steps = journey(appointments, setbacks).map(step => {
    const item = byId.get(step.id)!
    if (step.source === 'appointment') {
      const a = item as Appointment
      return {
        ...step,
        title: `${APPOINTMENT_KIND_NAMES[a.kind]} appointment`,
        tag: { text: OUTCOME_NAMES[a.outcome!], classes: TAGS[step.direction] },
        description: a.nextTime ? `Wants to work on next: ${a.nextTime}` : (a.notes ?? ''),
      }
    }
    const s = item as Setback
    return {
      ...step,
      title: SETBACK_KIND_NAMES[s.kind],
      tag: { text: `Response: ${RESPONSE_NAMES[s.response]}`, classes: TAGS[step.direction] },
      description: `${s.whatHappened} Why this response: ${s.responseReason}`,
    }
  })
  return { ...journeyPage(steps, page), summary: journeySummary(steps) }
}
