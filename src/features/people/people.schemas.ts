import { z } from 'zod'
import {
  INT4_MAX,
  dateField,
  flag,
  optionalId,
  optionalText,
  pageNumber,
  requiredDate,
  requiredText,
  uuidField,
  type Clock,
} from '../../platform/validation/fields.ts'
import { personParams } from '../../platform/validation/params.ts'
import { contradictions, keyDatesResponse, SENTENCE_TYPES } from '../key-dates/index.ts'
import { REASONS } from './allocation.rules.ts'

const crn = z.preprocess(
  value => (typeof value === 'string' ? value.trim().toUpperCase() : value),
  z
    .string({ error: 'Enter the CRN' })
    .min(1, 'Enter the CRN')
    .regex(/^[A-Z][0-9]{6}$/, 'Enter a CRN in the format X123456'),
)

const prisonNumber = z.preprocess(
  value => (typeof value === 'string' ? value.trim().toUpperCase() || undefined : (value ?? undefined)),
  z
    .string()
    .regex(/^[A-Z][0-9]{4}[A-Z]{2}$/, 'Enter a prison number in the format A1234BC')
    .optional(),
)

const version = z.coerce
  .number({ error: 'Send the version of the record you are changing' })
  .int()
  .min(1)
  .max(INT4_MAX, { error: 'Send the version of the record you are changing' })

/** A person's details; a date of birth is in the past by the service's own clock. */
function personDetails(today: Clock) {
  return z.object({
    firstName: requiredText('first name', 100),
    lastName: requiredText('last name', 100),
    preferredName: optionalText('preferred name', 100),
    pronouns: optionalText('pronouns', 40),
    dateOfBirth: requiredDate('date of birth', { past: today }),
    crn,
    prisonNumber,
    communityArea: optionalText('community area', 100),
    pduId: optionalId('a probation delivery unit'),
  })
}

/** Adding a person (a manager may name their COM) and changing one (sending the version read). */
export function personSchemas(today: Clock) {
  const details = personDetails(today)
  return {
    create: details.extend({ comId: optionalId('a community offender manager') }),
    /** A correction may say why: the reason is kept beside the values before and after (rectification). */
    update: details.extend({ version, changeReason: optionalText('the reason for the change', 500) }),
  }
}

type PersonSchemas = ReturnType<typeof personSchemas>
export type PersonDetails = z.infer<ReturnType<typeof personDetails>>
export type CreatePerson = z.infer<PersonSchemas['create']>
export type UpdatePerson = z.infer<PersonSchemas['update']>

const optionalDate = (label: string) => dateField(label, { required: false })

const episodeFields = z.object({
  prisonId: optionalId('a prison'),
  sentenceType: z.enum(SENTENCE_TYPES, { error: 'Select the sentence type' }),
  parole: flag(),
  earlyAllocation: flag(),
  arrivalDate: requiredDate('the date of arrival in custody'),
  sentenceStartDate: requiredDate('the sentence start date'),
  conditionalReleaseDate: optionalDate('conditional release date'),
  automaticReleaseDate: optionalDate('automatic release date'),
  paroleEligibilityDate: optionalDate('parole eligibility date'),
  homeDetentionCurfewEligibilityDate: optionalDate('home detention curfew eligibility date'),
  tariffExpiryDate: optionalDate('tariff expiry date'),
  licenceExpiryDate: optionalDate('licence expiry date'),
  sentenceExpiryDate: optionalDate('sentence expiry date'),
  topUpSupervisionEndDate: optionalDate('top-up supervision end date'),
  releaseDate: optionalDate('release date'),
})

type EpisodeFields = z.output<typeof episodeFields>

/** The key-date rules' own contradictions, plus a release recorded before the sentence began. */
function checkDates(episode: EpisodeFields, ctx: z.RefinementCtx) {
  for (const { field, message } of contradictions(episode)) ctx.addIssue({ code: 'custom', path: [field], message })
  if (episode.releaseDate && episode.releaseDate < episode.sentenceStartDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['releaseDate'],
      message: 'Release date must be on or after the sentence start date',
    })
  }
}

export const custodyEpisodeSchema = episodeFields.superRefine(checkDates)
export const updateCustodyEpisodeSchema = episodeFields.extend({ version }).superRefine(checkDates)

