/**
 * The public checker's answers so far (the draft). Nothing is kept on the server: the draft travels from page to
 * page in one hidden form field as JSON, and is checked again with the contract's own field schemas every time
 * it comes back. It has the contract's shape, with two answers of its own: the choice made on a disposal's "how
 * long" page (an unpaid compensation order has no field to show it), and the answer about a listed offence.
 * Pure.
 */
import { z } from 'zod'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { isUnder18On } from './disclosure-dates.ts'
import { PERIOD_CHOICES } from './disposal-form.ts'
import {
  disclosureInputFields,
  disposalSchema,
  MAX_DISPOSALS,
  MAX_RECORDS,
  recordProblems,
  recordSchema,
  type DisclosureRequest,
  type Problem,
} from './disclosure.schemas.ts'

export const LISTED_ANSWERS = ['yes', 'no', 'not-sure'] as const
export type ListedAnswer = (typeof LISTED_ANSWERS)[number]

const draftDisposalSchema = disposalSchema.extend({ periodChoice: z.enum(PERIOD_CHOICES).optional() })

const draftRecordSchema = z.strictObject({
  kind: recordSchema.shape.kind,
  date: recordSchema.shape.date.optional(),
  disposals: z.array(draftDisposalSchema).max(MAX_DISPOSALS),
  listed: z.enum(LISTED_ANSWERS).optional(),
})

export const draftSchema = z.strictObject({
  dateOfBirth: disclosureInputFields.shape.dateOfBirth.optional(),
  records: z.array(draftRecordSchema).max(MAX_RECORDS),
})

export type Draft = z.output<typeof draftSchema>
export type DraftRecord = Draft['records'][number]
export type DraftDisposal = DraftRecord['disposals'][number]

export const emptyDraft = (): Draft => ({ records: [] })

/** The answers posted back, or null when they cannot be read (changed by hand, or cut short). */
export function readDraft(text: unknown): Draft | null {
  if (text === undefined || text === '') return emptyDraft()
  if (typeof text !== 'string') return null
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = draftSchema.safeParse(json)
  return parsed.success ? parsed.data : null
}

export const writeDraft = (draft: Draft): string => JSON.stringify(draft)

/** The answers as the disclosure contract's input, for `disclosureInputSchema` and `checkDisclosure`. */
export function toRequest(draft: Draft): DisclosureRequest {
  return {
    dateOfBirth: draft.dateOfBirth as IsoDate,
    records: draft.records.map(({ kind, date, disposals, listed }) => ({
      kind,
      date: date as IsoDate,
      disposals: disposals.map(({ periodChoice: _choice, ...disposal }) =>
        listed === 'yes' ? { ...disposal, listedOffence: true } : disposal,
      ),
    })),
  }
}

/** The contract's checks across fields, on every record whose date is known. Paths start at the draft. */
export function draftProblems(draft: Draft): Problem[] {
  const { dateOfBirth } = draft
  if (!dateOfBirth) return []
  return draft.records.flatMap((record, i) => {
    if (!record.date) return []
    const { disposals } = toRequest({ dateOfBirth, records: [record] }).records[0]!
    return recordProblems(dateOfBirth, { kind: record.kind, date: record.date, disposals }).map(problem => ({
      ...problem,
      path: ['records', i, ...problem.path],
    }))
  })
}

/** Under 18 on the date of the record: null until both dates are known. */
export function youthOf(draft: Draft, record: number): boolean | null {
  const date = draft.records[record]?.date
  return draft.dateOfBirth && date ? isUnder18On(draft.dateOfBirth, date) : null
}
