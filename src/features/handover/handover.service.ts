import type { TimelineSource } from '../../platform/case/timeline-event.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { Db } from '../../platform/db/database.ts'
import { Conflict, ValidationFailed } from '../../platform/errors/errors.ts'
import { parseInput } from '../../platform/validation/parse.ts'
import type { ReportSectionProvider } from '../../platform/case/report-section.ts'
import type { PeopleService, PersonCase } from '../people/index.ts'
import { caseSections, handoverSections } from './handover-report.ts'
import { derivedKeyDates, factsOf, handoverView, type HandoverCase } from './handover-view.ts'
import { toContact, toMeeting, toMeetingColumns, toMeetingFormValues } from './handover.mappers.ts'
import type { HandoverRepository } from './handover.repository.ts'
import { allocationProblems, dateProblems, handoverFlags, type HandoverFlags } from './handover.rules.ts'
import { contactSchema, meetingSchema, personIdsSchema } from './handover.schemas.ts'
import { handoverEvents } from './handover-timeline.ts'

interface Dependencies {
  db: Db
  repository: HandoverRepository
  people: PeopleService
  audit: AuditLog
  today: () => string
  /** Other features' sections of the handover report (needs, readiness, …), in the order they appear. */
  reportSections?: ReportSectionProvider<PersonCase>[]
}

/**
 * The handover from prison to community: the handover meeting, the COM's contacts before release, the flags
 * the caseload shows, and the handover report. Who may see or change a case is PeopleService's decision.
 */
