import { z } from 'zod'
import { dateField, optionalText, requiredDate } from '../../platform/validation/fields.ts'
import { ACCOMMODATION_CATEGORIES, EMPLOYMENT_STATUSES, FOLLOW_UP_KINDS, type FollowUpKind } from './release.rules.ts'

/** The version of the record being changed; none when recording it the first time. */
const version = z.preprocess(
  value => (value === '' || value === null ? undefined : value),
  z.coerce.number({ error: 'Send the version of the record you are changing' }).int().min(1).optional(),
)

/** Radios send 'yes' or 'no'; JSON sends a boolean. */
const yesNo = (error: string) =>
  z.preprocess(value => (value === 'yes' ? true : value === 'no' ? false : value), z.boolean({ error }))

const accommodation = (error: string) => z.enum(ACCOMMODATION_CATEGORIES, { error })

export const releaseSchema = z.object({
  releaseDate: requiredDate('the date of release'),
  firstNight: accommodation('Select where the person stayed on the first night after release'),
  address: optionalText('the address', 300),
  version,
})

export const followUpSchemas = {
  'accommodation-3-months': z.object({
    accommodation: accommodation('Select where the person is living 3 months after release'),
    version,
  }),
  'employment-6-weeks': z.object({
    employment: z.enum(EMPLOYMENT_STATUSES, { error: 'Select whether the person is in work, education or training' }),
    version,
  }),
  'employment-6-months': z.object({
    employment: z.enum(EMPLOYMENT_STATUSES, { error: 'Select whether the person is in work, education or training' }),
    version,
  }),
  'treatment-3-weeks': z.object({
    treatmentStarted: yesNo('Select whether treatment has started'),
    treatmentStartDate: dateField('the date treatment started', { required: false }),
    version,
  }),
} satisfies Record<FollowUpKind, z.ZodType>

export const followUpKindSchema = z.enum(FOLLOW_UP_KINDS)

/** The people whose deadlines a caseload page asks for. */
export const personIdsSchema = z.array(z.uuid({ error: 'Send person ids' })).max(1000, 'Ask for 1,000 people or fewer')

export type ReleaseInput = z.infer<typeof releaseSchema>
export type FollowUpInput = z.infer<(typeof followUpSchemas)[FollowUpKind]>
