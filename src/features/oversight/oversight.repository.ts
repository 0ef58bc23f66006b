import { sql } from 'kysely'
import { teamPeople } from '../../platform/case/oversight-item.ts'
import type { Db } from '../../platform/db/database.ts'

export interface SignOffWrite {
  kind: string
  subjectId: string
  personId: string
  teamId: string
  label: string
  note: string | null
  by: string
  on: string
}

export function createOversightRepository(db: Db) {
  return {
    /** Which of these records already have a sign-off, of any kind, in one query. */
    async signedOff(subjectIds: readonly string[]) {
      if (!subjectIds.length) return []
      return db
        .selectFrom('oversight_sign_off')
        .select(['kind', 'subject_id'])
        .where('subject_id', 'in', [...new Set(subjectIds)])
        .execute()
    },

    /** Who each line of a page is about, in one query. */
    async people(personIds: readonly string[]) {
      if (!personIds.length) return []
      return db
        .selectFrom('person')
        .select(['id', 'crn', 'first_name', 'last_name'])
        .where('id', 'in', [...new Set(personIds)])
        .execute()
    },

    /** Signs off once: undefined when the item has already been signed off. */
    async insert(tx: Db, row: SignOffWrite) {
      return tx
        .insertInto('oversight_sign_off')
        .values({
          kind: row.kind,
          subject_id: row.subjectId,
          person_id: row.personId,
          team_id: row.teamId,
          label: row.label,
          note: row.note,
          signed_off_by: row.by,
          signed_off_on: row.on,
        })
        .onConflict(oc => oc.constraint('oversight_sign_off_once').doNothing())
        .returning('id')
        .executeTakeFirst()
    },

    /** One page of the team's sign-offs, the latest first, with who signed off and who it was about. */
    async history(teamId: string, page: number, size: number) {
      const rows = await db
        .selectFrom('oversight_sign_off as s')
        .innerJoin('person as p', 'p.id', 's.person_id')
        .innerJoin('app_user as u', 'u.id', 's.signed_off_by')
        .select([
          's.id',
          's.kind',
          's.subject_id',
          's.label',
          's.note',
          's.signed_off_on',
          's.signed_off_at',
          'u.id as by_id',
          'u.display_name as by_name',
          'p.id as person_id',
          'p.crn',
          'p.first_name',
          'p.last_name',
          sql<number>`count(*) over ()`.as('total'),
        ])
        .where('s.team_id', '=', teamId)
        .orderBy('s.signed_off_at', 'desc')
        .orderBy('s.id')
        .limit(size)
        .offset((page - 1) * size)
        .execute()
      return { rows, total: Number(rows[0]?.total ?? 0) }
    },

    /**
     * The team's cases, and how many had recorded oversight since a date: a sign-off here, or one of the people
     * the sources name (their countersignatures), in one statement.
     */
    async share(teamId: string, since: string, overseenElsewhere: readonly string[]) {
      const ids = [...new Set(overseenElsewhere)]
      const elsewhere = ids.length ? sql`t.id in (${sql.join(ids)})` : sql`false`
      const row = await db
        .selectFrom(teamPeople(db, teamId).as('t'))
        .select(eb => [
          eb.fn.countAll<string>().as('cases'),
          sql<string>`count(*) filter (where ${elsewhere}
            or exists (select 1 from oversight_sign_off s where s.person_id = t.id and s.signed_off_on >= ${since}))`.as(
            'overseen',
          ),
        ])
        .executeTakeFirstOrThrow()
      return { cases: Number(row.cases), overseen: Number(row.overseen) }
    },
  }
}

export type OversightRepository = ReturnType<typeof createOversightRepository>
export type HistoryRow = Awaited<ReturnType<OversightRepository['history']>>['rows'][number]
