import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import { comChanges, continuityWarning } from '../../platform/case/allocation-history.rules.ts'
import type { TimelineSource } from '../../platform/case/timeline-event.ts'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import {
  Conflict,
  Forbidden,
  LimitedAccess,
  NotFound,
  ValidationFailed,
  type FieldError,
} from '../../platform/errors/errors.ts'
import { keyDatesForEpisode, storedKeyDates } from '../key-dates/index.ts'
import type { OrganisationService } from '../organisation/index.ts'
import { reallocationProblems } from './allocation.rules.ts'
import { caseHeader } from './case-header.ts'
import { readScope, writeScope } from './people-access.rules.ts'
import type { PeopleAuditAction } from './people.audit.ts'
import {
  toEpisode,
  toPerson,
  toPersonSummary,
  type CustodyEpisode,
  type EpisodeRow,
  type Person,
} from './people.mappers.ts'
import { allocatedOnCreate, mayAllocate, mayCreatePeople } from './people.policy.ts'
import { PAGE_SIZE, type PeopleRepository } from './people.repository.ts'
import type {
  AllocationInput,
  CreatePerson,
  CustodyEpisodeInput,
  PeopleQuery,
  PersonDetails,
  UpdateCustodyEpisode,
  UpdatePerson,
} from './people.schemas.ts'
import { peopleEvents } from './people-timeline.ts'
import { DETAIL_LABELS } from './people.wording.ts'

interface Dependencies {
  db: Db
  repository: PeopleRepository
  organisation: OrganisationService
  audit: AuditLog<PeopleAuditAction>
  today: () => IsoDate
}

type Kind = 'pom' | 'com'
const STAFF_LABEL: Record<Kind, string> = { com: 'community offender manager', pom: 'prison offender manager' }

