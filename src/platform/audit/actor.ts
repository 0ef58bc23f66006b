import type { RequestContext } from '../auth/current-user.ts'

/** Who acted, as every audit entry names them: the one way to say it. */
export function actorOf(ctx: RequestContext, subjectPersonId?: string) {
  return {
    actorId: ctx.user.id,
    actorUsername: ctx.user.username,
    correlationId: ctx.correlationId,
    ...(ctx.clientCorrelationId ? { clientCorrelationId: ctx.clientCorrelationId } : {}),
    ...(subjectPersonId === undefined ? {} : { subjectPersonId }),
  }
}