export type CustodyEpisodeInput = z.infer<typeof custodyEpisodeSchema>
export type UpdateCustodyEpisode = z.infer<typeof updateCustodyEpisodeSchema>

export { SENTENCE_TYPES }

/**
 * A change of practitioner says why and what the new one must be told (the service requires both when
 * someone was allocated before), with an optional three-way handover meeting and whether the person wants
 * a letter.
 */
export const allocationSchema = z.object({
  pomId: optionalId('a prison offender manager'),
  comId: optionalId('a community offender manager'),
  reasonCode: z.preprocess(
    value => (value === '' || value === null ? undefined : value),
    z.enum(REASONS, { error: 'Select the reason for the change from the list' }).optional(),
  ),
  reasonOther: optionalText('the reason for the change', 500),
  handoverNote: optionalText('the handover note', 4000),
  handoverMeetingDate: dateField('the date of the handover meeting', { required: false }),
  handoverMeetingNotes: optionalText('the notes of the handover meeting', 2000),
  letterWanted: flag(),
})

export type AllocationInput = z.infer<typeof allocationSchema>

export const peopleQuerySchema = z.object({
  q: z.preprocess(
    v => (typeof v === 'string' ? v.trim() : v),
    z.string().max(100, 'Search terms must be 100 characters or fewer').optional(),
  ),
  page: pageNumber(),
})

export type PeopleQuery = z.infer<typeof peopleQuerySchema>

export const episodeParams = personParams.extend({ episodeId: uuidField('the custody episode') })

/** A person's record as the API answers it (see `toPerson`). */
export const personResponse = z.object({
  id: z.uuid(),
  crn: z.string(),
  prisonNumber: z.string().nullable(),
  firstName: z.string(),
  lastName: z.string(),
  preferredName: z.string().nullable(),
  pronouns: z.string().nullable(),
  dateOfBirth: z.iso.date(),
  communityArea: z.string().nullable(),
  pdu: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
  com: z
    .object({ id: z.uuid(), name: z.string().nullable(), team: z.string().nullable(), phone: z.string().nullable() })
    .nullable(),
  pom: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
  version: z.number().int(),
})

const knownDate = z.iso.date().nullable()

/** A custody episode as recorded (see `toEpisode`), with the deadlines the key-date rules derive from it. */
export const episodeResponse = z.object({
  id: z.uuid(),
  prisonId: z.uuid().nullable(),
  prisonName: z.string().nullable(),
  sentenceType: z.enum(SENTENCE_TYPES),
  parole: z.boolean(),
  earlyAllocation: z.boolean(),
  arrivalDate: z.iso.date(),
  sentenceStartDate: z.iso.date(),
  conditionalReleaseDate: knownDate,
  automaticReleaseDate: knownDate,
  paroleEligibilityDate: knownDate,
  homeDetentionCurfewEligibilityDate: knownDate,
  tariffExpiryDate: knownDate,
  licenceExpiryDate: knownDate,
  sentenceExpiryDate: knownDate,
  topUpSupervisionEndDate: knownDate,
  releaseDate: knownDate,
  version: z.number().int(),
  /** Null when the record lacks what the rules need (an old indeterminate record with no tariff). */
  derived: keyDatesResponse.nullable(),
  /** Which rule decided who is responsible, in plain English. */
  responsibility: z.string().nullable(),
})

/** `GET /api/v1/people/:id`, and what a change answers with: the record, its episodes, what this user may do. */
export const overviewResponse = z.object({
  person: personResponse,
  episodes: z.array(episodeResponse),
  canEdit: z.boolean(),
  canAllocate: z.boolean(),
  comChanges: z.number().int().min(0),
})

/** One row of the people list (see `toPersonSummary`). */
const personSummaryResponse = personResponse
  .pick({ id: true, crn: true, prisonNumber: true, firstName: true, lastName: true, preferredName: true })
  .extend({ dateOfBirth: z.iso.date(), comName: z.string().nullable(), releaseDate: knownDate })

export const peopleListResponse = z.object({
  people: z.array(personSummaryResponse),
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageCount: z.number().int().min(1),
  query: z.object({ q: z.string().optional(), page: z.number().int().min(1) }),
})

export const createdResponse = z.object({ id: z.uuid() })

export const allocationResponse = z.object({
  personId: z.uuid(),
  pomId: z.uuid().nullable(),
  comId: z.uuid().nullable(),
})
