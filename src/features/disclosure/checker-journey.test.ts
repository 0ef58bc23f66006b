/**
 * The public checker's journey, without a server: which page follows which answer, what each page refuses and
 * why, the back links, changing answers from the check-your-answers page, and the answers carried in the form.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ValidationFailed } from '../../platform/errors/errors.ts'
import { emptyDraft, readDraft, toRequest, writeDraft, type Draft } from './checker-draft.ts'
import { respond, UNREADABLE } from './checker-journey.ts'
import { pathOf, stepAt } from './checker-paths.ts'
import {
  firstToFix,
  needsListed,
  needsSerious,
  nextStep,
  previousStep,
  questionsFor,
  type Step,
} from './checker-steps.ts'

const TODAY = '2026-11-23'
type Page = ReturnType<typeof respond>
type Form = Record<string, string>

/** The part of a step's address after /check-your-record, as the route passes it. */
const at = (step: Step) => pathOf(step).slice('/check-your-record'.length)

/** Sends a form to `path` with the hidden fields of `page` (the answers, and the mode), as the browser would. */
function send(page: Page | null, path: string, form: Form = {}): Page {
  const hidden = {
    answers: page && 'answers' in page ? page.answers : '',
    ...(page && 'mode' in page && page.mode ? { mode: page.mode } : {}),
  }
  return respond(path, { ...hidden, ...form }, TODAY)
}

function refusal(page: Page | null, path: string, form: Form = {}) {
  try {
    send(page, path, form)
  } catch (error) {
    if (error instanceof ValidationFailed) return error.fieldErrors
    throw error
  }
  assert.fail(`expected ${path} to be refused`)
}

const heading = (page: Page) => ('question' in page ? page.question.heading : page.pageTitle)
const draftOf = (page: Page): Draft => readDraft('answers' in page ? page.answers : '') ?? assert.fail('unreadable')
const date = (name: string, iso: string): Form => {
  const [year, month, day] = iso.split('-')
  return { [`${name}-day`]: day!, [`${name}-month`]: month!, [`${name}-year`]: year! }
}

/** Walks the issue's example: an 18-month prison sentence with a fine, then a simple caution. */
function issueExample() {
  let page = send(null, '/date-of-birth', date('dateOfBirth', '1990-05-01'))
  page = send(page, '/records/1/kind', { kind: 'conviction' })
  page = send(page, '/records/1/date', date('date', '2016-03-10'))
  page = send(page, '/records/1/sentences/1/type', { type: 'custodial_sentence' })
  page = send(page, '/records/1/sentences/1/length', { length: '18', 'length-unit': 'months' })
  page = send(page, '/records/1/another-sentence', { another: 'yes' })
  page = send(page, '/records/1/sentences/2/type', { type: 'fine' })
  page = send(page, '/records/1/another-sentence', { another: 'no' })
  page = send(page, '/another-record', { another: 'yes' })
  page = send(page, '/records/2/kind', { kind: 'caution' })
  page = send(page, '/records/2/date', date('date', '2019-07-01'))
  page = send(page, '/records/2/sentences/1/type', { type: 'simple_caution' })
  page = send(page, '/records/2/listed-offence', { listedOffence: 'no' })
  return send(page, '/another-record', { another: 'no' })
}

