import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  caseTypeOn,
  countsInWeek,
  courtReportsInWeek,
  courtReportState,
  earliestDueCounted,
  reductionHoursOn,
  reductionState,
  teamWeeks,
  tierOn,
  weekEnds,
  weeklyHistory,
  workloadOf,
  type HistoryInput,
} from './capacity.rules.ts'

const TODAY = '2026-12-02'

describe('the case type on a day', () => {
  it('is community with no custody episode, custody before release, licence after, nothing once the licence ends', () => {
    assert.equal(caseTypeOn(null, TODAY), 'community')
    assert.equal(caseTypeOn({ releaseDate: null, licenceExpiryDate: '2028-01-01' }, TODAY), 'custody')
    assert.equal(caseTypeOn({ releaseDate: '2026-12-03', licenceExpiryDate: null }, TODAY), 'custody')
    assert.equal(caseTypeOn({ releaseDate: TODAY, licenceExpiryDate: null }, TODAY), 'licence')
    assert.equal(caseTypeOn({ releaseDate: '2026-01-01', licenceExpiryDate: TODAY }, TODAY), 'licence')
    assert.equal(caseTypeOn({ releaseDate: '2026-01-01', licenceExpiryDate: '2026-12-01' }, TODAY), null)
  })
})

describe('reductions', () => {
  const r = (startDate: string, endDate: string | null, hours = 7.4) => ({ hours, startDate, endDate })
  it('are scheduled before the start, active from the start to the end day, ended after', () => {
    assert.equal(reductionState(r('2026-12-03', null), TODAY), 'scheduled')
    assert.equal(reductionState(r(TODAY, TODAY), TODAY), 'active')
    assert.equal(reductionState(r('2026-11-01', '2026-12-01'), TODAY), 'ended')
  })
  it('add up exactly in hundredths and never take more than the contracted hours', () => {
    assert.equal(reductionHoursOn([r(TODAY, null, 0.1), r(TODAY, null, 0.2)], 37, TODAY), 0.3)
    assert.equal(reductionHoursOn([r(TODAY, null, 30), r(TODAY, null, 30)], 37, TODAY), 37)
    assert.equal(reductionHoursOn([r('2027-01-01', null, 30)], 37, TODAY), 0)
  })
})

describe('the workload of a caseload', () => {
  it('counts cases by type, scores tiered ones, and says how many have no tier', () => {
    const w = workloadOf(
      [
        { tier: 'A3', type: 'licence' },
        { tier: 'A3', type: 'licence' },
        { tier: 'D0', type: 'community' },
        { tier: null, type: 'custody' },
        { tier: 'B1', type: null },
      ],
      { grade: 'PO', contractedHours: 36.3 },
      17.8,
    )
    assert.deepEqual(w, {
      points: 2 * 219 + 29,
      availablePoints: 1088,
      capacityPercent: 42.9,
      cases: 4,
      byType: { community: 1, licence: 2, custody: 1 },
      untiered: 1,
      courtReports: { standard: 0, fast: 0 },
    })
  })
  it('has nothing available with no hours recorded', () => {
    const w = workloadOf([{ tier: 'C1', type: 'custody' }], null, 0)
    assert.equal(w.points, 23)
    assert.equal(w.availablePoints, 0)
    assert.equal(w.capacityPercent, null)
  })
})

describe('tiers over time', () => {
  const history = [
    { personId: 'p', tier: 'B2' as const, setOn: '2026-11-01' },
    { personId: 'p', tier: 'A3' as const, setOn: '2026-11-20' },
  ]
  it('takes the tier in force on the day, and the first one (said as later) before any', () => {
    assert.deepEqual(tierOn(history, '2026-11-25'), { tier: 'A3', later: false })
    assert.deepEqual(tierOn(history, '2026-11-19'), { tier: 'B2', later: false })
    assert.deepEqual(tierOn(history, '2026-10-01'), { tier: 'B2', later: true })
    assert.deepEqual(tierOn([], TODAY), { tier: null, later: false })
  })
})

