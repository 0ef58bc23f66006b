import { sql, type Expression, type ExpressionBuilder, type Insertable, type SqlBool } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { Database } from '../../platform/db/schema.ts'
import type { PeopleScope } from './people-access.rules.ts'
import type { CustodyEpisodeInput, PersonDetails } from './people.schemas.ts'
import type { PersonDetailChangeTable } from './people.tables.ts'

type PersonEb = ExpressionBuilder<Database & { p: Database['person'] }, 'p'>

export const PAGE_SIZE = 50

type DerivedColumns = Record<string, string | boolean | null>

/** The SQL form of a scope from people-access.rules.ts, written so that each branch can use an index. */
function inScope(eb: PersonEb, scope: PeopleScope): Expression<SqlBool> {
  switch (scope.kind) {
    case 'self':
      return eb('p.id', '=', scope.personId)
    case 'allocated':
      return eb('p.com_id', '=', scope.userId)
    case 'team':
      return teamPeople(eb, scope.teamId)
    case 'management':
      return eb.or([
        teamPeople(eb, scope.teamId),
        eb.and([
          eb('p.com_id', 'is', null),
          eb('p.pdu_id', '=', eb.selectFrom('team').select('pdu_id').where('id', '=', scope.teamId)),
        ]),
      ])
    case 'prison':
      return eb(
        'p.id',
        'in',
        eb
          .selectFrom('custody_episode')
          .select('person_id')
          .where('prison_id', '=', scope.prisonId)
          .where('release_date', 'is', null)
          .union(eb.selectFrom('person').select('id as person_id').where('pom_id', '=', scope.userId)),
      )
    default:
      return sql<SqlBool>`false`
  }
}

const teamPeople = (eb: PersonEb, teamId: string) =>
  eb('p.com_id', 'in', eb.selectFrom('app_user').select('id').where('team_id', '=', teamId))

const live = (today: string) =>
  sql`la.start_date <= ${today}::date and (la.end_date is null or la.end_date >= ${today}::date)`

/**
 * The people whom limited-access lists bar this user from today: an exclusion names the staff barred;
 * a restriction names the only staff let in. Entries run from start to end inclusive. People always
 * see their own record. A small set, computed once per query.
 */
function barredPeople(scope: PeopleScope, today: string) {
  if (scope.kind === 'self' || scope.kind === 'none') return sql`select null::uuid where false`
  return sql`
    select la.person_id from limited_access la
      where la.kind = 'exclusion' and la.user_id = ${scope.userId} and ${live(today)}
    union
    (select la.person_id from limited_access la where la.kind = 'restriction' and ${live(today)}
     except
     select la.person_id from limited_access la
       where la.kind = 'restriction' and la.user_id = ${scope.userId} and ${live(today)})`
}

/** The PDU of a staff member's team: a person's PDU follows their COM. */
const pduOf = (staffId: string) =>
  sql<string>`coalesce((select t.pdu_id from app_user u join team t on t.id = u.team_id where u.id = ${staffId}), pdu_id)`
/** What a change of practitioner records beside who is allocated. */
export interface AllocationChange {
  reasonCode?: string
  reasonOther?: string
  handoverNote?: string
  handoverMeetingDate?: string
  handoverMeetingNotes?: string
  letterWanted?: boolean
}

