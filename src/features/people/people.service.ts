import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { TimelineSource } from '../../platform/case/timeline-event.ts'
import type { Db } from '../../platform/db/database.ts'
import { Conflict, Forbidden, LimitedAccess, NotFound, ValidationFailed } from '../../platform/errors/errors.ts'
import { parseInput } from '../../platform/validation/parse.ts'
import { comChanges, continuityWarning } from '../../platform/case/allocation-history.rules.ts'
import { reallocationProblems } from './allocation.rules.ts'
import { keyDatesForEpisode, storedKeyDates } from '../key-dates/index.ts'
import type { OrganisationService } from '../organisation/index.ts'
import { peopleEvents } from './people-timeline.ts'
import { mayAllocate, mayCreatePeople, readScope, writeScope, type PeopleScope } from './people-access.rules.ts'
import { caseHeader } from './case-header.ts'
import { toEpisode, toPerson, toPersonSummary, type CustodyEpisode, type EpisodeRow } from './people.mappers.ts'
import { PAGE_SIZE, type PeopleRepository } from './people.repository.ts'
import {
  allocationSchema,
  createPersonSchema,
  custodyEpisodeSchema,
  peopleQuerySchema,
  updateCustodyEpisodeSchema,
  updatePersonSchema,
  type PersonDetails,
} from './people.schemas.ts'

interface Dependencies {
  db: Db
  repository: PeopleRepository
  organisation: OrganisationService
  audit: AuditLog
  today: () => string
}

