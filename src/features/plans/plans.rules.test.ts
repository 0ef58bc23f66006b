import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { emptyPlan, type Author, type Goal, type PlanContent, type Step } from './plan-content.ts'
import {
  BASIC_WELFARE_ITEMS,
  dueDateProblem,
  isMaterial,
  planChanges,
  planWarnings,
  versionFor,
  type WelfareFacts,
} from './plans.rules.ts'

const COM: Author = { userId: 'com', name: 'Alex Reed', role: 'practitioner' }
const goal = (id: string, kind: Goal['kind'] = 'own', text = `Goal ${id}`): Goal => ({
  id,
  text,
  kind,
  pathway: null,
  buildsOn: null,
  by: COM,
})
const step = (id: string, goalId: string, extra: Partial<Step> = {}): Step => ({
  id,
  goalId,
  text: `Step ${id}`,
  owner: { kind: 'person', name: null },
  dueDate: '2027-01-10',
  status: 'not-started',
  by: COM,
  ...extra,
})
const plan = (parts: Partial<PlanContent>): PlanContent => ({ ...emptyPlan(), ...parts })

describe('what changed between two states of a plan', () => {
  const before = plan({ goals: [goal('g1'), goal('g2')], steps: [step('s1', 'g1'), step('s2', 'g1')] })

  it('names items added, removed and changed, with the fields that changed', () => {
    const after = plan({
      goals: [goal('g1', 'own', 'Get a job'), goal('g3')],
      steps: [
        step('s1', 'g1', { dueDate: '2027-02-01', owner: { kind: 'partner', name: 'Next Step' } }),
        step('s2', 'g1'),
      ],
      controls: [{ id: 'c1', type: 'trigger', text: 'Payday', by: COM }],
    })
    assert.deepEqual(
      planChanges(before, after).map(c => [c.section, c.change, c.label, c.fields, c.material]),
      [
        ['goals', 'changed', 'Get a job', ['text'], true],
        ['goals', 'added', 'Goal g3', [], true],
        ['goals', 'removed', 'Goal g2', [], true],
        ['steps', 'changed', 'Step s1', ['owner', 'dueDate'], true],
        ['controls', 'added', 'Payday', [], true],
      ],
    )
  })

  it('counts a goal marked achieved as progress, not a material change', () => {
    const after = plan({ ...before, goals: [{ ...goal('g1'), achievedOn: '2027-01-05', achievedBy: COM }, goal('g2')] })
    const changes = planChanges(before, after)
    assert.deepEqual(
      changes.map(c => [c.section, c.change, c.fields, c.material]),
      [['goals', 'changed', ['achievedOn'], false]],
    )
    assert.equal(isMaterial(changes), false)
  })

  it('still tells the strengths a version held before they moved to the profile, and none after', () => {
    const strength = { id: 'old', type: 'strength' as const, text: 'Good with my hands', by: COM }
    const held = plan({ ...before, strengths: [strength] })
    assert.deepEqual(
      planChanges(before, held).map(c => [c.section, c.change, c.label, c.material]),
      [['strengths', 'added', 'Good with my hands', true]],
    )
    // A plan carried on from such a version keeps them untouched: no change, so nothing asks for agreement again.
    const next = plan({ ...held, controls: [{ id: 'c1', type: 'trigger', text: 'Payday', by: COM }] })
    assert.deepEqual(
      planChanges(held, next).map(c => c.section),
      ['controls'],
    )
  })

  it('counts a step’s status as progress, not a material change', () => {
    const after = plan({ ...before, steps: [step('s1', 'g1', { status: 'done' }), step('s2', 'g1')] })
    const changes = planChanges(before, after)
    assert.deepEqual(changes, [
      { section: 'steps', change: 'changed', label: 'Step s1', fields: ['status'], material: false },
    ])
    assert.equal(isMaterial(changes), false)
  })

  it('ignores who changed an item: only what it says counts', () => {
    const after = plan({ ...before, goals: [{ ...goal('g1'), changedBy: COM }, goal('g2')] })
    assert.deepEqual(planChanges(before, after), [])
  })

  it('finds nothing between a plan and itself, and each change once in reverse (property)', () => {
    const item = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), text: fc.constantFrom('x', 'y', 'z') })
    const goals = fc.uniqueArray(item, { selector: g => g.id }).map(gs => gs.map(g => goal(g.id, 'own', g.text)))
    fc.assert(
      fc.property(goals, goals, (a, b) => {
        assert.deepEqual(planChanges(plan({ goals: a }), plan({ goals: a })), [])
        const forward = planChanges(plan({ goals: a }), plan({ goals: b }))
        const back = planChanges(plan({ goals: b }), plan({ goals: a }))
        const count = (kind: string, list: typeof forward) => list.filter(c => c.change === kind).length
        assert.equal(count('added', forward), count('removed', back))
        assert.equal(count('changed', forward), count('changed', back))
        assert.equal(isMaterial(forward), forward.length > 0)
      }),
    )
  })
})

