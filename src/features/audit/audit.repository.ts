import { sql, type SelectQueryBuilder } from 'kysely'
import type { ChainRow } from '../../platform/audit/audit-chain.ts'
import type { Database } from '../../platform/db/schema.ts'
import type { Db } from '../../platform/db/database.ts'
import type { AuditQuery } from './audit.schemas.ts'

export const AUDIT_PAGE_SIZE = 50
/** Beyond this many matching entries the page says "more than" instead of counting them all. */
export const AUDIT_COUNT_LIMIT = 10_000
/** An export reads the trail this many entries at a time, so that a large one never sits whole in memory. */
export const AUDIT_EXPORT_BATCH = 1_000

export type AuditFilters = Omit<AuditQuery, 'page'>
const CRN = /^[A-Z][0-9]{6}$/i

/** A name's words as LIKE prefixes, each matching a first or last name: "Smith, John" finds John Smith. */
function nameWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
    .slice(0, 4)
    .map(word => `${word.replace(/[\\%_]/g, c => `\\${c}`)}%`)
}

function matching<O>(qb: SelectQueryBuilder<Database, 'audit_event', O>, query: AuditFilters) {
  return (
    qb
      .$if(Boolean(query.action), q => q.where('audit_event.action', '=', query.action!))
      .$if(Boolean(query.actor), q =>
        q.where(eb => eb(eb.fn('lower', ['audit_event.actor_username']), '=', query.actor!.toLowerCase())),
      )
      .$if(Boolean(query.personId), q => q.where('audit_event.subject_person_id', '=', query.personId!))
      .$if(Boolean(query.person), q => q.where('audit_event.subject_person_id', 'in', peopleNamed(query.person!)))
      .$if(Boolean(query.outcome), q => q.where('audit_event.outcome', '=', query.outcome!))
      // Days are days in England and Wales, whatever the database session's time zone.
      .$if(Boolean(query.from), q =>
        q.where(
          'audit_event.occurred_at',
          '>=',
          sql<Date>`(${query.from}::date)::timestamp at time zone 'Europe/London'`,
        ),
      )
      .$if(Boolean(query.to), q =>
        q.where(
          'audit_event.occurred_at',
          '<',
          sql<Date>`(${query.to}::date + 1)::timestamp at time zone 'Europe/London'`,
        ),
      )
  )
}

function peopleNamed(text: string) {
  if (CRN.test(text)) return sql<string>`(select id from person where crn = ${text.toUpperCase()})`
  const conditions = nameWords(text).map(
    word => sql`(lower(first_name) like ${word} escape '\\' or lower(last_name) like ${word} escape '\\')`,
  )
  if (!conditions.length) return sql<string>`(select id from person where false)`
  return sql<string>`(select id from person where ${sql.join(conditions, sql` and `)})`
}

export function createAuditRepository(db: Db) {
  function entries(query: AuditFilters) {
    return matching(
      db
        .selectFrom('audit_event')
        .leftJoin('person as p', 'p.id', 'audit_event.subject_person_id')
        .select([
          'audit_event.id',
          'audit_event.occurred_at',
          'audit_event.actor_username',
          'audit_event.action',
          'audit_event.subject_person_id',
          'p.crn as subject_crn',
          sql<string | null>`case when p.id is null then null else p.last_name || ', ' || p.first_name end`.as(
            'subject_name',
          ),
          'audit_event.correlation_id',
          'audit_event.outcome',
          'audit_event.details',
          'audit_event.justification',
        ]),
      query,
    ).orderBy('audit_event.id', 'desc')
  }

  return {
    /**
     * One page of entries, newest first, and how many match, counted only up to AUDIT_COUNT_LIMIT: the trail
     * grows to tens of millions of entries, and counting them all on every page would take seconds.
     */
    async search(query: AuditQuery) {
      const rows = await entries(query)
        .limit(AUDIT_PAGE_SIZE)
        .offset((query.page - 1) * AUDIT_PAGE_SIZE)
        .execute()
      const counted = await db
        .selectFrom(
          matching(db.selectFrom('audit_event').select('audit_event.id'), query)
            .limit(AUDIT_COUNT_LIMIT + 1)
            .as('m'),
        )
        .select(eb => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
      const n = Number(counted.n)
      return { rows, total: Math.min(n, AUDIT_COUNT_LIMIT), totalCapped: n > AUDIT_COUNT_LIMIT }
    },

    /** The next entries of an export, newest first, older than the last one read (by id, so no page is skipped). */
    exportBatch(query: AuditFilters, olderThan: number | undefined) {
      return entries(query)
        .$if(olderThan !== undefined, q => q.where('audit_event.id', '<', olderThan!))
        .limit(AUDIT_EXPORT_BATCH)
        .execute()
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
export type AuditEntryRow = Awaited<ReturnType<AuditRepository['exportBatch']>>[number]
