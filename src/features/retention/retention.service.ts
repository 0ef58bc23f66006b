import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import { addYears, type IsoDate } from '../../platform/dates/calendar-date.ts'
import { NotFound } from '../../platform/errors/errors.ts'
import type { RetentionAuditAction } from './retention.audit.ts'
import { RETENTION_PAGE_SIZE, type RetentionRepository } from './retention.repository.ts'
import {
  BASIS_WORDS,
  CASE_RECORD_YEARS,
  LONG_RETENTION_AGE,
  caseRecordReview,
  isDue,
  limitedAccessReview,
  personAccountReview,
  RECORD_TYPE_WORDS,
  type ReviewBasis,
  type ReviewDate,
  type RecordType,
} from './retention.rules.ts'

interface Dependencies {
  repository: RetentionRepository
  audit: AuditLog<RetentionAuditAction>
  today: () => IsoDate
}

/** One record due for review: what it is, whose, from when and why. */
export interface DueRecord {
  type: RecordType
  recordType: string
  reviewOn: IsoDate
  basis: ReviewBasis
  why: string
  personId: string
  crn: string
  name: string
  /** The limited-access entry's id; the other kinds are the person's. */
  recordId: string
}

/**
 * The retention review: every record whose retention period has run, for a person to decide on. Nothing is deleted
 * here or anywhere else because a date has passed. Listing is audited, on the page and by the scheduled command.
 */
export function createRetentionService({ repository, audit, today }: Dependencies) {
  async function due(on: IsoDate): Promise<DueRecord[]> {
    const records: DueRecord[] = []
    const add = (
      review: ReviewDate | null,
      who: { id: string; crn: string; first_name: string; last_name: string },
      recordId: string,
    ) => {
      if (!isDue(review, on)) return
      records.push({
        type: review.type,
        recordType: RECORD_TYPE_WORDS[review.type],
        reviewOn: review.reviewOn,
        basis: review.basis,
        why: BASIS_WORDS[review.basis],
        personId: who.id,
        crn: who.crn,
        name: `${who.last_name}, ${who.first_name}`,
        recordId,
      })
    }
    const cut = {
      today: on,
      bornAfter: addYears(on, -LONG_RETENTION_AGE),
      changedAfter: addYears(on, -CASE_RECORD_YEARS),
    }
    for (const row of await repository.candidates(cut)) {
      add(
        caseRecordReview({
          dateOfBirth: row.date_of_birth,
          episodes: row.episodes,
          highestMappa: row.highest_mappa,
          lastChanged: row.last_changed,
        }),
        row,
        row.id,
      )
      if (row.has_account) add(personAccountReview(row.episodes), row, row.id)
    }
    for (const entry of await repository.endedLimitedAccess()) {
      add(limitedAccessReview(entry.end_date), { ...entry, id: entry.person_id }, entry.id)
    }
    // Longest overdue first; then by CRN, so that pages do not shift between two looks.
    return records.sort(
      (a, b) => a.reviewOn.localeCompare(b.reviewOn) || a.crn.localeCompare(b.crn) || a.type.localeCompare(b.type),
    )
  }

  return {
    async list(ctx: RequestContext, page: number) {
      if (ctx.user.role !== 'admin') throw new NotFound()
      const all = await due(today())
      const pageCount = Math.max(1, Math.ceil(all.length / RETENTION_PAGE_SIZE))
      const shown = Math.min(page, pageCount)
      const records = all.slice((shown - 1) * RETENTION_PAGE_SIZE, shown * RETENTION_PAGE_SIZE)
      await audit.record({
        ...actorOf(ctx),
        action: 'retention.review-listed',
        details: { page: shown, total: all.length, personIds: [...new Set(records.map(r => r.personId))] },
      })
      return { records, total: all.length, page: shown, pageCount, today: today() }
    },

    /** For the scheduled command: every record due on `on` (today unless said). */
    async dueForReview(on: IsoDate = today()) {
      const records = await due(on)
      await audit.record({
        actorUsername: 'retention-review command',
        action: 'retention.review-listed',
        details: { on, total: records.length },
      })
      return { on, total: records.length, records }
    },
  }
}

export type RetentionService = ReturnType<typeof createRetentionService>
