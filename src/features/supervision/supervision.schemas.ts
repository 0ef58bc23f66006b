import { z } from 'zod'
import { optionalText, pageNumber, requiredDate, requiredText } from '../../platform/validation/fields.ts'
import { APPOINTMENT_KINDS, OUTCOMES, RESPONSES, SETBACK_KINDS } from './supervision.rules.ts'

/** Which page of the journey, counted back from the latest step. */
export const journeyQuerySchema = z.object({ page: pageNumber() })

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
  version: z.coerce.number({ error: 'Send the version of the appointment you are recording' }).int().min(1),
})

export const setbackSchema = z.object({
  occurredOn: requiredDate('the date it happened'),
  kind: z.enum(SETBACK_KINDS, { error: 'Select what kind of setback it was' }),
  whatHappened: requiredText('what happened', 2000),
  response: z.enum(RESPONSES, { error: 'Select the response' }),
  responseReason: requiredText('the reason for the response', 2000),
})

export type AppointmentInput = z.infer<typeof appointmentSchema>
export type AppointmentRecordInput = z.infer<typeof appointmentRecordSchema>
export type SetbackInput = z.infer<typeof setbackSchema>