describe('the checker journey', () => {
  it('asks one question a page, in order, and ends on check your answers with the contract input', () => {
    const headings: string[] = []
    let page = send(null, '/date-of-birth', date('dateOfBirth', '1990-05-01'))
    const answer = (path: string, form: Form) => {
      headings.push(heading(page))
      page = send(page, path, form)
    }
    answer('/records/1/kind', { kind: 'conviction' })
    answer('/records/1/date', date('date', '2016-03-10'))
    answer('/records/1/sentences/1/type', { type: 'custodial_sentence' })
    answer('/records/1/sentences/1/length', { length: '18', 'length-unit': 'months' })
    answer('/records/1/another-sentence', { another: 'no' })
    headings.push(heading(page))
    assert.deepEqual(headings, [
      'Was it a caution or a conviction?',
      'When were you convicted?',
      'What sentence did you get?',
      'How long was the sentence?',
      'Did you get another sentence for this conviction?',
      'Do you have another caution or conviction?',
    ])
    assert.equal(heading(issueExample()), 'Check your answers')
    assert.deepEqual(toRequest(draftOf(issueExample())), {
      dateOfBirth: '1990-05-01',
      records: [
        {
          kind: 'conviction',
          date: '2016-03-10',
          disposals: [{ type: 'custodial_sentence', length: { amount: 18, unit: 'months' } }, { type: 'fine' }],
        },
        { kind: 'caution', date: '2019-07-01', disposals: [{ type: 'simple_caution' }] },
      ],
    })
  })

  it('gives the result of the issue example: spent on 10 September 2021, and a caution spent when given', () => {
    const result = send(issueExample(), '/result')
    assert.ok('summaries' in result)
    assert.deepEqual(
      result.summaries.map(s => s.headline),
      ['Spent on 10 September 2021', 'Spent on the day it was given'],
    )
    assert.match(result.summaries[0]!.standard, /always shows/)
  })

  it('offers only the sentences that can be given at the age on the date', () => {
    let page = send(null, '/date-of-birth', date('dateOfBirth', '2005-06-15'))
    page = send(page, '/records/1/kind', { kind: 'conviction' })
    const youth = send(page, '/records/1/date', date('date', '2020-01-01'))
    const adult = send(page, '/records/1/date', date('date', '2024-01-01'))
    const offered = (p: Page) =>
      'question' in p && p.question.kind === 'radios' ? p.question.items.map(i => i.value) : []
    assert.ok(offered(youth).includes('youth_rehabilitation_order'))
    assert.ok(!offered(youth).includes('community_order'))
    assert.ok(offered(adult).includes('community_order'))
    assert.ok(!offered(adult).includes('referral_order'))
    assert.deepEqual(refusal(adult, '/records/1/sentences/1/type', { type: 'referral_order' }), [
      { field: 'type', message: 'Select the sentence you got' },
    ])
  })

  it('asks about a serious offence only for a custodial sentence over 4 years', () => {
    let page = send(null, '/date-of-birth', date('dateOfBirth', '1970-01-01'))
    page = send(page, '/records/1/kind', { kind: 'conviction' })
    page = send(page, '/records/1/date', date('date', '2010-01-01'))
    page = send(page, '/records/1/sentences/1/type', { type: 'custodial_sentence' })
    assert.equal(
      heading(send(page, '/records/1/sentences/1/length', { length: '48', 'length-unit': 'months' })),
      'Did you get another sentence for this conviction?',
    )
    page = send(page, '/records/1/sentences/1/length', { length: '49', 'length-unit': 'months' })
    assert.equal(heading(page), 'Was the sentence for a serious violent, sexual or terrorism offence?')
    assert.deepEqual(refusal(page, '/records/1/sentences/1/serious-offence'), [
      {
        field: 'seriousOffence',
        message: 'Select yes if the sentence was for a serious violent, sexual or terrorism offence',
      },
    ])
    page = send(page, '/records/1/sentences/1/serious-offence', { seriousOffence: 'yes' })
    page = send(page, '/records/1/another-sentence', { another: 'no' })
    page = send(page, '/another-record', { another: 'no' })
    const result = send(page, '/result')
    assert.ok('summaries' in result)
    assert.equal(result.summaries[0]!.headline, 'Never spent')
  })

  it('asks about a listed offence only where it changes what DBS checks show', () => {
    const draft = (records: Draft['records']): Draft => ({ dateOfBirth: '2005-06-15', records })
    const fine = draft([{ kind: 'conviction', date: '2024-01-01', disposals: [{ type: 'fine' }] }])
    const prison = draft([
      {
        kind: 'conviction',
        date: '2024-01-01',
        disposals: [{ type: 'custodial_sentence', length: { amount: 1, unit: 'years' } }],
      },
    ])
    const youthCaution = draft([{ kind: 'caution', date: '2020-01-01', disposals: [{ type: 'youth_caution' }] }])
    const adultCaution = draft([{ kind: 'caution', date: '2024-01-01', disposals: [{ type: 'simple_caution' }] }])
    assert.deepEqual(
      [fine, prison, youthCaution, adultCaution].map(d => needsListed(d, 0)),
      [true, false, false, true],
    )
  })
})

