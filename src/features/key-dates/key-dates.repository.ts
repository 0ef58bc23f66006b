import type { Db } from '../../platform/db/database.ts'
import type { KeyDatesRequest } from './key-dates.schemas.ts'

const BATCH = 2000

export function createKeyDatesRepository(db: Db) {
  return {
    /** Episodes whose stored deadlines were derived under another policy, or never. */
    async staleEpisodes(policyId: string): Promise<(KeyDatesRequest & { id: string })[]> {
      const rows = await db
        .selectFrom('custody_episode')
        .select([
          'id',
          'sentence_type as sentenceType',
          'parole',
          'early_allocation as earlyAllocation',
          'arrival_date as arrivalDate',
          'sentence_start_date as sentenceStartDate',
          'conditional_release_date as conditionalReleaseDate',
          'automatic_release_date as automaticReleaseDate',
          'parole_eligibility_date as paroleEligibilityDate',
          'tariff_expiry_date as tariffExpiryDate',
          'licence_expiry_date as licenceExpiryDate',
          'sentence_expiry_date as sentenceExpiryDate',
        ])
        .where(eb => eb.or([eb('key_dates_policy', 'is', null), eb('key_dates_policy', '!=', policyId)]))
        .limit(BATCH)
        .execute()
      return rows
    },

    async saveDerived(tx: Db, id: string, derived: Record<string, string | boolean | null>) {
      await tx.updateTable('custody_episode').set(derived).where('id', '=', id).execute()
    },
  }
}

export type KeyDatesRepository = ReturnType<typeof createKeyDatesRepository>
