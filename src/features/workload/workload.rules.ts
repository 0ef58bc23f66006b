/**
 * The workload calculator of issue 17, part 1: the points a caseload scores, the points a practitioner has
 * available, and their capacity. These are HMPPS's own rules, as its workload service applies them
 * (`CapacityCalculator` and `DefaultCapacityCalculator` of package
 * `uk.gov.justice.digital.hmpps.hmppsworkload.service`, in ministryofjustice/wmt-db), with the seed points
 * of the HMPPS workload tool (see "Tiering and workload" in DOMAIN.md and "Workload points" in the README).
 *
 * Pure: no database, web or clock. Hours are decimals, so every step is exact: hours are read from the number's
 * shortest round-trip decimal text into scaled bigints, and the ratios are worked as fractions of bigints.
 */

export const GRADES = ['PO', 'PQiP', 'PSO'] as const
export type Grade = (typeof GRADES)[number]

export const TIERS = [
  'A3',
  'A2',
  'A1',
  'A0',
  'B3',
  'B2',
  'B1',
  'B0',
  'C3',
  'C2',
  'C1',
  'C0',
  'D3',
  'D2',
  'D1',
  'D0',
] as const
export type Tier = (typeof TIERS)[number]

export const CASE_TYPES = ['community', 'licence', 'custody'] as const
export type CaseType = (typeof CASE_TYPES)[number]

/**
 * The points each case scores by tier and type: the HMPPS workload tool's seed values, as recorded in DOMAIN.md
 * ("Tiering and workload"). Tiers x0 score nothing on licence or in custody; on community A0 110, B0 72, C0 35,
 * D0 29. Dated, so that a later table can sit beside it and a result can say which table set it.
 */
export const WORKLOAD_POINTS_HMPPS_SEED = {
  id: 'hmpps-workload-seed',
  /** The day this table was taken into Resettle. */
  recorded: '2026-12-02',
  source: 'HMPPS workload tool seed values (DOMAIN.md, "Tiering and workload")',
  cases: {
    licence: {
      A3: 219,
      A2: 175,
      A1: 163,
      A0: 0,
      B3: 161,
      B2: 132,
      B1: 119,
      B0: 0,
      C3: 77,
      C2: 65,
      C1: 52,
      C0: 0,
      D3: 51,
      D2: 43,
      D1: 31,
      D0: 0,
    },
    community: {
      A3: 206,
      A2: 158,
      A1: 146,
      A0: 110,
      B3: 146,
      B2: 115,
      B1: 102,
      B0: 72,
      C3: 79,
      C2: 63,
      C1: 50,
      C0: 35,
      D3: 51,
      D2: 41,
      D1: 29,
      D0: 29,
    },
    custody: {
      A3: 75,
      A2: 60,
      A1: 59,
      A0: 0,
      B3: 59,
      B2: 48,
      B1: 47,
      B0: 0,
      C3: 30,
      C2: 24,
      C1: 23,
      C0: 0,
      D3: 17,
      D2: 14,
      D1: 13,
      D0: 0,
    },
  } satisfies Record<CaseType, Record<Tier, number>>,
  courtReports: { standard: 138, fast: 65 },
  /** Each grade's nominal target: the points available in a full week. */
  nominalTarget: { PO: 2176, PQiP: 2176, PSO: 2176 } satisfies Record<Grade, number>,
  /** The hours of a full week, to which the nominal target belongs. */
  fullTimeHours: 37,
} as const

export const WORKLOAD_POINTS = WORKLOAD_POINTS_HMPPS_SEED

export interface CaseCount {
  tier: Tier
  type: CaseType
  count: number
}

export interface CourtReports {
  standard: number
  fast: number
}

export interface WorkloadInput {
  grade: Grade
  contractedHours: number
  reductionHours: number
  cases: readonly CaseCount[]
  courtReports?: CourtReports
}

export interface WorkloadResult {
  points: number
  availablePoints: number
  /** Points as a percentage of available points, half up to one decimal place; null when none are available. */
  capacityPercent: number | null
}

/** The points one case of this tier and type scores. */
export function casePoints(tier: Tier, type: CaseType): number {
  return WORKLOAD_POINTS.cases[type][tier]
}

/** The points of a caseload and its court reports: each case's points times its count, summed. */
export function points(cases: readonly CaseCount[], courtReports?: CourtReports): number {
  let total = 0n
  for (const { tier, type, count } of cases) total += BigInt(casePoints(tier, type)) * BigInt(count)
  if (courtReports) {
    total += BigInt(WORKLOAD_POINTS.courtReports.standard) * BigInt(courtReports.standard)
    total += BigInt(WORKLOAD_POINTS.courtReports.fast) * BigInt(courtReports.fast)
  }
  return Number(total)
}

/** An exact decimal: `units / 10^scale`. */
interface Decimal {
  units: bigint
  scale: number
}

/**
 * The exact decimal a number stands for, read from its shortest round-trip text (so 36.3 is 363/10, not the
 * binary fraction nearest it). Accepts the exponent form JavaScript uses for very small and large numbers.
 */
export function decimalOf(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`)
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value))
  if (!match) throw new RangeError(`Not a decimal number: ${value}`)
  const [, sign, whole, fraction = '', exponent = '0'] = match
  let units = BigInt(`${whole}${fraction}`)
  let scale = fraction.length - Number(exponent)
  if (scale < 0) {
    units *= 10n ** BigInt(-scale)
    scale = 0
  }
  return { units: sign ? -units : units, scale }
}

/** Two decimals over one power of ten. */
function aligned(a: Decimal, b: Decimal): { a: bigint; b: bigint; scale: number } {
  const scale = Math.max(a.scale, b.scale)
  return { a: a.units * 10n ** BigInt(scale - a.scale), b: b.units * 10n ** BigInt(scale - b.scale), scale }
}

/**
 * The points available to a practitioner: the grade's nominal target pro rata for the hours worked (contracted
 * less reductions) against a 37-hour week, truncated to a whole number. Exact: 36.3 − 17.8 hours is 18.5 hours,
 * exactly half a week, so 1,088 points (binary floating point makes it 18.499… and 1,087).
 */
export function availablePoints(grade: Grade, contractedHours: number, reductionHours = 0): number {
  const { a, b, scale } = aligned(decimalOf(contractedHours), decimalOf(reductionHours))
  const worked = a - b
  if (worked <= 0n) return 0
  const numerator = BigInt(WORKLOAD_POINTS.nominalTarget[grade]) * worked
  const denominator = BigInt(WORKLOAD_POINTS.fullTimeHours) * 10n ** BigInt(scale)
  return Number(numerator / denominator)
}

/**
 * Points as a percentage of available points, rounded half up to one decimal place on the exact ratio (as HMPPS
 * divides to three places of the ratio, half up, then multiplies by 100); null when no points are available.
 */
export function capacityPercent(totalPoints: number, available: number): number | null {
  if (available <= 0) return null
  const numerator = BigInt(totalPoints) * 1000n
  const denominator = BigInt(available)
  const tenths = (2n * numerator + denominator) / (2n * denominator)
  return Number(tenths) / 10
}

/** The whole calculation: points, available points and capacity. */
export function calculateWorkload(input: WorkloadInput): WorkloadResult {
  const total = points(input.cases, input.courtReports)
  const available = availablePoints(input.grade, input.contractedHours, input.reductionHours)
  return { points: total, availablePoints: available, capacityPercent: capacityPercent(total, available) }
}