describe('what each question refuses', () => {
  it('a date of birth with no year, not a real date, or in the future', () => {
    assert.deepEqual(
      refusal(null, '/date-of-birth', { 'dateOfBirth-day': '1', 'dateOfBirth-month': '5', 'dateOfBirth-year': '' }),
      [{ field: 'dateOfBirth', message: 'Your date of birth must include a year' }],
    )
    assert.deepEqual(refusal(null, '/date-of-birth', date('dateOfBirth', '1990-02-30')), [
      { field: 'dateOfBirth', message: 'Your date of birth must be a real date' },
    ])
    assert.deepEqual(refusal(null, '/date-of-birth', {}), [
      { field: 'dateOfBirth', message: 'Enter your date of birth' },
    ])
    assert.deepEqual(refusal(null, '/date-of-birth', date('dateOfBirth', '2026-11-24')), [
      { field: 'dateOfBirth', message: 'Your date of birth must be today or in the past' },
    ])
  })

  it('no choice, and a conviction before the date of birth or under the age of 10', () => {
    let page = send(null, '/date-of-birth', date('dateOfBirth', '1990-05-01'))
    assert.deepEqual(refusal(page, '/records/1/kind'), [
      { field: 'kind', message: 'Select if it was a caution or a conviction' },
    ])
    page = send(page, '/records/1/kind', { kind: 'conviction' })
    assert.deepEqual(refusal(page, '/records/1/date', date('date', '1989-01-01')), [
      { field: 'date', message: 'The date of the conviction must be after the date of birth' },
    ])
    assert.match(refusal(page, '/records/1/date', date('date', '1999-01-01'))[0]!.message, /under 10/)
  })

  it('a length that is not a whole number, or with no unit; an order with no choice or ending before it started', () => {
    let page = send(null, '/date-of-birth', date('dateOfBirth', '1990-05-01'))
    page = send(page, '/records/1/kind', { kind: 'conviction' })
    page = send(page, '/records/1/date', date('date', '2016-03-10'))
    const prison = send(page, '/records/1/sentences/1/type', { type: 'custodial_sentence' })
    assert.deepEqual(refusal(prison, '/records/1/sentences/1/length', { length: '1.5' }), [
      { field: 'length', message: 'Enter the length as a whole number, like 18' },
      { field: 'length.unit', message: 'Select days, weeks, months or years' },
    ])
    const suspended = send(page, '/records/1/sentences/1/type', { type: 'suspended_sentence' })
    assert.deepEqual(refusal(suspended, '/records/1/sentences/1/length', { length: '3', 'length-unit': 'years' }), [
      { field: 'length', message: 'A suspended sentence can be at most 24 months: check the length' },
    ])
    const order = send(page, '/records/1/sentences/1/type', { type: 'community_order' })
    assert.deepEqual(refusal(order, '/records/1/sentences/1/length'), [
      { field: 'period', message: 'Select how long it lasted' },
    ])
    const endDate = send(order, '/records/1/sentences/1/length', { period: 'endDate' })
    assert.equal(heading(endDate), 'When did the community order end?')
    assert.deepEqual(refusal(endDate, '/records/1/sentences/1/details', date('endDate', '2016-03-09')), [
      {
        field: 'endDate',
        message: 'The end date of the community order must be on or after the date of the conviction',
      },
    ])
    const compensation = send(page, '/records/1/sentences/1/type', { type: 'compensation_order' })
    const paid = send(compensation, '/records/1/sentences/1/length', { paid: 'yes' })
    assert.equal(heading(paid), 'When did you pay the last of it?')
    assert.deepEqual(refusal(paid, '/records/1/sentences/1/details'), [
      { field: 'compensationPaidDate', message: 'Enter the date it was paid in full' },
    ])
    const unpaid = send(compensation, '/records/1/sentences/1/length', { paid: 'no' })
    assert.equal(heading(unpaid), 'Did you get another sentence for this conviction?', 'no date to ask for')
  })

  it('nothing of a refused answer is kept', () => {
    const page = send(null, '/date-of-birth', date('dateOfBirth', '1990-05-01'))
    refusal(page, '/records/1/kind', { kind: 'neither' })
    assert.deepEqual(draftOf(page), { dateOfBirth: '1990-05-01', records: [] })
  })
})

