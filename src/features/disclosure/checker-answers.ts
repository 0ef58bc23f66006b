/**
 * One answer of the public checker: read the page's fields, put them into the draft, and check the draft with
 * the contract's own rules. Either the whole answer is taken or, with a message for each field that says what to
 * fix, none of it. Pure: today's date is an argument.
 */
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { ValidationFailed, type FieldError } from '../../platform/errors/errors.ts'
import { draftProblems, LISTED_ANSWERS, type Draft, type DraftRecord } from './checker-draft.ts'
import { fieldOnPage, ownsPath, roomForDisposal, roomForRecord, type Step } from './checker-steps.ts'
import { allowedTypes } from './checker-wording.ts'
import {
  DETAIL_OF,
  hasChoice,
  readChoice,
  readDate,
  readPeriodChoice,
  readPeriodDetail,
  readSerious,
  type FormBody,
  type PeriodChoice,
  type Read,
} from './disposal-form.ts'
import { RECORD_KINDS, type DisposalType } from './disposal-types.ts'

export type Answered = { draft: Draft; yes: boolean }

const YES_NO = ['yes', 'no'] as const

export function answerStep(draft: Draft, step: Step, body: FormBody, today: IsoDate): Answered {
  const { value, errors } = readAnswer(draft, step, body, today)
  if (errors.length) throw new ValidationFailed(errors)
  const problems = draftProblems(value.draft)
    .filter(problem => ownsPath(value.draft, step, problem.path))
    .map(problem => ({ field: fieldOnPage(problem.path), message: problem.message }))
  if (problems.length) throw new ValidationFailed(problems)
  return value
}

function readAnswer(draft: Draft, step: Step, body: FormBody, today: IsoDate): Read<Answered> {
  const keep = (errors: FieldError[], yes = false): Read<Answered> => ({ value: { draft, yes }, errors })
  switch (step.name) {
    case 'date-of-birth': {
      const date = readDate(body, '', 'dateOfBirth', 'your date of birth', { today })
      return { value: { draft: { ...draft, dateOfBirth: date.value }, yes: false }, errors: date.errors }
    }
    case 'kind': {
      const kind = readChoice(body, '', 'kind', RECORD_KINDS, 'Select if it was a caution or a conviction')
      if (!kind.value) return keep(kind.errors)
      const old = draft.records[step.record]
      const record: DraftRecord = old?.kind === kind.value ? old : { kind: kind.value, date: old?.date, disposals: [] }
      return { value: { draft: withRecord(draft, step.record, record), yes: false }, errors: [] }
    }
    case 'date': {
      const kind = draft.records[step.record]?.kind ?? 'conviction'
      const label = kind === 'caution' ? 'the date of the caution' : 'the date of the conviction'
      const date = readDate(body, '', 'date', label, { today })
      return {
        value: { draft: editRecord(draft, step.record, r => ({ ...r, date: date.value })), yes: false },
        errors: date.errors,
      }
    }
    case 'type': {
      const types = allowedTypes(draft, step.record)
      const message =
        draft.records[step.record]?.kind === 'caution' ? 'Select the type of caution' : 'Select the sentence you got'
      const type = readChoice<DisposalType>(body, '', 'type', types, message)
      if (!type.value) return keep(type.errors)
      return { value: { draft: withType(draft, step, type.value), yes: false }, errors: [] }
    }
    case 'period': {
      const disposal = draft.records[step.record]!.disposals[step.disposal]!
      const { type, seriousOffence } = disposal
      if (!hasChoice(type)) {
        const length = readPeriodDetail(body, '', 'length', today)
        const answered = { type, ...(seriousOffence === undefined ? {} : { seriousOffence }), ...length.value }
        return { value: { draft: withDisposal(draft, step, answered), yes: false }, errors: length.errors }
      }
      const choice = readPeriodChoice(body, '', type)
      if (!choice.value) return keep(choice.errors)
      // The same choice again keeps its detail, to be shown on the next page; another starts again.
      const answered =
        disposal.periodChoice === choice.value
          ? disposal
          : {
              type,
              periodChoice: choice.value,
              ...(needsDetailFor(choice.value) ? {} : readPeriodDetail(body, '', choice.value, today).value),
            }
      return { value: { draft: withDisposal(draft, step, answered), yes: false }, errors: [] }
    }
    case 'detail': {
      const disposal = draft.records[step.record]!.disposals[step.disposal]!
      const detail = readPeriodDetail(body, '', disposal.periodChoice!, today)
      return {
        value: {
          draft: withDisposal(draft, step, {
            type: disposal.type,
            periodChoice: disposal.periodChoice,
            ...detail.value,
          }),
          yes: false,
        },
        errors: detail.errors,
      }
    }
    case 'serious': {
      const serious = readSerious(body, '')
      const disposal = draft.records[step.record]!.disposals[step.disposal]!
      return {
        value: { draft: withDisposal(draft, step, { ...disposal, seriousOffence: serious.value }), yes: false },
        errors: serious.errors,
      }
    }
    case 'listed': {
      const message = 'Select yes if the offence is on the list, or select that you do not know'
      const listed = readChoice(body, '', 'listedOffence', LISTED_ANSWERS, message)
      return {
        value: { draft: editRecord(draft, step.record, r => ({ ...r, listed: listed.value })), yes: false },
        errors: listed.errors,
      }
    }
    case 'another-disposal': {
      const another = readChoice(
        body,
        '',
        'another',
        YES_NO,
        'Select yes if you got another sentence for this conviction',
      )
      if (another.value === 'yes' && !roomForDisposal(draft, step.record)) {
        return keep([{ field: 'another', message: 'You cannot add more than 20 sentences to one conviction' }])
      }
      return keep(another.errors, another.value === 'yes')
    }
    case 'another-record': {
      const another = readChoice(body, '', 'another', YES_NO, 'Select yes if you have another caution or conviction')
      if (another.value === 'yes' && !roomForRecord(draft)) {
        return keep([{ field: 'another', message: 'You cannot check more than 100 cautions and convictions at once' }])
      }
      return keep(another.errors, another.value === 'yes')
    }
    case 'check-answers':
      return keep([])
  }
}

const needsDetailFor = (choice: PeriodChoice) => DETAIL_OF[choice] !== undefined

function withRecord(draft: Draft, index: number, record: DraftRecord): Draft {
  const records = [...draft.records]
  records[index] = record
  return { ...draft, records }
}

function editRecord(draft: Draft, index: number, change: (record: DraftRecord) => DraftRecord): Draft {
  return withRecord(draft, index, change(draft.records[index]!))
}

function withDisposal(
  draft: Draft,
  step: { record: number; disposal: number },
  disposal: DraftRecord['disposals'][number],
) {
  return editRecord(draft, step.record, record => {
    const disposals = [...record.disposals]
    disposals[step.disposal] = disposal
    return { ...record, disposals }
  })
}

/** A new type starts the sentence again: the length and the other answers about it belonged to the old one. */
function withType(draft: Draft, step: { record: number; disposal: number }, type: DisposalType): Draft {
  const old = draft.records[step.record]?.disposals[step.disposal]
  return old?.type === type ? draft : withDisposal(draft, step, { type })
}

/** Removes a record, for the check-your-answers page. */
export function removeRecord(draft: Draft, index: number): Draft {
  return { ...draft, records: draft.records.filter((_, i) => i !== index) }
}
