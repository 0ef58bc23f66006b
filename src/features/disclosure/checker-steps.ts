/**
 * The public checker's questions, one per page, and the order it asks them in. Which questions a draft needs
 * follows from its answers: a fine needs no length, a sentence over 4 years asks about the offence, a custodial
 * sentence needs no listed-offence question (it always shows on DBS checks). Pure.
 */
import { compareWithMonths } from './disclosure-dates.ts'
import { SERIOUS_OFFENCE_OVER_MONTHS } from './disclosure-periods.rules.ts'
import { draftProblems, youthOf, type Draft, type DraftDisposal } from './checker-draft.ts'
import { DETAIL_OF, hasChoice } from './disposal-form.ts'
import { DISPOSALS } from './disposal-types.ts'
import { MAX_DISPOSALS, MAX_RECORDS } from './disclosure.schemas.ts'

export type Step =
  | { name: 'date-of-birth' }
  | { name: 'kind' | 'date' | 'listed' | 'another-disposal'; record: number }
  | { name: 'type' | 'period' | 'detail' | 'serious'; record: number; disposal: number }
  | { name: 'another-record' }
  | { name: 'check-answers' }

const dob: Step = { name: 'date-of-birth' }
const anotherRecord: Step = { name: 'another-record' }
export const checkAnswers: Step = { name: 'check-answers' }

/** A custodial sentence's length, or the choice for an order, compensation or a conditional caution. */
export function needsPeriod(disposal: DraftDisposal): boolean {
  return DISPOSALS[disposal.type].measure === 'custodial' || hasChoice(disposal.type)
}

/** A length or a date after the choice of how an order ended, whether compensation was paid, or conditions ended. */
export function needsDetail(disposal: DraftDisposal): boolean {
  return (
    hasChoice(disposal.type) && disposal.periodChoice !== undefined && DETAIL_OF[disposal.periodChoice] !== undefined
  )
}

/** Only a custodial sentence over 4 years can be never spent for a Schedule 18 offence. */
export function needsSerious(disposal: DraftDisposal): boolean {
  return (
    disposal.type === 'custodial_sentence' &&
    Boolean(disposal.length) &&
    compareWithMonths(disposal.length!, SERIOUS_OFFENCE_OVER_MONTHS) > 0
  )
}

/**
 * Whether the offence being a listed one changes what shows on standard and enhanced checks: not for a youth
 * caution (always filtered) nor for a conviction with a custodial disposal (never filtered).
 */
export function needsListed(draft: Draft, record: number): boolean {
  const found = draft.records[record]
  const youth = youthOf(draft, record)
  if (!found || youth === null || !found.disposals.length) return false
  if (found.kind === 'caution') return !youth
  return !found.disposals.some(d => DISPOSALS[d.type].custodialForDbs)
}

/** Every question the draft's answers call for, in the order they are asked. */
export function questionsFor(draft: Draft): Step[] {
  const records = draft.records.length ? draft.records : [undefined]
  return [
    dob,
    ...records.flatMap((found, record): Step[] => [
      { name: 'kind', record },
      { name: 'date', record },
      ...(found?.disposals.length ? found.disposals : [undefined]).flatMap((disposal, d) =>
        disposalQuestions(record, d, disposal),
      ),
      ...(needsListed(draft, record) ? [{ name: 'listed', record } as const] : []),
    ]),
  ]
}

function disposalQuestions(record: number, disposal: number, found: DraftDisposal | undefined): Step[] {
  return [
    { name: 'type', record, disposal },
    ...(found && needsPeriod(found) ? [{ name: 'period', record, disposal } as const] : []),
    ...(found && needsDetail(found) ? [{ name: 'detail', record, disposal } as const] : []),
    ...(found && needsSerious(found) ? [{ name: 'serious', record, disposal } as const] : []),
  ]
}

