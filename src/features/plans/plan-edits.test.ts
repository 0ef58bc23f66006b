import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { NotFound } from '../../platform/errors/errors.ts'
import { emptyPlan, SECTIONS, type Author, type PlanContent } from './plan-content.ts'
import { applyEdit, editProblems, formValuesOf, type Edit } from './plan-edits.ts'
import { personRefusal } from './plans.policy.ts'

const COM: Author = { userId: 'com', name: 'Alex Reed', role: 'practitioner' }
const PERSON: Author = { userId: 'me', name: 'Sam Lee', role: 'person' }
let serial = 0
const newId = () => `id-${(serial += 1)}`

const plan: PlanContent = {
  ...emptyPlan(),
  goals: [
    { id: 'theirs', text: 'Get a job', kind: 'own', pathway: null, buildsOn: null, by: COM },
    { id: 'mine', text: 'See my kids', kind: 'own', pathway: null, buildsOn: null, by: PERSON },
  ],
  steps: [
    {
      id: 'my-step',
      goalId: 'theirs',
      text: 'Ring the college',
      owner: { kind: 'person', name: null },
      dueDate: '2027-01-10',
      status: 'not-started',
      by: COM,
    },
    {
      id: 'com-step',
      goalId: 'theirs',
      text: 'Refer to Next Step',
      owner: { kind: 'practitioner', name: null },
      dueDate: '2027-01-10',
      status: 'not-started',
      by: COM,
    },
  ],
}

describe('what the person may change in their own plan', () => {
  const cases: [Edit, boolean][] = [
    [{ op: 'add', section: 'goals', values: { text: 'Learn to drive' } }, true],
    [{ op: 'update', section: 'goals', id: 'mine', values: { text: 'See my kids often' } }, true],
    [{ op: 'remove', section: 'goals', id: 'mine' }, true],
    [{ op: 'update', section: 'goals', id: 'theirs', values: { text: 'x' } }, false],
    [{ op: 'remove', section: 'goals', id: 'theirs' }, false],
    [{ op: 'status', id: 'my-step', status: 'done' }, true],
    [{ op: 'status', id: 'com-step', status: 'done' }, false],
    ...SECTIONS.filter(s => s !== 'goals').map((section): [Edit, boolean] => [
      { op: 'add', section, values: {} },
      false,
    ]),
  ]
  for (const [edit, allowed] of cases) {
    it(`${allowed ? 'allows' : 'refuses'} ${JSON.stringify(edit)}`, () => {
      const refusal = personRefusal(plan, edit, 'me')
      if (allowed) assert.equal(refusal, null)
      else assert.match(refusal ?? '', /^(You can only|Ask your probation worker)/)
    })
  }
})

describe('applying an edit', () => {
  it('records who added and who changed an item, and who marked a step', () => {
    const added = applyEdit(plan, { op: 'add', section: 'goals', values: { text: 'Learn to drive' } }, PERSON, newId)
    assert.deepEqual(added.goals[2], {
      id: 'id-1',
      text: 'Learn to drive',
      kind: 'own',
      pathway: null,
      buildsOn: null,
      by: PERSON,
    })
    const changed = applyEdit(
      plan,
      {
        op: 'update',
        section: 'goals',
        id: 'theirs',
        values: { ...formValuesOf(plan.goals[0]!), text: 'Get a job I like' },
      },
      COM,
      newId,
    )
    assert.equal(changed.goals[0]!.changedBy, COM)
    const marked = applyEdit(plan, { op: 'status', id: 'my-step', status: 'done' }, PERSON, newId)
    assert.equal(marked.steps[0]!.status, 'done')
    assert.equal(marked.steps[0]!.statusBy, PERSON)
    assert.equal(marked.steps[0]!.changedBy, undefined, 'progress is not a change to the step')
  })

  it('refuses a step for a goal not in the plan and due in the past at once, and a goal that still has steps', () => {
    const values = { ...formValuesOf(plan.steps[0]!), goalId: 'gone', dueDate: '2026-11-22' }
    assert.deepEqual(editProblems(plan, { op: 'add', section: 'steps', values }, '2026-11-23'), [
      { field: 'goalId', message: 'Select the goal this step is for' },
      { field: 'dueDate', message: 'The due date must be today or in the future' },
    ])
    assert.deepEqual(editProblems(plan, { op: 'remove', section: 'goals', id: 'theirs' }, '2026-11-23'), [
      { field: 'remove', message: 'Remove the steps of this goal, or move them to another goal, first' },
    ])
    const unchanged = { ...formValuesOf(plan.steps[0]!), text: 'Ring the college today' }
    const update: Edit = { op: 'update', section: 'steps', id: 'my-step', values: unchanged }
    assert.deepEqual(editProblems(plan, update, '2027-02-01'), [], 'a due date left as it was may have passed')
  })

  it('answers that an item since removed is not there', () => {
    assert.throws(() => applyEdit(plan, { op: 'remove', section: 'controls', id: 'gone' }, COM, newId), NotFound)
  })

  it('names a partner or supporter who owns a step, and no one else', () => {
    const step = (ownerKind: string) =>
      applyEdit(
        plan,
        {
          op: 'add',
          section: 'steps',
          values: { ...formValuesOf(plan.steps[0]!), ownerKind, ownerName: 'Harbour Housing' },
        },
        COM,
        newId,
      ).steps[2]!.owner
    assert.deepEqual(step('partner'), { kind: 'partner', name: 'Harbour Housing' })
    assert.deepEqual(step('supporter'), { kind: 'supporter', name: 'Harbour Housing' })
    assert.deepEqual(step('person'), { kind: 'person', name: null })
  })
})

describe('marking a goal achieved', () => {
  it('records the day and who marked it, keeps the goal otherwise, and undoes it', () => {
    const done = applyEdit(plan, { op: 'achieved', id: 'theirs', on: '2027-01-05' }, COM, newId)
    const goal = done.goals.find(g => g.id === 'theirs')!
    assert.equal(goal.achievedOn, '2027-01-05')
    assert.deepEqual(goal.achievedBy, COM)
    assert.equal(goal.text, 'Get a job')
    assert.equal(done.goals.find(g => g.id === 'mine')!.achievedOn, undefined, 'only that goal')
    const undone = applyEdit(done, { op: 'achieved', id: 'theirs', on: null }, COM, newId)
    assert.equal(undone.goals.find(g => g.id === 'theirs')!.achievedOn, null)
    assert.equal(undone.goals.find(g => g.id === 'theirs')!.achievedBy, undefined)
  })

  it('is refused for a goal not in the plan, and is not the person’s to do', () => {
    assert.throws(() => applyEdit(plan, { op: 'achieved', id: 'gone', on: '2027-01-05' }, COM, newId), NotFound)
    assert.match(personRefusal(plan, { op: 'achieved', id: 'mine', on: '2027-01-05' }, 'me') ?? '', /probation worker/)
  })

  it('keeps a goal achieved when its words change', () => {
    const done = applyEdit(plan, { op: 'achieved', id: 'theirs', on: '2027-01-05' }, COM, newId)
    const values = { text: 'Get a job in a kitchen', kind: 'own', pathway: null, buildsOn: null }
    const changed = applyEdit(done, { op: 'update', section: 'goals', id: 'theirs', values }, COM, newId)
    assert.equal(changed.goals.find(g => g.id === 'theirs')!.achievedOn, '2027-01-05')
  })
})
