import { formatLongDate, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Appointment } from './supervision.mappers.ts'
import { APPOINTMENT_KINDS, OUTCOMES, RESPONSES, SETBACK_KINDS } from './supervision.rules.ts'
import { APPOINTMENT_KIND_NAMES, OUTCOME_NAMES, RESPONSE_NAMES, SETBACK_KIND_NAMES } from './supervision.wording.ts'

const items = <K extends string>(keys: readonly K[], names: Record<K, string>) =>
  keys.map(value => ({ value, text: names[value] }))

export const scheduleChoices = () => ({ kindItems: items(APPOINTMENT_KINDS, APPOINTMENT_KIND_NAMES) })

export const recordChoices = () => ({ outcomeItems: items(OUTCOMES, OUTCOME_NAMES) })

export const setbackChoices = () => ({
  kindItems: items(SETBACK_KINDS, SETBACK_KIND_NAMES),
  responseItems: items(RESPONSES, RESPONSE_NAMES),
})

/** An appointment in words: its type, day, time and practitioner. */
export const appointmentText = (a: Appointment) =>
  `${APPOINTMENT_KIND_NAMES[a.kind]} on ${formatLongDate(a.date)}${a.time ? ` at ${a.time}` : ''} with ${a.practitioner}.`

/**
 * The table of appointments to come or to record: what happened can be recorded from the day of the
 * appointment, by those who may change the record.
 */
export function upcomingRows(personId: string, upcoming: readonly Appointment[], canRecord: boolean, today: IsoDate) {
  return upcoming.map(a => {
    const when = formatLongDate(a.date)
    const record =
      canRecord && a.date <= today
        ? `<a class="govuk-link" href="/people/${personId}/supervision/appointments/${a.id}" data-qa="record-appointment">Record what happened<span class="govuk-visually-hidden"> on ${when}</span></a>`
        : ''
    return [
      { text: `${when}${a.time ? ` at ${a.time}` : ''}` },
      { text: APPOINTMENT_KIND_NAMES[a.kind] },
      { text: a.practitioner },
      { html: record },
    ]
  })
}
