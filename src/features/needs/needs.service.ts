import { actorOf } from '../../platform/audit/actor.ts'
import type { CaseDeadlineSource } from '../../platform/case/case-deadline.ts'
import { casePromptsFor, type CasePromptSource } from '../../platform/case/case-prompt.ts'
import type { TimelineSource } from '../../platform/case/timeline-event.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import { Conflict, NotFound, ValidationFailed, type FieldError } from '../../platform/errors/errors.ts'
import type { PeopleService } from '../people/index.ts'
import type { ScreeningKind } from './needs.catalogue.ts'
import { toAction, toScreenings, type Screening } from './needs.mappers.ts'
import type { ActionRow, NeedsRepository } from './needs.repository.ts'
import { pathwaysWithNeed } from './needs.rules.ts'
import { needsReportSections } from './needs-report.ts'
import { needsDeadlines, summariseNeeds } from './needs-summary.ts'
import type { NeedsAuditAction } from './needs.audit.ts'
import {
  DUE_DATE_IN_PAST,
  type AddActionInput,
  type CompleteActionInput,
  type ScreeningInput,
  type UpdateActionInput,
} from './needs.schemas.ts'
import { caseDeadlines } from './needs-deadlines.ts'
import { needsEvents } from './needs-timeline.ts'

interface Dependencies {
  db: Db
  repository: NeedsRepository
  people: PeopleService
  audit: AuditLog<NeedsAuditAction>
  today: () => IsoDate
  /** What to ask about for this person while screening (the diversity feature's prompts, among any others). */
  promptSources?: readonly CasePromptSource[]
}

/** A case as `people.caseFor` gives it: the person and their current custody episode with its key dates. */
type NeedsCase = Awaited<ReturnType<PeopleService['caseFor']>>

/**
 * Needs screening on arrival and before release, and the work in custody against each need. Whoever may see the
 * person sees their needs; whoever may change the person's record screens and plans. Deadlines come from the key
 * dates. Every read and write is audited, each write in one transaction with its audit entry.
 */
