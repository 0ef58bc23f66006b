import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { z } from 'zod'
import { translator } from '../i18n/i18n.ts'
import { optionalText, requiredText } from './fields.ts'
import { messageKey, toErrorSummary, toFieldErrors } from './parse.ts'

const schema = z.object({
  goal: requiredText('your goal', 5, {
    required: messageKey('plans:errors.goal.required'),
    tooLong: messageKey('plans:errors.goal.tooLong'),
  }),
  note: optionalText('the note', 3),
})

const errorsOf = (input: unknown) => toFieldErrors(schema.safeParse(input).error!)

describe('messages given as locale keys', () => {
  it('are English in the field errors (the API and staff), with the key and the limit kept', () => {
    assert.deepEqual(errorsOf({ goal: 'toolong', note: 'long' }), [
      {
        field: 'goal',
        message: 'Your goal must be 5 characters or fewer',
        key: 'plans:errors.goal.tooLong',
        values: { maximum: 5 },
      },
      { field: 'note', message: 'The note must be 3 characters or fewer' },
    ])
  })

  it('are said in the page’s language on a page, and a message written in words stays as written', () => {
    const summary = toErrorSummary(errorsOf({ goal: 'toolong', note: 'long' }), translator('cy'))
    assert.deepEqual(summary.errorList, [
      { text: 'Ni all eich nod fod yn hirach na 5 nod', href: '#goal' },
      { text: 'The note must be 3 characters or fewer', href: '#note' },
    ])
    assert.deepEqual(summary.fieldErrors.goal, {
      text: 'Ni all eich nod fod yn hirach na 5 nod',
      visuallyHiddenText: 'Gwall',
    })
    assert.equal(toErrorSummary(errorsOf({}), translator('cy')).errorList[0]!.text, 'Rhowch eich nod')
  })

  it('refuse invisible characters in the person’s words too', () => {
    const [error] = errorsOf({ goal: 'a\u0000b' })
    assert.equal(error!.key, 'common:errors.unsafeText')
    assert.match(translator('cy')(error!.key!), /Tynnwch y nodau anweledig/)
  })
})
