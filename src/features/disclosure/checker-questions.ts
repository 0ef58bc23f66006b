/**
 * What each page of the public checker asks, with its hint and choices, in plain words. Pure.
 */
import { LISTED_ANSWERS, type Draft } from './checker-draft.ts'
import type { Step } from './checker-steps.ts'
import { allowedTypes, describeDisposal, LISTED_WORDS, recordName, TYPE_WORDS } from './checker-wording.ts'
import type { PeriodChoice } from './disposal-form.ts'
import { DISPOSALS, type DisposalType } from './disposal-types.ts'

export type Item = { value: string; text: string; hint?: string }

export type Question =
  | { kind: 'date'; name: string; heading: string; hint: string }
  | { kind: 'length'; heading: string; hint: string }
  | { kind: 'radios'; name: string; heading: string; hint?: string; items: Item[]; inline?: boolean }

/** `intro` and `list` come before the choices, inside the question's hint. */
export type Asked = { question: Question; caption: string | null; intro: string[]; list: string[] }

const DATE_HINT = 'For example, 27 3 2019'
const YES_NO: Item[] = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
]

export function questionFor(draft: Draft, step: Step): Asked {
  const record = 'record' in step ? draft.records[step.record] : undefined
  const caption = 'record' in step ? recordName(record?.kind, step.record) : null
  const ask = (question: Question, intro: string[] = [], list: string[] = []): Asked => ({
    question,
    caption,
    intro,
    list,
  })
  switch (step.name) {
    case 'date-of-birth':
      return ask({
        kind: 'date',
        name: 'dateOfBirth',
        heading: 'What is your date of birth?',
        hint: 'For example, 27 3 2007',
      })
    case 'kind':
      return ask({
        kind: 'radios',
        name: 'kind',
        heading: 'Was it a caution or a conviction?',
        items: [
          { value: 'caution', text: 'A caution', hint: 'A warning from the police. You did not go to court for it.' },
          {
            value: 'conviction',
            text: 'A conviction',
            hint: 'A court found you guilty, or you said in court that you were guilty.',
          },
        ],
      })
    case 'date':
      return record?.kind === 'caution'
        ? ask({ kind: 'date', name: 'date', heading: 'When were you given the caution?', hint: DATE_HINT })
        : ask({
            kind: 'date',
            name: 'date',
            heading: 'When were you convicted?',
            hint: `If the court gave you your sentence on a later day, use that day. ${DATE_HINT}`,
          })
    case 'type':
      return ask(typeQuestion(draft, step.record))
    case 'period':
      return ask(periodQuestion(record!.disposals[step.disposal]!.type))
    case 'detail': {
      const disposal = record!.disposals[step.disposal]!
      return ask(detailQuestion(disposal.type, disposal.periodChoice))
    }
    case 'serious':
      return ask({
        kind: 'radios',
        name: 'seriousOffence',
        heading: 'Was the sentence for a serious violent, sexual or terrorism offence?',
        hint: 'These offences are on a list called Schedule 18 of the Sentencing Code. If you are not sure, ask your solicitor or probation worker.',
        items: YES_NO,
      })
    case 'listed':
      return ask(
        {
          kind: 'radios',
          name: 'listedOffence',
          heading: 'Was it for a listed offence?',
          hint: 'If you are not sure, ask your solicitor or probation worker.',
          items: LISTED_ANSWERS.map(value => ({ value, text: LISTED_WORDS[value] })),
        },
        [
          'Some offences always show on standard and enhanced DBS checks, even when they are spent. They are called listed offences.',
          'Most of them are serious violent or sexual offences, or offences against children.',
        ],
      )
    case 'another-disposal':
      return ask(
        {
          kind: 'radios',
          name: 'another',
          heading: 'Did you get another sentence for this conviction?',
          hint: 'For example, a fine as well as a community order.',
          items: YES_NO,
          inline: true,
        },
        ['You have told us about:'],
        (record?.disposals ?? []).map(describeDisposal),
      )
    case 'another-record':
      return ask(
        {
          kind: 'radios',
          name: 'another',
          heading: 'Do you have another caution or conviction?',
          hint: 'Add all of them. A new conviction can change when an older one is spent.',
          items: YES_NO,
          inline: true,
        },
        [`You have told us about ${countOf(draft.records.length)}.`],
      )
    case 'check-answers':
      throw new RangeError('check your answers is not a question')
  }
}

