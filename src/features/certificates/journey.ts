import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { ServiceOf } from '../../platform/features/feature.ts'
import type { timeline } from '../timeline/index.ts'

/** The moments of a journey a certificate tells: arrival, release, plans agreed; never setbacks, and no achievement the person did not choose to show. */
const JOURNEY_KINDS = new Set(['custody', 'release', 'plan'])
const MOST = 12

/** The person's journey from the timeline, oldest first, at most twelve moments (the latest). */
export async function journeyOf(service: ServiceOf<typeof timeline>, ctx: RequestContext, personId: string) {
  const { events } = await service.forPerson(ctx, personId, { kind: undefined, page: 1 })
  return events
    .filter(e => JOURNEY_KINDS.has(e.kind))
    .slice(0, MOST)
    .reverse()
    .map(e => ({ at: e.at, title: e.title }))
}
