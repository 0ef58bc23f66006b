import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fleschKincaidGrade, sentencesIn } from '../../../test/support/readability.ts'
import { loadBankHolidays } from './bank-holidays.ts'
import { readinessOf, type StoredItem, type StoredReferral } from './readiness.mappers.ts'
import type { ItemKey } from './readiness.rules.ts'
import { releaseDayPlan } from './release-day-plan.ts'

const calendar = loadBankHolidays()
const UPDATED = new Date('2026-11-01T10:00:00Z')

const stored = (item: ItemKey, details: Record<string, unknown>, status: StoredItem['status'] = 'met'): StoredItem => ({
  item,
  status,
  details,
  note: null,
  version: 1,
  updated_at: UPDATED,
})

const READY = [
  stored('accommodation', {
    accommodationCategory: 'settled',
    address: '4 Harbour Road\nBristol BS1 4AA',
    contact: 'Sam',
  }),
  stored('identity', { idType: 'passport', idStatus: 'held' }),
  stored('bank-account', { bankName: 'Harbour Bank' }),
  stored('benefits', { benefit: 'universal-credit' }),
  stored('gp', { gpPractice: 'Quay Surgery, Bristol' }),
  stored('medication', { medicationArrangements: '7 days of tablets' }),
  stored('first-appointment', {
    appointmentDate: '2027-03-02',
    appointmentTime: '10:30',
    appointmentPlace: 'Probation office, Bristol',
  }),
  stored('licence-conditions', { explainedOn: '2027-02-20', confirmedByPerson: true }),
  stored('travel', { travelArrangements: 'Train to Bristol Temple Meads' }),
]

const planFor = (
  items: StoredItem[],
  release: string | null = '2027-03-01',
  options: { released?: string; referrals?: StoredReferral[]; comName?: string | null } = {},
) => {
  const readiness = readinessOf({
    episode: { releaseDate: options.released ?? null, earliestReleaseDate: release },
    items,
    referrals: options.referrals ?? [],
    today: '2027-02-25',
    calendar,
  })
  return releaseDayPlan({ comName: options.comName === undefined ? 'Alex Reed' : options.comName, readiness })
}

const section = (plan: ReturnType<typeof planFor>, heading: string) => {
  const found = plan.sections.find(s => s.heading === heading)
  assert.ok(found, heading)
  return found
}

/** Every word the plan itself says (not what practitioners recorded), sentence by sentence. */
const sentencesOf = (plan: ReturnType<typeof planFor>) =>
  sentencesIn([...plan.sections.flatMap(s => [s.heading, ...s.lines]), ...plan.bring])

describe('the release-day plan', () => {
  it('tells the person where to go, when, whom to see and what to bring, from what is recorded', () => {
    const plan = planFor(READY)
    assert.deepEqual(section(plan, 'When you leave').lines, [
      'You leave prison on Monday 1 March 2027.',
      'This date can change. We will tell you if it does.',
    ])
    assert.equal(section(plan, 'Where you will stay').recorded, '4 Harbour Road\nBristol BS1 4AA')
    assert.deepEqual(section(plan, 'Where you will stay').lines, ['When you get there, ask for Sam.'])
    assert.equal(
      section(plan, 'Your first meeting with probation').lines[0],
      'Meet Alex Reed on Tuesday 2 March 2027 at 10:30am.',
    )
    assert.equal(section(plan, 'Your first meeting with probation').recorded, 'Probation office, Bristol')
    assert.equal(section(plan, 'How you will get there').recorded, 'Train to Bristol Temple Meads')
    assert.deepEqual(section(plan, 'Your ID and bank account').lines, [
      'Your ID is ready. It is your passport.',
      'You have a bank account with Harbour Bank.',
    ])
    assert.deepEqual(section(plan, 'Money').lines, ['We have helped you claim Universal Credit.'])
    assert.deepEqual(section(plan, 'Your doctor and medicine').lines, [
      'Your medicine: 7 days of tablets',
      'Your doctor (GP) is at:',
    ])
    assert.match(section(plan, 'Your licence rules').lines[0]!, /on 20 February 2027\. You said you understand them\./)
    assert.deepEqual(plan.bring, [
      'This plan',
      'Your licence (the paper with your rules on it)',
      'Your passport',
      'Your bank card',
      'Your medicine',
    ])
  })

  it('says plainly what is not sorted yet, and who will sort it', () => {
    const plan = planFor(
      [stored('identity', { idType: 'birth-certificate', idStatus: 'applied' }, 'in-progress')],
      '2027-03-01',
      {
        comName: null,
        referrals: [
          {
            id: 'r',
            council: 'Bristol City Council',
            sent_on: '2027-01-10',
            reference: null,
            created_at: UPDATED,
            created_by_name: 'A',
          },
        ],
      },
    )
    assert.deepEqual(section(plan, 'Where you will stay').lines, [
      'We are still finding you a place to stay.',
      'We have asked Bristol City Council to help you find a home.',
      'Your probation worker will tell you where to go.',
    ])
    assert.deepEqual(section(plan, 'Your first meeting with probation').lines, [
      'We have not booked it yet.',
      'We will tell you the day and the time.',
    ])
    assert.equal(
      section(plan, 'Your ID and bank account').lines[0],
      'We have asked for your birth certificate. It is not ready yet.',
    )
    assert.deepEqual(section(plan, 'Who can help').lines, [
      'You do not have a probation worker yet. We will tell you who it is.',
    ])
    assert.deepEqual(plan.bring, ['This plan', 'Your licence (the paper with your rules on it)'])
  })

  it('leaves out money and medicine when they are not needed', () => {
    const plan = planFor([
      stored('benefits', {}, 'not-needed'),
      stored('medication', {}, 'not-needed'),
      stored('gp', { gpPractice: 'Quay Surgery' }),
    ])
    assert.equal(
      plan.sections.find(s => s.heading === 'Money'),
      undefined,
    )
    assert.deepEqual(section(plan, 'Your doctor and medicine').lines, ['Your doctor (GP) is at:'])
  })

  it('warns of a Friday release and of a bank holiday, in plain words', () => {
    // Friday 28 May 2027; Monday 31 May is the spring bank holiday.
    const lines = section(planFor(READY, '2027-05-28'), 'When you leave').lines
    assert.deepEqual(lines.slice(2), [
      'That day is a Friday. Lots of offices are shut at the weekend.',
      'Monday 31 May 2027 is a bank holiday. Lots of offices are shut that day.',
      'Offices will be shut for 3 days after you leave.',
      'So try to sort things out on the day you leave.',
    ])
  })

  it('speaks of the past once the person has left, and admits when the day is not known', () => {
    assert.deepEqual(section(planFor(READY, '2027-03-01', { released: '2027-02-24' }), 'When you leave').lines, [
      'You left prison on Wednesday 24 February 2027.',
    ])
    assert.deepEqual(section(planFor([], null), 'When you leave').lines, ['We do not know the day you leave yet.'])
  })

  it('is written in short sentences and short words: Flesch–Kincaid grade 4 or below (reading age 9)', () => {
    for (const plan of [planFor(READY, '2027-05-28'), planFor([], '2027-03-01'), planFor([], null)]) {
      const sentences = sentencesOf(plan)
      for (const sentence of sentences) assert.ok(sentence.split(/\s+/).length <= 14, `short: “${sentence}”`)
      const grade = fleschKincaidGrade(sentences)
      assert.ok(grade <= 4, `Flesch–Kincaid grade ${grade.toFixed(1)}`)
    }
  })
})
