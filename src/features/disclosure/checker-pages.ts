/**
 * What each page of the public checker shows: the view, its words, the answers so far (in the hidden field) and
 * where its buttons go. Pure.
 */
import { formatLongDate, type IsoDate } from '../../platform/dates/calendar-date.ts'
import { toErrorSummary } from '../../platform/validation/parse.ts'
import { draftProblems, writeDraft, type Draft } from './checker-draft.ts'
import { BASE_PATH, pathOf } from './checker-paths.ts'
import { questionFor } from './checker-questions.ts'
import {
  checkAnswers,
  fieldOnPage,
  isAnswered,
  needsListed,
  needsPeriod,
  needsSerious,
  ownsPath,
  previousStep,
  roomForDisposal,
  roomForRecord,
  type Step,
} from './checker-steps.ts'
import { LISTED_WORDS, periodPhrase, recordName, TYPE_WORDS } from './checker-wording.ts'
import { dateValues, periodValues } from './disposal-form.ts'
import { capitalise } from './disposal-types.ts'
import type { DisclosureInput } from './disclosure.schemas.ts'
import type { DisclosureResult } from './disclosure.rules.ts'
import { summarise } from './disclosure-summary.ts'

export const VIEWS = {
  start: 'disclosure/views/checker/start.njk',
  question: 'disclosure/views/checker/question.njk',
  checkAnswers: 'disclosure/views/checker/check-answers.njk',
  result: 'disclosure/views/checker/result.njk',
} as const

export type Mode = 'change' | ''
type Back = { href: string } | { action: string; navigate: 'back' }

export const START_TITLE = 'Check when your caution or conviction is spent'

export function startPage(notice?: string) {
  return { view: VIEWS.start, pageTitle: START_TITLE, firstQuestion: pathOf({ name: 'date-of-birth' }), notice }
}

/** A question's page, with the answers given so far filled in, and any problem its answer now has shown. */
export function questionPage(draft: Draft, step: Step, mode: Mode) {
  const asked = questionFor(draft, step)
  // A question not answered yet has nothing to fix; one answered before a change may no longer fit.
  const problems = isAnswered(draft, step)
    ? draftProblems(draft).filter(problem => ownsPath(draft, step, problem.path))
    : []
  const errors = problems.length
    ? toErrorSummary(problems.map(problem => ({ field: fieldOnPage(problem.path), message: problem.message })))
    : undefined
  return {
    view: VIEWS.question,
    pageTitle: asked.question.heading,
    ...asked,
    values: valuesFor(draft, step),
    action: pathOf(step),
    back: backFor(draft, step, mode),
    answers: writeDraft(draft),
    mode,
    ...(errors ? { errors } : {}),
  }
}

function backFor(draft: Draft, step: Step, mode: Mode): Back {
  if (mode === 'change') return { action: pathOf(checkAnswers), navigate: 'back' }
  const previous = previousStep(draft, step)
  return previous ? { action: pathOf(previous), navigate: 'back' } : { href: BASE_PATH }
}

function valuesFor(draft: Draft, step: Step): Record<string, string | undefined> {
  const record = 'record' in step ? draft.records[step.record] : undefined
  const disposal = 'disposal' in step ? record?.disposals[step.disposal] : undefined
  switch (step.name) {
    case 'date-of-birth':
      return dateValues('dateOfBirth', draft.dateOfBirth)
    case 'kind':
      return { kind: record?.kind }
    case 'date':
      return dateValues('date', record?.date)
    case 'type':
      return { type: disposal?.type }
    case 'period':
    case 'detail':
    case 'serious':
      return disposal ? periodValues(disposal, '', disposal.periodChoice) : {}
    case 'listed':
      return { listedOffence: record?.listed }
    default:
      return {}
  }
}

type Row = { key: string; value: string; change: string; hidden: string }

/** Every answer, each with a button to change it. */
export function checkAnswersPage(draft: Draft) {
  const changeOf = (step: Step) => pathOf(step)
  const records = draft.records.map((record, r) => {
    const name = recordName(record.kind, r)
    const lower = name.toLowerCase()
    const rows: Row[] = [
      {
        key: 'Caution or conviction',
        value: record.kind === 'caution' ? 'Caution' : 'Conviction',
        change: changeOf({ name: 'kind', record: r }),
        hidden: `if ${lower} was a caution or a conviction`,
      },
      {
        key: 'Date',
        value: formatLongDate(record.date),
        change: changeOf({ name: 'date', record: r }),
        hidden: `the date of ${lower}`,
      },
      ...record.disposals.flatMap((disposal, d): Row[] => {
        const which = record.disposals.length > 1 ? ` ${d + 1}` : ''
        const what = record.kind === 'caution' ? 'Type of caution' : `Sentence${which}`
        return [
          {
            key: what,
            value: TYPE_WORDS[disposal.type].text,
            change: changeOf({ name: 'type', record: r, disposal: d }),
            hidden: `${what.toLowerCase()} of ${lower}`,
          },
          ...(needsPeriod(disposal)
            ? [
                {
                  key: `How long${which ? ` (sentence${which})` : ''}`,
                  value: capitalise(periodPhrase(disposal) ?? ''),
                  change: changeOf({ name: 'period', record: r, disposal: d }),
                  hidden: `how long for ${what.toLowerCase()} of ${lower}`,
                },
              ]
            : []),
          ...(needsSerious(disposal)
            ? [
                {
                  key: 'Serious violent, sexual or terrorism offence',
                  value: disposal.seriousOffence ? 'Yes' : 'No',
                  change: changeOf({ name: 'serious', record: r, disposal: d }),
                  hidden: `if ${what.toLowerCase()} of ${lower} was for a serious offence`,
                },
              ]
            : []),
        ]
      }),
      ...(needsListed(draft, r) && record.listed
        ? [
            {
              key: 'Listed offence',
              value: LISTED_WORDS[record.listed],
              change: changeOf({ name: 'listed', record: r }),
              hidden: `if ${lower} was for a listed offence`,
            },
          ]
        : []),
    ]
    return {
      name,
      rows,
      remove: `${BASE_PATH}/records/${r + 1}/remove`,
      addSentence:
        record.kind === 'conviction' && roomForDisposal(draft, r)
          ? changeOf({ name: 'type', record: r, disposal: record.disposals.length })
          : null,
    }
  })
  return {
    view: VIEWS.checkAnswers,
    pageTitle: 'Check your answers',
    dateOfBirth: { value: formatLongDate(draft.dateOfBirth), change: changeOf({ name: 'date-of-birth' }) },
    records,
    addRecord: roomForRecord(draft) ? changeOf({ name: 'kind', record: draft.records.length }) : null,
    action: `${BASE_PATH}/result`,
    back: { action: pathOf({ name: 'another-record' }), navigate: 'back' } satisfies Back,
    answers: writeDraft(draft),
  }
}

export function resultPage(draft: Draft, input: DisclosureInput, result: DisclosureResult, today: IsoDate) {
  return {
    view: VIEWS.result,
    pageTitle: 'When your cautions and convictions are spent',
    summaries: result.records.map((record, i) => summarise(input.records[i]!, record, today)),
    today,
    answers: writeDraft(draft),
    change: pathOf(checkAnswers),
  }
}
