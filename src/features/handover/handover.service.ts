import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { OversightItemSource } from '../../platform/case/oversight-item.ts'
import type { ReportSectionProvider } from '../../platform/case/report-section.ts'
import type { TimelineSource } from '../../platform/case/timeline-event.ts'
import { addDays, formatLongDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import { Conflict, ValidationFailed } from '../../platform/errors/errors.ts'
import { renderPdf } from '../../platform/pdf/pdf-document.ts'
import { parseInput } from '../../platform/validation/parse.ts'
import type { PeopleService, PersonCase } from '../people/index.ts'
import { handoverReportPdf } from './handover-report-pdf.ts'
import { caseSections, handoverSections } from './handover-report.ts'
import type { HandoverAuditAction } from './handover.audit.ts'
import {
  derivedKeyDates,
  factsOf,
  handoverEvents,
  handoverView,
  toContact,
  toMeeting,
  toMeetingColumns,
  toMeetingFormValues,
} from './handover.mappers.ts'
import { mayRecordHandover } from './handover.policy.ts'
import type { HandoverRepository } from './handover.repository.ts'
import { allocationProblems, custodyDateProblems, handoverFlags, type HandoverFlags } from './handover.rules.ts'
import { personIdsSchema, type ContactInput, type MeetingInput } from './handover.schemas.ts'

interface Dependencies {
  db: Db
  repository: HandoverRepository
  people: PeopleService
  audit: AuditLog<HandoverAuditAction>
  today: () => string
  /** Other features' sections of the handover report (needs, readiness, …), in the order they appear. */
  reportSections?: ReportSectionProvider<PersonCase>[]
}

/**
 * The handover from prison to community: the handover meeting, the COM's contacts before release, the flags
 * the caseload shows, and the handover report. Who may see or change a case is PeopleService's decision.
 */
export function createHandoverService({ db, repository, people, audit, today, reportSections = [] }: Dependencies) {
  async function load(ctx: RequestContext, record: PersonCase) {
    const canRecord = mayRecordHandover(ctx.user, { canEdit: record.canEdit, hasEpisode: Boolean(record.episode) })
    if (!record.episode) return handoverView(record, { meeting: null, contacts: [] }, today(), canRecord)
    const [meeting, contacts] = await Promise.all([
      repository.meeting(record.episode.id),
      repository.contacts(record.episode.id),
    ])
    const recorded = { meeting: meeting ? toMeeting(meeting) : null, contacts: contacts.map(toContact) }
    return handoverView(record, recorded, today(), canRecord)
  }

  /** The case if this user may change it, with the custody episode that a handover belongs to and its COM. */
  async function writable(ctx: RequestContext, personId: string, what: string, noCom: string) {
    const record = await people.caseFor(ctx, personId, { write: true })
    if (!record.episode) throw new Conflict(`Add a custody episode to this person’s record before ${what}`)
    if (!record.person.com) throw new Conflict(noCom)
    return { person: record.person, com: record.person.com, episode: record.episode }
  }

  /** What a form needs: the case if this user may change it (a form sent back with errors needs no more). */
  async function formCase(ctx: RequestContext, personId: string, purpose: string) {
    const record = await people.caseFor(ctx, personId, { write: true })
    await audit.record({ ...actorOf(ctx, record.person.id), action: 'handover.viewed', details: { purpose } })
    return record
  }

  async function staleMeeting(episodeId: string) {
    const latest = await repository.meeting(episodeId)
    return new Conflict(
      'Someone else recorded the handover meeting while you were editing it. Check the details and save again.',
      { version: latest?.version },
    )
  }

  /**
   * The handover report, generated from the record: the case, other features' sections, then the handover meeting
   * and the contacts. Nothing in it is typed twice.
   */
  async function report(ctx: RequestContext, personId: string) {
    const record = await people.caseFor(ctx, personId)
    const view = await load(ctx, record)
    const added = await Promise.all(reportSections.map(provide => provide(ctx, record)))
    await audit.record({ ...actorOf(ctx, record.person.id), action: 'handover.report-viewed' })
    return {
      person: record.person,
      generatedOn: today(),
      sections: [...caseSections(record), ...added.flat(), ...handoverSections(view)],
    }
  }

  return {
    /** Its moments on the person's timeline; the timeline has already checked access. */
    timelineEvents: (async personId =>
      handoverEvents(personId, await repository.journal(personId))) satisfies TimelineSource,

    /** For the manager's queue: handover meetings overdue (from the day after the handover date). */
    oversightItems: {
      kinds: { 'handover-overdue': 'Handovers overdue' },
      items: async ({ teamId, today: on }) =>
        (await repository.meetingsOverdueInTeam(teamId, on)).map(row => ({
          kind: 'handover-overdue',
          subjectId: row.id,
          personId: row.person_id,
          label: `Handover meeting overdue: handover was ${formatLongDate(row.handover_date!)}`,
          since: addDays(row.handover_date!, 1),
          href: `/people/${row.person_id}/handover`,
          clears: 'sign-off' as const,
        })),
    } satisfies OversightItemSource,

    /** The handover page: the meeting and its status, the contacts and the 12-week flag. */
    async overview(ctx: RequestContext, personId: string) {
      const record = await people.caseFor(ctx, personId)
      const view = await load(ctx, record)
      await audit.record({ ...actorOf(ctx, record.person.id), action: 'handover.viewed' })
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

    /**
     * Records the handover meeting of the current custody episode, or changes it (send the version you read).
     * What the record rules out (a date outside custody, a POM not allocated) is told all at once.
     */
    async recordMeeting(ctx: RequestContext, personId: string, meeting: MeetingInput) {
      const { person, com, episode } = await writable(
        ctx,
        personId,
        'recording a handover meeting',
        'Allocate a community offender manager before recording the handover meeting: the COM must attend it',
      )
      const problems = [
        ...custodyDateProblems('meetingDate', 'the date of the meeting', meeting.meetingDate, episode),
        ...allocationProblems(meeting.attendees, { pom: Boolean(person.pom) }),
      ]
      if (problems.length) throw new ValidationFailed(problems)
      const existing = await repository.meeting(episode.id)
      if (existing && meeting.version === undefined) throw await staleMeeting(episode.id)
      const columns = toMeetingColumns(meeting, { comId: com.id, pomId: person.pom?.id ?? null })
      const saved = await db.transaction().execute(async tx => {
        const row = existing
          ? await repository.updateMeeting(tx, existing.id, meeting.version!, columns, ctx.user.id)
          : await repository.insertMeeting(tx, person.id, episode.id, columns, ctx.user.id)
        if (row) {
          await audit.record(
            {
              ...actorOf(ctx, person.id),
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
    async addContact(ctx: RequestContext, personId: string, contact: ContactInput) {
      const { person, com, episode } = await writable(
        ctx,
        personId,
        'recording the COM’s contacts',
        'Allocate a community offender manager before recording their contacts with the person',
      )
      const problems = custodyDateProblems('contactDate', 'the date of the contact', contact.contactDate, episode)
      if (problems.length) throw new ValidationFailed(problems)
      const columns = { ...contact, note: contact.note ?? null, comId: com.id }
      return db.transaction().execute(async tx => {
        const { id } = await repository.insertContact(tx, person.id, episode.id, columns, ctx.user.id)
        await audit.record(
          {
            ...actorOf(ctx, person.id),
            action: 'handover.contact-added',
            details: { contactId: id, episodeId: episode.id },
          },
          tx,
        )
        return { id }
      })
    },

    report,

    /** The same report on paper. */
    async reportPdf(ctx: RequestContext, personId: string) {
      return { fileName: 'handover-report.pdf', pdf: await renderPdf(handoverReportPdf(await report(ctx, personId))) }
    },

    /**
     * The handover flags of many people in one query, for a caseload page. The caller has already chosen the
     * people through PeopleService (which decides who may see whom) and audits the page it shows; ids of
     * people it could not see must not be passed. People not found, or without a custody episode, have flags
     * that flag nothing. Up to 1,000 ids at once; another feature's mistake is refused before it reaches a query.
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