export function createPeopleService({ db, repository, organisation, audit, today }: Dependencies) {
  const actor = (ctx: RequestContext) => ({
    actorId: ctx.user.id,
    actorUsername: ctx.user.username,
    correlationId: ctx.correlationId,
  })

  /** The same answer as for nobody there, or the limited-access message: audited either way. */
  async function refused(ctx: RequestContext, reason: string, subjectPersonId?: string, barredMessage?: string) {
    await audit.record({
      ...actor(ctx),
      action: 'person.access-refused',
      outcome: 'denied',
      subjectPersonId,
      details: { reason },
    })
    return barredMessage === undefined ? new NotFound() : new LimitedAccess(barredMessage)
  }

  /** The record if this user may see it; otherwise the same answer as for nobody there, audited. */
  async function visible(ctx: RequestContext, id: string, scope: PeopleScope = readScope(ctx.user)) {
    const row = await repository.findInScope(scope, today(), id)
    if (!row) throw await refused(ctx, 'not-found-or-out-of-scope')
    if (row.barred)
      throw await refused(ctx, 'limited-access', row.id, await repository.barredMessage(row.id, ctx.user.id, today()))
    return row
  }

  async function editable(ctx: RequestContext, id: string) {
    await visible(ctx, id)
    return visible(ctx, id, writeScope(ctx.user)).catch(() => {
      throw new Forbidden('You can view this person but not change their record')
    })
  }

  async function assertUnique(details: PersonDetails, exceptId?: string) {
    const taken = await repository.crnOrPrisonNumberTaken(details, exceptId)
    if (taken === 'crn') throw ValidationFailed.of('crn', 'A person with this CRN already exists')
    if (taken === 'prisonNumber')
      throw ValidationFailed.of('prisonNumber', 'A person with this prison number already exists')
  }

  return {
    async search(ctx: RequestContext, input: unknown) {
      const query = parseInput(peopleQuerySchema, input)
      const { rows, total } = await repository.search(readScope(ctx.user), today(), query)
      await audit.record({
        ...actor(ctx),
        action: 'people.searched',
        details: { searched: Boolean(query.q), page: query.page, personIds: rows.map(r => r.id) },
      })
      return {
        people: rows.map(toPersonSummary),
        total,
        page: query.page,
        pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
        query,
      }
    },

    async overview(ctx: RequestContext, id: string) {
      const { person, canEdit } = await this.caseFor(ctx, id)
      const episodes = await repository.episodes(person.id)
      await audit.record({ ...actor(ctx), action: 'person.viewed', subjectPersonId: person.id })
      return {
        person,
        episodes: episodes.map(row => withKeyDates(toEpisode(row))),
        canEdit,
        canAllocate: mayAllocate(ctx.user, 'com') || mayAllocate(ctx.user, 'pom'),
        comChanges: await comChangesOf(person.id, episodes[0]?.sentence_start_date),
      }
    },

    async create(ctx: RequestContext, input: unknown) {
      if (!mayCreatePeople(ctx.user)) throw new Forbidden('You cannot add people')
      const details = parseInput(createPersonSchema, input)
      const comId = ctx.user.role === 'com' ? ctx.user.id : details.comId
      if (ctx.user.role === 'manager') await assertAllocatable(ctx, 'com', comId ?? null, 'comId')
      await assertUnique(details)
      await assertPduExists(details.pduId)
      const pomId = ctx.user.role === 'pom' ? ctx.user.id : null
      const { id } = await db.transaction().execute(async tx => {
        const created = await repository.insert(tx, { ...details, comId, pomId })
        if (comId) await repository.allocate(tx, created.id, 'com', comId, ctx.user.id)
        if (pomId) await repository.allocate(tx, created.id, 'pom', pomId, ctx.user.id)
        await audit.record({ ...actor(ctx), action: 'person.created', subjectPersonId: created.id }, tx)
        return created
      })
      return { id }
    },

    async update(ctx: RequestContext, id: string, input: unknown) {
      const row = await editable(ctx, id)
      const details = parseInput(updatePersonSchema, input)
      await assertUnique(details, row.id)
      await assertPduExists(details.pduId)
      await db.transaction().execute(async tx => {
        if (!(await repository.update(tx, row.id, details.version, details))) throw staleRecord(row.version)
        await audit.record(
          {
            ...actor(ctx),
            action: 'person.updated',
            subjectPersonId: row.id,
            details: { fields: changedFields(row, details) },
          },
          tx,
        )
      })
    },

    async addEpisode(ctx: RequestContext, personId: string, input: unknown) {
      const row = await editable(ctx, personId)
      const episode = parseInput(custodyEpisodeSchema, input)
      await assertPrisonExists(episode.prisonId)
      return db.transaction().execute(async tx => {
        const created = await repository.insertEpisode(tx, row.id, episode, storedKeyDates(episode))
        await audit.record(
          {
            ...actor(ctx),
            action: 'custody-episode.created',
            subjectPersonId: row.id,
            details: { episodeId: created.id },
          },
          tx,
        )
        return { id: created.id }
      })
    },

    async episodeForEdit(ctx: RequestContext, personId: string, episodeId: string) {
      const row = await editable(ctx, personId)
      const episode = await repository.findEpisode(row.id, episodeId)
      if (!episode) throw new NotFound()
      await audit.record({
        ...actor(ctx),
        action: 'person.viewed',
        subjectPersonId: row.id,
        details: { episodeId, purpose: 'edit' },
      })
      return { person: toPerson(row), episode: toEpisode(episode) }
    },

    async updateEpisode(ctx: RequestContext, personId: string, episodeId: string, input: unknown) {
      const row = await editable(ctx, personId)
      const episode = parseInput(updateCustodyEpisodeSchema, input)
      const existing = await repository.findEpisode(row.id, episodeId)
      if (!existing) throw new NotFound()
      await assertPrisonExists(episode.prisonId)
      await db.transaction().execute(async tx => {
        const ids = { personId: row.id, episodeId, version: episode.version }
        if (!(await repository.updateEpisode(tx, ids, episode, storedKeyDates(episode))))
          throw staleRecord(existing.version)
        await audit.record(
          { ...actor(ctx), action: 'custody-episode.updated', subjectPersonId: row.id, details: { episodeId } },
          tx,
        )
      })
    },

    /** For other features' lists: which of these people this user is barred from by limited access. */
    async barredAmong(ctx: RequestContext, personIds: string[]): Promise<Set<string>> {
      return new Set(await repository.barredAmong(readScope(ctx.user), today(), personIds))
    },

    /**
     * For other features: the person and their current custody episode with its derived key dates,
     * if this user may see (or, with `write`, change) the record. Refusals are audited here; the
     * calling feature audits what it reads or writes itself. `canEdit` says whether this user may change
     * the record, so that pages offer only the changes they may make.
     */
    async caseFor(ctx: RequestContext, id: string, { write = false } = {}) {
      const row = await repository.openCase({ read: readScope(ctx.user), write: writeScope(ctx.user) }, today(), id)
      if (!row) throw await refused(ctx, 'not-found-or-out-of-scope')
      if (row.barred) {
        throw await refused(ctx, 'limited-access', row.id, await repository.barredMessage(row.id, ctx.user.id, today()))
      }
      if (write && !row.can_edit) {
        await refused(ctx, 'read-only', row.id)
        throw new Forbidden('You can view this person but not change their record')
      }
      const person = toPerson(row)
      const episode = row.episode ? withKeyDates(toEpisode(row.episode as unknown as EpisodeRow)) : null
      ctx.caseHeader = caseHeader(person, episode, row.limited_access, today())
      return { person, episode, canEdit: row.can_edit }
    },

    /** Custody on the person's timeline; the timeline has already checked access. */
    timelineEvents: (async personId =>
      peopleEvents(personId, await repository.episodes(personId), today())) satisfies TimelineSource,

    async personForEdit(ctx: RequestContext, id: string) {
      const row = await editable(ctx, id)
      await audit.record({
        ...actor(ctx),
        action: 'person.viewed',
        subjectPersonId: row.id,
        details: { purpose: 'edit' },
      })
      return toPerson(row)
    },

    /** Who may be allocated, for the allocation form. */
    async allocationChoices(ctx: RequestContext, personId: string) {
      const row = await visible(ctx, personId)
      const [episode] = await repository.episodes(row.id)
      const poms =
        mayAllocate(ctx.user, 'pom') && episode?.prison_id ? await organisation.pomsIn(episode.prison_id) : []
      const coms = mayAllocate(ctx.user, 'com') && ctx.user.teamId ? await organisation.comsNear(ctx.user.teamId) : []
      await audit.record({
        ...actor(ctx),
        action: 'person.viewed',
        subjectPersonId: row.id,
        details: { purpose: 'allocation' },
      })
      const changes = await comChangesOf(row.id, episode?.sentence_start_date)
      return {
        person: toPerson(row),
        poms,
        coms,
        prisonId: episode?.prison_id ?? null,
        comChanges: changes,
        continuityWarning: continuityWarning(changes),
      }
    },

    /**
     * For other features: every allocation of a person, if this user may see the record. The calling feature
     * audits what it reads.
     */
    async allocationHistory(ctx: RequestContext, personId: string) {
      const row = await visible(ctx, personId)
      return repository.allocationHistory(row.id)
    },

    async allocate(ctx: RequestContext, personId: string, input: unknown) {
      const row = await visible(ctx, personId)
      const choice = parseInput(allocationSchema, input)
      const current = await repository.current(row.id)
      const changes = (['pom', 'com'] as const).filter(kind => {
        const wanted = kind === 'pom' ? choice.pomId : choice.comId
        return wanted !== undefined && wanted !== current[`${kind}_id`]
      })
      if (!changes.length)
        throw ValidationFailed.of('comId', 'Select a different practitioner to change the allocation')
      for (const kind of changes) {
        if (!mayAllocate(ctx.user, kind)) throw new Forbidden(`You cannot allocate a ${kind.toUpperCase()}`)
        await assertAllocatable(ctx, kind, (kind === 'pom' ? choice.pomId : choice.comId) ?? null, `${kind}Id`, row.id)
      }
      // Replacing someone says why and what the new practitioner must know; a first allocation need not.
      if (changes.some(kind => current[`${kind}_id`] !== null)) {
        const problems = reallocationProblems(choice)
        if (problems.length) throw new ValidationFailed(problems)
      }
      await db.transaction().execute(async tx => {
        for (const kind of changes) {
          const staffId = (kind === 'pom' ? choice.pomId : choice.comId) ?? null
          await repository.allocate(tx, row.id, kind, staffId, ctx.user.id, choice)
          await audit.record(
            {
              ...actor(ctx),
              action: `allocation.${kind}-changed`,
              subjectPersonId: row.id,
              details: { staffId, reasonCode: choice.reasonCode },
            },
            tx,
          )
        }
      })
      // The new allocation may take the person out of this user's scope, so answer with ids only.
      const now = await repository.current(row.id)
      return { personId: row.id, pomId: now.pom_id, comId: now.com_id }
    },
  }

  /** Changes of COM across the current sentence (or the whole history when none is recorded). */
  async function comChangesOf(personId: string, sentenceStartDate: string | undefined) {
    const history = await repository.allocationHistory(personId)
    return comChanges(
      history.map(a => ({ kind: a.kind, staffId: a.staff_id, on: a.allocated_on })),
      sentenceStartDate,
    )
  }

  /** A COM must work in the manager's PDU; a POM in the person's current prison. */
  async function assertAllocatable(
    ctx: RequestContext,
    kind: 'pom' | 'com',
    staffId: string | null,
    field: string,
    personId?: string,
  ) {
    const label = kind === 'com' ? 'community offender manager' : 'prison offender manager'
    if (!staffId) throw ValidationFailed.of(field, `Select a ${label}`)
    const staff = await organisation.staffMember(staffId)
    const wrong = ValidationFailed.of(field, `Select a ${label} from the list`)
    if (!staff || !staff.active || staff.role !== kind) throw wrong
    if (kind === 'com') {
      const own = ctx.user.teamId ? await organisation.staffMember(ctx.user.id) : undefined
      if (!own?.pdu_id || own.pdu_id !== staff.pdu_id) throw wrong
    } else {
      const [episode] = personId ? await repository.episodes(personId) : []
      if (!episode?.prison_id || episode.prison_id !== staff.prison_id) throw wrong
    }
  }

  async function assertPduExists(pduId: string | undefined) {
    if (pduId && !(await organisation.pdus()).some(p => p.id === pduId)) {
      throw ValidationFailed.of('pduId', 'Select a probation delivery unit from the list')
    }
  }

  async function assertPrisonExists(prisonId: string | undefined) {
    if (prisonId && !(await organisation.prisons()).some(p => p.id === prisonId)) {
      throw ValidationFailed.of('prisonId', 'Select a prison from the list')
    }
  }
}

