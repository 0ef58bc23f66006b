import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { CaseDeadlineSource } from '../../platform/case/case-deadline.ts'
import { countersignedInTeam, type OversightItemSource } from '../../platform/case/oversight-item.ts'
import type { TimelineSource } from '../../platform/case/timeline-event.ts'
import type { Db } from '../../platform/db/database.ts'
import { Conflict, Forbidden, NotFound, ValidationFailed } from '../../platform/errors/errors.ts'
import { translator } from '../../platform/i18n/i18n.ts'
import { languageForPerson } from '../../platform/i18n/person-language.ts'
import { renderPdf } from '../../platform/pdf/pdf-document.ts'
import type { PeopleService } from '../people/index.ts'
import { noRecallLetter, type NextAppointment } from './recall-letter.ts'
import { sentenceFacts, toReview } from './recall.mappers.ts'
import type { RecallRepository } from './recall.repository.ts'
import { countersignProblem, decisionProblem, fixedTermSuitability } from './recall.rules.ts'
import type { RecallAuditAction } from './recall.audit.ts'
import { mayCountersign, mayOpenBreachRecords } from './recall.policy.ts'
import type { BreachRecordInput, CountersignInput } from './recall.schemas.ts'
import { DECISION_NAMES } from './recall.wording.ts'

interface Dependencies {
  db: Db
  repository: RecallRepository
  people: PeopleService
  audit: AuditLog<RecallAuditAction>
  today: () => string
  /** The person's next supervision appointment, for the letter; the caller has checked access. */
  nextAppointment: (personId: string) => Promise<NextAppointment | null>
}

type Case = Awaited<ReturnType<PeopleService['caseFor']>>

/**
 * Breach and recall: the practitioner's breach record and recommendation, a manager's countersigned decision,
 * the letter when there is no recall. A countersigned review never changes; a correction is a new review.
 */
