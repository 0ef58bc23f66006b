import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { AuditQuery } from './audit.schemas.ts'

export const AUDIT_PAGE_SIZE = 100
/** Beyond this many matching entries the page says "more than" instead of counting them all. */
export const AUDIT_COUNT_LIMIT = 10_000

export function createAuditRepository(db: Db) {
  return {
    /**
     * One page of entries, newest first, and how many match, counted only up to AUDIT_COUNT_LIMIT: the trail
     * grows to tens of millions of entries, and counting them all on every page would take seconds.
     */
    async search(query: AuditQuery) {
      const matching = db
        .selectFrom('audit_event')
        .$if(Boolean(query.action), qb => qb.where('action', '=', query.action!))
        .$if(Boolean(query.actor), qb =>
          qb.where(eb => eb(eb.fn('lower', ['actor_username']), '=', query.actor!.toLowerCase())),
        )
        .$if(Boolean(query.personId), qb => qb.where('subject_person_id', '=', query.personId!))
        .$if(Boolean(query.outcome), qb => qb.where('outcome', '=', query.outcome!))
        // Days are days in England and Wales, whatever the database session's time zone.
        .$if(Boolean(query.from), qb =>
          qb.where('occurred_at', '>=', sql<Date>`(${query.from}::date)::timestamp at time zone 'Europe/London'`),
        )
        .$if(Boolean(query.to), qb =>
          qb.where('occurred_at', '<', sql<Date>`(${query.to}::date + 1)::timestamp at time zone 'Europe/London'`),
        )
      const rows = await matching
        .select([
          'id',
          'occurred_at',
          'actor_username',
          'action',
          'subject_person_id',
          'correlation_id',
          'outcome',
          'details',
          'justification',
        ])
        .orderBy('id', 'desc')
        .limit(AUDIT_PAGE_SIZE)
        .offset((query.page - 1) * AUDIT_PAGE_SIZE)
        .execute()
      const counted = await db
        .selectFrom(
          matching
            .select('id')
            .limit(AUDIT_COUNT_LIMIT + 1)
            .as('m'),
        )
        .select(eb => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
      const n = Number(counted.n)
      return { rows, total: Math.min(n, AUDIT_COUNT_LIMIT), totalCapped: n > AUDIT_COUNT_LIMIT }
    },

    /** Recomputes every entry's hash and link in the database; returns the first entries that do not match. */
    async brokenLinks(limit = 20) {
      const result = await sql<{ id: number; problem: 'hash' | 'link' }>`
        select id, case when bad_hash then 'hash' else 'link' end as problem from (
          select a.id, a.hash <> audit_event_digest(a) as bad_hash,
                 a.prev_hash <> coalesce(lag(a.hash) over (order by a.id), repeat('0', 64)) as bad_link
          from audit_event a) checked
        where bad_hash or bad_link
        order by id limit ${limit}`.execute(db)
      const count = await db
        .selectFrom('audit_event')
        .select(eb => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
      return { broken: result.rows, checked: Number(count.n) }
    },
  }
}

export type AuditRepository = ReturnType<typeof createAuditRepository>
