import { z } from 'zod'
import type { FieldError } from '../../platform/errors/errors.ts'
import { optionalText, requiredDate } from '../../platform/validation/fields.ts'
import { ATTENDEES, CONTACT_TYPES, attendeeProblems, contactProblems } from './handover.rules.ts'

/** Checkboxes send nothing, one value or several; JSON sends a list. */
const attendeeList = z.preprocess(
  value => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.enum(ATTENDEES, { error: 'Select who attended from the list' })).max(ATTENDEES.length),
)

/** The version of the meeting being changed; none when recording the first. */
const version = z.preprocess(
  value => (value === '' || value === null ? undefined : value),
  z.coerce.number({ error: 'Send the version of the meeting you are changing' }).int().min(1).optional(),
)

/** Radios send 'yes' or 'no'; JSON sends a boolean. */
const yesNo = (error: string) =>
  z.preprocess(value => (value === 'yes' ? true : value === 'no' ? false : value), z.boolean({ error }))

const addProblems = (problems: FieldError[], ctx: z.RefinementCtx) => {
  for (const { field, message } of problems) ctx.addIssue({ code: 'custom', path: [field], message })
}

/**
 * Cross-field rules run as soon as the fields they read are valid, so that one answer lists every fault,
 * even when another field (a mistyped date) is wrong too.
 */
function onceValid<Shape extends z.ZodRawShape>(fields: z.ZodObject<Shape>) {
  return { when: (payload: { value: unknown }) => fields.safeParse(payload.value).success }
}

const meetingFields = z.object({
  meetingDate: requiredDate('the date of the meeting'),
  attendees: attendeeList,
  supporterName: optionalText('the supporter’s name', 100),
  supporterRelationship: optionalText('how the supporter knows the person', 100),
  notes: optionalText('the notes', 4000),
  version,
})

export const meetingSchema = meetingFields.superRefine(
  (meeting, ctx) => addProblems(attendeeProblems(meeting), ctx),
  onceValid(meetingFields.pick({ attendees: true, supporterName: true, supporterRelationship: true })),
)

const contactFields = z.object({
  contactDate: requiredDate('the date of the contact'),
  contactType: z.enum(CONTACT_TYPES, {
    error: 'Select the type of contact: a visit, video call, phone call or letter',
  }),
  met: yesNo('Select whether the COM met the person'),
  note: optionalText('the note', 500),
})

export const contactSchema = contactFields.superRefine(
  (contact, ctx) => addProblems(contactProblems(contact), ctx),
  onceValid(contactFields.pick({ contactType: true, met: true })),
)

export type MeetingInput = z.infer<typeof meetingSchema>
export type ContactInput = z.infer<typeof contactSchema>

/** The people whose flags a caseload page asks for. */
export const personIdsSchema = z.array(z.uuid({ error: 'Send person ids' })).max(1000, 'Ask for 1,000 people or fewer')
