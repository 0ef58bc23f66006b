import { z } from 'zod'
import type { ReportSection } from '../../platform/case/report-section.ts'
import type { FieldError } from '../../platform/errors/errors.ts'
import { optionalText, requiredDate, type Clock, INT4_MAX } from '../../platform/validation/fields.ts'
import { personResponse } from '../people/index.ts'
import {
  ATTENDEES,
  CONTACT_TYPES,
  attendeeProblems,
  contactProblems,
  futureDateProblem,
  type MeetingStatus,
} from './handover.rules.ts'

/** Checkboxes send nothing, one value or several; JSON sends a list. */
const attendeeList = z.preprocess(
  value => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.enum(ATTENDEES, { error: 'Select who attended from the list' })).max(ATTENDEES.length),
)

/** The version of the meeting being changed; none when recording the first. */
const version = z.preprocess(
  value => (value === '' || value === null ? undefined : value),
  z.coerce
    .number({ error: 'Send the version of the meeting you are changing' })
    .int()
    .min(1)
    .max(INT4_MAX, { error: 'Send the version of the meeting you are changing' })
    .optional(),
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

/** A date of something that has happened: today or earlier, by the service's clock. */
const happenedOn = (label: string, today: Clock) =>
  requiredDate(label).superRefine((date, ctx) => {
    const problem = futureDateProblem(label, date, today())
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })

const meetingFields = (today: Clock) =>
  z.object({
    meetingDate: happenedOn('the date of the meeting', today),
    attendees: attendeeList,
    supporterName: optionalText('the supporter’s name', 100),
    supporterRelationship: optionalText('how the supporter knows the person', 100),
    notes: optionalText('the notes', 4000),
    version,
  })

const contactFields = (today: Clock) =>
  z.object({
    contactDate: happenedOn('the date of the contact', today),
    contactType: z.enum(CONTACT_TYPES, {
      error: 'Select the type of contact: a visit, video call, phone call or letter',
    }),
    met: yesNo('Select whether the COM met the person'),
    note: optionalText('the note', 500),
  })

/** The handover's forms, their "today" from the service's one clock. */
export function handoverSchemas(today: Clock) {
  const meeting = meetingFields(today)
  const contact = contactFields(today)
  return {
    meeting: meeting.superRefine(
      (m, ctx) => addProblems(attendeeProblems(m), ctx),
      onceValid(meeting.pick({ attendees: true, supporterName: true, supporterRelationship: true })),
    ),
    contact: contact.superRefine(
      (c, ctx) => addProblems(contactProblems(c), ctx),
      onceValid(contact.pick({ contactType: true, met: true })),
    ),
  }
}

type Schemas = ReturnType<typeof handoverSchemas>
export type MeetingInput = z.infer<Schemas['meeting']>
export type ContactInput = z.infer<Schemas['contact']>

/** The people whose flags a caseload page asks for (a call from another feature, not a request). */
export const personIdsSchema = z.array(z.uuid({ error: 'Send person ids' })).max(1000, 'Ask for 1,000 people or fewer')

/** What the API answers. */
const staffMember = z.object({ id: z.uuid(), name: z.string() })
const isoDate = z.iso.date()
const statusText = z.object({ tag: z.string(), classes: z.string(), text: z.string() })
const MEETING_STATUSES = [
  'held',
  'due',
  'overdue',
  'not-needed',
  'missed',
  'not-known',
] as const satisfies readonly MeetingStatus[]

const keyDates = z.object({
  earliestReleaseDate: isoDate.nullable(),
  handoverDate: isoDate.nullable(),
  comResponsibleFromStart: z.boolean(),
  comAllocationOverdueFrom: isoDate,
  screeningDueDate: isoDate,
  preReleaseReviewDueDate: isoDate.nullable(),
})

/** The custody episode as PeopleService.caseFor gives it, with the key dates derived from it. */
const episodeResponse = z.object({
  id: z.uuid(),
  prisonId: z.uuid().nullable(),
  prisonName: z.string().nullable(),
  sentenceType: z.enum(['determinate', 'indeterminate', 'recall', 'immigration']),
  parole: z.boolean(),
  earlyAllocation: z.boolean(),
  arrivalDate: isoDate,
  sentenceStartDate: isoDate,
  conditionalReleaseDate: isoDate.nullable(),
  automaticReleaseDate: isoDate.nullable(),
  paroleEligibilityDate: isoDate.nullable(),
  homeDetentionCurfewEligibilityDate: isoDate.nullable(),
  tariffExpiryDate: isoDate.nullable(),
  licenceExpiryDate: isoDate.nullable(),
  sentenceExpiryDate: isoDate.nullable(),
  topUpSupervisionEndDate: isoDate.nullable(),
  releaseDate: isoDate.nullable(),
  version: z.number().int(),
  derived: keyDates.nullable(),
  /** Why the COM is responsible when they are, in words. */
  responsibility: z.string().nullable(),
})

export const handoverResponse = z.object({
  person: personResponse,
  episode: episodeResponse.nullable(),
  meeting: z
    .object({
      id: z.uuid(),
      date: isoDate,
      com: staffMember,
      pom: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
      personAttended: z.boolean(),
      supporter: z.object({ name: z.string(), relationship: z.string().nullable() }).nullable(),
      notes: z.string().nullable(),
      recordedBy: z.string(),
      version: z.number().int().min(1),
    })
    .nullable(),
  meetingAttendees: z.string().nullable(),
  contacts: z.array(
    z.object({
      id: z.uuid(),
      date: isoDate,
      type: z.enum(CONTACT_TYPES),
      met: z.boolean(),
      note: z.string().nullable(),
      com: staffMember,
    }),
  ),
  flags: z.object({
    meetingStatus: z.enum(MEETING_STATUSES),
    meetingOverdue: z.boolean(),
    comNotMet: z.boolean(),
    daysToRelease: z.number().int().nullable(),
  }),
  meetingStatus: statusText,
  contactStatus: statusText,
  canRecord: z.boolean(),
  comAllocated: z.boolean(),
})

export const meetingSavedResponse = z.object({ id: z.uuid(), version: z.number().int().min(1) })
export const contactSavedResponse = z.object({ id: z.uuid() })

const reportBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('summary'), rows: z.array(z.object({ key: z.string(), value: z.string() })) }),
  z.object({ kind: z.literal('table'), head: z.array(z.string()), rows: z.array(z.array(z.string())) }),
  z.object({ kind: z.literal('text'), text: z.string() }),
])

export const reportResponse = z.object({
  person: personResponse,
  generatedOn: isoDate,
  sections: z.array(z.object({ id: z.string(), title: z.string(), blocks: z.array(reportBlock) })),
}) satisfies z.ZodType<{ sections: ReportSection[] }>
