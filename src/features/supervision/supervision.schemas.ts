import { z } from 'zod'
import {
  INT4_MAX,
  optionalText,
  pageNumber,
  requiredDate,
  requiredText,
  uuidField,
  type Clock,
} from '../../platform/validation/fields.ts'
import { personParams } from '../../platform/validation/params.ts'
import { personResponse } from '../people/index.ts'
import { APPOINTMENT_KINDS, OUTCOMES, RESPONSES, SETBACK_KINDS } from './supervision.rules.ts'

/** Which page of the journey, counted back from the latest step. */
export const journeyQuerySchema = z.object({ page: pageNumber() })

export const appointmentParams = personParams.extend({ appointmentId: uuidField('the appointment') })

export const appointmentSchema = z.object({
  appointmentDate: requiredDate('the date of the appointment'),
  appointmentTime: z.preprocess(
    value => (typeof value === 'string' ? value.trim() || undefined : (value ?? undefined)),
    z
      .string()
      .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Enter a time in the 24-hour format, like 14:30')
      .optional(),
  ),
  kind: z.enum(APPOINTMENT_KINDS, { error: 'Select the type of appointment' }),
})

export const appointmentRecordSchema = z.object({
  outcome: z.enum(OUTCOMES, { error: 'Select what happened' }),
  notes: optionalText('the notes of the contact', 4000),
  nextTime: optionalText('what the person wants to work on next time', 1000),
  version: z.coerce
    .number({ error: 'Send the version of the appointment you are recording' })
    .int()
    .min(1)
    .max(INT4_MAX, { error: 'Send the version of the appointment you are recording' }),
})

/** A setback as it is recorded: it has happened, so its date is today at the latest. */
export function setbackSchema(today: Clock) {
  return z.object({
    occurredOn: requiredDate('the date it happened').refine(
      date => date <= today(),
      'The date it happened must be today or in the past',
    ),
    kind: z.enum(SETBACK_KINDS, { error: 'Select what kind of setback it was' }),
    whatHappened: requiredText('what happened', 2000),
    response: z.enum(RESPONSES, { error: 'Select the response' }),
    responseReason: requiredText('the reason for the response', 2000),
  })
}

export type AppointmentInput = z.infer<typeof appointmentSchema>
export type AppointmentRecordInput = z.infer<typeof appointmentRecordSchema>
export type SetbackInput = z.infer<ReturnType<typeof setbackSchema>>

/** What the API answers: appointments, setbacks and the journey as `supervision.mappers.ts` makes them. */
const appointmentResponse = z.object({
  id: z.uuid(),
  date: z.iso.date(),
  time: z.string().nullable(),
  kind: z.enum(APPOINTMENT_KINDS),
  outcome: z.enum(OUTCOMES).nullable(),
  notes: z.string().nullable(),
  nextTime: z.string().nullable(),
  practitioner: z.string(),
  version: z.number().int(),
})

const setbackResponse = z.object({
  id: z.uuid(),
  date: z.iso.date(),
  kind: z.enum(SETBACK_KINDS),
  whatHappened: z.string(),
  response: z.enum(RESPONSES),
  responseReason: z.string(),
  recordedBy: z.string(),
})

const journeyStep = z.object({
  id: z.uuid(),
  date: z.iso.date(),
  direction: z.enum(['up', 'level', 'down']),
  source: z.enum(['appointment', 'setback']),
  title: z.string(),
  tag: z.object({ text: z.string(), classes: z.string() }),
  description: z.string(),
})

export const supervisionResponse = z.object({
  person: personResponse,
  upcoming: z.array(appointmentResponse),
  appointments: z.array(appointmentResponse),
  setbacks: z.array(setbackResponse),
  journey: z.object({
    steps: z.array(journeyStep),
    total: z.number().int(),
    page: z.number().int(),
    pageCount: z.number().int(),
    summary: z.object({ progress: z.number().int(), setbacks: z.number().int() }),
  }),
  canRecord: z.boolean(),
  today: z.iso.date(),
})

export const createdResponse = z.object({ id: z.uuid() })
export const recordedResponse = z.object({ id: z.uuid(), version: z.number().int() })
export const setbackCreatedResponse = z.object({ id: z.uuid(), considerRecall: z.boolean() })
