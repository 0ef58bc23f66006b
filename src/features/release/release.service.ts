import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { CaseDeadlineSource } from '../../platform/case/case-deadline.ts'
import type { TimelineSource } from '../../platform/case/timeline-event.ts'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import { Conflict, Forbidden, ValidationFailed } from '../../platform/errors/errors.ts'
import type { NeedsService } from '../needs/index.ts'
import type { PeopleService } from '../people/index.ts'
import type { ReleaseAuditAction } from './release.audit.ts'
import { followUpColumns, followUpFormValues, followUpViews, openDeadlines, toRelease } from './release.mappers.ts'
import { mayOpenRelease, mayRecordFollowUps, mayRecordRelease } from './release.policy.ts'
import type { ReleaseRepository } from './release.repository.ts'
import {
  followUpTimingProblems,
  hasTreatmentNeed,
  releaseDateEpisodeProblems,
  treatmentStartProblems,
  type FollowUpKind,
} from './release.rules.ts'
import type { FollowUpInput, ReleaseInput } from './release.schemas.ts'
import { releaseEvents } from './release-timeline.ts'
import { FOLLOW_UP_TITLES } from './release.wording.ts'

interface Dependencies {
  db: Db
  repository: ReleaseRepository
  people: PeopleService
  needs: NeedsService
  audit: AuditLog<ReleaseAuditAction>
  today: () => IsoDate
}

type ReleaseCase = Awaited<ReturnType<PeopleService['caseFor']>>

/**
 * Release and after: the release of a person from their current custody episode (the date on the episode, the
 * first night beside it) and the follow-ups the outcome measures need, due on dates derived from the release.
 * Who may see or change a case is PeopleService's decision; what this user may do with the release,
 * release.policy.ts's.
 */
