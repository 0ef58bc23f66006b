import type { Db } from '../../platform/db/database.ts'
import type { DisclosureRecord } from './disclosure.schemas.ts'

/** A person's earlier cautions and convictions, oldest first. */
export function createConvictionsRepository(db: Db) {
  return {
    async list(personId: string) {
      return db
        .selectFrom('conviction_record')
        .select(['id', 'kind', 'record_date', 'disposals', 'created_at'])
        .where('person_id', '=', personId)
        .orderBy('record_date')
        .orderBy('created_at')
        .execute()
    },

    async insert(tx: Db, personId: string, record: DisclosureRecord, by: string) {
      return tx
        .insertInto('conviction_record')
        .values({
          person_id: personId,
          kind: record.kind,
          record_date: record.date,
          disposals: JSON.stringify(record.disposals),
          created_by: by,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    },

    async remove(tx: Db, personId: string, recordId: string) {
      const removed = await tx
        .deleteFrom('conviction_record')
        .where('id', '=', recordId)
        .where('person_id', '=', personId)
        .executeTakeFirst()
      return removed.numDeletedRows === 1n
    },
  }
}

export type ConvictionsRepository = ReturnType<typeof createConvictionsRepository>