function typeQuestion(draft: Draft, record: number): Question {
  const caution = draft.records[record]?.kind === 'caution'
  return {
    kind: 'radios',
    name: 'type',
    heading: caution ? 'What type of caution was it?' : 'What sentence did you get?',
    hint: caution ? undefined : 'If you got more than one, choose one now. You can add the others next.',
    items: allowedTypes(draft, record).map(type => ({ value: type, ...TYPE_WORDS[type] })),
  }
}

function periodQuestion(type: DisposalType): Question {
  const info = DISPOSALS[type]
  switch (info.measure) {
    case 'custodial':
      return lengthQuestion(type)
    case 'compensation':
      return {
        kind: 'radios',
        name: 'paid',
        heading: 'Have you paid all of the compensation?',
        items: [
          { value: 'yes', text: 'Yes' },
          { value: 'no', text: 'No, not yet' },
        ],
      }
    case 'conditional-caution':
      return {
        kind: 'radios',
        name: 'conditionsEnded',
        heading: 'Do you know when the rules of the caution ended?',
        hint: 'This is the day you finished doing what the caution asked you to do.',
        items: [
          { value: 'yes', text: 'Yes' },
          { value: 'not-known', text: 'No, or they have not ended yet' },
        ],
      }
    default:
      return {
        kind: 'radios',
        name: 'period',
        heading: `How long did the ${info.label} last?`,
        items: [
          { value: 'length', text: 'For a set time', hint: 'For example, 12 months' },
          { value: 'endDate', text: 'Until a date' },
          { value: 'noEndDate', text: 'The court did not say when it ends' },
          { value: 'untilFurtherOrder', text: 'Until a court changes it or ends it' },
        ],
      }
  }
}

/** The length or the date a choice on the "how long" page calls for. */
function detailQuestion(type: DisposalType, choice: PeriodChoice | undefined): Question {
  const { label } = DISPOSALS[type]
  switch (choice) {
    case 'length':
      return { kind: 'length', heading: `How long was the ${label}?`, hint: 'The time the court gave.' }
    case 'endDate':
      return {
        kind: 'date',
        name: 'endDate',
        heading: `When did the ${label} end?`,
        hint: `If it has not ended yet, give the day it will end. ${DATE_HINT}`,
      }
    case 'paid':
      return {
        kind: 'date',
        name: 'compensationPaidDate',
        heading: 'When did you pay the last of it?',
        hint: DATE_HINT,
      }
    default:
      return {
        kind: 'date',
        name: 'conditionsMetDate',
        heading: 'When did the rules of the caution end?',
        hint: DATE_HINT,
      }
  }
}

function lengthQuestion(type: DisposalType): Question {
  if (type === 'suspended_sentence') {
    return {
      kind: 'length',
      heading: 'How long was the prison sentence?',
      hint: 'The time in prison the court gave you, not the time it was suspended for.',
    }
  }
  if (type === 'detention_and_training_order') {
    return {
      kind: 'length',
      heading: 'How long was the detention and training order?',
      hint: 'The whole order, including the time under supervision.',
    }
  }
  return {
    kind: 'length',
    heading: 'How long was the sentence?',
    hint: 'The whole sentence the court gave you, including time on licence. Do not take off time spent on remand. If you got one sentence after another, add them up.',
  }
}

function countOf(records: number): string {
  return records === 1 ? '1 caution or conviction' : `${records} cautions and convictions`
}
