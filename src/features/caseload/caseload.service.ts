import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { CaseDeadline, CaseDeadlineSource } from '../../platform/case/case-deadline.ts'
import type { OversightItemSource } from '../../platform/case/oversight-item.ts'
import { Forbidden } from '../../platform/errors/errors.ts'
import type { HandoverService } from '../handover/index.ts'
import type { PeopleService } from '../people/index.ts'
import type { CaseloadAuditAction } from './caseload.audit.ts'
import { awaitingComEntry, caseloadEntry } from './caseload.mappers.ts'
import { caseloadOwner, mayAllocateComs } from './caseload.policy.ts'
import { CASELOAD_PAGE_SIZE, type CaseloadRepository } from './caseload.repository.ts'
import type { CaseloadQuery } from './caseload.schemas.ts'

interface Dependencies {
  repository: CaseloadRepository
  people: PeopleService
  handover: HandoverService
  audit: AuditLog<CaseloadAuditAction>
  today: () => string
  /** What other features still have open for each person, each asked once per page. */
  deadlineSources: readonly CaseDeadlineSource[]
}

const pageCount = (total: number) => Math.max(1, Math.ceil(total / CASELOAD_PAGE_SIZE))

/** A COM's and a POM's own caseload, and a manager's team, with each person's stage and deadlines. */
export function createCaseloadService({ repository, people, handover, audit, today, deadlineSources }: Dependencies) {
  async function openDeadlines(personIds: string[]): Promise<Map<string, CaseDeadline[]>> {
    const byPerson = new Map<string, CaseDeadline[]>()
    for (const found of await Promise.all(deadlineSources.map(source => source(personIds)))) {
      for (const d of found) byPerson.set(d.personId, [...(byPerson.get(d.personId) ?? []), d])
    }
    return byPerson
  }

  /** The rows this user may see, and how many limited-access ones were left out. */
  async function visibleOf<Row extends { id: string }>(ctx: RequestContext, rows: Row[]) {
    const barred = await people.barredAmong(
      ctx,
      rows.map(r => r.id),
    )
    const visible = rows.filter(r => !barred.has(r.id))
    return { visible, limitedAccessHidden: rows.length - visible.length }
  }

  return {
    async caseload(ctx: RequestContext, query: CaseloadQuery) {
      const owner = caseloadOwner(ctx.user)
      if (!owner) throw new Forbidden('Only practitioners and managers have a caseload')
      const now = today()
      const { rows, total } = await repository.page(owner, now, query)
      const { visible, limitedAccessHidden } = await visibleOf(ctx, rows)
      // One query per source for the whole page, never one per person.
      const ids = visible.map(r => r.id)
      const [flags, open] = await Promise.all([handover.handoverFlagsFor(ids, now), openDeadlines(ids)])
      await audit.record({
        ...actorOf(ctx),
        action: 'caseload.viewed',
        details: { page: query.page, stage: query.stage ?? null, searched: Boolean(query.q), personIds: ids },
      })
      return {
        query,
        total,
        page: query.page,
        pageCount: pageCount(total),
        limitedAccessHidden,
        people: visible.map(row => caseloadEntry(row, now, flags[row.id], open.get(row.id) ?? [])),
      }
    },

    /** For a manager: the people of their PDU with no COM whose handover is near or past, most urgent first. */
    async awaitingCom(ctx: RequestContext, { page }: { page: number }) {
      if (!mayAllocateComs(ctx.user)) throw new Forbidden('Only managers allocate community offender managers')
      const now = today()
      const { rows, total } = await repository.awaitingCom(ctx.user.teamId, now, page)
      const { visible, limitedAccessHidden } = await visibleOf(ctx, rows)
      await audit.record({
        ...actorOf(ctx),
        action: 'caseload.awaiting-com-viewed',
        details: { page, personIds: visible.map(r => r.id) },
      })
      return {
        page,
        total,
        pageCount: pageCount(total),
        limitedAccessHidden,
        people: visible.map(row => awaitingComEntry(row, now)),
      }
    },

    /** For the manager's queue: the people of the PDU waiting for a COM, from the day allocation falls due. */
    oversightItems: {
      kinds: { 'waiting-for-com': 'People waiting for a COM' },
      items: async ({ teamId, today: on }) =>
        (await repository.allAwaitingCom(teamId, on)).map(row => ({
          kind: 'waiting-for-com',
          subjectId: row.episode_id!,
          personId: row.id,
          label: 'Waiting for a community offender manager',
          since: row.com_allocation_overdue_from ?? row.handover_date!,
          href: `/people/${row.id}/allocation`,
          clears: 'sign-off' as const,
        })),
    } satisfies OversightItemSource,
  }
}

export type CaseloadService = ReturnType<typeof createCaseloadService>