describe('moving about the journey', () => {
  it('goes back one question at a time, without answering', () => {
    const check = issueExample()
    const draft = draftOf(check)
    const back = (step: Step) => previousStep(draft, step)
    assert.deepEqual(back({ name: 'check-answers' }), { name: 'another-record' })
    assert.deepEqual(back({ name: 'another-record' }), { name: 'listed', record: 1 })
    assert.deepEqual(back({ name: 'kind', record: 1 }), { name: 'another-record' })
    assert.deepEqual(back({ name: 'another-disposal', record: 0 }), { name: 'type', record: 0, disposal: 1 })
    assert.deepEqual(back({ name: 'type', record: 0, disposal: 1 }), { name: 'another-disposal', record: 0 })
    assert.deepEqual(back({ name: 'period', record: 0, disposal: 0 }), { name: 'type', record: 0, disposal: 0 })
    assert.equal(back({ name: 'date-of-birth' }), null)
    const shown = send(check, at({ name: 'date', record: 0 }), { navigate: 'back' })
    assert.ok('values' in shown)
    assert.deepEqual(shown.values, { 'date-day': '10', 'date-month': '3', 'date-year': '2016' })
    assert.deepEqual(draftOf(shown), draftOf(check), 'going back changes no answer')
  })

  it('walks forward from an answer given again, through the answers already there', () => {
    const draft = draftOf(issueExample())
    assert.deepEqual(nextStep(draft, { name: 'date-of-birth' }), { name: 'kind', record: 0 })
    assert.deepEqual(nextStep(draft, { name: 'type', record: 0, disposal: 0 }), {
      name: 'period',
      record: 0,
      disposal: 0,
    })
    assert.deepEqual(nextStep(draft, { name: 'period', record: 0, disposal: 0 }), {
      name: 'another-disposal',
      record: 0,
    })
    assert.deepEqual(nextStep(draft, { name: 'another-disposal', record: 0 }, true), {
      name: 'type',
      record: 0,
      disposal: 2,
    })
    assert.deepEqual(nextStep(draft, { name: 'type', record: 1, disposal: 0 }), { name: 'listed', record: 1 })
    assert.deepEqual(nextStep(draft, { name: 'another-record' }, true), { name: 'kind', record: 2 })
  })

  it('returns to check your answers after a change, asking first what the change makes necessary', () => {
    const check = issueExample()
    const change = (step: Step, form: Form) => send(send(check, at(step), { navigate: 'change' }), at(step), form)
    const dateChanged = change({ name: 'date', record: 0 }, date('date', '2016-04-10'))
    assert.equal(heading(dateChanged), 'Check your answers')
    const typeChanged = change({ name: 'type', record: 0, disposal: 0 }, { type: 'community_order' })
    assert.equal(heading(typeChanged), 'How long did the community order last?', 'a new type needs its own length')
    assert.ok('mode' in typeChanged && typeChanged.mode === 'change')
    const length = send(typeChanged, '/records/1/sentences/1/length', { period: 'noEndDate' })
    assert.equal(heading(length), 'Was it for a listed offence?', 'with no custodial sentence now, the offence matters')
    const done = send(length, '/records/1/listed-offence', { listedOffence: 'yes' })
    assert.equal(heading(done), 'Check your answers')
    assert.equal(draftOf(done).records[0]!.listed, 'yes')
    assert.deepEqual(draftOf(done).records[0]!.disposals[0], {
      type: 'community_order',
      periodChoice: 'noEndDate',
      noEndDate: true,
    })
  })

  it('changes a length through its "how long" page and then the length itself', () => {
    let page = send(null, '/date-of-birth', date('dateOfBirth', '1990-05-01'))
    page = send(page, '/records/1/kind', { kind: 'conviction' })
    page = send(page, '/records/1/date', date('date', '2016-03-10'))
    page = send(page, '/records/1/sentences/1/type', { type: 'community_order' })
    page = send(page, '/records/1/sentences/1/length', { period: 'length' })
    page = send(page, '/records/1/sentences/1/details', { length: '12', 'length-unit': 'months' })
    page = send(page, '/records/1/another-sentence', { another: 'no' })
    page = send(page, '/records/1/listed-offence', { listedOffence: 'no' })
    page = send(page, '/another-record', { another: 'no' })
    page = send(page, '/records/1/sentences/1/length', { navigate: 'change' })
    assert.ok('values' in page)
    assert.equal(page.values.period, 'length')
    page = send(page, '/records/1/sentences/1/length', { period: 'length' })
    assert.equal(heading(page), 'How long was the community order?')
    assert.ok('values' in page)
    assert.deepEqual(page.values, { length: '12', 'length-unit': 'months', period: 'length' })
    page = send(page, '/records/1/sentences/1/details', { length: '18', 'length-unit': 'months' })
    assert.equal(heading(page), 'Check your answers')
    assert.deepEqual(toRequest(draftOf(page)).records[0]!.disposals, [
      { type: 'community_order', length: { amount: 18, unit: 'months' } },
    ])
  })

  it('after a new date of birth, shows the sentence that no longer fits the age, saying why', () => {
    let page = send(null, '/date-of-birth', date('dateOfBirth', '2005-06-15'))
    page = send(page, '/records/1/kind', { kind: 'conviction' })
    page = send(page, '/records/1/date', date('date', '2020-01-01'))
    page = send(page, '/records/1/sentences/1/type', { type: 'referral_order' })
    page = send(page, '/records/1/sentences/1/length', { period: 'length' })
    assert.equal(heading(page), 'How long was the referral order?')
    page = send(page, '/records/1/sentences/1/details', { length: '12', 'length-unit': 'months' })
    page = send(page, '/records/1/another-sentence', { another: 'no' })
    page = send(page, '/records/1/listed-offence', { listedOffence: 'no' })
    page = send(page, '/another-record', { another: 'no' })
    assert.equal(heading(page), 'Check your answers')
    page = send(
      send(page, '/date-of-birth', { navigate: 'change' }),
      '/date-of-birth',
      date('dateOfBirth', '1990-05-01'),
    )
    assert.equal(heading(page), 'What sentence did you get?')
    assert.ok('errors' in page && page.errors)
    assert.match(page.errors.errorList[0]!.text, /only given to someone under 18, but the person was 29/)
    assert.deepEqual(firstToFix(draftOf(page)), { name: 'type', record: 0, disposal: 0 })
  })

  it('removes a record, and asks again for one when none is left', () => {
    const check = issueExample()
    const removed = send(check, '/records/1/remove')
    assert.equal(heading(removed), 'Check your answers')
    assert.deepEqual(
      draftOf(removed).records.map(r => r.kind),
      ['caution'],
    )
    assert.equal(heading(send(removed, '/records/1/remove')), 'Was it a caution or a conviction?')
  })

  it('sends an address that does not fit the answers to the first question still to answer', () => {
    const page = send(null, '/date-of-birth', date('dateOfBirth', '1990-05-01'))
    assert.equal(
      heading(send(page, '/records/3/sentences/1/length', { length: '1' })),
      'Was it a caution or a conviction?',
    )
    assert.equal(heading(send(page, '/nowhere')), 'Was it a caution or a conviction?')
    assert.equal(heading(send(page, '/result')), 'Was it a caution or a conviction?')
  })

  it('starts again, saying so, when the answers cannot be read', () => {
    for (const answers of [
      '{not json',
      JSON.stringify({ records: [], extra: 1 }),
      JSON.stringify({ dateOfBirth: '1990-02-30', records: [] }),
    ]) {
      const page = respond('/records/1/kind', { answers, kind: 'conviction' }, TODAY)
      assert.ok('notice' in page)
      assert.equal(page.notice, UNREADABLE)
    }
  })
})

