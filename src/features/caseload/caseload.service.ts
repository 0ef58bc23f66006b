import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import { Forbidden } from '../../platform/errors/errors.ts'
import { parseInput } from '../../platform/validation/parse.ts'
import type { HandoverService } from '../handover/handover.service.ts'
import type { PeopleService } from '../people/people.service.ts'
import { CASELOAD_PAGE_SIZE, type CaseloadOwner, type CaseloadRepository } from './caseload.repository.ts'
import { daysToRelease, deadlines, STAGE_LABELS, type CaseDates } from './caseload.rules.ts'
import { caseloadQuerySchema } from './caseload.schemas.ts'

interface Dependencies {
  repository: CaseloadRepository
  people: PeopleService
  handover: HandoverService
  audit: AuditLog
  today: () => string
}

/** A COM's and a POM's own caseload, and a manager's team, with each person's stage and deadlines. */
export function createCaseloadService({ repository, people, handover, audit, today }: Dependencies) {
  function ownerOf(ctx: RequestContext): CaseloadOwner {
    const { role, id, teamId } = ctx.user
    if (role === 'com' || role === 'pom') return { kind: role, userId: id }
    if (role === 'manager' && teamId) return { kind: 'team', teamId }
    throw new Forbidden('Only practitioners and managers have a caseload')
  }

  return {
    async caseload(ctx: RequestContext, input: unknown) {
      const owner = ownerOf(ctx)
      const query = parseInput(caseloadQuerySchema, input)
      const now = today()
      const { rows, total } = await repository.page(owner, now, query)
      const barred = await people.barredAmong(
        ctx,
        rows.map(r => r.id),
      )
      const visible = rows.filter(r => !barred.has(r.id))
      // One query for the whole page, never one per person.
      const flags = await handover.handoverFlagsFor(
        visible.map(r => r.id),
        now,
      )
      await audit.record({
        action: 'caseload.viewed',
        actorId: ctx.user.id,
        actorUsername: ctx.user.username,
        correlationId: ctx.correlationId,
        details: { page: query.page, stage: query.stage ?? null, personIds: visible.map(r => r.id) },
      })
      return {
        query,
        total,
        page: query.page,
        pageCount: Math.max(1, Math.ceil(total / CASELOAD_PAGE_SIZE)),
        limitedAccessHidden: rows.length - visible.length,
        people: visible.map(row => {
          const dates: CaseDates = {
            hasEpisode: row.stage !== 'not-recorded',
            releaseDate: row.release_date,
            earliestReleaseDate: row.earliest_release_date,
            licenceExpiryDate: row.licence_expiry_date,
            handoverDate: row.handover_date,
            comAllocationOverdueFrom: row.com_allocation_overdue_from,
            preReleaseReviewDueDate: row.pre_release_review_due_date,
            hasCom: row.com_id !== null,
          }
          const ahead = deadlines(dates, now)
          const handoverFlags = flags[row.id]
          const flagged = [
            ...(handoverFlags?.meetingOverdue
              ? [{ what: 'Handover meeting', date: row.handover_date ?? now, overdue: true }]
              : []),
            ...(handoverFlags?.comNotMet
              ? [{ what: 'COM to meet the person', date: row.earliest_release_date ?? now, overdue: true }]
              : []),
          ]
          return {
            id: row.id,
            crn: row.crn,
            firstName: row.first_name,
            lastName: row.last_name,
            stage: row.stage,
            stageLabel: STAGE_LABELS[row.stage],
            daysToRelease: daysToRelease(dates, now),
            releaseDate: row.release_date,
            nextDeadline: ahead[0] ?? null,
            overdue: [...ahead.filter(d => d.overdue), ...flagged],
          }
        }),
      }
    },
  }
}

export type CaseloadService = ReturnType<typeof createCaseloadService>
