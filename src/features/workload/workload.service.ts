import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { TimelineSource } from '../../platform/case/timeline-event.ts'
import { comChanges, continuityWarning } from '../../platform/case/allocation-history.rules.ts'
import { stageOf } from '../../platform/case/stage.rules.ts'
import { addDays, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import { Forbidden, NotFound, ValidationFailed } from '../../platform/errors/errors.ts'
import type { LimitedAccessService } from '../limited-access/index.ts'
import type { NeedsService } from '../needs/index.ts'
import type { PeopleService } from '../people/index.ts'
import { rankCandidates } from './advice.rules.ts'
import { capacityChartSvg } from './capacity-chart.ts'
import {
  caseTypeOn,
  courtReportsInWeek,
  courtReportState,
  earliestDueCounted,
  EXCESSIVE,
  reductionHoursOn,
  reductionState,
  teamWeeks,
  weekEnds,
  weeklyHistory,
  workloadOf,
  type CourtReport,
  type CourtReportType,
  type Hours,
  type Reduction,
  type Week,
} from './capacity.rules.ts'
import {
  tierOf,
  TIERING_MODEL,
  type AssessedNeed,
  type ComplexityFlag,
  type MappaLevel,
  type RoshLevel,
} from './tiering.rules.ts'
import type { WorkloadAuditAction } from './workload.audit.ts'
import {
  mayChangeHours,
  mayManageTeam,
  mayRecordCourtReports,
  mayRecordTier,
  maySeeWorkload,
} from './workload.policy.ts'
import type { WorkloadRepository } from './workload.repository.ts'
import { capacityPercent, casePoints, type CaseType, type Grade, type Tier } from './workload.rules.ts'
import type {
  AdviceDecisionInput,
  CourtReportInput,
  HoursInput,
  ReductionInput,
  TierInput,
} from './workload.schemas.ts'

interface Dependencies {
  db: Db
  repository: WorkloadRepository
  people: PeopleService
  needs: NeedsService
  limitedAccess: LimitedAccessService
  audit: AuditLog<WorkloadAuditAction>
  today: () => IsoDate
}

/** Releases within this many days count as soon, for the advice. */
const RELEASES_SOON_DAYS = 7

type PractitionerRow = Awaited<ReturnType<WorkloadRepository['teamPractitioners']>>[number]
type HeldRow = Awaited<ReturnType<WorkloadRepository['heldCases']>>[number]
type ReductionRow = Awaited<ReturnType<WorkloadRepository['reductions']>>[number]
type CourtReportRow = Awaited<ReturnType<WorkloadRepository['courtReports']>>[number]

const hoursOf = (row: PractitionerRow): Hours | null =>
  row.grade && row.contracted_hours !== null
    ? { grade: row.grade as Grade, contractedHours: Number(row.contracted_hours) }
    : null
const toReduction = (row: ReductionRow): Reduction & { id: string; reason: string } => ({
  id: row.id,
  hours: Number(row.hours),
  reason: row.reason,
  startDate: row.start_date,
  endDate: row.end_date,
})
const toCourtReport = (row: CourtReportRow): CourtReport & { id: string; court: string } => ({
  id: row.id,
  type: row.type as CourtReportType,
  court: row.court,
  requestedOn: row.requested_on,
  dueOn: row.due_on,
})
/** Each practitioner's court reports, from one query's rows. */
const courtReportsBy = (ids: readonly string[], rows: readonly CourtReportRow[]) =>
  new Map(ids.map(id => [id, rows.filter(r => r.staff_id === id).map(toCourtReport)]))
const episodeOf = (row: HeldRow) =>
  row.episode_id ? { releaseDate: row.release_date, licenceExpiryDate: row.licence_expiry_date } : null

export function createWorkloadService({ db, repository, people, needs, limitedAccess, audit, today }: Dependencies) {
  /** The needs screening's latest answer for each pathway, or null when no screening is recorded. */
  async function assessedNeeds(ctx: RequestContext, personId: string): Promise<AssessedNeed[] | null> {
    const summary = await needs.summary(ctx, personId)
    if (!summary.pathways || !summary.screenings || (!summary.screenings.arrival && !summary.screenings.preRelease))
      return null
    return summary.pathways
      .filter(p => p.latest)
      .map(p => ({ pathway: p.key, status: p.latest!.status, urgency: p.latest!.urgency }))
  }

  /**
   * Each practitioner's workload now (the week ending today, for court reports), what they hold by type, and their
   * busy weeks ahead: three queries.
   */
  async function workloadsNow(practitioners: readonly PractitionerRow[]) {
    const ids = practitioners.map(p => p.id)
    const now = today()
    const [held, reductions, reports] = await Promise.all([
      repository.heldCases(ids),
      repository.reductions(ids),
      repository.courtReports(ids, earliestDueCounted([now])),
    ])
    const reportsOf = courtReportsBy(ids, reports)
    return new Map(
      practitioners.map(p => {
        const cases = held.filter(c => c.com_id === p.id)
        const hours = hoursOf(p)
        const own = reductions.filter(r => r.staff_id === p.id).map(toReduction)
        const reductionHours = hours ? reductionHoursOn(own, hours.contractedHours, now) : 0
        const workload = workloadOf(
          cases.map(c => ({ tier: c.tier as Tier | null, type: caseTypeOn(episodeOf(c), now) })),
          hours,
          reductionHours,
          courtReportsInWeek(reportsOf.get(p.id)!, now),
        )
        const soon = addDays(now, RELEASES_SOON_DAYS)
        const releasesSoon = cases.filter(
          c =>
            c.episode_id &&
            !c.release_date &&
            c.earliest_release_date &&
            c.earliest_release_date >= now &&
            c.earliest_release_date <= soon,
        ).length
        const handoversDue = cases.filter(c => stageOfHeld(c, now) === 'handover-due').length
        return [
          p.id,
          {
            staffId: p.id,
            name: p.display_name,
            team: p.team_name,
            hours,
            reductionHours,
            reductions: own.map(r => ({ ...r, state: reductionState(r, now) })),
            ...workload,
            releasesSoon,
            handoversDue,
            overCases: workload.cases > EXCESSIVE.cases,
          },
        ]
      }),
    )
  }

  async function history(practitioners: readonly PractitionerRow[]) {
    const weeks = weekEnds(today())
    const ids = practitioners.map(p => p.id)
    const [raw, reductions, reports] = await Promise.all([
      repository.historyOf(ids, weeks[0]!),
      repository.reductions(ids),
      repository.courtReports(ids, earliestDueCounted(weeks)),
    ])
    const reportsOf = courtReportsBy(ids, reports)
    return {
      weeks,
      reportsOf,
      byPractitioner: weeklyHistory(ids, {
        weeks,
        allocations: raw.allocations.map(a => ({ personId: a.person_id, staffId: a.staff_id, on: a.allocated_on })),
        heldWithoutHistory: raw.unrecorded.map(u => ({ personId: u.id, staffId: u.com_id! })),
        tiers: raw.tiers.map(t => ({ personId: t.person_id, tier: t.tier as Tier, setOn: t.set_on })),
        episodes: new Map(
          raw.episodes.map(e => [
            e.person_id,
            { releaseDate: e.release_date, licenceExpiryDate: e.licence_expiry_date },
          ]),
        ),
        hours: new Map(practitioners.flatMap(p => (hoursOf(p) ? [[p.id, hoursOf(p)!] as const] : []))),
        reductions: new Map(ids.map(id => [id, reductions.filter(r => r.staff_id === id).map(toReduction)])),
        courtReports: reportsOf,
      }),
    }
  }

  function currentFlags(weeks: readonly Week[]) {
    const last = weeks.at(-1)
    return { excessive: last?.excessive ?? false, overCases: last?.overCases ?? false }
  }

  async function practitionerFor(ctx: RequestContext, staffId: string) {
    const row = await repository.practitioner(staffId)
    if (!row || !maySeeWorkload(ctx.user, staffId, row.team_id)) throw new NotFound()
    return row
  }

  /** The advice for one person: who could take the case, ranked by the rules of advice.rules.ts. */
  async function adviceFor(ctx: RequestContext, personId: string) {
    if (!mayManageTeam(ctx.user)) throw new NotFound()
    const { person, episode } = await people.caseFor(ctx, personId)
    const [candidates, allocations, tiers] = await Promise.all([
      repository.pduPractitioners(ctx.user.teamId!),
      people.allocationHistory(ctx, person.id),
      repository.tierHistory(person.id),
    ])
    const others = candidates.filter(c => c.id !== person.com?.id)
    const now = today()
    const tier = (tiers[0]?.tier ?? null) as Tier | null
    const type: CaseType | null = caseTypeOn(
      episode
        ? { releaseDate: episode.releaseDate ?? null, licenceExpiryDate: episode.licenceExpiryDate ?? null }
        : null,
      now,
    )
    const points = tier && type ? casePoints(tier, type) : 0
    const [workloads, barred] = await Promise.all([
      workloadsNow(others),
      limitedAccess.barredStaff(
        person.id,
        others.map(c => c.id),
      ),
    ])
    const changes = comChanges(
      allocations.map(a => ({ kind: a.kind, staffId: a.staff_id, on: a.allocated_on })),
      episode?.sentenceStartDate,
    )
    const before = new Set(allocations.filter(a => a.kind === 'com' && a.staff_id).map(a => a.staff_id!))
    const ranked = rankCandidates(
      others.map(c => {
        const w = workloads.get(c.id)!
        const after = w.availablePoints > 0 ? capacityPercent(w.points + points, w.availablePoints) : null
        return {
          staffId: c.id,
          name: c.display_name,
          team: c.team_name,
          capacityNow: w.capacityPercent,
          capacityAfter: after,
          cases: w.cases,
          casesAfter: w.cases + 1,
          byType: w.byType,
          releasesSoon: w.releasesSoon,
          handoversDue: w.handoversDue,
          supervisedBefore: before.has(c.id),
          conflict: barred.has(c.id),
          hoursRecorded: w.hours !== null,
        }
      }),
    )
    return {
      person,
      tier,
      type,
      points,
      ranked,
      continuityWarning: continuityWarning(changes),
      comChanges: changes,
    }
  }

  return {
    /** Each tier set, for the person's timeline: the tier and the model that set it. */
    timelineEvents: (async personId => {
      const rows = await repository.tierHistory(personId)
      return rows.map(row => ({
        at: row.set_on,
        title: `Tier set to ${row.tier} (model ${row.model})`,
        by: row.set_by_name ?? undefined,
        kind: 'tier',
        href: `/people/${personId}/tier`,
      }))
    }) satisfies TimelineSource,

    /** The tier page and `GET /tier`: the tier now, how it was worked out, and every tier before it. */
    async tier(ctx: RequestContext, personId: string) {
      const { person, canEdit } = await people.caseFor(ctx, personId)
      const rows = await repository.tierHistory(person.id)
      await audit.record({
        ...actorOf(ctx, person.id),
        action: 'tier.viewed',
        details: { tierIds: rows.map(r => r.id) },
      })
      const history = rows.map(r => ({
        id: r.id,
        tier: r.tier as Tier,
        model: r.model,
        rosh: r.rosh as RoshLevel,
        rsrPercent: Number(r.rsr_percent),
        mappa: r.mappa as MappaLevel,
        flags: r.flags as ComplexityFlag[],
        protectPoints: r.protect_points,
        changePoints: r.change_points,
        needsAssessed: r.needs_assessed,
        setOn: r.set_on,
        setBy: r.set_by_name,
      }))
      const current = history[0] ?? null
      return {
        person,
        current,
        explanation: current
          ? tierOf(
              {
                rosh: current.rosh as never,
                rsrPercent: current.rsrPercent,
                mappa: current.mappa as never,
                flags: current.flags,
              },
              null,
            ).protect
          : null,
        history,
        canRecord: mayRecordTier(ctx.user, canEdit),
        model: TIERING_MODEL.id,
      }
    },

    /** What the tier form shows: the last inputs, and the change level the needs screening gives now. */
    async tierForm(ctx: RequestContext, personId: string) {
      const { person, canEdit } = await people.caseFor(ctx, personId, { write: true })
      if (!mayRecordTier(ctx.user, canEdit)) throw new Forbidden('You cannot record a tier')
      const last = (await repository.tierHistory(person.id))[0]
      const change = tierOf(
        { rosh: 'low', rsrPercent: 0, mappa: 'none', flags: [] },
        await assessedNeeds(ctx, person.id),
      ).change
      await audit.record({ ...actorOf(ctx, person.id), action: 'tier.viewed', details: { purpose: 'record' } })
      return {
        person,
        change,
        last: last
          ? { rosh: last.rosh, rsrPercent: Number(last.rsr_percent), mappa: last.mappa, flags: last.flags }
          : null,
      }
    },

    /** Works the tier out from the inputs and the needs assessed now, and stores it with the model that set it. */
    async recordTier(ctx: RequestContext, personId: string, input: TierInput) {
      const { person, canEdit } = await people.caseFor(ctx, personId, { write: true })
      if (!mayRecordTier(ctx.user, canEdit)) throw new Forbidden('You cannot record a tier')
      const result = tierOf(input, await assessedNeeds(ctx, person.id))
      return db.transaction().execute(async tx => {
        const { id } = await repository.insertTier(tx, {
          person_id: person.id,
          tier: result.tier,
          model: result.model,
          rosh: input.rosh,
          rsr_percent: input.rsrPercent,
          mappa: input.mappa,
          flags: [...new Set(input.flags)],
          protect_points: result.protect.points,
          change_points: result.change.points,
          needs_assessed: result.change.assessed,
          set_on: today(),
          set_by: ctx.user.id,
        })
        await audit.record(
          { ...actorOf(ctx, person.id), action: 'tier.recorded', details: { tierId: id, model: result.model } },
          tx,
        )
        return { id, tier: result.tier, model: result.model }
      })
    },

    /** One practitioner's workload now and over the last weeks, for their manager or themselves. */
    async practitioner(ctx: RequestContext, staffId: string, { chart = true } = {}) {
      const row = await practitionerFor(ctx, staffId)
      const [now, past] = await Promise.all([workloadsNow([row]), history([row])])
      const weeks = past.byPractitioner.get(row.id)!
      const courtReports = past.reportsOf.get(row.id)!.map(r => ({ ...r, state: courtReportState(r, today()) }))
      await audit.record({
        ...actorOf(ctx),
        action: 'workload.viewed',
        details: { staffId, courtReportIds: courtReports.map(r => r.id) },
      })
      return {
        practitioner: now.get(row.id)!,
        weeks,
        flags: currentFlags(weeks),
        courtReports,
        ...(chart ? { chart: await capacityChartSvg(weeks, `Capacity of ${row.display_name} week by week`) } : {}),
        canChangeHours: mayChangeHours(ctx.user, row.team_id),
        canRecordCourtReports: mayRecordCourtReports(ctx.user, row.id, row.team_id),
      }
    },

    /** A COM's own workload page. */
    ownStaffId(ctx: RequestContext) {
      if (ctx.user.role !== 'com') throw new NotFound()
      return ctx.user.id
    },

    async hoursForm(ctx: RequestContext, staffId: string) {
      const row = await practitionerFor(ctx, staffId)
      if (!mayChangeHours(ctx.user, row.team_id)) throw new NotFound()
      return {
        practitioner: {
          id: row.id,
          name: row.display_name,
          grade: row.grade,
          contractedHours: row.contracted_hours === null ? null : Number(row.contracted_hours),
        },
      }
    },

    /** Whether this user may change the COM's hours or court reports: asked before a body is read. */
    async mayChange(ctx: RequestContext, staffId: string, what: 'hours' | 'court-reports') {
      const row = await practitionerFor(ctx, staffId)
      const may =
        what === 'hours' ? mayChangeHours(ctx.user, row.team_id) : mayRecordCourtReports(ctx.user, row.id, row.team_id)
      if (!may) throw new NotFound()
    },

    async setHours(ctx: RequestContext, staffId: string, input: HoursInput) {
      const row = await practitionerFor(ctx, staffId)
      if (!mayChangeHours(ctx.user, row.team_id)) throw new NotFound()
      await db.transaction().execute(async tx => {
        await repository.setHours(tx, row.id, input.grade, input.contractedHours, ctx.user.id)
        await audit.record({ ...actorOf(ctx), action: 'workload.hours-changed', details: { staffId: row.id } }, tx)
      })
      return { staffId: row.id }
    },

    async addReduction(ctx: RequestContext, staffId: string, input: ReductionInput) {
      const row = await practitionerFor(ctx, staffId)
      if (!mayChangeHours(ctx.user, row.team_id)) throw new NotFound()
      const hours = hoursOf(row)
      if (!hours) throw ValidationFailed.of('hours', 'Record the practitioner’s contracted hours before a reduction')
      if (input.hours > hours.contractedHours)
        throw ValidationFailed.of('hours', 'The reduction must not be more than the contracted hours')
      return db.transaction().execute(async tx => {
        const { id } = await repository.addReduction(tx, {
          staff_id: row.id,
          hours: input.hours,
          reason: input.reason,
          start_date: input.startDate!,
          end_date: input.endDate ?? null,
          created_by: ctx.user.id,
        })
        await audit.record(
          { ...actorOf(ctx), action: 'workload.reduction-added', details: { staffId: row.id, reductionId: id } },
          tx,
        )
        return { id }
      })
    },

    /** What the court report form shows: whose report it is. The COM themself or their team's manager. */
    async courtReportForm(ctx: RequestContext, staffId: string) {
      const row = await practitionerFor(ctx, staffId)
      if (!mayRecordCourtReports(ctx.user, row.id, row.team_id)) throw new NotFound()
      return { practitioner: { id: row.id, name: row.display_name } }
    },

    /**
     * A practitioner's court reports that count or may count in the weeks shown (due no earlier than six days before
     * the first of the 12 weeks), each with whether it counts now: for the COM themself or their team's manager.
     */
    async courtReports(ctx: RequestContext, staffId: string) {
      const row = await practitionerFor(ctx, staffId)
      const rows = await repository.courtReports([row.id], earliestDueCounted(weekEnds(today())))
      const courtReports = rows.map(toCourtReport).map(r => ({ ...r, state: courtReportState(r, today()) }))
      await audit.record({
        ...actorOf(ctx),
        action: 'workload.viewed',
        details: { staffId: row.id, courtReportIds: courtReports.map(r => r.id) },
      })
      return { courtReports }
    },

    /** Records a court report that the practitioner writes; it counts in their workload by `countsInWeek`. */
    async addCourtReport(ctx: RequestContext, staffId: string, input: CourtReportInput) {
      const row = await practitionerFor(ctx, staffId)
      if (!mayRecordCourtReports(ctx.user, row.id, row.team_id)) throw new NotFound()
      return db.transaction().execute(async tx => {
        const { id } = await repository.addCourtReport(tx, {
          staff_id: row.id,
          type: input.type,
          court: input.court,
          requested_on: input.requestedOn!,
          due_on: input.dueOn!,
          created_by: ctx.user.id,
        })
        await audit.record(
          {
            ...actorOf(ctx),
            action: 'workload.court-report-added',
            details: { staffId: row.id, courtReportId: id, type: input.type },
          },
          tx,
        )
        return { id }
      })
    },

    async removeCourtReport(ctx: RequestContext, staffId: string, reportId: string) {
      const row = await practitionerFor(ctx, staffId)
      if (!mayRecordCourtReports(ctx.user, row.id, row.team_id)) throw new NotFound()
      await db.transaction().execute(async tx => {
        if (!(await repository.removeCourtReport(tx, row.id, reportId))) throw new NotFound()
        await audit.record(
          {
            ...actorOf(ctx),
            action: 'workload.court-report-removed',
            details: { staffId: row.id, courtReportId: reportId },
          },
          tx,
        )
      })
    },

    /** The team dashboard: each COM's capacity and cases now and by week, and who is waiting for a COM. */
    async team(ctx: RequestContext) {
      if (!mayManageTeam(ctx.user)) throw new NotFound()
      const practitioners = await repository.teamPractitioners(ctx.user.teamId!)
      const [now, past, waiting] = await Promise.all([
        workloadsNow(practitioners),
        history(practitioners),
        repository.unallocated(ctx.user.teamId!, today()),
      ])
      const team = teamWeeks(
        practitioners.map(p => past.byPractitioner.get(p.id)!),
        past.weeks,
      )
      await audit.record({
        ...actorOf(ctx),
        action: 'workload.team-viewed',
        details: { personIds: waiting.map(w => w.id) },
      })
      return {
        practitioners: practitioners.map(p => ({
          ...now.get(p.id)!,
          flags: currentFlags(past.byPractitioner.get(p.id)!),
        })),
        weeks: team,
        chart: await capacityChartSvg(team, 'Capacity of the team week by week'),
        unallocated: {
          total: waiting[0]?.total ?? 0,
          overdue: waiting[0]?.overdue ?? 0,
          people: waiting.map(w => ({
            id: w.id,
            crn: w.crn,
            name: `${w.first_name} ${w.last_name}`,
            handoverDate: w.handover_date,
            earliestReleaseDate: w.earliest_release_date,
            overdue: w.com_allocation_overdue_from !== null && w.com_allocation_overdue_from <= today(),
          })),
        },
        today: today(),
      }
    },

    /** The allocation advice page and `GET /allocation-advice`. */
    async advice(ctx: RequestContext, personId: string) {
      const advice = await adviceFor(ctx, personId)
      const decisions = await repository.decisions(advice.person.id)
      await audit.record({
        ...actorOf(ctx, advice.person.id),
        action: 'allocation-advice.viewed',
        details: { staffIds: advice.ranked.map(r => r.candidate.staffId) },
      })
      return { ...advice, decisions }
    },

    /**
     * Allocates the chosen COM through the people feature (which checks who may be allocated and asks a
     * reallocation for its reason and handover note), and records the decision and the advice it was taken from in
     * the same transaction.
     */
    async decide(ctx: RequestContext, personId: string, input: AdviceDecisionInput) {
      const advice = await adviceFor(ctx, personId)
      const chosen = advice.ranked.find(r => r.candidate.staffId === input.staffId)
      if (!chosen) throw ValidationFailed.of('staffId', 'Select a practitioner from the list')
      if (chosen.candidate.conflict)
        throw ValidationFailed.of('staffId', 'This practitioner is barred from the record: select another')
      let decisionId = ''
      const choice = {
        comId: input.staffId,
        reasonCode: input.reasonCode,
        reasonOther: input.reasonOther,
        handoverNote: input.handoverNote,
        handoverMeetingDate: undefined,
        letterWanted: false,
      }
      await people.allocate(ctx, advice.person.id, choice, async tx => {
        decisionId = (
          await repository.insertDecision(tx, {
            person_id: advice.person.id,
            staff_id: input.staffId,
            ranked: chosen.rank,
            advised_staff_id: advice.ranked[0]?.candidate.staffId ?? null,
            reason: input.reason,
            decided_by: ctx.user.id,
          })
        ).id
        await audit.record(
          {
            ...actorOf(ctx, advice.person.id),
            action: 'allocation-advice.decided',
            details: { decisionId, staffId: input.staffId, ranked: chosen.rank },
          },
          tx,
        )
      })
      return { id: decisionId, personId: advice.person.id, staffId: input.staffId, ranked: chosen.rank }
    },
  }
}

function stageOfHeld(c: HeldRow, day: IsoDate) {
  return stageOf(
    {
      hasEpisode: c.episode_id !== null,
      releaseDate: c.release_date,
      earliestReleaseDate: c.earliest_release_date,
      licenceExpiryDate: c.licence_expiry_date,
      handoverDate: c.handover_date,
      comAllocationOverdueFrom: c.com_allocation_overdue_from,
      hasCom: true,
    },
    day,
  )
}

export type WorkloadService = ReturnType<typeof createWorkloadService>