export function createNeedsService({ db, repository, people, audit, today, promptSources = [] }: Dependencies) {
  async function screeningsOf(episodeId: string): Promise<Screening[]> {
    const rows = await repository.screenings(episodeId)
    return toScreenings(rows, await repository.answers(rows.map(r => r.id)))
  }

  /** A person's screenings, needs and actions, audited as a read of needs. */
  async function summary(ctx: RequestContext, personId: string) {
    const { person, episode, canEdit } = await people.caseFor(ctx, personId)
    const screenings = episode ? await screeningsOf(episode.id) : []
    const actions = episode ? await repository.actions(episode.id) : []
    await audit.record({
      ...actorOf(ctx, person.id),
      action: 'needs.viewed',
      details: { screeningIds: screenings.map(s => s.id), actionIds: actions.map(a => a.id) },
    })
    return {
      person,
      episode,
      canEdit,
      today: today(),
      ...(episode
        ? summariseNeeds(
            episode.derived,
            screenings,
            actions.map(row => toAction(row, today())),
            today(),
          )
        : {}),
    }
  }

  async function actionOf(personId: string, id: string): Promise<ActionRow> {
    const row = await repository.findAction(personId, id)
    if (!row) throw new NotFound()
    return row
  }

  return {
    /** Its moments on the person's timeline; the timeline has already checked access. */
    timelineEvents: (async personId =>
      needsEvents(personId, await repository.journal(personId))) satisfies TimelineSource,

    /** Open screenings and actions of many people in one query, for the caseload. */
    deadlines: (async personIds =>
      personIds.length ? caseDeadlines(await repository.openDeadlines(personIds)) : []) satisfies CaseDeadlineSource,

    /** The needs page and `GET /needs`: for anyone who may see the person. */
    summary,

    /** The needs page: the summary, and the things to ask about for this person while screening. */
    async summaryPage(ctx: RequestContext, personId: string) {
      const found = await summary(ctx, personId)
      return { ...found, casePrompts: await casePromptsFor(promptSources, ctx, found.person.id, 'screening') }
    },

    /**
     * The handover report's needs sections, for a case the report has already read through `people.caseFor` (a
     * `ReportSectionProvider` of handover-report.ts). Audited as a read of needs.
     */
    async reportSections(ctx: RequestContext, record: NeedsCase) {
      if (!record.episode) return []
      const screenings = await screeningsOf(record.episode.id)
      const actions = await repository.actions(record.episode.id)
      await audit.record({
        ...actorOf(ctx, record.person.id),
        action: 'needs.viewed',
        details: {
          view: 'handover-report',
          screeningIds: screenings.map(s => s.id),
          actionIds: actions.map(a => a.id),
        },
      })
      const now = today()
      return needsReportSections(
        summariseNeeds(
          record.episode.derived,
          screenings,
          actions.map(row => toAction(row, now)),
          now,
        ),
      )
    },

    /** One screening of the current custody episode, or 404 when it has not been recorded. */
    async screening(ctx: RequestContext, personId: string, kind: ScreeningKind) {
      const { person, episode } = await people.caseFor(ctx, personId)
      const screening = episode ? (await screeningsOf(episode.id)).find(s => s.kind === kind) : undefined
      if (!screening) throw new NotFound()
      await audit.record({
        ...actorOf(ctx, person.id),
        action: 'needs.viewed',
        details: { screeningIds: [screening.id] },
      })
      return screening
    },

    /**
     * For the screening form: the screening of this kind if recorded, else (before release) the screening on arrival
     * to start from, so that nothing already known is asked again.
     */
    async screeningForm(ctx: RequestContext, personId: string, kind: ScreeningKind) {
      const { person, episode } = await people.caseFor(ctx, personId, { write: true })
      const current = requireEpisode(episode)
      const screenings = await screeningsOf(current.id)
      const recorded = screenings.find(s => s.kind === kind) ?? null
      const startFrom = recorded ?? screenings.find(s => s.kind === 'arrival') ?? null
      await audit.record({
        ...actorOf(ctx, person.id),
        action: 'needs.viewed',
        details: { purpose: 'screening-form', kind, screeningIds: screenings.map(s => s.id) },
      })
      return {
        person,
        episode: current,
        kind,
        recorded,
        startFrom,
        deadline: needsDeadlines(current.derived, screenings, today()),
        casePrompts: await casePromptsFor(promptSources, ctx, person.id, 'screening'),
      }
    },

    /** Records the screening of this kind, or changes it when the user sends the version they read. */
    async recordScreening(ctx: RequestContext, personId: string, kind: ScreeningKind, screening: ScreeningInput) {
      const { person, episode } = await people.caseFor(ctx, personId, { write: true })
      const current = requireEpisode(episode)
      return db.transaction().execute(async tx => {
        const existing = await repository.screeningOfKind(tx, current.id, kind)
        const saved = existing
          ? screening.version === undefined
            ? undefined
            : await repository.updateScreening(tx, existing.id, screening.version, {
                womensNeedsApply: screening.womensNeedsApply,
                by: ctx.user.id,
              })
          : await repository.insertScreening(tx, {
              personId: person.id,
              episodeId: current.id,
              kind,
              womensNeedsApply: screening.womensNeedsApply,
              on: today(),
              by: ctx.user.id,
            })
        if (!saved) throw staleScreening((await repository.screeningOfKind(tx, current.id, kind))?.version)
        await repository.replaceAnswers(tx, saved.id, screening)
        await audit.record(
          {
            ...actorOf(ctx, person.id),
            action: 'needs.screened',
            details: { screeningId: saved.id, kind, version: saved.version },
          },
          tx,
        )
        return { id: saved.id, kind, version: saved.version, created: !existing }
      })
    },

    /** For the action forms: the needs an action can be planned against and, to change one, the action. */
    async actionForm(ctx: RequestContext, personId: string, id?: string) {
      const { person, episode } = await people.caseFor(ctx, personId, { write: true })
      const current = requireEpisode(episode)
      const action = id ? toAction(await actionOf(person.id, id), today()) : null
      const pathways = pathwaysWithNeed(await screeningsOf(current.id))
      await audit.record({
        ...actorOf(ctx, person.id),
        action: 'needs.viewed',
        details: { purpose: 'action-form', actionIds: action ? [action.id] : [] },
      })
      return { person, episode: current, pathways, action }
    },

    /** Adds an action against a need the screenings found; the schema has checked it is due today or later. */
    async addAction(ctx: RequestContext, personId: string, action: AddActionInput) {
      const { person, episode } = await people.caseFor(ctx, personId, { write: true })
      const current = requireEpisode(episode)
      if (!pathwaysWithNeed(await screeningsOf(current.id)).includes(action.pathway)) {
        throw ValidationFailed.of('pathway', 'Select a need found by the screening')
      }
      return db.transaction().execute(async tx => {
        const created = await repository.insertAction(tx, {
          personId: person.id,
          episodeId: current.id,
          pathway: action.pathway,
          description: action.description,
          owner: action.owner,
          ownerName: action.ownerName ?? null,
          dueDate: action.dueDate,
          progress: 'not-started',
          progressNote: null,
          completedOn: null,
          by: ctx.user.id,
        })
        await audit.record(
          { ...actorOf(ctx, person.id), action: 'need-action.added', details: { actionId: created.id } },
          tx,
        )
        return created
      })
    },

    /** Changes an action (its owner, due date, progress) when it is still at the version the user read. */
    /** A due date kept as it was may have passed; one changed must be today or later. */
    async updateAction(ctx: RequestContext, personId: string, id: string, change: UpdateActionInput) {
      const { person } = await people.caseFor(ctx, personId, { write: true })
      const existing = await actionOf(person.id, id)
      if (change.dueDate !== existing.due_date && change.dueDate < today()) throw new ValidationFailed([dueDateInPast])
      const values = {
        description: change.description,
        owner: change.owner,
        ownerName: change.ownerName ?? null,
        dueDate: change.dueDate,
        progress: change.progress,
        progressNote: change.progressNote ?? null,
        completedOn: change.progress === 'done' ? (existing.completed_on ?? today()) : null,
      }
      return db.transaction().execute(async tx => {
        const saved = await repository.updateAction(tx, person.id, existing.id, change.version, {
          ...values,
          by: ctx.user.id,
        })
        if (!saved) throw staleAction(await repository.findAction(person.id, existing.id, tx))
        await audit.record(
          {
            ...actorOf(ctx, person.id),
            action: 'need-action.updated',
            details: { actionId: existing.id, fields: changedFields(existing, values) },
          },
          tx,
        )
        return saved
      })
    },

    /** Marks an action done today, keeping its note unless a new one is given. */
    async completeAction(ctx: RequestContext, personId: string, id: string, done: CompleteActionInput) {
      const { person } = await people.caseFor(ctx, personId, { write: true })
      const existing = await actionOf(person.id, id)
      const { version, progressNote } = done
      return db.transaction().execute(async tx => {
        const saved = await repository.updateAction(tx, person.id, existing.id, version, {
          description: existing.description,
          owner: existing.owner,
          ownerName: existing.owner_name,
          dueDate: existing.due_date,
          progress: 'done',
          progressNote: progressNote ?? existing.progress_note,
          completedOn: existing.completed_on ?? today(),
          by: ctx.user.id,
        })
        if (!saved) throw staleAction(await repository.findAction(person.id, existing.id, tx))
        await audit.record(
          { ...actorOf(ctx, person.id), action: 'need-action.completed', details: { actionId: existing.id } },
          tx,
        )
        return saved
      })
    },
  }
}

