/**
 * Tiering by the protect × change model (DOMAIN.md, "Tiering and workload"): a protect level A–D from the risk
 * of serious harm (RoSH), the risk of serious recidivism (RSR), MAPPA and complexity flags, and a change level 0–3
 * from the needs assessed in screening. The tier is the two together, A3 (most) to D0 (least).
 *
 * Pure: no database, web or clock. The model is named and dated (`TIERING_MODEL.id`), and each stored tier says
 * which model set it, so that the newer single A–G scale can sit beside this one later.
 */
import type { Tier } from './workload.rules.ts'

export const TIERING_MODEL = {
  id: 'protect-change-2021',
  recorded: '2026-12-02',
  source: 'DOMAIN.md, "Tiering and workload" (HMPPS protect × change model)',
} as const

export const ROSH_LEVELS = ['low', 'medium', 'high', 'very-high'] as const
export type RoshLevel = (typeof ROSH_LEVELS)[number]

export const MAPPA_LEVELS = ['none', '1', '2', '3'] as const
export type MappaLevel = (typeof MAPPA_LEVELS)[number]

/** Complexity factors recorded on a case; each scores 2 protect points. */
export const COMPLEXITY_FLAGS = [
  'domestic-abuse',
  'stalking',
  'child-protection',
  'street-gangs',
  'adult-at-risk',
  'breach-or-recall',
] as const
export type ComplexityFlag = (typeof COMPLEXITY_FLAGS)[number]

export const PROTECT_LEVELS = ['A', 'B', 'C', 'D'] as const
export type ProtectLevel = (typeof PROTECT_LEVELS)[number]
export const CHANGE_LEVELS = [0, 1, 2, 3] as const
export type ChangeLevel = (typeof CHANGE_LEVELS)[number]

export const PROTECT_POINTS = {
  rosh: { low: 0, medium: 10, high: 20, 'very-high': 150 } satisfies Record<RoshLevel, number>,
  /** RSR of at least 7% scores 20; from 3% to under 7% 10; below 3% nothing. */
  rsrHigh: { from: 7, points: 20 },
  rsrMedium: { from: 3, points: 10 },
  mappa: { none: 0, '1': 5, '2': 150, '3': 150 } satisfies Record<MappaLevel, number>,
  complexityFlag: 2,
  /** The least points for each level, highest first: A from 150, B 20–149, C 10–19, D below 10. */
  bands: [
    { level: 'A', from: 150 },
    { level: 'B', from: 20 },
    { level: 'C', from: 10 },
    { level: 'D', from: 0 },
  ] satisfies { level: ProtectLevel; from: number }[],
} as const

export interface ProtectInput {
  rosh: RoshLevel
  /** The RSR score as a percentage, 0 to 100, to two decimal places. */
  rsrPercent: number
  mappa: MappaLevel
  flags: readonly ComplexityFlag[]
}

/** The points RSR scores alone. Compared in hundredths, so 6.99 is below 7 and 2.99 below 3. */
export function rsrPoints(rsrPercent: number): number {
  const hundredths = Math.round(rsrPercent * 100)
  if (hundredths >= PROTECT_POINTS.rsrHigh.from * 100) return PROTECT_POINTS.rsrHigh.points
  if (hundredths >= PROTECT_POINTS.rsrMedium.from * 100) return PROTECT_POINTS.rsrMedium.points
  return 0
}

export interface ProtectScore {
  points: number
  level: ProtectLevel
  /** Each part and its points, so that a page can say how the level was worked out. */
  parts: { rosh: number; rsr: number; riskCounted: 'rosh' | 'rsr' | 'none'; mappa: number; flags: number }
}

/** Protect points: the higher of RoSH and RSR (never both), MAPPA, and 2 for each distinct complexity flag. */
export function protectScore(input: ProtectInput): ProtectScore {
  const rosh = PROTECT_POINTS.rosh[input.rosh]
  const rsr = rsrPoints(input.rsrPercent)
  const risk = Math.max(rosh, rsr)
  const riskCounted = risk === 0 ? 'none' : rosh >= rsr ? 'rosh' : 'rsr'
  const mappa = PROTECT_POINTS.mappa[input.mappa]
  const flags = new Set(input.flags).size * PROTECT_POINTS.complexityFlag
  const points = risk + mappa + flags
  return { points, level: protectLevelOf(points), parts: { rosh, rsr, riskCounted, mappa, flags } }
}

export function protectLevelOf(points: number): ProtectLevel {
  return PROTECT_POINTS.bands.find(band => points >= band.from)!.level
}

/**
 * The change level, from the needs screening's latest answer for each resettlement pathway (Resettle's own rule,
 * stated in the README, "Tiering"): a pathway whose need is still open (identified, in progress, or support
 * declined) scores 2 when its urgency is high or urgent and 1 when low or medium; a need met ("done") or no need
 * scores nothing. 0 points is level 0, 1–2 level 1, 3–5 level 2, 6 or more level 3. No screening at all is level
 * 0, said as such ("no needs assessed yet"), as HMPPS scores a case with no needs assessment.
 */
export const CHANGE_POINTS = {
  urgency: { low: 1, medium: 1, high: 2, urgent: 2 },
  bands: [
    { level: 3, from: 6 },
    { level: 2, from: 3 },
    { level: 1, from: 1 },
    { level: 0, from: 0 },
  ] satisfies { level: ChangeLevel; from: number }[],
} as const

export const OPEN_NEED_STATUSES = ['need-identified', 'in-progress', 'support-declined'] as const

export interface AssessedNeed {
  pathway: string
  status: string
  urgency: keyof typeof CHANGE_POINTS.urgency | null
}

export interface ChangeScore {
  points: number
  level: ChangeLevel
  assessed: boolean
  /** The pathways that scored, with their points. */
  scored: { pathway: string; points: number }[]
}

export function needPoints(need: AssessedNeed): number {
  if (!(OPEN_NEED_STATUSES as readonly string[]).includes(need.status) || !need.urgency) return 0
  return CHANGE_POINTS.urgency[need.urgency]
}

/** `needs` is null when no screening has been recorded. */
export function changeScore(needs: readonly AssessedNeed[] | null): ChangeScore {
  if (!needs) return { points: 0, level: 0, assessed: false, scored: [] }
  const scored = needs.map(n => ({ pathway: n.pathway, points: needPoints(n) })).filter(s => s.points > 0)
  const points = scored.reduce((sum, s) => sum + s.points, 0)
  return { points, level: changeLevelOf(points), assessed: true, scored }
}

export function changeLevelOf(points: number): ChangeLevel {
  return CHANGE_POINTS.bands.find(band => points >= band.from)!.level
}

export interface TierResult {
  tier: Tier
  model: typeof TIERING_MODEL.id
  protect: ProtectScore
  change: ChangeScore
}

/** The tier: protect level and change level, e.g. B2. */
export function tierOf(protect: ProtectInput, needs: readonly AssessedNeed[] | null): TierResult {
  const p = protectScore(protect)
  const c = changeScore(needs)
  return { tier: `${p.level}${c.level}` as Tier, model: TIERING_MODEL.id, protect: p, change: c }
}