export function createHandoverService({ db, repository, people, audit, today, reportSections = [] }: Dependencies) {
  const actor = (ctx: RequestContext, personId: string) => ({
    actorId: ctx.user.id,
    actorUsername: ctx.user.username,
    correlationId: ctx.correlationId,
    subjectPersonId: personId,
  })

  async function load(record: HandoverCase) {
    if (!record.episode) return handoverView(record, null, [], today())
    const [meeting, contacts] = await Promise.all([
      repository.meeting(record.episode.id),
      repository.contacts(record.episode.id),
    ])
    return handoverView(record, meeting ? toMeeting(meeting) : null, contacts.map(toContact), today())
  }

  /** The case if this user may change it, with the custody episode that a handover belongs to. */
  async function writable(ctx: RequestContext, personId: string, what: string) {
    const record = await people.caseFor(ctx, personId, { write: true })
    if (!record.episode) throw new Conflict(`Add a custody episode to this person’s record before ${what}`)
    return { ...record, episode: record.episode }
  }

  /** What a form needs: the case if this user may change it (a form sent back with errors needs no more). */
  async function formCase(ctx: RequestContext, personId: string, purpose: string) {
    const record = await people.caseFor(ctx, personId, { write: true })
    await audit.record({ ...actor(ctx, record.person.id), action: 'handover.viewed', details: { purpose } })
    return record
  }

  async function staleMeeting(episodeId: string) {
    const latest = await repository.meeting(episodeId)
    return new Conflict(
      'Someone else recorded the handover meeting while you were editing it. Check the details and save again.',
      { version: latest?.version },
    )
  }

  return {
    /** Its moments on the person's timeline; the timeline has already checked access. */
    timelineEvents: (async personId =>
      handoverEvents(personId, await repository.journal(personId))) satisfies TimelineSource,

    /** The handover page: the meeting and its status, the contacts and the 12-week flag. */
    async overview(ctx: RequestContext, personId: string) {
      const record = await people.caseFor(ctx, personId)
      const view = await load(record)
      await audit.record({ ...actor(ctx, record.person.id), action: 'handover.viewed' })
      return view
    },

    /** The meeting form, filled in with the meeting as recorded, if there is one. */
    async meetingForm(ctx: RequestContext, personId: string) {
      const { person, episode } = await formCase(ctx, personId, 'record-meeting')
      const meeting = episode ? await repository.meeting(episode.id) : undefined
      return {
        person,
        recorded: Boolean(meeting),
        values: toMeetingFormValues(meeting ? toMeeting(meeting) : null),
      }
    },

    /** Records the handover meeting of the current custody episode, or changes it (send the version you read). */
    async recordMeeting(ctx: RequestContext, personId: string, input: unknown) {
      const record = await writable(ctx, personId, 'recording a handover meeting')
      const meeting = parseInput(meetingSchema, input)
      const { person, episode } = record
      if (!person.com) {
        throw new Conflict(
          'Allocate a community offender manager before recording the handover meeting: the COM must attend it',
        )
      }
      const problems = [
        ...dateProblems('meetingDate', 'the date of the meeting', meeting.meetingDate, episode, today()),
        ...allocationProblems(meeting.attendees, { pom: Boolean(person.pom) }),
      ]
      if (problems.length) throw new ValidationFailed(problems)
      const existing = await repository.meeting(episode.id)
      if (existing && meeting.version === undefined) throw await staleMeeting(episode.id)
      const columns = toMeetingColumns(meeting, { comId: person.com.id, pomId: person.pom?.id ?? null })
      const saved = await db.transaction().execute(async tx => {
        const row = existing
          ? await repository.updateMeeting(tx, existing.id, meeting.version!, columns, ctx.user.id)
          : await repository.insertMeeting(tx, person.id, episode.id, columns, ctx.user.id)
        if (row) {
          await audit.record(
            {
              ...actor(ctx, person.id),
              action: existing ? 'handover.meeting-changed' : 'handover.meeting-recorded',
              details: { meetingId: row.id, episodeId: episode.id, version: row.version },
            },
            tx,
          )
        }
        return row
      })
      if (!saved) throw await staleMeeting(episode.id)
      return saved
    },

    /** The contact form: only the person's name and who their COM is. */
    async contactForm(ctx: RequestContext, personId: string) {
      const { person } = await formCase(ctx, personId, 'add-contact')
      return { person }
    },

    /** Records one of the COM's contacts with the person before release. */
    async addContact(ctx: RequestContext, personId: string, input: unknown) {
      const record = await writable(ctx, personId, 'recording the COM’s contacts')
      const contact = parseInput(contactSchema, input)
      const { person, episode } = record
      if (!person.com) {
        throw new Conflict('Allocate a community offender manager before recording their contacts with the person')
      }
      const problems = dateProblems('contactDate', 'the date of the contact', contact.contactDate, episode, today())
      if (problems.length) throw new ValidationFailed(problems)
      const columns = { ...contact, note: contact.note ?? null, comId: person.com.id }
      return db.transaction().execute(async tx => {
        const { id } = await repository.insertContact(tx, person.id, episode.id, columns, ctx.user.id)
        await audit.record(
          {
            ...actor(ctx, person.id),
            action: 'handover.contact-added',
            details: { contactId: id, episodeId: episode.id },
          },
          tx,
        )
        return { id }
      })
    },

    /**
     * The handover report, generated from the record: the case, other features' sections, then the handover
     * meeting and the contacts. Nothing in it is typed twice.
     */
    async report(ctx: RequestContext, personId: string) {
      const record = await people.caseFor(ctx, personId)
      const view = await load(record)
      const added = await Promise.all(reportSections.map(provide => provide(ctx, record)))
      await audit.record({ ...actor(ctx, record.person.id), action: 'handover.report-viewed' })
      return {
        person: record.person,
        generatedOn: today(),
        sections: [...caseSections(record), ...added.flat(), ...handoverSections(view)],
      }
    },

    /**
     * The handover flags of many people in one query, for a caseload page. The caller has already chosen the
     * people through PeopleService (which decides who may see whom) and audits the page it shows; ids of
     * people it could not see must not be passed. People not found, or without a custody episode, have flags
     * that flag nothing. Up to 1,000 ids at once.
     */
    async handoverFlagsFor(personIds: readonly string[], on: string = today()): Promise<Record<string, HandoverFlags>> {
      const rows = await repository.flagFacts([...new Set(parseInput(personIdsSchema, personIds))])
      return Object.fromEntries(
        rows.map(row => {
          const facts = factsOf(derivedKeyDates(row), {
            releaseDate: row.releaseDate,
            meetingDate: row.meetingDate,
            metByCom: Boolean(row.metByCom),
          })
          return [row.personId, handoverFlags(facts, on)]
        }),
      )
    },
  }
}

export type HandoverService = ReturnType<typeof createHandoverService>