export function createPeopleRepository(db: Db) {
  const people = (executor: Db = db) => executor.selectFrom('person as p')

  return {
    /** One page of the people in scope, and how many there are, in one statement; details joined after paging. */
    async search(scope: PeopleScope, today: string, query: { q?: string | undefined; page: number }) {
      const term = query.q?.toLowerCase()
      const page = people()
        .select([
          'p.id',
          'p.crn',
          'p.prison_number',
          'p.first_name',
          'p.last_name',
          'p.preferred_name',
          'p.date_of_birth',
          'p.com_id',
          'p.sort_name',
          sql<number>`count(*) over ()`.as('total'),
        ])
        .where(eb => inScope(eb, scope))
        .where(sql<SqlBool>`p.id not in (${barredPeople(scope, today)})`)
        .$if(Boolean(term), qb => qb.where(eb => matches(eb, term!)))
        .orderBy('p.sort_name')
        .orderBy('p.id')
        .limit(PAGE_SIZE)
        .offset((query.page - 1) * PAGE_SIZE)
      const rows = await db
        .selectFrom(page.as('page'))
        .leftJoin('app_user as com', 'com.id', 'page.com_id')
        .leftJoinLateral(
          eb =>
            eb
              .selectFrom('custody_episode as e')
              .select('e.release_date')
              .whereRef('e.person_id', '=', 'page.id')
              .orderBy('e.sentence_start_date', 'desc')
              .limit(1)
              .as('latest'),
          join => join.onTrue(),
        )
        .selectAll('page')
        .select(['com.display_name as com_name', 'latest.release_date'])
        .orderBy('page.sort_name')
        .orderBy('page.id')
        .execute()
      return { rows, total: rows[0]?.total ?? (query.page > 1 ? await this.count(scope, today, term) : 0) }
    },

    async count(scope: PeopleScope, today: string, term: string | undefined) {
      const row = await people()
        .select(eb => eb.fn.countAll<number>().as('n'))
        .where(eb => inScope(eb, scope))
        .where(sql<SqlBool>`p.id not in (${barredPeople(scope, today)})`)
        .$if(Boolean(term), qb => qb.where(eb => matches(eb, term!)))
        .executeTakeFirstOrThrow()
      return Number(row.n)
    },

    /**
     * Everything a case page needs to know of the person in one statement: the record if in the read scope, whether
     * this user is barred, may change it, or sees it because a limited-access list names them, and the current
     * custody episode with its prison.
     */
    async openCase(scopes: { read: PeopleScope; write: PeopleScope }, today: string, id: string) {
      if (!isUuid(id)) return undefined
      const row = await people()
        .leftJoin('app_user as com', 'com.id', 'p.com_id')
        .leftJoin('app_user as pom', 'pom.id', 'p.pom_id')
        .leftJoin('team', 'team.id', 'com.team_id')
        .leftJoin('pdu', 'pdu.id', 'p.pdu_id')
        .selectAll('p')
        .select(eb => [
          'pdu.name as pdu_name',
          'com.display_name as com_name',
          'com.phone as com_phone',
          'pom.display_name as pom_name',
          'team.name as com_team_name',
          sql<boolean>`p.id in (${barredPeople(scopes.read, today)})`.as('barred'),
          sql<boolean>`${inScope(eb, scopes.write)}`.as('can_edit'),
          sql<'exclusion' | 'restriction' | null>`(select max(la.kind) from limited_access la
            where la.person_id = p.id and ${live(today)})`.as('limited_access'),
          sql<Record<string, unknown> | null>`(select to_jsonb(latest) from (
            select e.*, prison.name as prison_name from custody_episode e left join prison on prison.id = e.prison_id
            where e.person_id = p.id order by e.sentence_start_date desc limit 1) latest)`.as('episode'),
        ])
        .where('p.id', '=', id)
        .where(eb => inScope(eb, scopes.read))
        .executeTakeFirst()
      return row
    },

    /** Which of these people limited-access lists bar this user from today. */
    async barredAmong(scope: PeopleScope, today: string, personIds: string[]) {
      if (!personIds.length) return []
      const rows = await people()
        .select('p.id')
        .where('p.id', 'in', personIds)
        .where(sql<SqlBool>`p.id in (${barredPeople(scope, today)})`)
        .execute()
      return rows.map(r => r.id)
    },

    /** What to show a barred user instead of the record: their exclusion's message, else a restriction's. */
    async barredMessage(personId: string, userId: string, today: string) {
      const row = await db
        .selectFrom('limited_access as la')
        .select('la.message')
        .where('la.person_id', '=', personId)
        .where(sql<SqlBool>`${live(today)}`)
        .where(eb => eb.or([eb('la.kind', '=', 'restriction'), eb('la.user_id', '=', userId)]))
        .orderBy(sql`la.kind = 'exclusion'`, 'desc')
        .orderBy('la.created_at')
        .limit(1)
        .executeTakeFirst()
      return row?.message ?? 'This record has limited access.'
    },

    async episodes(personId: string) {
      return db
        .selectFrom('custody_episode as e')
        .leftJoin('prison', 'prison.id', 'e.prison_id')
        .selectAll('e')
        .select('prison.name as prison_name')
        .where('e.person_id', '=', personId)
        .orderBy('e.sentence_start_date', 'desc')
        .execute()
    },

    /** Which of the person's identifiers another record already has. */
    async takenIdentifiers(details: PersonDetails, exceptId?: string): Promise<('crn' | 'prisonNumber')[]> {
      const rows = await db
        .selectFrom('person')
        .select(['crn', 'prison_number'])
        .where(eb =>
          eb.or([
            eb('crn', '=', details.crn),
            ...(details.prisonNumber ? [eb('prison_number', '=', details.prisonNumber)] : []),
          ]),
        )
        .$if(Boolean(exceptId), qb => qb.where('id', '!=', exceptId!))
        .execute()
      return [
        ...(rows.some(r => r.crn === details.crn) ? (['crn'] as const) : []),
        ...(details.prisonNumber && rows.some(r => r.prison_number === details.prisonNumber)
          ? (['prisonNumber'] as const)
          : []),
      ]
    },

    async insert(tx: Db, person: PersonDetails & { comId: string | null; pomId: string | null }) {
      return tx
        .insertInto('person')
        .values({
          crn: person.crn,
          prison_number: person.prisonNumber ?? null,
          first_name: person.firstName,
          last_name: person.lastName,
          preferred_name: person.preferredName ?? null,
          pronouns: person.pronouns ?? null,
          date_of_birth: person.dateOfBirth,
          community_area: person.communityArea ?? null,
          pdu_id: person.pduId ?? null,
          com_id: person.comId,
          pom_id: person.pomId,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    },

    /** Updates only if nobody has changed the record since `version`; returns false when someone has. */
    async update(tx: Db, id: string, version: number, person: PersonDetails) {
      const result = await tx
        .updateTable('person')
        .set({
          crn: person.crn,
          prison_number: person.prisonNumber ?? null,
          first_name: person.firstName,
          last_name: person.lastName,
          preferred_name: person.preferredName ?? null,
          pronouns: person.pronouns ?? null,
          date_of_birth: person.dateOfBirth,
          community_area: person.communityArea ?? null,
          // Left out, the PDU stays as it was: an older client must not unlink a person from their PDU.
          ...(person.pduId ? { pdu_id: person.pduId } : {}),
          version: sql`version + 1`,
          updated_at: sql`now()`,
        })
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst()
      return result.numUpdatedRows === 1n
    },

    /** Records corrections of a person's details, each with its value before and after (rectification). */
    async recordDetailChanges(tx: Db, changes: Insertable<PersonDetailChangeTable>[]) {
      if (changes.length) await tx.insertInto('person_detail_change').values(changes).execute()
    },

    /** Every correction of a person's details, newest first, with who made it. */
    async detailChanges(personId: string) {
      return db
        .selectFrom('person_detail_change as c')
        .leftJoin('app_user as u', 'u.id', 'c.changed_by')
        .select([
          'c.id',
          'c.field',
          'c.old_value',
          'c.new_value',
          'c.reason',
          'c.changed_at',
          'u.display_name as changed_by_name',
        ])
        .where('c.person_id', '=', personId)
        .orderBy('c.changed_at', 'desc')
        .orderBy('c.id')
        .execute()
    },

    /** `derived` holds the deadlines the key-date rules give for this episode, stored beside it. */
    async insertEpisode(tx: Db, personId: string, episode: CustodyEpisodeInput, derived: DerivedColumns) {
      return tx
        .insertInto('custody_episode')
        .values({ person_id: personId, ...episodeColumns(episode), ...derived })
        .returning('id')
        .executeTakeFirstOrThrow()
    },

    async updateEpisode(
      tx: Db,
      ids: { personId: string; episodeId: string; version: number },
      episode: CustodyEpisodeInput,
      derived: DerivedColumns,
    ) {
      const { personId, episodeId, version } = ids
      const result = await tx
        .updateTable('custody_episode')
        .set({ ...episodeColumns(episode), ...derived, version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', episodeId)
        .where('person_id', '=', personId)
        .where('version', '=', version)
        .executeTakeFirst()
      return result.numUpdatedRows === 1n
    },

    async findEpisode(personId: string, episodeId: string) {
      if (!isUuid(episodeId)) return undefined
      return db
        .selectFrom('custody_episode')
        .selectAll()
        .where('id', '=', episodeId)
        .where('person_id', '=', personId)
        .executeTakeFirst()
    },

    async allocate(
      tx: Db,
      personId: string,
      kind: 'pom' | 'com',
      staffId: string | null,
      by: string,
      change: AllocationChange = {},
    ) {
      await tx
        .updateTable('person')
        .set(kind === 'pom' ? { pom_id: staffId } : { com_id: staffId, pdu_id: staffId ? pduOf(staffId) : sql`pdu_id` })
        .set({ version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', personId)
        .execute()
      await tx
        .insertInto('allocation')
        .values({
          person_id: personId,
          kind,
          staff_id: staffId,
          allocated_by: by,
          reason_code: change.reasonCode ?? null,
          reason: change.reasonOther ?? null,
          handover_note: change.handoverNote ?? null,
          handover_meeting_date: change.handoverMeetingDate ?? null,
          handover_meeting_notes: change.handoverMeetingNotes ?? null,
          letter_wanted: change.letterWanted ?? false,
        })
        .execute()
    },

    /** Every allocation of a person, the first first, with who was allocated and who allocated them. */
    async allocationHistory(personId: string) {
      return db
        .selectFrom('allocation as a')
        .leftJoin('app_user as staff', 'staff.id', 'a.staff_id')
        .leftJoin('app_user as by', 'by.id', 'a.allocated_by')
        .selectAll('a')
        .select([
          'staff.display_name as staff_name',
          'by.display_name as allocated_by_name',
          sql<string>`to_char(a.allocated_at at time zone 'Europe/London', 'YYYY-MM-DD')`.as('allocated_on'),
        ])
        .where('a.person_id', '=', personId)
        .orderBy('a.allocated_at')
        .orderBy('a.id')
        .execute()
    },

    async current(personId: string) {
      return db.selectFrom('person').select(['pom_id', 'com_id']).where('id', '=', personId).executeTakeFirstOrThrow()
    },
  }
}

function episodeColumns(e: CustodyEpisodeInput) {
  return {
    prison_id: e.prisonId ?? null,
    sentence_type: e.sentenceType,
    parole: e.parole,
    early_allocation: e.earlyAllocation,
    arrival_date: e.arrivalDate,
    sentence_start_date: e.sentenceStartDate,
    conditional_release_date: e.conditionalReleaseDate ?? null,
    automatic_release_date: e.automaticReleaseDate ?? null,
    parole_eligibility_date: e.paroleEligibilityDate ?? null,
    home_detention_curfew_eligibility_date: e.homeDetentionCurfewEligibilityDate ?? null,
    tariff_expiry_date: e.tariffExpiryDate ?? null,
    licence_expiry_date: e.licenceExpiryDate ?? null,
    sentence_expiry_date: e.sentenceExpiryDate ?? null,
    top_up_supervision_end_date: e.topUpSupervisionEndDate ?? null,
    release_date: e.releaseDate ?? null,
  }
}

/** A name starting with the term (surname, forename, or either order), or the exact CRN or prison number. */
function matches(eb: PersonEb, term: string) {
  const prefix = `${escapeLike(term)}%`
  return eb.or([
    eb(eb.fn('lower', ['p.last_name']), 'like', prefix),
    eb(eb.fn('lower', ['p.first_name']), 'like', prefix),
    eb(sql`lower(p.last_name || ', ' || p.first_name)`, 'like', prefix),
    eb(sql`lower(p.first_name || ' ' || p.last_name)`, 'like', prefix),
    eb('p.crn', '=', term.toUpperCase()),
    eb('p.prison_number', '=', term.toUpperCase()),
  ])
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, c => `\\${c}`)
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
}

export type PeopleRepository = ReturnType<typeof createPeopleRepository>
