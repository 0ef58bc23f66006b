import { z } from 'zod'
import { personResponse, REASONS } from '../people/index.ts'

/** What the API answers. */
const isoDate = z.iso.date()

const allocation = z.object({
  id: z.uuid(),
  kind: z.enum(['pom', 'com']),
  staffId: z.uuid().nullable(),
  staffName: z.string().nullable(),
  on: isoDate,
  by: z.string().nullable(),
  reasonCode: z.enum(REASONS).nullable(),
  reason: z.string().nullable(),
  handoverNote: z.string().nullable(),
  handoverMeetingDate: isoDate.nullable(),
  handoverMeetingNotes: z.string().nullable(),
  letterWanted: z.boolean(),
})

/** Who the person's COM is and, if it changed, who it was and why, as the person is told it. */
const change = z
  .object({
    name: z.string().nullable(),
    since: isoDate.nullable(),
    previousName: z.string().nullable(),
    why: z.string().nullable(),
    whyCode: z.enum(REASONS).nullable(),
    letterWanted: z.boolean(),
  })
  .nullable()

export const casePageResponse = z.object({
  person: personResponse,
  comChanges: z.number().int().min(0),
  continuityWarning: z.boolean(),
  keptSameCom: z.enum(['kept', 'not-kept', 'not-yet-measurable']),
  history: z.array(allocation),
  handoverForCurrentCom: allocation.nullable(),
  change,
})

export const teamResponse = z.object({
  measures: z.object({
    people: z.number().int().min(0),
    comChanges: z.number().int().min(0),
    peopleOverTwoChanges: z.number().int().min(0),
    measured: z.number().int().min(0),
    kept: z.number().int().min(0),
    keptShare: z.number().min(0).max(1).nullable(),
  }),
  people: z.array(
    z.object({
      personId: z.uuid(),
      firstName: z.string(),
      lastName: z.string(),
      comName: z.string(),
      comChanges: z.number().int().min(0),
      warning: z.boolean(),
    }),
  ),
})

export const yourPractitionerResponse = z.object({ person: personResponse, change })