describe('weekly history', () => {
  it('ends today and each seven days back, oldest first', () => {
    assert.deepEqual(weekEnds(TODAY, 3), ['2026-11-18', '2026-11-25', TODAY])
    assert.equal(weekEnds(TODAY).length, 12)
  })

  /** One practitioner of 18.5 hours (1,088 points) holding n A3 licence cases (219 each) from the start. */
  function history(casesByWeek: number[], extra: Partial<HistoryInput> = {}) {
    const weeks = weekEnds(TODAY, casesByWeek.length)
    const allocations = casesByWeek.flatMap((n, w) =>
      Array.from({ length: n }, (_, i) => ({
        personId: `w${w}-${i}`,
        staffId: 'com' as string | null,
        on: weeks[w]!,
      })).concat(
        // Each week's cases are taken off again the next week.
        w + 1 < weeks.length
          ? Array.from({ length: n }, (_, i) => ({ personId: `w${w}-${i}`, staffId: null, on: weeks[w + 1]! }))
          : [],
      ),
    )
    const people = [...new Set(allocations.map(a => a.personId))]
    return weeklyHistory(['com'], {
      weeks,
      allocations: allocations.sort((a, b) => (a.on < b.on ? -1 : 1)),
      heldWithoutHistory: [],
      tiers: people.map(personId => ({ personId, tier: 'A3' as const, setOn: '2026-01-01' })),
      episodes: new Map(people.map(p => [p, { releaseDate: '2026-01-01', licenceExpiryDate: null }])),
      hours: new Map([['com', { grade: 'PO' as const, contractedHours: 18.5 }]]),
      reductions: new Map(),
      ...extra,
    }).get('com')!
  }

  it('follows the allocation history week by week', () => {
    const weeks = history([1, 3, 2])
    assert.deepEqual(
      weeks.map(w => [w.cases, w.points, w.capacityPercent]),
      [
        [1, 219, 20.1],
        [3, 657, 60.4],
        [2, 438, 40.3],
      ],
    )
  })

  it('flags an excessive workload only at the fourth week in a row above 110%', () => {
    // 6 cases: 1,314 of 1,088 points, 120.8%; 5 cases: 1,095, 100.6%.
    const weeks = history([6, 6, 6, 5, 6, 6, 6, 6])
    assert.deepEqual(
      weeks.map(w => w.overCapacity),
      [true, true, true, false, true, true, true, true],
    )
    assert.deepEqual(
      weeks.map(w => w.excessive),
      [false, false, false, false, false, false, false, true],
    )
  })

  it('flags more than 50 cases, not 50', () => {
    const weeks = history([50, 51])
    assert.deepEqual(
      weeks.map(w => w.overCases),
      [false, true],
    )
  })

  it('counts a person held without any allocation history in every week', () => {
    const weeks = weekEnds(TODAY, 2)
    const result = weeklyHistory(['com'], {
      weeks,
      allocations: [],
      heldWithoutHistory: [{ personId: 'p', staffId: 'com' }],
      tiers: [{ personId: 'p', tier: 'D1', setOn: TODAY }],
      episodes: new Map(),
      hours: new Map(),
      reductions: new Map(),
    }).get('com')!
    assert.deepEqual(
      result.map(w => [w.cases, w.points, w.tieredLater, w.capacityPercent]),
      [
        [1, 29, 1, null],
        [1, 29, 0, null],
      ],
    )
  })

  it('adds court reports to the weeks they count in, and flags the run they make excessive', () => {
    // 5 cases are 1,095 of 1,088 points (100.6%): a standard report (138) makes it 1,233, 113.3%.
    const weeks = weekEnds(TODAY, 5)
    const report = { type: 'standard' as const, requestedOn: weeks[1]!, dueOn: weeks[4]! }
    const withReport = history([5, 5, 5, 5, 5], { courtReports: new Map([['com', [report]]]) })
    assert.deepEqual(
      withReport.map(w => [w.points, w.capacityPercent, w.courtReports.standard]),
      [
        [1095, 100.6, 0],
        [1233, 113.3, 1],
        [1233, 113.3, 1],
        [1233, 113.3, 1],
        [1233, 113.3, 1],
      ],
    )
    assert.deepEqual(
      withReport.map(w => w.excessive),
      [false, false, false, false, true],
    )
    assert.ok(history([5, 5, 5, 5, 5]).every(w => !w.excessive))
    const team = teamWeeks([withReport, history([0, 0, 0, 0, 0])], weeks)
    assert.deepEqual(team.at(-1)!.courtReports, { standard: 1, fast: 0 })
    assert.equal(team.at(-1)!.points, 1233)
  })

  it('adds a team up from its practitioners’ points and available points', () => {
    const a = history([2])
    const b = history([0])
    const team = teamWeeks([a, b], weekEnds(TODAY, 1))
    assert.equal(team[0]!.points, 438)
    assert.equal(team[0]!.availablePoints, 2176)
    assert.equal(team[0]!.capacityPercent, 20.1)
  })
})