export function createRecallService({ db, repository, people, audit, today, nextAppointment }: Dependencies) {
  /** Staff who may see the case; a person's breach records are for staff, and the person gets the letter. */
  async function staffCase(ctx: RequestContext, personId: string, write = false) {
    if (!mayOpenBreachRecords(ctx.user)) throw new NotFound()
    return people.caseFor(ctx, personId, { write })
  }

  async function findReview(record: Case, reviewId: string) {
    const row = await repository.review(record.person.id, reviewId)
    if (!row) throw new NotFound()
    return toReview(row, sentenceFacts(record.episode, row.extended_sentence))
  }

  return {
    /** The person's breach and recall reviews, the latest first, and what this user may do. */
    async overview(ctx: RequestContext, personId: string) {
      const record = await staffCase(ctx, personId)
      const rows = await repository.reviews(record.person.id)
      await audit.record({ ...actorOf(ctx, record.person.id), action: 'recall.viewed' })
      return {
        person: record.person,
        reviews: rows.map(row => toReview(row, sentenceFacts(record.episode, row.extended_sentence))),
        fixedTerm: fixedTermSuitability(sentenceFacts(record.episode, false)),
        canRecommend: record.canEdit,
        canCountersign: mayCountersign(ctx.user),
      }
    },

    async review(ctx: RequestContext, personId: string, reviewId: string) {
      const record = await staffCase(ctx, personId)
      const review = await findReview(record, reviewId)
      await audit.record({ ...actorOf(ctx, record.person.id), action: 'recall.viewed', details: { reviewId } })
      return {
        person: record.person,
        review,
        canCountersign:
          mayCountersign(ctx.user, review.recommendedBy.id) && review.status === 'awaiting-countersignature',
        ownRecommendation: review.recommendedBy.id === ctx.user.id,
        canCorrect: record.canEdit && review.status === 'decided',
      }
    },

    /** What the breach form needs, and when correcting, the review being corrected to start from. */
    async recordForm(ctx: RequestContext, personId: string, correctsId?: string) {
      const record = await staffCase(ctx, personId, true)
      const corrects = correctsId ? await findReview(record, correctsId) : null
      if (corrects && corrects.status !== 'decided') throw new Conflict('Only a countersigned decision is corrected')
      await audit.record({
        ...actorOf(ctx, record.person.id),
        action: 'recall.viewed',
        details: { purpose: corrects ? 'correct' : 'record', reviewId: corrects?.id },
      })
      return { person: record.person, corrects, fixedTerm: fixedTermSuitability(sentenceFacts(record.episode, false)) }
    },

    /** Records a breach and the practitioner's recommendation, or a correction of a countersigned review. */
    async recommend(ctx: RequestContext, personId: string, breach: BreachRecordInput) {
      const record = await staffCase(ctx, personId, true)
      if (breach.correctsId) {
        const corrected = await repository.review(record.person.id, breach.correctsId)
        if (!corrected?.countersigned_by) {
          throw ValidationFailed.of('correctsId', 'Only a countersigned decision of this person can be corrected')
        }
      }
      return db.transaction().execute(async tx => {
        const { id } = await repository.insert(tx, record.person.id, breach, ctx.user.id, today())
        await audit.record(
          {
            ...actorOf(ctx, record.person.id),
            action: breach.correctsId ? 'recall.correction-recorded' : 'recall.recommended',
            details: { reviewId: id, recommendation: breach.recommendation, correctsId: breach.correctsId },
          },
          tx,
        )
        return { id }
      })
    },

    /**
     * A senior probation officer's decision on a recommendation: only a manager, only for a case of their team
     * (which PeopleService decides), never on their own recommendation, and only once.
     */
    async countersign(ctx: RequestContext, personId: string, reviewId: string, signed: CountersignInput) {
      if (!mayCountersign(ctx.user)) {
        await staffCase(ctx, personId)
        throw new Forbidden('Only a senior probation officer can countersign a recall decision')
      }
      const record = await staffCase(ctx, personId)
      const review = await findReview(record, reviewId)
      if (review.status === 'decided') {
        throw new Conflict('This decision has been countersigned and cannot be changed. Record a correction instead.')
      }
      const problem =
        countersignProblem(review.recommendedBy.id, ctx.user.id) ?? decisionProblem(signed.decision, review.fixedTerm)
      if (problem) throw ValidationFailed.of('decision', problem)
      await db.transaction().execute(async tx => {
        const done = await repository.countersign(tx, review.id, { ...signed, by: ctx.user.id, on: today() })
        if (!done) throw new Conflict('Someone else countersigned this decision while you were reading it.')
        await audit.record(
          {
            ...actorOf(ctx, record.person.id),
            action: 'recall.countersigned',
            details: { reviewId: review.id, decision: signed.decision },
          },
          tx,
        )
      })
      return { id: review.id, decision: signed.decision }
    },

    /** The letter to the person after a countersigned decision not to recall. */
    async letter(ctx: RequestContext, personId: string, reviewId: string) {
      const record = await staffCase(ctx, personId)
      const review = await findReview(record, reviewId)
      if (review.decision !== 'no-recall') throw new NotFound()
      const next = await nextAppointment(record.person.id)
      const name = `${record.person.preferredName ?? record.person.firstName} ${record.person.lastName}`
      const lang = await languageForPerson(db, ctx, record.person.id)
      const letter = noRecallLetter(
        name,
        review,
        next,
        record.person.com?.name ?? null,
        today(),
        translator(lang),
        lang,
      )
      const pdf = await renderPdf(letter)
      await audit.record({
        ...actorOf(ctx, record.person.id),
        action: 'recall.letter-generated',
        details: { reviewId: review.id },
      })
      return { fileName: 'decision-not-to-recall.pdf', pdf }
    },

    /** Countersigned decisions, for the person's timeline; the caller has checked access. */
    timelineEvents: (async personId => {
      const rows = await repository.reviews(personId)
      return rows
        .filter(row => row.decision)
        .map(row => ({
          at: row.countersigned_on!,
          title: `Recall decision: ${DECISION_NAMES[row.decision!]}`,
          description: row.corrects_id ? 'A correction of an earlier decision' : undefined,
          by: row.countersigned_by_name ?? undefined,
          kind: 'recall',
          href: `/people/${personId}/recall/${row.id}`,
        }))
    }) satisfies TimelineSource,

    /** Recall reviews awaiting a manager's countersignature, due the day they were recommended. */
    deadlines: (async personIds => {
      const rows = await repository.awaiting(personIds)
      return rows.map(row => ({
        personId: row.person_id,
        label: 'Recall review to countersign',
        dueDate: row.recommended_on,
      }))
    }) satisfies CaseDeadlineSource,

    /** For the manager's queue: decisions awaiting countersignature, cleared by countersigning on the review. */
    oversightItems: {
      kinds: { 'recall-countersignature': 'Recall decisions to countersign' },
      items: async ({ teamId }) =>
        (await repository.awaitingInTeam(teamId)).map(row => ({
          kind: 'recall-countersignature',
          subjectId: row.id,
          personId: row.person_id,
          label: 'Recall decision to countersign',
          since: row.recommended_on,
          href: `/people/${row.person_id}/recall/${row.id}`,
          clears: 'done-there' as const,
        })),
      overseen: ({ teamId }, since) => countersignedInTeam(db, 'recall_review', teamId, since),
    } satisfies OversightItemSource,
  }
}

export type RecallService = ReturnType<typeof createRecallService>