export function isAnswered(draft: Draft, step: Step): boolean {
  const record = 'record' in step ? draft.records[step.record] : undefined
  const disposal = 'disposal' in step ? record?.disposals[step.disposal] : undefined
  switch (step.name) {
    case 'date-of-birth':
      return Boolean(draft.dateOfBirth)
    case 'kind':
      return Boolean(record)
    case 'date':
      return Boolean(record?.date)
    case 'type':
      return Boolean(disposal)
    case 'period':
      return disposal
        ? hasChoice(disposal.type)
          ? disposal.periodChoice !== undefined
          : Boolean(disposal.length)
        : false
    case 'detail': {
      const field = disposal?.periodChoice && DETAIL_OF[disposal.periodChoice]
      return Boolean(field && disposal[field])
    }
    case 'serious':
      return typeof disposal?.seriousOffence === 'boolean'
    case 'listed':
      return record?.listed !== undefined
    default:
      return true
  }
}

/** The paths of the draft a question's answer fills in: problems found there are shown on its page. */
export function ownsPath(draft: Draft, step: Step, path: readonly (string | number)[]): boolean {
  const [top, record, below, disposal, field] = path
  switch (step.name) {
    case 'date-of-birth':
      return top === 'dateOfBirth'
    case 'kind':
    case 'date':
      return top === 'records' && record === step.record && below === step.name
    case 'listed':
      return top === 'records' && record === step.record && below === 'disposals' && field === 'listedOffence'
    case 'type':
    case 'period':
    case 'detail':
    case 'serious': {
      if (top !== 'records' || record !== step.record || below !== 'disposals' || disposal !== step.disposal)
        return false
      if (step.name === 'type') return field === 'type'
      if (step.name === 'serious') return field === 'seriousOffence'
      if (field === 'type' || field === 'seriousOffence' || field === 'listedOffence') return false
      const found = draft.records[step.record]?.disposals[step.disposal]
      const isDetail = DETAIL_FIELDS.includes(String(field))
      return found && hasChoice(found.type) ? (step.name === 'detail') === isDetail : step.name === 'period'
    }
    default:
      return false
  }
}

const DETAIL_FIELDS = ['length', 'endDate', 'compensationPaidDate', 'conditionsMetDate']

/** A problem's path inside the draft, as the name of the field on the question's page. */
export function fieldOnPage(path: readonly (string | number)[]): string {
  const field = String(path[path[2] === 'disposals' ? 4 : 2] ?? path[0])
  if (field === 'noEndDate' || field === 'untilFurtherOrder') return 'period'
  return path[5] === 'unit' ? 'length.unit' : field
}

/** The first question not answered yet, or whose answer no longer fits the others (after a change). */
export function firstToFix(draft: Draft): Step | null {
  const problems = draftProblems(draft)
  return (
    questionsFor(draft).find(
      step => !isAnswered(draft, step) || problems.some(problem => ownsPath(draft, step, problem.path)),
    ) ?? null
  )
}

/** Whether the draft has what a step's page needs, so that an address typed or changed by hand cannot break it. */
export function canAsk(draft: Draft, step: Step): boolean {
  if (step.name === 'date-of-birth' || step.name === 'check-answers') return true
  if (!draft.dateOfBirth) return false
  if (step.name === 'another-record') return draft.records.length > 0
  const record = draft.records[step.record]
  switch (step.name) {
    case 'kind':
      return step.record <= draft.records.length && step.record < MAX_RECORDS
    case 'date':
      return Boolean(record)
    case 'listed':
      return needsListed(draft, step.record)
    case 'another-disposal':
      return record?.kind === 'conviction' && record.disposals.length > 0
    case 'type':
      return (
        Boolean(record?.date) &&
        step.disposal <= record!.disposals.length &&
        step.disposal < (record!.kind === 'caution' ? 1 : MAX_DISPOSALS)
      )
    case 'period':
    case 'detail':
    case 'serious': {
      const disposal = record?.disposals[step.disposal]
      const needs = { period: needsPeriod, detail: needsDetail, serious: needsSerious }[step.name]
      return Boolean(disposal) && needs(disposal!)
    }
  }
}