export function createPeopleService({ db, repository, organisation, audit, today }: Dependencies) {
  /** The same answer as for nobody there, or the limited-access message: audited either way. */
  async function refused(ctx: RequestContext, reason: string, subjectPersonId?: string, barredMessage?: string) {
    await audit.record({
      ...actorOf(ctx, subjectPersonId),
      action: 'person.access-refused',
      outcome: 'denied',
      details: { reason },
    })
    return barredMessage === undefined ? new NotFound() : new LimitedAccess(barredMessage)
  }

  /**
   * The person and their current custody episode, in one statement, if this user may see (or, with `write`, change)
   * the record; the case header is left on the request for the page. Refusals are audited here.
   */
  async function open(ctx: RequestContext, id: string, { write = false } = {}) {
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
  }

  async function viewed(ctx: RequestContext, personId: string, details?: Record<string, unknown>) {
    await audit.record({ ...actorOf(ctx, personId), action: 'person.viewed', details })
  }

  /** A CRN or prison number someone else has, and a PDU that is not on the list: each named. */
  async function detailsProblems(details: PersonDetails, exceptId?: string): Promise<FieldError[]> {
    const taken = await repository.takenIdentifiers(details, exceptId)
    return [
      ...(taken.includes('crn') ? [{ field: 'crn', message: 'A person with this CRN already exists' }] : []),
      ...(taken.includes('prisonNumber')
        ? [{ field: 'prisonNumber', message: 'A person with this prison number already exists' }]
        : []),
      ...(await pduProblems(details.pduId)),
    ]
  }

  async function pduProblems(pduId: string | undefined): Promise<FieldError[]> {
    if (!pduId || (await organisation.pdus()).some(p => p.id === pduId)) return []
    return [{ field: 'pduId', message: 'Select a probation delivery unit from the list' }]
  }

  async function prisonProblems(prisonId: string | undefined): Promise<FieldError[]> {
    if (!prisonId || (await organisation.prisons()).some(p => p.id === prisonId)) return []
    return [{ field: 'prisonId', message: 'Select a prison from the list' }]
  }

  /** A COM must work in the manager's PDU; a POM in the person's current prison. */
  async function allocatableProblem(
    ctx: RequestContext,
    kind: Kind,
    staffId: string | null,
    prisonId: string | null,
  ): Promise<FieldError | null> {
    const field = `${kind}Id`
    if (!staffId) return { field, message: `Select a ${STAFF_LABEL[kind]}` }
    const staff = await organisation.staffMember(staffId)
    const wrong = { field, message: `Select a ${STAFF_LABEL[kind]} from the list` }
    if (!staff || !staff.active || staff.role !== kind) return wrong
    if (kind === 'pom') return prisonId && prisonId === staff.prison_id ? null : wrong
    const own = ctx.user.teamId ? await organisation.staffMember(ctx.user.id) : undefined
    return own?.pdu_id && own.pdu_id === staff.pdu_id ? null : wrong
  }

  /** Changes of COM across the current sentence (or the whole history when none is recorded). */
  async function comChangesOf(personId: string, sentenceStartDate: string | undefined) {
    const history = await repository.allocationHistory(personId)
    return comChanges(
      history.map(a => ({ kind: a.kind, staffId: a.staff_id, on: a.allocated_on })),
      sentenceStartDate,
    )
  }

  /**
   * The corrections of a person's details, newest first: what, the value before and after, who, when and why.
   * The page or export that shows them audits its own reading.
   */
  async function detailChangesOf(personId: string) {
    // Newest first; the fields of one save in the form's order.
    const order = Object.keys(DETAIL_LABELS)
    const rows = (await repository.detailChanges(personId)).sort(
      (a, b) => b.changed_at.getTime() - a.changed_at.getTime() || order.indexOf(a.field) - order.indexOf(b.field),
    )
    return rows.map(row => ({
      field: row.field,
      label: DETAIL_LABELS[row.field] ?? row.field,
      before: row.old_value,
      after: row.new_value,
      reason: row.reason,
      changedBy: row.changed_by_name,
      changedAt: row.changed_at.toISOString(),
    }))
  }

  /** PDU names by id, for the history of changes (which keeps names, not ids). */
  async function pduNames() {
    const names = new Map((await organisation.pdus()).map(p => [p.id, p.name]))
    return (id: string | null) => (id ? (names.get(id) ?? id) : null)
  }

  function failIfAny(problems: FieldError[]) {
    if (problems.length) throw new ValidationFailed(problems)
  }

  /** The person's details for a form that changes them (or another feature's record of them). */
  async function personForEdit(ctx: RequestContext, id: string): Promise<Person> {
    const { person } = await open(ctx, id, { write: true })
    await viewed(ctx, person.id, { purpose: 'edit' })
    return person
  }

  return {
    /** The one clock, for the schemas that need today (a date of birth is in the past). */
    today,

    async search(ctx: RequestContext, query: PeopleQuery) {
      const { rows, total } = await repository.search(readScope(ctx.user), today(), query)
      await audit.record({
        ...actorOf(ctx),
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
      const { person, canEdit } = await open(ctx, id)
      const episodes = await repository.episodes(person.id)
      await viewed(ctx, person.id)
      return {
        person,
        episodes: episodes.map(row => withKeyDates(toEpisode(row))),
        canEdit,
        canAllocate: mayAllocate(ctx.user, 'com') || mayAllocate(ctx.user, 'pom'),
        comChanges: await comChangesOf(person.id, episodes[0]?.sentence_start_date),
      }
    },

    /**
     * For other features: the person and their current custody episode with its derived key dates, if this user
     * may see (or, with `write`, change) the record. The calling feature audits what it reads or writes itself.
     * `canEdit` says whether this user may change the record, so that pages offer only the changes they may make.
     */
    caseFor: open,

    /**
     * Whether this user may reach the person's case at all (and, with `write`, change it), asked by the route
     * registry before a case route parses its input, so that someone refused never learns what the body should hold.
     */
    async mayReach(ctx: RequestContext, id: string, need: { write: boolean }) {
      await open(ctx, id, { write: need.write })
    },

    personForEdit,

    /** What the personal details form offers: the PDUs, and to a manager adding a person, the COMs to name. */
    async detailsForm(ctx: RequestContext, id?: string) {
      if (!id && !mayCreatePeople(ctx.user)) throw new Forbidden('You cannot add people')
      const person = id ? await personForEdit(ctx, id) : null
      const namesCom = !id && ctx.user.role === 'manager' && ctx.user.teamId
      return {
        person,
        changes: person ? await detailChangesOf(person.id) : [],
        pdus: await organisation.pdus(),
        coms: namesCom ? await organisation.comsNear(ctx.user.teamId!) : [],
      }
    },

    async create(ctx: RequestContext, details: CreatePerson) {
      if (!mayCreatePeople(ctx.user)) throw new Forbidden('You cannot add people')
      const { comId, pomId } = allocatedOnCreate(ctx.user, details.comId)
      const chosenCom = ctx.user.role === 'manager' ? await allocatableProblem(ctx, 'com', comId, null) : null
      failIfAny([...(await detailsProblems(details)), ...(chosenCom ? [chosenCom] : [])])
      return db.transaction().execute(async tx => {
        const { id } = await repository.insert(tx, { ...details, comId, pomId })
        if (comId) await repository.allocate(tx, id, 'com', comId, ctx.user.id)
        if (pomId) await repository.allocate(tx, id, 'pom', pomId, ctx.user.id)
        await audit.record({ ...actorOf(ctx, id), action: 'person.created' }, tx)
        return { id }
      })
    },

    async update(ctx: RequestContext, id: string, details: UpdatePerson) {
      const { person } = await open(ctx, id, { write: true })
      failIfAny(await detailsProblems(details, person.id))
      const changes = detailChanges(person, details, await pduNames())
      await db.transaction().execute(async tx => {
        if (!(await repository.update(tx, person.id, details.version, details))) throw staleRecord(person.version)
        await repository.recordDetailChanges(
          tx,
          changes.map(c => ({
            person_id: person.id,
            field: c.field,
            old_value: c.before,
            new_value: c.after,
            reason: details.changeReason ?? null,
            changed_by: ctx.user.id,
          })),
        )
        await audit.record(
          {
            ...actorOf(ctx, person.id),
            action: 'person.updated',
            details: {
              fields: changes.map(c => c.field),
              ...(details.changeReason ? { reasonGiven: true } : {}),
            },
          },
          tx,
        )
      })
    },

    detailChangesOf,

    /** The custody episode form: the prisons to choose from, and the episode when one is being changed. */
    async episodeForm(ctx: RequestContext, personId: string, episodeId?: string) {
      const { person } = await open(ctx, personId, { write: true })
      const row = episodeId ? await repository.findEpisode(person.id, episodeId) : null
      if (episodeId && !row) throw new NotFound()
      await viewed(ctx, person.id, { purpose: episodeId ? 'edit-episode' : 'add-episode', episodeId })
      return { person, episode: row ? toEpisode(row) : null, prisons: await organisation.prisons() }
    },

    async addEpisode(ctx: RequestContext, personId: string, episode: CustodyEpisodeInput) {
      const { person } = await open(ctx, personId, { write: true })
      failIfAny(await prisonProblems(episode.prisonId))
      return db.transaction().execute(async tx => {
        const { id } = await repository.insertEpisode(tx, person.id, episode, storedKeyDates(episode))
        await audit.record(
          { ...actorOf(ctx, person.id), action: 'custody-episode.created', details: { episodeId: id } },
          tx,
        )
        return { id }
      })
    },

    async updateEpisode(ctx: RequestContext, personId: string, episodeId: string, episode: UpdateCustodyEpisode) {
      const { person } = await open(ctx, personId, { write: true })
      const existing = await repository.findEpisode(person.id, episodeId)
      if (!existing) throw new NotFound()
      failIfAny(await prisonProblems(episode.prisonId))
      await db.transaction().execute(async tx => {
        const ids = { personId: person.id, episodeId, version: episode.version }
        if (!(await repository.updateEpisode(tx, ids, episode, storedKeyDates(episode))))
          throw staleRecord(existing.version)
        await audit.record(
          { ...actorOf(ctx, person.id), action: 'custody-episode.updated', details: { episodeId } },
          tx,
        )
      })
    },

    /** For other features' lists: which of these people this user is barred from by limited access. */
    async barredAmong(ctx: RequestContext, personIds: string[]): Promise<Set<string>> {
      return new Set(await repository.barredAmong(readScope(ctx.user), today(), personIds))
    },

    /** Custody on the person's timeline; the timeline has already checked access. */
    timelineEvents: (async personId =>
      peopleEvents(personId, await repository.episodes(personId), today())) satisfies TimelineSource,

    /** Who may be allocated, for the allocation form. */
    async allocationChoices(ctx: RequestContext, personId: string) {
      const { person, episode } = await open(ctx, personId)
      const prisonId = episode?.prisonId ?? null
      const poms = mayAllocate(ctx.user, 'pom') && prisonId ? await organisation.pomsIn(prisonId) : []
      const coms = mayAllocate(ctx.user, 'com') && ctx.user.teamId ? await organisation.comsNear(ctx.user.teamId) : []
      await viewed(ctx, person.id, { purpose: 'allocation' })
      const changes = await comChangesOf(person.id, episode?.sentenceStartDate)
      return { person, poms, coms, prisonId, comChanges: changes, continuityWarning: continuityWarning(changes) }
    },

    /**
     * For other features: every allocation of a person, if this user may see the record. The calling feature
     * audits what it reads.
     */
    async allocationHistory(ctx: RequestContext, personId: string) {
      const { person } = await open(ctx, personId)
      return repository.allocationHistory(person.id)
    },

    /**
     * Allocates a POM or a COM: only someone of the right place, and a reallocation says why and what the new
     * practitioner must know (a first allocation need not). Every problem is reported at once. `alongside` writes
     * what another feature keeps of the decision in the same transaction, so that neither stands without the other.
     */
    async allocate(
      ctx: RequestContext,
      personId: string,
      choice: AllocationInput,
      alongside?: (tx: Db) => Promise<void>,
    ) {
      const { person, episode } = await open(ctx, personId)
      const current = await repository.current(person.id)
      const wanted = (kind: Kind) => (kind === 'pom' ? choice.pomId : choice.comId)
      const changes = (['pom', 'com'] as const).filter(
        kind => wanted(kind) !== undefined && wanted(kind) !== current[`${kind}_id`],
      )
      if (!changes.length)
        throw ValidationFailed.of('comId', 'Select a different practitioner to change the allocation')
      const refusedKind = changes.find(kind => !mayAllocate(ctx.user, kind))
      if (refusedKind) throw new Forbidden(`You cannot allocate a ${refusedKind.toUpperCase()}`)
      const problems = await Promise.all(
        changes.map(kind => allocatableProblem(ctx, kind, wanted(kind) ?? null, episode?.prisonId ?? null)),
      )
      const reallocation = changes.some(kind => current[`${kind}_id`] !== null)
      failIfAny([...problems.filter(p => p !== null), ...(reallocation ? reallocationProblems(choice) : [])])
      await db.transaction().execute(async tx => {
        for (const kind of changes) {
          const staffId = wanted(kind) ?? null
          await repository.allocate(tx, person.id, kind, staffId, ctx.user.id, choice)
          await audit.record(
            {
              ...actorOf(ctx, person.id),
              action: `allocation.${kind}-changed`,
              details: { staffId, reasonCode: choice.reasonCode },
            },
            tx,
          )
        }
        await alongside?.(tx)
      })
      // The new allocation may take the person out of this user's scope, so answer with ids only.
      const now = await repository.current(person.id)
      return { personId: person.id, pomId: now.pom_id, comId: now.com_id }
    },
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

/** What a change alters: each field with its value before and after (a PDU by its name), in the form's order. */
function detailChanges(person: Person, details: PersonDetails, pduName: (id: string | null) => string | null) {
  const before: Record<keyof PersonDetails, string | null> = {
    firstName: person.firstName,
    lastName: person.lastName,
    preferredName: person.preferredName,
    pronouns: person.pronouns,
    dateOfBirth: person.dateOfBirth,
    crn: person.crn,
    prisonNumber: person.prisonNumber,
    communityArea: person.communityArea,
    pduId: person.pdu?.id ?? null,
  }
  return (
    (Object.keys(before) as (keyof PersonDetails)[])
      // A PDU left out is kept, not cleared (see the repository's update).
      .filter(field => field !== 'pduId' || details.pduId !== undefined)
      .filter(field => (details[field] ?? null) !== before[field])
      .map(field => {
        const after = details[field] ?? null
        return field === 'pduId'
          ? { field, before: pduName(before.pduId), after: pduName(after) }
          : { field, before: before[field], after }
      })
  )
}

export type PeopleService = ReturnType<typeof createPeopleService>