export function createReleaseService({ db, repository, people, needs, audit, today }: Dependencies) {
  const isReleased = (record: ReleaseCase) => Boolean(record.episode?.releaseDate)
  const canRecordRelease = (ctx: RequestContext, record: ReleaseCase) =>
    record.canEdit && Boolean(record.episode) && mayRecordRelease(ctx.user, isReleased(record))
  const canRecordFollowUps = (ctx: RequestContext, record: ReleaseCase) =>
    record.canEdit && isReleased(record) && mayRecordFollowUps(ctx.user)

  /** Release and its follow-ups are practitioners' work; the person sees their plan on their home page. */
  async function staffCase(ctx: RequestContext, personId: string) {
    const record = await people.caseFor(ctx, personId)
    if (!mayOpenRelease(ctx.user)) {
      await audit.record({ ...actorOf(ctx, record.person.id), action: 'release.access-refused', outcome: 'denied' })
      throw new Forbidden('Ask your probation worker about the follow-ups after your release')
    }
    return record
  }

  async function load(ctx: RequestContext, record: ReleaseCase) {
    const { person, episode } = record
    const release = episode ? await repository.release(episode.id) : undefined
    const rows = episode?.releaseDate ? await repository.followUps(episode.id) : []
    const followUps = episode?.releaseDate
      ? followUpViews(episode.releaseDate, Boolean(release?.treatment_need), rows, today())
      : []
    return {
      person,
      episode: episode && {
        id: episode.id,
        releaseDate: episode.releaseDate,
        sentenceStartDate: episode.sentenceStartDate,
        licenceExpiryDate: episode.licenceExpiryDate,
        earliestReleaseDate: episode.derived?.earliestReleaseDate ?? null,
      },
      release: release ? toRelease(release) : null,
      followUps,
      canRecordRelease: canRecordRelease(ctx, record),
      canRecordFollowUps: canRecordFollowUps(ctx, record),
      today: today(),
    }
  }

  /** The case if this user may record its release; the episode it belongs to is required. */
  async function forRelease(ctx: RequestContext, personId: string) {
    const record = await people.caseFor(ctx, personId, { write: true })
    if (!record.episode) throw new Conflict('Add a custody episode to this person’s record before recording a release')
    if (!canRecordRelease(ctx, record)) throw new Forbidden('You can view this person’s release but not change it')
    return { ...record, episode: record.episode }
  }

  /**
   * The case of a follow-up this user may record (not the prison's), and why it cannot be answered yet when it
   * cannot: before the release, or a treatment follow-up where screening found no need for one.
   */
  async function followUpCase(ctx: RequestContext, personId: string, kind: FollowUpKind) {
    const record = await people.caseFor(ctx, personId, { write: true })
    if (!mayRecordFollowUps(ctx.user)) throw new Forbidden('You can view this person’s follow-ups but not record them')
    const { episode } = record
    const releaseDate = episode?.releaseDate
    if (!episode || !releaseDate) return { record, closed: 'Record the release before its follow-ups' } as const
    const treatmentNeed = Boolean((await repository.release(episode.id))?.treatment_need)
    if (kind === 'treatment-3-weeks' && !treatmentNeed) {
      const closed = 'There is no treatment follow-up: screening found no drugs and alcohol or health need'
      return { record, closed } as const
    }
    return { record, episode, releaseDate, treatmentNeed, closed: null }
  }

  /** The case if this user may record this follow-up now. */
  async function forFollowUp(ctx: RequestContext, personId: string, kind: FollowUpKind) {
    const found = await followUpCase(ctx, personId, kind)
    if (found.closed !== null) throw new Conflict(found.closed)
    return {
      ...found.record,
      episode: found.episode,
      releaseDate: found.releaseDate,
      treatmentNeed: found.treatmentNeed,
    }
  }

  /** One follow-up of a released case as the page shows it, with its answer once recorded. */
  async function followUpView(
    open: { episode: { id: string }; releaseDate: IsoDate; treatmentNeed: boolean },
    kind: FollowUpKind,
  ) {
    const rows = await repository.followUps(open.episode.id)
    return followUpViews(open.releaseDate, open.treatmentNeed, rows, today()).find(v => v.kind === kind)
  }

  async function staleRelease(episodeId: string) {
    const latest = await repository.release(episodeId)
    return new Conflict(
      'Someone else changed this release while you were editing it. Check the details and save again.',
      { version: latest?.version },
    )
  }

  return {
    /** The release page and `GET /release`: the release, and each follow-up as due, overdue or recorded. */
    async overview(ctx: RequestContext, personId: string) {
      const record = await staffCase(ctx, personId)
      const view = await load(ctx, record)
      await audit.record({ ...actorOf(ctx, record.person.id), action: 'release.viewed' })
      return view
    },

    /** The release form, filled in with the release as recorded, or the date typed on the episode. */
    async releaseForm(ctx: RequestContext, personId: string) {
      const record = await forRelease(ctx, personId)
      const release = await repository.release(record.episode.id)
      await audit.record({
        ...actorOf(ctx, record.person.id),
        action: 'release.viewed',
        details: { purpose: 'record-release' },
      })
      return {
        person: record.person,
        recorded: Boolean(release),
        values: {
          releaseDate: record.episode.releaseDate ?? undefined,
          firstNight: release?.first_night,
          address: release?.address ?? undefined,
          version: release?.version,
        },
      }
    },

    /**
     * Records the release of the current custody episode, or corrects it (send the version you read). Whether
     * screening found a treatment need is taken now, from the needs, so that the treatment follow-up is asked.
     */
    async recordRelease(ctx: RequestContext, personId: string, release: ReleaseInput) {
      const { person, episode } = await forRelease(ctx, personId)
      const problems = releaseDateEpisodeProblems(release.releaseDate, episode)
      if (problems.length) throw new ValidationFailed(problems)
      const existing = await repository.release(episode.id)
      if (existing && release.version === undefined) throw await staleRelease(episode.id)
      const { pathwaysWithNeed = [] } = await needs.summary(ctx, person.id)
      const columns = {
        releaseDate: release.releaseDate,
        firstNight: release.firstNight,
        address: release.address ?? null,
        treatmentNeed: hasTreatmentNeed(pathwaysWithNeed),
      }
      const saved = await db.transaction().execute(async tx => {
        const row = existing
          ? await repository.updateRelease(tx, existing.id, release.version!, columns, ctx.user.id)
          : await repository.insertRelease(tx, person.id, episode.id, columns, ctx.user.id)
        if (row) {
          const action = existing ? 'release.changed' : 'release.recorded'
          const details = { releaseId: row.id, episodeId: episode.id, version: row.version }
          await audit.record({ ...actorOf(ctx, person.id), action, details }, tx)
        }
        return row
      })
      if (!saved) throw await staleRelease(episode.id)
      return saved
    },

    /** A follow-up's form: what it asks, when it is due, and the answer as recorded. */
    async followUpForm(ctx: RequestContext, personId: string, kind: FollowUpKind) {
      const found = await followUpCase(ctx, personId, kind)
      const { record, closed } = found
      const view = found.closed === null ? await followUpView(found, kind) : undefined
      await audit.record({
        ...actorOf(ctx, record.person.id),
        action: 'release.viewed',
        details: { purpose: 'record-follow-up', kind },
      })
      return {
        person: record.person,
        kind,
        title: FOLLOW_UP_TITLES[kind],
        /** Why it cannot be answered yet, when it cannot: the page says so instead of asking. */
        closed,
        followUp: view,
        values: followUpFormValues(view),
      }
    },

    /** Records a follow-up's answer once it opens, or changes it (send the version you read). */
    async recordFollowUp(ctx: RequestContext, personId: string, kind: FollowUpKind, answer: FollowUpInput) {
      const record = await forFollowUp(ctx, personId, kind)
      const { person, episode, releaseDate } = record
      const problems = [
        ...followUpTimingProblems(kind, releaseDate, today()),
        ...('treatmentStarted' in answer ? treatmentStartProblems(answer.treatmentStartDate, releaseDate) : []),
      ]
      if (problems.length) throw new ValidationFailed(problems)
      const existing = (await repository.followUps(episode.id)).find(f => f.kind === kind)
      const stale = () =>
        new Conflict(
          'Someone else recorded this follow-up while you were editing it. Check the answer and save again.',
          {
            version: existing?.version,
          },
        )
      if (existing && answer.version === undefined) throw stale()
      const columns = followUpColumns(answer, today())
      const saved = await db.transaction().execute(async tx => {
        const row = existing
          ? await repository.updateFollowUp(tx, existing.id, answer.version!, columns, ctx.user.id)
          : await repository.insertFollowUp(
              tx,
              { personId: person.id, episodeId: episode.id, kind },
              columns,
              ctx.user.id,
            )
        if (row) {
          const action = existing ? 'release.follow-up-changed' : 'release.follow-up-recorded'
          const details = { followUpId: row.id, kind, episodeId: episode.id, version: row.version }
          await audit.record({ ...actorOf(ctx, person.id), action, details }, tx)
        }
        return row
      })
      if (!saved) throw stale()
      return saved
    },

    /**
     * What is still to do after release, for many people in one query: the caseload shows each person's next
     * deadline from it. The caller has already chosen people this user may see, and audits the page it shows.
     */
    deadlines: (async personIds =>
      openDeadlines(await repository.releasedFacts([...new Set(personIds)]))) satisfies CaseDeadlineSource,

    /** Each release and follow-up on the person's timeline; the timeline has already checked access. */
    timelineEvents: (async personId =>
      releaseEvents(personId, await repository.history(personId))) satisfies TimelineSource,
  }
}

export type ReleaseService = ReturnType<typeof createReleaseService>