describe('which version a save belongs to', () => {
  const current = (changedBy: string, answered: boolean) => ({ number: 3, changedBy, answered })

  it('makes the first save version 1', () => {
    assert.deepEqual(versionFor(null, true, 'com'), { number: 1, opens: true })
    assert.deepEqual(versionFor(null, false, 'com'), { number: 1, opens: true })
  })

  it('keeps progress in the current version whoever makes it', () => {
    for (const answered of [true, false]) {
      for (const user of ['com', 'person']) {
        assert.deepEqual(versionFor(current('com', answered), false, user), { number: 3, opens: false })
      }
    }
  })

  it('lets one author draft a version until the person answers it', () => {
    assert.deepEqual(versionFor(current('com', false), true, 'com'), { number: 3, opens: false })
  })

  it('opens a new version for a material change by someone else, or after an answer', () => {
    assert.deepEqual(versionFor(current('com', false), true, 'person'), { number: 4, opens: true })
    assert.deepEqual(versionFor(current('com', true), true, 'com'), { number: 4, opens: true })
    assert.deepEqual(versionFor(current('com', true), true, 'person'), { number: 4, opens: true })
  })
})

describe('the balance warning', () => {
  const control = { id: 'c', type: 'trigger' as const, text: 'Payday', by: COM }
  const condition = {
    id: 'k',
    category: 'curfew' as const,
    text: 'Curfew 7pm to 7am',
    meaning: 'Be home by 7pm.',
    by: COM,
  }
  const strength = { id: 's', type: 'strength' as const, text: 'Kind', by: COM }
  const supporter = { id: 'p', name: 'Sam', relationship: 'sister', shares: 'All', part: 'Lifts', by: COM }

  it('warns exactly when the plan holds controls or compliance goals and none of the person’s own goals', () => {
    // Every combination of what a plan may hold, one of each.
    for (let mask = 0; mask < 64; mask += 1) {
      const has = (bit: number) => (mask & (1 << bit)) !== 0
      const content = plan({
        goals: [...(has(0) ? [goal('own', 'own')] : []), ...(has(1) ? [goal('compliance', 'compliance')] : [])],
        controls: has(2) ? [control] : [],
        conditions: has(3) ? [condition] : [],
        strengths: has(4) ? [strength] : [],
        supporters: has(5) ? [supporter] : [],
      })
      const expected = !has(0) && (has(1) || has(2) || has(3))
      assert.equal(planWarnings(content, null).balance, expected, `mask ${mask.toString(2)}`)
    }
  })
})

describe('the welfare warning', () => {
  const ALL = [...BASIC_WELFARE_ITEMS, 'licence-conditions', 'travel']
  const facts = (released: boolean, status: (key: string) => string): WelfareFacts => ({
    released,
    items: ALL.map(key => ({ key, title: `Title of ${key}`, status: status(key) })),
  })

  it('lists each basic welfare item not met nor closed as not needed, before release only', () => {
    const statuses = ['not-started', 'in-progress', 'met', 'not-needed']
    for (const status of statuses) {
      for (const released of [false, true]) {
        const warned = planWarnings(
          emptyPlan(),
          facts(released, () => status),
        ).welfare
        const unmet = !released && (status === 'not-started' || status === 'in-progress')
        assert.deepEqual(warned, unmet ? BASIC_WELFARE_ITEMS.map(key => `Title of ${key}`) : [])
      }
    }
  })

  it('ignores items that are not basic welfare needs, and says nothing without a custody episode', () => {
    const onlyOthers = facts(false, key =>
      (BASIC_WELFARE_ITEMS as readonly string[]).includes(key) ? 'met' : 'not-started',
    )
    assert.deepEqual(planWarnings(emptyPlan(), onlyOthers).welfare, [])
    assert.deepEqual(planWarnings(emptyPlan(), null).welfare, [])
    const oneUnmet = facts(false, key => (key === 'gp' ? 'in-progress' : 'met'))
    assert.deepEqual(planWarnings(emptyPlan(), oneUnmet).welfare, ['Title of gp'])
  })
})

describe('due dates of steps', () => {
  it('refuses a past date for a new step or a new date, and keeps an existing one', () => {
    assert.equal(dueDateProblem('2026-11-22', null, '2026-11-23'), 'The due date must be today or in the future')
    assert.equal(dueDateProblem('2026-11-23', null, '2026-11-23'), null)
    assert.equal(dueDateProblem('2026-11-01', '2026-11-01', '2026-11-23'), null)
    assert.equal(
      dueDateProblem('2026-11-02', '2026-11-01', '2026-11-23'),
      'The due date must be today or in the future',
    )
  })
})
