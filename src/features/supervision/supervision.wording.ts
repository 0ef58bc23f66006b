import type { AppointmentKind, Outcome, Response, SetbackKind } from './supervision.rules.ts'

export const APPOINTMENT_KIND_NAMES: Record<AppointmentKind, string> = {
  office: 'Office',
  'home-visit': 'Home visit',
  phone: 'Phone call',
  video: 'Video call',
}

/** Where an appointment is, in the words of a letter to the person. */
export const APPOINTMENT_PLACES: Record<AppointmentKind, string> = {
  office: 'at the probation office',
  'home-visit': 'at your home',
  phone: 'by phone',
  video: 'by video call',
}

export const OUTCOME_NAMES: Record<Outcome, string> = {
  attended: 'Attended',
  'acceptable-absence': 'Acceptable absence',
  'unacceptable-absence': 'Unacceptable absence',
}

export const SETBACK_KIND_NAMES: Record<SetbackKind, string> = {
  lapse: 'Lapse',
  relapse: 'Relapse',
  'missed-appointment': 'Missed appointment',
  'new-concern': 'New concern',
}

export const RESPONSE_NAMES: Record<Response, string> = {
  'talk-it-through': 'Talk it through',
  'adjust-plan': 'Adjust the plan',
  'more-contact': 'More contact',
  warning: 'A warning',
  referral: 'A referral',
  'consider-recall': 'Consider recall',
}