describe('court reports', () => {
  const report = (requestedOn: string, dueOn: string, type: 'standard' | 'fast' = 'standard') => ({
    type,
    requestedOn,
    dueOn,
  })

  it('count in each week from the week of the request to the week the report is due, ends included', () => {
    // Weeks end on 2026-12-02 and cover it and the six days before: 2026-11-26 to 2026-12-02.
    assert.equal(countsInWeek(report('2026-11-01', '2026-11-26'), TODAY), true, 'due on the week’s first day')
    assert.equal(countsInWeek(report('2026-11-01', '2026-11-25'), TODAY), false, 'due the day before the week')
    assert.equal(countsInWeek(report(TODAY, '2026-12-20'), TODAY), true, 'requested on the last day of the week')
    assert.equal(countsInWeek(report('2026-12-03', '2026-12-20'), TODAY), false, 'requested after the week')
    assert.equal(countsInWeek(report('2026-11-27', '2026-11-27', 'fast'), TODAY), true, 'asked and due within it')
  })

  it('count a long report in every week it spans, and a fast one only in its own week', () => {
    const weeks = weekEnds(TODAY, 6)
    const reports = [report('2026-11-02', '2026-11-23'), report('2026-11-10', '2026-11-10', 'fast')]
    assert.deepEqual(
      weeks.map(w => courtReportsInWeek(reports, w)),
      [
        { standard: 0, fast: 0 }, // week ending 28 October
        { standard: 1, fast: 0 }, // 4 November
        { standard: 1, fast: 1 }, // 11 November
        { standard: 1, fast: 0 }, // 18 November
        { standard: 1, fast: 0 }, // 25 November: due on the 23rd
        { standard: 0, fast: 0 }, // 2 December
      ],
    )
  })

  it('add 138 points a standard report and 65 a fast one to the workload', () => {
    const hours = { grade: 'PO' as const, contractedHours: 37 }
    const workload = workloadOf([{ tier: 'B2', type: 'licence' }], hours, 0, { standard: 2, fast: 1 })
    assert.equal(workload.points, 132 + 2 * 138 + 65)
    assert.equal(workload.capacityPercent, 21.7)
    assert.equal(workload.cases, 1, 'a report is not a case')
    assert.deepEqual(workload.courtReports, { standard: 2, fast: 1 })
  })

  it('are to come before the request, counting in the week ending today, and ended after', () => {
    assert.equal(courtReportState(report('2026-12-03', '2026-12-10'), TODAY), 'to-come')
    assert.equal(courtReportState(report('2026-11-20', '2026-11-30'), TODAY), 'counting')
    assert.equal(courtReportState(report('2026-11-01', '2026-11-20'), TODAY), 'ended')
  })

  it('reach back six days before the first week for the reports that may count', () => {
    assert.equal(earliestDueCounted(weekEnds(TODAY, 2)), '2026-11-19')
  })
})