function withKeyDates(episode: CustodyEpisode) {
  const explained = keyDatesForEpisode(episode)
  return { ...episode, derived: explained?.keyDates ?? null, responsibility: explained?.reason ?? null }
}

/** Carries the latest version so that saving again, having checked, is a deliberate choice. */
function staleRecord(latestVersion: number) {
  return new Conflict('Someone else changed this record while you were editing it. Check the details and save again.', {
    version: latestVersion,
  })
}

function changedFields(row: Record<string, unknown>, details: PersonDetails): string[] {
  const columns: Record<keyof PersonDetails, string> = {
    firstName: 'first_name',
    lastName: 'last_name',
    preferredName: 'preferred_name',
    pronouns: 'pronouns',
    dateOfBirth: 'date_of_birth',
    crn: 'crn',
    prisonNumber: 'prison_number',
    communityArea: 'community_area',
    pduId: 'pdu_id',
  }
  return (
    Object.entries(columns)
      // A PDU left out is kept, not cleared (see the repository's update).
      .filter(([field]) => field !== 'pduId' || details.pduId !== undefined)
      .filter(([field, column]) => (details[field as keyof PersonDetails] ?? null) !== (row[column] ?? null))
      .map(([field]) => field)
  )
}

export type PeopleService = ReturnType<typeof createPeopleService>