function requireEpisode<T>(episode: T | null): T {
  if (!episode) throw new Conflict('Add a custody episode before screening needs or planning work in custody')
  return episode
}

const dueDateInPast: FieldError = { field: 'dueDate', message: DUE_DATE_IN_PAST }

/** Carries the latest version so that saving again, having checked, is a deliberate choice. */
function staleScreening(latestVersion: number | undefined) {
  return new Conflict(
    'Someone else saved this screening while you were working on it. Check the answers and save again.',
    { version: latestVersion },
  )
}

function staleAction(latest: ActionRow | undefined) {
  if (!latest) return new NotFound()
  return new Conflict(
    'Someone else changed this action while you were working on it. Check the details and save again.',
    {
      version: latest.version,
    },
  )
}

function changedFields(row: ActionRow, values: Record<string, unknown>): string[] {
  const columns: Record<string, keyof ActionRow> = {
    description: 'description',
    owner: 'owner',
    ownerName: 'owner_name',
    dueDate: 'due_date',
    progress: 'progress',
    progressNote: 'progress_note',
  }
  return Object.entries(columns)
    .filter(([field, column]) => (values[field] ?? null) !== (row[column] ?? null))
    .map(([field]) => field)
}

export type NeedsService = ReturnType<typeof createNeedsService>
