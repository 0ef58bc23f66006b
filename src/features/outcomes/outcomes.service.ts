import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { AccommodationCategory } from '../../platform/case/accommodation.ts'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { NotFound, ValidationFailed } from '../../platform/errors/errors.ts'
import { CONTINUITY_WINDOW_WEEKS } from '../continuity/index.ts'
import { ageBand, ageOn, ethnicGroupOf } from '../diversity/index.ts'
import type { EmploymentStatus } from '../release/index.ts'
import type { OutcomesAuditAction } from './outcomes.audit.ts'
import {
  allBreakdowns,
  breakdown,
  quarterLabel,
  quarterRange,
  recentQuarters,
  type DashboardRecord,
  type Quarter,
} from './outcomes.dashboard.ts'
import { DIMENSION_BY_KEY, DIMENSIONS } from './outcomes.groups.ts'
import { levelsFor, type Level } from './outcomes.policy.ts'
import type { OutcomesRepository, ReleaseRow, Scope } from './outcomes.repository.ts'
import { GAP_THRESHOLD_POINTS, SUPPRESS_UNDER } from './outcomes.rules.ts'
import type { OutcomesQuery } from './outcomes.schemas.ts'

interface Dependencies {
  repository: OutcomesRepository
  audit: AuditLog<OutcomesAuditAction>
  today: () => IsoDate
}

const KEEP_MS = 60_000
const KEEP_ENTRIES = 200

export const SUPPRESSION_RULE = `Groups with fewer than ${SUPPRESS_UNDER} releases in a measure's denominator are hidden, and so is at least one more group where a hidden one could otherwise be worked out from the total. A measure is hidden whole when its total has fewer than ${SUPPRESS_UNDER}, or when everyone or no one met it. Gaps of ${GAP_THRESHOLD_POINTS} percentage points or more against everyone else, in the direction that is worse for the group, are highlighted.`

export function toRecord(row: ReleaseRow): DashboardRecord {
  return {
    releaseDate: row.release_date,
    firstNight: row.first_night as AccommodationCategory,
    accommodation3Months: row.accommodation_3_months as AccommodationCategory | null,
    employment6Weeks: row.employment_6_weeks as EmploymentStatus | null,
    employment6Months: row.employment_6_months as EmploymentStatus | null,
    treatmentNeed: row.treatment_need,
    treatmentStartDate: row.treatment_start_date,
    idHeld: row.id_held,
    bankAccount: row.bank_account,
    comAtWindowStart: row.com_at_window_start,
    otherComInWindow: row.other_com_in_window,
    recallBreachDate: row.recall_breach_date,
    licenceEndDate: row.licence_expiry_date,
    groups: {
      sex: row.sex,
      ethnicity: row.ethnicity,
      ethnicGroup: row.ethnicity ? ethnicGroupOf(row.ethnicity) : null,
      ageBand: ageBand(ageOn(row.date_of_birth, row.release_date)),
      disability: row.disability,
      religion: row.religion,
      neurodivergent: row.neurodivergent,
      careExperienced: row.care_experienced,
      veteran: row.veteran,
    },
  }
}

/**
 * The outcomes dashboard: the measures of a team, PDU, region or the nation for a quarter, broken down by a
 * characteristic, small numbers hidden. One statement reads the quarter's releases; the measures are counted here.
 */
export function createOutcomesService({ repository, audit, today }: Dependencies) {
  const kept = new Map<string, { revision: string; at: number; records: DashboardRecord[] }>()

  /**
   * The quarter's releases in the scope, read again only when a table they come from has changed since (or after
   * a minute, which bounds what a write still committing as they were read can leave behind).
   */
  async function releasesOf(scope: Scope, from: IsoDate, to: IsoDate) {
    const key = `${scope.level}:${'id' in scope ? scope.id : ''}:${from}:${today()}`
    const revision = await repository.revision()
    const hit = kept.get(key)
    if (hit && hit.revision === revision && Date.now() - hit.at < KEEP_MS) return hit.records
    const records = (await repository.releases(scope, from, to, CONTINUITY_WINDOW_WEEKS * 7)).map(toRecord)
    if (kept.size >= KEEP_ENTRIES) kept.delete(kept.keys().next().value!)
    kept.set(key, { revision, at: Date.now(), records })
    return records
  }

  async function scopeOf(ctx: RequestContext, level: Level, regionId: string | undefined): Promise<Scope> {
    switch (level) {
      case 'team':
        return { level, id: ctx.user.teamId! }
      case 'pdu': {
        const id = await repository.pduOfTeam(ctx.user.teamId!)
        if (!id) throw new NotFound()
        return { level, id }
      }
      case 'region': {
        const regions = await repository.regions()
        const id = regionId ?? regions[0]?.id
        if (!id || !regions.some(r => r.id === id))
          throw new ValidationFailed([{ field: 'region', message: 'Select a region from the list' }])
        return { level, id }
      }
      case 'nation':
        return { level }
    }
  }

  async function open(ctx: RequestContext, query: OutcomesQuery, action: OutcomesAuditAction) {
    const levels = levelsFor(ctx.user)
    if (!levels.length) throw new NotFound()
    const level = query.level ?? levels[0]!
    if (!levels.includes(level)) throw new NotFound()
    const quarters = recentQuarters(today())
    const quarter = (query.quarter ?? quarters[0]!) as Quarter
    if (!quarters.includes(quarter))
      throw new ValidationFailed([{ field: 'quarter', message: 'Select a quarter from the list' }])
    const scope = await scopeOf(ctx, level, query.region)
    const { from, to } = quarterRange(quarter)
    const [records, unit] = await Promise.all([releasesOf(scope, from, to), repository.unitName(scope)])
    await audit.record({
      ...actorOf(ctx),
      action,
      details: { level, unitId: 'id' in scope ? scope.id : null, quarter, by: query.by ?? null },
    })
    return { levels, level, scope, unit, quarter, quarters, records }
  }

  return {
    /** The dashboard broken down by one characteristic (sex unless chosen). */
    async dashboard(ctx: RequestContext, query: OutcomesQuery) {
      const { levels, level, scope, unit, quarter, quarters, records } = await open(ctx, query, 'outcomes.viewed')
      const dimension = DIMENSION_BY_KEY[query.by ?? 'sex']!
      return {
        levels,
        level,
        regionId: scope.level === 'region' ? scope.id : null,
        regions: levels.includes('region') ? await repository.regions() : [],
        unit,
        quarter,
        quarterLabel: quarterLabel(quarter),
        quarters: quarters.map(q => ({ value: q, text: quarterLabel(q) })),
        by: dimension.key,
        dimensions: DIMENSIONS.map(d => ({ value: d.key, text: d.label })),
        dimensionLabel: dimension.label,
        suppression: SUPPRESSION_RULE,
        measures: breakdown(records, dimension, today()),
      }
    },

    /** Every breakdown of the scope and quarter, for the CSV. */
    async download(ctx: RequestContext, query: OutcomesQuery) {
      const { level, unit, quarter, records } = await open(ctx, query, 'outcomes.downloaded')
      return { level, unit, quarter, breakdowns: allBreakdowns(records, today()) }
    },
  }
}

export type OutcomesService = ReturnType<typeof createOutcomesService>
