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
     * The people who may be due for a review, with what the retention rules need: their episodes' end dates, the
     * highest MAPPA level ever recorded, the last day their record or an episode changed, and whether they have an
     * active account. Only a first cut, never stricter than the rules, which decide: a person is left out only if
     * they were born after `bornAfter` (not yet 100), their last supervision end (if any) is after `changedAfter`
     * (7 years ago), they have no active account whose supervision has ended, and, with no end date, their record
     * changed after `changedAfter`. So that the list does not read every person's episodes when few are due.
     */
    async candidates(cut: { today: string; bornAfter: string; changedAfter: string }): Promise<CaseFactsRow[]> {
      const result = await sql<CaseFactsRow>`
        with ends as (
          select person_id,
            max(greatest(licence_expiry_date, sentence_expiry_date, top_up_supervision_end_date)) as last_end,
            max(updated_at) as changed_at
          from custody_episode group by person_id
        )
        select p.id, p.crn, p.first_name, p.last_name, p.date_of_birth,
          to_char(greatest(p.updated_at, ends.changed_at) at time zone 'Europe/London', 'YYYY-MM-DD') as last_changed,
          coalesce((select case max(case t.mappa when 'none' then 0 else t.mappa::int end) when 0 then 'none'
                      else max(case t.mappa when 'none' then 0 else t.mappa::int end)::text end
                    from person_tier t where t.person_id = p.id), 'none') as highest_mappa,
          exists (select 1 from app_user u where u.person_id = p.id and u.active) as has_account,
          coalesce((select json_agg(json_build_object(
              'sentenceType', e.sentence_type,
              'licenceExpiryDate', e.licence_expiry_date,
              'sentenceExpiryDate', e.sentence_expiry_date,
              'topUpSupervisionEndDate', e.top_up_supervision_end_date
            ) order by e.sentence_start_date)
            from custody_episode e where e.person_id = p.id), '[]') as episodes
        from person p
        left join ends on ends.person_id = p.id
        where p.date_of_birth <= ${cut.bornAfter}::date
          or ends.last_end <= ${cut.changedAfter}::date
          or (ends.last_end < ${cut.today}::date and exists (select 1 from app_user u where u.person_id = p.id and u.active))
          or (ends.last_end is null
              and (greatest(p.updated_at, ends.changed_at) at time zone 'Europe/London')::date <= ${cut.changedAfter}::date)`.execute(
        db,
      )
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
