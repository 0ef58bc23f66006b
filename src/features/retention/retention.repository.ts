import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { EpisodeFacts } from './retention.rules.ts'

export const RETENTION_PAGE_SIZE = 50

export interface CaseFactsRow {
  id: string
  crn: string
  first_name: string
  last_name: string
  date_of_birth: string
  last_changed: string
  highest_mappa: 'none' | '1' | '2' | '3'
  has_account: boolean
  episodes: EpisodeFacts[]
}

export function createRetentionRepository(db: Db) {
  return {
    /**
     * Every person with what the retention rules need, in one statement: their episodes' end dates, the highest MAPPA
     * level ever recorded, the last day their record or an episode changed, and whether they have an active account.
     */
    async caseFacts(): Promise<CaseFactsRow[]> {
      const result = await sql<CaseFactsRow>`
        select p.id, p.crn, p.first_name, p.last_name, p.date_of_birth,
          to_char(greatest(p.updated_at, max(e.updated_at)) at time zone 'Europe/London', 'YYYY-MM-DD') as last_changed,
          coalesce((select case max(case t.mappa when 'none' then 0 else t.mappa::int end) when 0 then 'none'
                      else max(case t.mappa when 'none' then 0 else t.mappa::int end)::text end
                    from person_tier t where t.person_id = p.id), 'none') as highest_mappa,
          exists (select 1 from app_user u where u.person_id = p.id and u.active) as has_account,
          coalesce(json_agg(json_build_object(
            'sentenceType', e.sentence_type,
            'licenceExpiryDate', e.licence_expiry_date,
            'sentenceExpiryDate', e.sentence_expiry_date,
            'topUpSupervisionEndDate', e.top_up_supervision_end_date
          ) order by e.sentence_start_date) filter (where e.id is not null), '[]') as episodes
        from person p
        left join custody_episode e on e.person_id = p.id
        group by p.id`.execute(db)
      return result.rows.map(row => ({
        ...row,
        episodes: typeof row.episodes === 'string' ? (JSON.parse(row.episodes) as EpisodeFacts[]) : row.episodes,
      }))
    },

    /** Limited-access entries that have ended, with whom they are about. */
    async endedLimitedAccess() {
      return db
        .selectFrom('limited_access as la')
        .innerJoin('person as p', 'p.id', 'la.person_id')
        .select(['la.id', 'la.kind', 'la.end_date', 'p.id as person_id', 'p.crn', 'p.first_name', 'p.last_name'])
        .where('la.end_date', 'is not', null)
        .execute()
    },
  }
}

export type RetentionRepository = ReturnType<typeof createRetentionRepository>
