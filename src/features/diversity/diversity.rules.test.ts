import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { DIVERSITY_QUESTIONS, ETHNIC_GROUPS, ethnicGroupOf, isMinorityEthnic, NOT_SAID } from './diversity.catalogue.ts'
import { ageBand, ageOn } from './diversity.rules.ts'
import { PROMPT_CATALOGUE, promptsFor, type PromptProfile } from './prompts.catalogue.ts'

const nobody: PromptProfile = {
  sex: null,
  ethnicity: null,
  disability: null,
  neurodivergent: null,
  careExperienced: null,
  veteran: null,
  interpreterNeeded: null,
  womensNeeds: {},
  womensNeedsApply: false,
}
const keys = (profile: Partial<PromptProfile>) => promptsFor({ ...nobody, ...profile }).map(p => p.key)

describe('the catalogue', () => {
  it('has the ONS 2021 ethnic groups: 5 high-level groups and 19 detailed categories', () => {
    assert.equal(ETHNIC_GROUPS.length, 5)
    assert.equal(
      ETHNIC_GROUPS.reduce((n, g) => n + g.categories.length, 0),
      19,
    )
    assert.equal(ethnicGroupOf('roma'), 'white')
    assert.equal(ethnicGroupOf(NOT_SAID), null)
  })

  it('lets every question be answered "Prefer not to say"', () => {
    for (const [key, q] of Object.entries(DIVERSITY_QUESTIONS)) {
      const values: readonly string[] = q.choices.map(c => c.value)
      assert.ok(values.includes(NOT_SAID), key)
    }
  })

  it('counts every answered category but White British as minority ethnic', () => {
    assert.equal(isMinorityEthnic('white-british'), false)
    assert.equal(isMinorityEthnic(NOT_SAID), false)
    assert.equal(isMinorityEthnic('gypsy-irish-traveller'), true)
    assert.equal(isMinorityEthnic('caribbean'), true)
  })
})

describe('age from the date of birth', () => {
  it('turns a year older on the birthday, and on 1 March for 29 February in a common year', () => {
    assert.equal(ageOn('1990-05-01', '2026-04-30'), 35)
    assert.equal(ageOn('1990-05-01', '2026-05-01'), 36)
    assert.equal(ageOn('2004-02-29', '2025-02-28'), 20)
    assert.equal(ageOn('2004-02-29', '2025-03-01'), 21)
    assert.equal(ageOn('2004-02-29', '2028-02-29'), 24)
  })

  it('bands ages at their lower bounds', () => {
    assert.deepEqual([17, 24, 25, 29, 30, 39, 40, 50, 59, 60, 90].map(ageBand), [
      'under-25',
      'under-25',
      '25-29',
      '25-29',
      '30-39',
      '30-39',
      '40-49',
      '50-59',
      '50-59',
      '60+',
      '60+',
    ])
  })

  it('never goes down as the day moves on (property)', () => {
    const day = fc.date({ min: new Date('1940-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
    fc.assert(
      fc.property(day, day, day, (b, x, y) => {
        const [dob, d1, d2] = [b, x, y].map(d => d.toISOString().slice(0, 10)) as [string, string, string]
        const [a, c] = d1 <= d2 ? [d1, d2] : [d2, d1]
        return ageOn(dob, a) <= ageOn(dob, c)
      }),
    )
  })
})

describe('responsive prompts', () => {
  it('is one dated, named catalogue', () => {
    assert.match(PROMPT_CATALOGUE.recordedOn, /^\d{4}-\d\d-\d\d$/)
    assert.ok(PROMPT_CATALOGUE.name.length > 10)
    assert.match(PROMPT_CATALOGUE.directory, /no directory/)
  })

  it('prompts nothing for someone with nothing recorded, or who preferred not to say everything', () => {
    assert.deepEqual(keys({}), [])
    const notSaid = Object.fromEntries(Object.entries(nobody).map(([k, v]) => [k, v === null ? NOT_SAID : v]))
    assert.deepEqual(keys(notSaid), [])
  })

  it('asks a woman about domestic abuse, trauma, children and caring and sex work, first from her own answers', () => {
    assert.deepEqual(keys({ sex: 'female' }), ['domestic-abuse', 'trauma', 'children-caring', 'sex-work'])
    assert.deepEqual(keys({ womensNeedsApply: true }), ['domestic-abuse', 'trauma', 'children-caring', 'sex-work'])
    const answered = promptsFor({ ...nobody, womensNeeds: { 'domestic-abuse': 'yes' } })
    assert.deepEqual(
      answered.map(p => [p.key, p.because]),
      [['domestic-abuse', 'She said yes to this in needs screening']],
    )
    assert.ok(answered.every(p => p.services === 'women-only'))
    assert.deepEqual(keys({ sex: 'male' }), [])
  })

  it('asks minority ethnic people about discrimination, trust and culturally specific support', () => {
    assert.deepEqual(keys({ ethnicity: 'pakistani' }), ['discrimination', 'trust', 'culturally-specific-support'])
    assert.deepEqual(keys({ ethnicity: 'white-british' }), [])
  })

  it('asks disabled and neurodivergent people about adjustments; care leavers and veterans about entitlements', () => {
    assert.deepEqual(keys({ disability: 'yes-a-lot' }), ['adjustments'])
    assert.deepEqual(keys({ disability: 'yes-a-little' }), ['adjustments'])
    assert.deepEqual(keys({ disability: 'no', neurodivergent: 'yes' }), ['adjustments'])
    assert.deepEqual(keys({ careExperienced: 'yes' }), ['care-leaver'])
    assert.deepEqual(keys({ veteran: 'yes' }), ['veteran'])
    assert.deepEqual(keys({ interpreterNeeded: 'yes' }), ['interpreter'])
  })

  it('shows only the prompts of a stage when asked', () => {
    const all = { sex: 'female', ethnicity: 'african', veteran: 'yes' }
    const screening = promptsFor({ ...nobody, ...all }, 'screening').map(p => p.key)
    assert.ok(!screening.includes('veteran') && !screening.includes('trust'))
    assert.ok(promptsFor({ ...nobody, ...all }, 'planning').some(p => p.key === 'veteran'))
  })
})