/** The question after this one when going forward through the journey. `yes` answers an "add another" question. */
export function nextStep(draft: Draft, step: Step, yes = false): Step {
  switch (step.name) {
    case 'date-of-birth':
      return { name: 'kind', record: 0 }
    case 'kind':
      return { name: 'date', record: step.record }
    case 'date':
      return { name: 'type', record: step.record, disposal: 0 }
    case 'type':
    case 'period':
    case 'detail':
    case 'serious': {
      const later = disposalQuestions(step.record, step.disposal, draft.records[step.record]?.disposals[step.disposal])
      const following = later[later.findIndex(s => s.name === step.name) + 1]
      return following ?? afterDisposal(draft, step.record)
    }
    case 'another-disposal':
      return yes
        ? { name: 'type', record: step.record, disposal: draft.records[step.record]?.disposals.length ?? 0 }
        : afterSentences(draft, step.record)
    case 'listed':
      return anotherRecord
    case 'another-record':
      return yes ? { name: 'kind', record: draft.records.length } : checkAnswers
    case 'check-answers':
      return checkAnswers
  }
}

function afterDisposal(draft: Draft, record: number): Step {
  return draft.records[record]?.kind === 'conviction'
    ? { name: 'another-disposal', record }
    : afterSentences(draft, record)
}

function afterSentences(draft: Draft, record: number): Step {
  return needsListed(draft, record) ? { name: 'listed', record } : anotherRecord
}

/** The question before this one, for the back link; null before the first question (the start page). */
export function previousStep(draft: Draft, step: Step): Step | null {
  switch (step.name) {
    case 'date-of-birth':
      return null
    case 'kind':
      return step.record === 0 ? dob : anotherRecord
    case 'date':
      return { name: 'kind', record: step.record }
    case 'type':
      return step.disposal === 0
        ? { name: 'date', record: step.record }
        : { name: 'another-disposal', record: step.record }
    case 'period':
      return { name: 'type', record: step.record, disposal: step.disposal }
    case 'detail':
    case 'serious':
      return { name: 'period', record: step.record, disposal: step.disposal }
    case 'another-disposal':
      return lastOfDisposal(draft, step.record, (draft.records[step.record]?.disposals.length ?? 1) - 1)
    case 'listed':
      return draft.records[step.record]?.kind === 'conviction'
        ? { name: 'another-disposal', record: step.record }
        : lastOfDisposal(draft, step.record, 0)
    case 'another-record':
      return lastOfRecord(draft, draft.records.length - 1)
    case 'check-answers':
      return anotherRecord
  }
}

function lastOfDisposal(draft: Draft, record: number, disposal: number): Step {
  const questions = disposalQuestions(record, disposal, draft.records[record]?.disposals[disposal])
  return questions[questions.length - 1]!
}

function lastOfRecord(draft: Draft, record: number): Step {
  if (needsListed(draft, record)) return { name: 'listed', record }
  if (draft.records[record]?.kind === 'conviction') return { name: 'another-disposal', record }
  return lastOfDisposal(draft, record, 0)
}

/**
 * After an answer given from the check-your-answers page: the first question the change leaves unanswered, or
 * the detail of a "how long" choice (so that a length can be changed too), or back to check your answers.
 */
export function nextAfterChange(draft: Draft, step: Step): Step {
  if (step.name === 'period') {
    const disposal = draft.records[step.record]?.disposals[step.disposal]
    if (disposal && needsDetail(disposal)) return { ...step, name: 'detail' }
  }
  return firstToFix(draft) ?? checkAnswers
}

/** Whether another record, or another sentence for a record, may still be added. */
export const roomForRecord = (draft: Draft) => draft.records.length < MAX_RECORDS
export const roomForDisposal = (draft: Draft, record: number) =>
  (draft.records[record]?.disposals.length ?? 0) < MAX_DISPOSALS
