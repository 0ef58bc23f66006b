import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'

/** Whose releases: a team (its COMs' people), a PDU (the people it supervises), a region, or everyone. */
export type Scope =
  { level: 'team'; id: string } | { level: 'pdu'; id: string } | { level: 'region'; id: string } | { level: 'nation' }

function scopeFilter(scope: Scope) {
  switch (scope.level) {
    case 'team':
      return sql`exists (select 1 from app_user com where com.id = p.com_id and com.team_id = ${scope.id})`
    case 'pdu':
      return sql`p.pdu_id = ${scope.id}`
    case 'region':
      return sql`exists (select 1 from pdu where pdu.id = p.pdu_id and pdu.region_id = ${scope.id})`
    case 'nation':
      return sql`true`
  }
}

/** The day of an allocation in England and Wales, whatever the server's time zone. */
const allocatedOn = sql`(a.allocated_at at time zone 'Europe/London')::date`

export interface ReleaseRow {
  release_date: string
  first_night: string
  treatment_need: boolean
  accommodation_3_months: string | null
  employment_6_weeks: string | null
  employment_6_months: string | null
  treatment_start_date: string | null
  id_held: boolean
  bank_account: boolean
  com_at_window_start: string | null
  other_com_in_window: boolean
  recall_breach_date: string | null
  licence_expiry_date: string | null
  date_of_birth: string
  sex: string | null
  ethnicity: string | null
  religion: string | null
  disability: string | null
  neurodivergent: string | null
  care_experienced: string | null
  veteran: string | null
}

export function createOutcomesRepository(db: Db) {
  return {
    /**
     * Every release in the period and scope, one row each with what the measures read: the first night, the
     * follow-ups' answers, the readiness of ID and bank account, the COM either side of release and the first
     * recall decision after it, and the person's characteristics. One statement; each lookup per release is on an
     * index (follow-ups and readiness by episode, allocations and recall reviews by person).
     */
    async releases(scope: Scope, from: IsoDate, to: IsoDate, windowDays: number) {
      const result = await sql<ReleaseRow>`
        select e.release_date, e.licence_expiry_date, r.first_night, r.treatment_need,
          f.accommodation_3_months, f.employment_6_weeks, f.employment_6_months, f.treatment_start_date,
          coalesce(i.id_held, false) as id_held, coalesce(i.bank_account, false) as bank_account,
          c.staff_id as com_at_window_start,
          exists (select 1 from allocation a where a.person_id = r.person_id and a.kind = 'com'
            and ${allocatedOn} > e.release_date - ${windowDays}::int and ${allocatedOn} <= e.release_date + ${windowDays}::int
            and a.staff_id is distinct from c.staff_id) as other_com_in_window,
          (select min(rr.breach_date) from recall_review rr where rr.person_id = r.person_id
            and rr.decision in ('fixed-term', 'standard') and rr.breach_date >= e.release_date
            and not exists (select 1 from recall_review later where later.corrects_id = rr.id)) as recall_breach_date,
          p.date_of_birth, d.sex, d.ethnicity, d.religion, d.disability, d.neurodivergent, d.care_experienced, d.veteran
        from person_release r
        join custody_episode e on e.id = r.custody_episode_id
        join person p on p.id = r.person_id
        left join person_diversity d on d.person_id = p.id
        left join lateral (
          select max(fu.accommodation) filter (where fu.kind = 'accommodation-3-months') as accommodation_3_months,
            max(fu.employment) filter (where fu.kind = 'employment-6-weeks') as employment_6_weeks,
            max(fu.employment) filter (where fu.kind = 'employment-6-months') as employment_6_months,
            max(fu.treatment_start_date) filter (where fu.kind = 'treatment-3-weeks' and fu.treatment_started)
              as treatment_start_date
          from release_follow_up fu where fu.custody_episode_id = r.custody_episode_id) f on true
        left join lateral (
          select bool_or(ri.item = 'identity' and ri.status = 'met') as id_held,
            bool_or(ri.item = 'bank-account' and ri.status = 'met') as bank_account
          from readiness_item ri where ri.custody_episode_id = r.custody_episode_id
            and ri.item in ('identity', 'bank-account')) i on true
        left join lateral (
          select a.staff_id from allocation a where a.person_id = r.person_id and a.kind = 'com'
            and ${allocatedOn} <= e.release_date - ${windowDays}::int
          order by a.allocated_at desc, a.id desc limit 1) c on true
        where e.release_date >= ${from} and e.release_date <= ${to} and ${scopeFilter(scope)}`.execute(db)
      return result.rows
    },

    /** Moves on with every statement that writes a table the dashboard reads (migrations/017). */
    async revision(): Promise<string> {
      const { rows } = await sql<{ value: string }>`select (last_value::text || ':' || is_called::text) as value
        from outcomes_revision`.execute(db)
      return rows[0]!.value
    },

    /** The names of the units a scope can be: for the page's heading and the choice of region. */
    async unitName(scope: Scope) {
      if (scope.level === 'nation') return 'England and Wales'
      const table = scope.level === 'team' ? 'team' : scope.level === 'pdu' ? 'pdu' : 'region'
      const row = await db.selectFrom(table).select('name').where('id', '=', scope.id).executeTakeFirst()
      return row?.name ?? null
    },

    async regions() {
      return db.selectFrom('region').select(['id', 'name']).orderBy('name').execute()
    },

    /** The PDU of a manager's team. */
    async pduOfTeam(teamId: string) {
      const row = await db.selectFrom('team').select('pdu_id').where('id', '=', teamId).executeTakeFirst()
      return row?.pdu_id ?? null
    },
  }
}

export type OutcomesRepository = ReturnType<typeof createOutcomesRepository>
