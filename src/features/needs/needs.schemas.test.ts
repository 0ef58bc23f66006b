import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { toFieldErrors } from '../../platform/validation/parse.ts'
import { PATHWAY_KEYS } from './needs.catalogue.ts'
import { addActionSchema, screeningSchema, updateActionSchema } from './needs.schemas.ts'
import { screening } from './needs.test-support.ts'
import { screeningFromForm, screeningToForm } from './screening-form.ts'

const errorsOf = (result: { success: boolean; error?: Parameters<typeof toFieldErrors>[0] }) =>
  result.success ? [] : toFieldErrors(result.error!)

describe('the screening schema', () => {
  it('keeps no urgency where there is no need, and trims the person’s words', () => {
    const parsed = screeningSchema.parse(
      screening({
        health: { status: 'no-need', urgency: 'high', ownWords: '  I am fine  ' },
        accommodation: { status: 'support-declined', urgency: 'low' },
      }),
    )
    assert.deepEqual(parsed.pathways.health, { status: 'no-need', urgency: null, ownWords: 'I am fine' })
    assert.deepEqual(parsed.pathways.accommodation, { status: 'support-declined', urgency: 'low', ownWords: null })
  })

  it('asks how pressing every need is', () => {
    const errors = errorsOf(
      screeningSchema.safeParse(
        screening({ 'education-skills-work': { status: 'done' }, health: { status: 'in-progress', urgency: '' } }),
      ),
    )
    assert.deepEqual(errors, [
      {
        field: 'pathways.education-skills-work.urgency',
        message: 'Select how pressing the education, skills and work need is',
      },
      { field: 'pathways.health.urgency', message: 'Select how pressing the health need is' },
    ])
  })

  it('requires every question for women when they apply, and drops the answers when they do not', () => {
    const errors = errorsOf(
      screeningSchema.safeParse(screening({}, { womensNeedsApply: 'yes', womensNeeds: { trauma: 'no' } })),
    )
    assert.deepEqual(
      errors.map(e => e.field),
      ['womensNeeds.domestic-abuse', 'womensNeeds.sex-work', 'womensNeeds.caring-for-children'],
    )
    const notApplied = screeningSchema.parse(screening({}, { womensNeedsApply: 'no', womensNeeds: { trauma: 'yes' } }))
    assert.deepEqual(notApplied.womensNeeds, {})
    assert.equal(notApplied.womensNeedsApply, false)
  })

  it('refuses an answer that is not one of the choices', () => {
    const errors = errorsOf(
      screeningSchema.safeParse(screening({}, { womensNeedsApply: 'maybe', womensNeeds: { trauma: 'perhaps' } })),
    )
    assert.deepEqual(errors, [
      { field: 'womensNeedsApply', message: 'Select whether the questions for women apply' },
      { field: 'womensNeeds.trauma', message: 'Answer the question about trauma' },
    ])
  })

  it('reads the form back into the shape it was written from', () => {
    const parsed = screeningSchema.parse(
      screening(
        { accommodation: { status: 'need-identified', urgency: 'urgent', ownWords: 'Nowhere to go' } },
        {
          womensNeedsApply: true,
          womensNeeds: { 'domestic-abuse': 'yes', 'sex-work': 'no', 'caring-for-children': 'not-said', trauma: 'no' },
        },
      ),
    )
    const values = screeningToForm({ kind: 'arrival', ...parsed, version: 3 })
    assert.equal(values['pathways.accommodation.ownWords'], 'Nowhere to go')
    assert.equal(values.version, 3)
    const again = screeningSchema.parse(screeningFromForm(values))
    assert.deepEqual(again, { ...parsed, version: 3 })
    assert.deepEqual(Object.keys(again.pathways), PATHWAY_KEYS)
  })

  it('reads only the catalogue’s fields from a form', () => {
    const read = screeningFromForm({ 'pathways.__proto__.status': 'x', 'pathways.unknown.status': 'done' })
    assert.deepEqual(Object.keys(read.pathways), PATHWAY_KEYS)
  })
})

describe('the action schemas', () => {
  const addAction = addActionSchema(() => '2026-11-23')

  it('needs a name when someone else will do it', () => {
    const base = { pathway: 'health', description: 'See the GP', dueDate: '2026-12-01' }
    assert.deepEqual(errorsOf(addAction.safeParse({ ...base, owner: 'other' })), [
      { field: 'ownerName', message: 'Enter the name of who will do it' },
    ])
    assert.equal(addAction.parse({ ...base, owner: 'family', ownerName: ' ' }).ownerName, undefined)
    assert.equal(addAction.parse({ ...base, owner: 'other', ownerName: 'Sister' }).ownerName, 'Sister')
  })

  it('takes a due date from the GOV.UK date input or as an ISO date', () => {
    const base = { pathway: 'health', description: 'See the GP', owner: 'person' }
    assert.equal(addAction.parse({ ...base, dueDate: { day: '4', month: '1', year: '2027' } }).dueDate, '2027-01-04')
    assert.equal(addAction.parse({ ...base, dueDate: '2027-01-04' }).dueDate, '2027-01-04')
  })

  it('refuses a new action due before today, by the clock it is given, with the other faults', () => {
    const errors = errorsOf(addAction.safeParse({ pathway: 'health', owner: 'other', dueDate: '2026-11-22' }))
    assert.deepEqual(errors, [
      { field: 'description', message: 'Enter what will be done' },
      { field: 'ownerName', message: 'Enter the name of who will do it' },
      { field: 'dueDate', message: 'The due date must be today or in the future' },
    ])
    assert.equal(
      addAction.parse({ pathway: 'health', owner: 'pom', description: 'x', dueDate: '2026-11-23' }).dueDate,
      '2026-11-23',
    )
  })

  it('needs the version being changed', () => {
    const errors = errorsOf(
      updateActionSchema.safeParse({ description: 'x', owner: 'pom', dueDate: '2027-01-04', progress: 'started' }),
    )
    assert.deepEqual(
      errors.map(e => e.field),
      ['version', 'progress'],
    )
  })
})
