/**
 * The public checker's journey: given the address a form was sent to and what it carried (the answers so far in
 * one hidden field, and the page's own fields), the page to show next. Nothing is stored: each answer travels in
 * the form, and is checked again each time it comes back. Pure: today's date is an argument.
 *
 * A form sent with `navigate=back` (the back link) or `navigate=change` (a change button on the check-your-answers
 * page) shows its question without answering it. `mode=change` marks a question asked from the check-your-answers
 * page, which then goes back there once every answer is complete.
 */
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { answerStep } from './checker-answers.ts'
import { emptyDraft, readDraft, toRequest, type Draft } from './checker-draft.ts'
import { checkAnswersPage, questionPage, resultPage, startPage, type Mode } from './checker-pages.ts'
import { stepAt } from './checker-paths.ts'
import { canAsk, checkAnswers, firstToFix, nextAfterChange, nextStep, type Step } from './checker-steps.ts'
import { checkDisclosure } from './disclosure.rules.ts'
import { disclosureInputSchema, type DisclosureInput } from './disclosure.schemas.ts'
import type { FormBody } from './disposal-form.ts'

export const UNREADABLE = 'Sorry, your answers could not be read. Please start again.'

const REMOVE = /^\/records\/([1-9]\d{0,2})\/remove$/

/** The page to show after a form of the checker is sent to `path` (the part of the address after the checker's). */
export function respond(path: string, body: FormBody, today: IsoDate) {
  const draft = readDraft(body.answers)
  if (!draft) return startPage(UNREADABLE)
  if (path === '/result') return result(draft, today)
  const removed = REMOVE.exec(path)
  if (removed)
    return show(
      { ...draft, records: draft.records.filter((_, i) => i !== Number(removed[1]) - 1) },
      checkAnswers,
      'change',
    )
  const step = stepAt(path)
  const mode: Mode = body.mode === 'change' || body.navigate === 'change' ? 'change' : ''
  if (!step || !canAsk(draft, step)) return show(draft, firstToFix(draft) ?? checkAnswers, mode)
  if (body.navigate === 'back' || body.navigate === 'change' || step.name === 'check-answers')
    return show(draft, step, mode)
  const answered = answerStep(draft, step, body, today)
  const next = mode === 'change' ? nextAfterChange(answered.draft, step) : nextStep(answered.draft, step, answered.yes)
  return show(answered.draft, next, mode)
}

/** The page a form was on, to show it again with what was typed and what to fix. */
export function pageOf(path: string, body: FormBody) {
  const draft = readDraft(body.answers) ?? emptyDraft()
  const step = stepAt(path) ?? { name: 'date-of-birth' }
  return questionPage(draft, step, body.mode === 'change' ? 'change' : '')
}

/** The first question, for the start page's button. */
export const firstQuestion = () => questionPage(emptyDraft(), { name: 'date-of-birth' }, '')

/** Check your answers, once every question is answered; before that, the first question still to answer. */
function show(draft: Draft, step: Step, mode: Mode) {
  if (step.name !== 'check-answers') return questionPage(draft, step, mode)
  const missing = firstToFix(draft)
  return missing ? questionPage(draft, missing, 'change') : checkAnswersPage(draft)
}

function result(draft: Draft, today: IsoDate) {
  const parsed = disclosureInputSchema.safeParse(toRequest(draft))
  if (parsed.success) return resultPage(draft, parsed.data, checkDisclosure(parsed.data, { today }), today)
  const missing = firstToFix(draft)
  return missing ? questionPage(draft, missing, 'change') : startPage(UNREADABLE)
}

/** The checker with today's date in England and Wales supplied: built once, in the composition root. */
export function createChecker({ today }: { today: () => IsoDate }) {
  return {
    /** The engine's answer for the API, as of today. */
    check: (input: DisclosureInput) => checkDisclosure(input, { today: today() }),
    start: () => startPage(),
    firstQuestion,
    respond: (path: string, body: FormBody) => respond(path, body, today()),
    pageOf,
  }
}

export type Checker = ReturnType<typeof createChecker>
