import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { Db } from '../../platform/db/database.ts'
import { Forbidden, NotFound, ValidationFailed } from '../../platform/errors/errors.ts'
import type { PeopleService } from '../people/index.ts'
import type { LimitedAccessAuditAction } from './limited-access.audit.ts'
import { mayKeepLists } from './limited-access.policy.ts'
import type { LimitedAccessRepository } from './limited-access.repository.ts'
import type { LimitedAccessEntryInput } from './limited-access.schemas.ts'

interface Dependencies {
  db: Db
  repository: LimitedAccessRepository
  people: PeopleService
  audit: AuditLog<LimitedAccessAuditAction>
  today: () => string
}

/** Why a manager cannot put themselves on a person's exclusion list. */
export const EXCLUDE_SELF =
  'You cannot exclude yourself from this record. Ask another manager of the person to add the exclusion'

/** Managers keep the exclusion and restriction lists of the people in their team. */
export function createLimitedAccessService({ db, repository, people, audit, today }: Dependencies) {
  async function managed(ctx: RequestContext, personId: string) {
    const record = await people.caseFor(ctx, personId)
    if (!mayKeepLists(ctx.user, record.canEdit)) {
      throw new Forbidden('Only a manager who may change this record can change who may see it')
    }
    return record.person
  }

  return {
    async list(ctx: RequestContext, personId: string) {
      const person = await managed(ctx, personId)
      const entries = await repository.entries(person.id)
      await audit.record({ ...actorOf(ctx, person.id), action: 'limited-access.viewed' })
      const now = today()
      return {
        person,
        entries: entries.map(e => ({
          id: e.id,
          kind: e.kind,
          username: e.username,
          name: e.display_name,
          startDate: e.start_date,
          endDate: e.end_date,
          message: e.message,
          inForce: e.start_date <= now && (e.end_date === null || e.end_date >= now),
        })),
      }
    },

    /**
     * For allocation: which of these staff could not open the person's record today, barred by an exclusion that
     * names them or by a restriction list that does not. The caller has already checked its own access.
     */
    async barredStaff(personId: string, staffIds: readonly string[]): Promise<Set<string>> {
      const entries = await repository.inForce(personId, today())
      const excluded = new Set(entries.filter(e => e.kind === 'exclusion').map(e => e.user_id))
      const restricted = entries.filter(e => e.kind === 'restriction').map(e => e.user_id)
      return new Set(staffIds.filter(id => excluded.has(id) || (restricted.length > 0 && !restricted.includes(id))))
    },

    async add(ctx: RequestContext, personId: string, entry: LimitedAccessEntryInput) {
      const person = await managed(ctx, personId)
      const staff = await repository.staffByUsername(entry.username)
      if (!staff) throw ValidationFailed.of('username', 'Enter the username of a member of staff')
      // Excluded, the manager could no longer open the record to end the exclusion: another manager must add it.
      if (entry.kind === 'exclusion' && staff.id === ctx.user.id) throw ValidationFailed.of('username', EXCLUDE_SELF)
      return db.transaction().execute(async tx => {
        const { id } = await repository.insert(tx, person.id, staff.id, entry, ctx.user.id)
        await audit.record(
          {
            ...actorOf(ctx, person.id),
            action: 'limited-access.added',
            details: { entryId: id, kind: entry.kind, userId: staff.id },
          },
          tx,
        )
        return { id }
      })
    },

    async end(ctx: RequestContext, personId: string, entryId: string) {
      const person = await managed(ctx, personId)
      await db.transaction().execute(async tx => {
        if (!(await repository.end(tx, person.id, entryId, today()))) throw new NotFound()
        await audit.record({ ...actorOf(ctx, person.id), action: 'limited-access.ended', details: { entryId } }, tx)
      })
    },
  }
}

export type LimitedAccessService = ReturnType<typeof createLimitedAccessService>
export type LimitedAccessEntry = Awaited<ReturnType<LimitedAccessService['list']>>['entries'][number]
