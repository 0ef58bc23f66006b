import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { TimelineSource } from '../../platform/case/timeline-event.ts'
import { Forbidden } from '../../platform/errors/errors.ts'
import { pageOf } from '../../platform/lists/page-of.ts'
import type { PeopleService } from '../people/index.ts'
import type { TimelineAuditAction } from './timeline.audit.ts'
import { mayReadTimeline } from './timeline.policy.ts'
import { arrange, TIMELINE_KINDS } from './timeline.rules.ts'
import type { TimelineQuery } from './timeline.schemas.ts'

interface Dependencies {
  people: PeopleService
  audit: AuditLog<TimelineAuditAction>
  /** Each feature's moments (people, needs, handover, readiness, release, …); the timeline knows none of them. */
  sources: TimelineSource[]
}

/**
 * A person's journey from arrival to the end of licence, newest first, a page at a time (years of supervision make
 * hundreds of moments), for the practitioners who may see them.
 */
export function createTimelineService({ people, audit, sources }: Dependencies) {
  return {
    async forPerson(ctx: RequestContext, personId: string, { kind, page }: TimelineQuery) {
      const { person } = await people.caseFor(ctx, personId)
      if (!mayReadTimeline(ctx.user)) {
        await audit.record({ ...actorOf(ctx, person.id), action: 'timeline.access-refused', outcome: 'denied' })
        throw new Forbidden('Ask your probation worker to go through your journey with you')
      }
      const found = await Promise.all(sources.map(source => source(person.id)))
      await audit.record({
        ...actorOf(ctx, person.id),
        action: 'timeline.viewed',
        details: { kind: kind ?? null, page },
      })
      const { items: events, ...paging } = pageOf(arrange(found.flat(), kind), page)
      return { person, kind: kind ?? null, kinds: TIMELINE_KINDS, events, ...paging }
    },
  }
}

export type TimelineService = ReturnType<typeof createTimelineService>