describe('steps and their addresses', () => {
  it('turns every step into an address with indexes only, and back', () => {
    const steps: Step[] = [
      { name: 'date-of-birth' },
      { name: 'kind', record: 0 },
      { name: 'date', record: 2 },
      { name: 'type', record: 1, disposal: 3 },
      { name: 'period', record: 0, disposal: 0 },
      { name: 'serious', record: 0, disposal: 1 },
      { name: 'listed', record: 4 },
      { name: 'another-disposal', record: 0 },
      { name: 'another-record' },
      { name: 'check-answers' },
    ]
    for (const step of steps) assert.deepEqual(stepAt(at(step)), step, pathOf(step))
    assert.equal(stepAt('/records/0/kind'), null)
    assert.equal(stepAt('/records/1/sentences/x/type'), null)
  })

  it('lists the questions a draft needs, and which is still to answer', () => {
    assert.deepEqual(questionsFor(emptyDraft()), [
      { name: 'date-of-birth' },
      { name: 'kind', record: 0 },
      { name: 'date', record: 0 },
      { name: 'type', record: 0, disposal: 0 },
    ])
    assert.deepEqual(firstToFix(emptyDraft()), { name: 'date-of-birth' })
    const draft: Draft = {
      dateOfBirth: '1990-05-01',
      records: [{ kind: 'conviction', date: '2016-03-10', disposals: [{ type: 'compensation_order' }] }],
    }
    assert.deepEqual(
      firstToFix(draft),
      { name: 'period', record: 0, disposal: 0 },
      'an unpaid compensation order is still a question to answer',
    )
    assert.equal(needsSerious({ type: 'custodial_sentence', length: { amount: 4, unit: 'years' } }), false)
    assert.equal(needsSerious({ type: 'custodial_sentence', length: { amount: 1461, unit: 'days' } }), true)
  })

  it('carries the answers as JSON and refuses answers that are not the draft', () => {
    const draft: Draft = { dateOfBirth: '1990-05-01', records: [] }
    assert.deepEqual(readDraft(writeDraft(draft)), draft)
    assert.deepEqual(readDraft(''), emptyDraft())
    assert.equal(readDraft(JSON.stringify({ records: [{ kind: 'arrest', disposals: [] }] })), null)
  })
})
