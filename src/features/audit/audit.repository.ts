import type { ChainRow } from '../../platform/audit/audit-chain.ts'
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

    /**
     * A page of the chain in id order from after `afterId`, with what the database recomputes: the unkeyed digest of
     * a version 1 entry, the text a version 2 entry's keyed hash is taken over (the key stays with the service).
     */
    async chainPage(afterId: number, limit = 10_000) {
      const result = await sql<ChainRow>`
        select id, chain_version, prev_hash, hash,
               case when chain_version = 1 then audit_event_digest(a) end as digest,
               case when chain_version = 2 then audit_event_body(a) end as body
        from audit_event a where id > ${afterId} order by id limit ${limit}`.execute(db)
      return result.rows.map(row => ({ ...row, id: Number(row.id) }))
    },
  }
}

export type AuditRepository = ReturnType<typeof createAuditRepository>
