import type { CaseDeadline, CaseDeadlineSource } from '../../platform/case/case-deadline.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import { Forbidden } from '../../platform/errors/errors.ts'
import { parseInput } from '../../platform/validation/parse.ts'
import type { HandoverService } from '../handover/index.ts'
import type { PeopleService } from '../people/index.ts'
import { CASELOAD_PAGE_SIZE, type CaseloadOwner, type CaseloadRepository } from './caseload.repository.ts'
import { caseloadEntry } from './caseload-entry.ts'
import { awaitingComQuerySchema, caseloadQuerySchema } from './caseload.schemas.ts'

interface Dependencies {
  repository: CaseloadRepository
  people: PeopleService
  handover: HandoverService
  audit: AuditLog
  today: () => string
  /** What other features still have open for each person, each asked once per page. */
  deadlineSources: readonly CaseDeadlineSource[]
}

/** A COM's and a POM's own caseload, and a manager's team, with each person's stage and deadlines. */
export function createCaseloadService({ repository, people, handover, audit, today, deadlineSources }: Dependencies) {
  function ownerOf(ctx: RequestContext): CaseloadOwner {
    const { role, id, teamId } = ctx.user
    if (role === 'com' || role === 'pom') return { kind: role, userId: id }
    if (role === 'manager' && teamId) return { kind: 'team', teamId }
    throw new Forbidden('Only practitioners and managers have a caseload')
  }

  async function openDeadlines(personIds: string[]): Promise<Map<string, CaseDeadline[]>> {
    const byPerson = new Map<string, CaseDeadline[]>()
    for (const found of await Promise.all(deadlineSources.map(source => source(personIds)))) {
      for (const d of found) byPerson.set(d.personId, [...(byPerson.get(d.personId) ?? []), d])
    }
    return byPerson
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
      // One query per source for the whole page, never one per person.
      const ids = visible.map(r => r.id)
      const [flags, open] = await Promise.all([handover.handoverFlagsFor(ids, now), openDeadlines(ids)])
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
        people: visible.map(row => caseloadEntry(row, now, flags[row.id], open.get(row.id) ?? [])),
      }
    },

    /** For a manager: the people of their PDU with no COM whose handover is near or past, most urgent first. */
    async awaitingCom(ctx: RequestContext, input: unknown) {
      const { role, teamId } = ctx.user
      if (role !== 'manager' || !teamId) throw new Forbidden('Only managers allocate community offender managers')
      const { page } = parseInput(awaitingComQuerySchema, input)
      const now = today()
      const { rows, total } = await repository.awaitingCom(teamId, now, page)
      const barred = await people.barredAmong(
        ctx,
        rows.map(r => r.id),
      )
      const visible = rows.filter(r => !barred.has(r.id))
      await audit.record({
        action: 'caseload.awaiting-com-viewed',
        actorId: ctx.user.id,
        actorUsername: ctx.user.username,
        correlationId: ctx.correlationId,
        details: { page, personIds: visible.map(r => r.id) },
      })
      return {
        page,
        total,
        pageCount: Math.max(1, Math.ceil(total / CASELOAD_PAGE_SIZE)),
        limitedAccessHidden: rows.length - visible.length,
        people: visible.map(row => ({
          id: row.id,
          crn: row.crn,
          firstName: row.first_name,
          lastName: row.last_name,
          handoverDate: row.handover_date,
          earliestReleaseDate: row.earliest_release_date,
          comAllocationOverdueFrom: row.com_allocation_overdue_from,
          overdue: row.com_allocation_overdue_from !== null && row.com_allocation_overdue_from <= now,
        })),
      }
    },
  }
}

export type CaseloadService = ReturnType<typeof createCaseloadService>
