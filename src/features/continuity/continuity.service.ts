import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import { comChanges, continuityWarning } from '../../platform/case/allocation-history.rules.ts'
import type { TimelineSource } from '../../platform/case/timeline-event.ts'
import type { Db } from '../../platform/db/database.ts'
import { Forbidden, NotFound } from '../../platform/errors/errors.ts'
import { translator } from '../../platform/i18n/i18n.ts'
import { languageForPerson } from '../../platform/i18n/person-language.ts'
import { renderPdf } from '../../platform/pdf/pdf-document.ts'
import type { PeopleService, PersonCase } from '../people/index.ts'
import { practitionerLetter } from './continuity-letter.ts'
import type { ContinuityAuditAction } from './continuity.audit.ts'
import { allocationEvents, practitionerChange, toAllocation, toEvents } from './continuity.mappers.ts'
import { mayReadPractitionerHistory, mayReadTeamContinuity, ownRecordOf } from './continuity.policy.ts'
import type { ContinuityRepository } from './continuity.repository.ts'
import { continuityMeasures, keptSameCom } from './continuity.rules.ts'

interface Dependencies {
  db: Db
  repository: ContinuityRepository
  people: PeopleService
  audit: AuditLog<ContinuityAuditAction>
  today: () => string
}

const LETTER = 'your-practitioner.pdf'

/**
 * Continuity of the named practitioner: each person's history of practitioners with the handover notes, the
 * continuity measures for a person and for a manager's team, and what the person is told of a change.
 */
export function createContinuityService({ db, repository, people, audit, today }: Dependencies) {
  const fullName = (record: PersonCase) =>
    `${record.person.preferredName ?? record.person.firstName} ${record.person.lastName}`

  /** The person's own record: only a signed-in person, only their own. */
  async function ownCase(ctx: RequestContext) {
    const personId = ownRecordOf(ctx.user)
    if (!personId) throw new NotFound()
    return people.caseFor(ctx, personId)
  }

  /** A case whose practitioners this member of staff may see. */
  async function staffCase(ctx: RequestContext, personId: string) {
    if (!mayReadPractitionerHistory(ctx.user)) throw new NotFound()
    return people.caseFor(ctx, personId)
  }

  async function letterFor(ctx: RequestContext, record: PersonCase) {
    const change = practitionerChange(await repository.history(record.person.id), record.person.com)
    if (!change) throw new NotFound()
    const lang = await languageForPerson(db, ctx, record.person.id)
    const phone = record.person.com?.phone ?? null
    const pdf = await renderPdf(practitionerLetter(fullName(record), change, phone, today(), translator(lang), lang))
    await audit.record({ ...actorOf(ctx, record.person.id), action: 'continuity.letter-generated' })
    return { fileName: LETTER, pdf }
  }

  return {
    /** A person's practitioners over time, the handover notes, and their continuity measures. */
    async casePage(ctx: RequestContext, personId: string) {
      const record = await staffCase(ctx, personId)
      const rows = await repository.history(record.person.id)
      const events = toEvents(rows)
      const changes = comChanges(events, record.episode?.sentenceStartDate)
      const releaseDate = record.episode?.releaseDate
      const history = rows.map(toAllocation).reverse()
      const current = history.find(a => a.kind === 'com')
      await audit.record({ ...actorOf(ctx, record.person.id), action: 'continuity.viewed' })
      return {
        person: record.person,
        comChanges: changes,
        continuityWarning: continuityWarning(changes),
        keptSameCom: releaseDate ? keptSameCom(events, releaseDate, today()) : 'not-yet-measurable',
        history,
        /** The note that the current COM was given when the case came to them. */
        handoverForCurrentCom: current?.staffId && current.staffId === record.person.com?.id ? current : null,
        change: practitionerChange(rows, record.person.com),
      }
    },

    /** The continuity measures of a manager's team, and each person's changes of COM. */
    async teamPage(ctx: RequestContext) {
      if (!mayReadTeamContinuity(ctx.user)) throw new Forbidden('Only a team manager can see the continuity of a team')
      const rows = await repository.teamHistories(ctx.user.teamId)
      const barred = await people.barredAmong(ctx, [...new Set(rows.map(r => r.person_id))])
      const byPerson = new Map<string, typeof rows>()
      for (const row of rows)
        if (!barred.has(row.person_id)) byPerson.set(row.person_id, [...(byPerson.get(row.person_id) ?? []), row])
      const cases = [...byPerson.values()].map(personRows => {
        const first = personRows[0]!
        const history = personRows.map(r => ({ kind: r.kind, staffId: r.staff_id, on: r.allocated_on }))
        return {
          personId: first.person_id,
          name: { firstName: first.first_name, lastName: first.last_name },
          comName: first.com_name,
          history,
          sentenceStartDate: first.sentence_start_date,
          releaseDate: first.release_date,
          comChanges: comChanges(history, first.sentence_start_date),
        }
      })
      await audit.record({
        ...actorOf(ctx),
        action: 'continuity.team-viewed',
        details: { personIds: cases.map(c => c.personId) },
      })
      return {
        measures: continuityMeasures(cases, today()),
        people: cases
          .map(({ personId, name, comName, comChanges: changes }) => ({
            personId,
            ...name,
            comName,
            comChanges: changes,
            warning: continuityWarning(changes),
          }))
          .sort((a, b) => b.comChanges - a.comChanges),
      }
    },

    /** What the person sees in their own account: who their practitioner is, and any change. */
    async yourPractitioner(ctx: RequestContext) {
      const record = await ownCase(ctx)
      const change = practitionerChange(await repository.history(record.person.id), record.person.com)
      await audit.record({ ...actorOf(ctx, record.person.id), action: 'continuity.viewed', details: { own: true } })
      return { person: record.person, change }
    },

    async ownLetter(ctx: RequestContext) {
      return letterFor(ctx, await ownCase(ctx))
    },

    /** The same letter, printed by staff for a person who asked for one. */
    async letter(ctx: RequestContext, personId: string) {
      return letterFor(ctx, await staffCase(ctx, personId))
    },

    /** Every allocation and change of practitioner, for the timeline; the caller has checked access. */
    timelineEvents: (async personId =>
      allocationEvents(personId, await repository.history(personId))) satisfies TimelineSource,
  }
}

export type ContinuityService = ReturnType<typeof createContinuityService>
