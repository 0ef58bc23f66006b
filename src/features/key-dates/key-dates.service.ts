import type { Db } from '../../platform/db/database.ts'
import type { KeyDatesRepository } from './key-dates.repository.ts'
import { explainKeyDates, KEY_DATE_POLICY, type KeyDatesExplained } from './key-dates.rules.ts'
import { keyDatesSchema, type KeyDatesRequest } from './key-dates.schemas.ts'

/** Names the policy a stored row was derived under, so that a change of policy re-derives every row. */
export const KEY_DATES_POLICY_ID = `${KEY_DATE_POLICY.name} (${KEY_DATE_POLICY.recordedOn})`

/**
 * The deadlines that follow from a custody episode's recorded dates, or null when the record lacks what
 * the rules need (for example an old indeterminate record with no tariff): pages then show "Not known".
 */
export function keyDatesForEpisode(episode: KeyDatesRequest): KeyDatesExplained | null {
  const parsed = keyDatesSchema.safeParse(episode)
  return parsed.success ? explainKeyDates(parsed.data) : null
}

/** The same, from a custody episode row as the database gives it. */
export function keyDatesForEpisodeRow(row: {
  sentence_type: KeyDatesRequest['sentenceType']
  parole: boolean
  early_allocation: boolean
  arrival_date: string
  sentence_start_date: string
  conditional_release_date: string | null
  automatic_release_date: string | null
  parole_eligibility_date: string | null
  tariff_expiry_date: string | null
  licence_expiry_date: string | null
  sentence_expiry_date: string | null
}): KeyDatesExplained | null {
  return keyDatesForEpisode({
    sentenceType: row.sentence_type,
    parole: row.parole,
    earlyAllocation: row.early_allocation,
    arrivalDate: row.arrival_date,
    sentenceStartDate: row.sentence_start_date,
    conditionalReleaseDate: row.conditional_release_date,
    automaticReleaseDate: row.automatic_release_date,
    paroleEligibilityDate: row.parole_eligibility_date,
    tariffExpiryDate: row.tariff_expiry_date,
    licenceExpiryDate: row.licence_expiry_date,
    sentenceExpiryDate: row.sentence_expiry_date,
  })
}

/** The derived columns stored beside a custody episode (nulls where the rules cannot say). */
export function storedKeyDates(episode: KeyDatesRequest) {
  const derived = keyDatesForEpisode(episode)?.keyDates
  return {
    earliest_release_date: derived?.earliestReleaseDate ?? null,
    handover_date: derived?.handoverDate ?? null,
    com_responsible_from_start: derived?.comResponsibleFromStart ?? null,
    com_allocation_overdue_from: derived?.comAllocationOverdueFrom ?? null,
    screening_due_date: derived?.screeningDueDate ?? null,
    pre_release_review_due_date: derived?.preReleaseReviewDueDate ?? null,
    key_dates_policy: KEY_DATES_POLICY_ID,
  }
}

export type StoredKeyDates = ReturnType<typeof storedKeyDates>

/**
 * Re-derives the stored deadlines of every custody episode derived under another policy (or never),
 * a batch at a time. Runs at start, so that a change to the rules moves every deadline with it.
 */
export async function refreshStoredKeyDates(db: Db, repository: KeyDatesRepository): Promise<number> {
  let refreshed = 0
  for (;;) {
    const stale = await repository.staleEpisodes(KEY_DATES_POLICY_ID)
    if (!stale.length) return refreshed
    await db.transaction().execute(async tx => {
      for (const { id, ...episode } of stale) await repository.saveDerived(tx, id, storedKeyDates(episode))
    })
    refreshed += stale.length
  }
}
