import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ACHIEVEMENT_TITLE_MAX, goalAchievement, goalAchievementValues } from './strengths.rules.ts'

describe('an achieved goal as an achievement', () => {
  it('keeps the goal’s words and id, as a milestone on the day given', () => {
    const goal = { id: '0b7d3e1a-3f0e-4c39-9a3e-1d2f3a4b5c6d', text: 'Get my own flat' }
    assert.deepEqual(goalAchievement(goal, '2027-03-04'), {
      kind: 'milestone',
      title: 'Get my own flat',
      achievedOn: '2027-03-04',
      details: undefined,
      goalId: goal.id,
    })
    assert.deepEqual(goalAchievementValues(goal, '2027-05-01'), {
      kind: 'milestone',
      title: 'Get my own flat',
      achievedOn: '2027-05-01',
      goalId: goal.id,
    })
  })

  it('cuts a goal too long for a title to the length a title takes', () => {
    const title = goalAchievement({ id: 'g', text: 'a'.repeat(500) }, '2027-03-04').title
    assert.equal(title.length, ACHIEVEMENT_TITLE_MAX)
    assert.ok(title.endsWith('…'))
    assert.equal(goalAchievement({ id: 'g', text: 'b'.repeat(200) }, '2027-03-04').title, 'b'.repeat(200))
  })
})
