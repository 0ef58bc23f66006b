import { actorOf } from '../../platform/audit/actor.ts'
import type { CaseDeadlineSource } from '../../platform/case/case-deadline.ts'
import type { OversightItemSource } from '../../platform/case/oversight-item.ts'
import type { TimelineSource } from '../../platform/case/timeline-event.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import { addDays, formatLongDate, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import { Conflict, Forbidden, NotFound, ValidationFailed } from '../../platform/errors/errors.ts'
import { renderPdf } from '../../platform/pdf/pdf-document.ts'
import type { PeopleService } from '../people/index.ts'
import { loadBankHolidays } from './bank-holidays.ts'
import { ITEMS, NOTE_FIELD, statusChoices } from './readiness-items.ts'
import { readinessReportSection } from './readiness-report.ts'
import { itemView, readinessOf } from './readiness.mappers.ts'
import type { ReadinessRepository } from './readiness.repository.ts'
import { appointmentProblem, READINESS_POLICY, releaseAnchor, type ItemKey } from './readiness.rules.ts'
import type { ReadinessAuditAction } from './readiness.audit.ts'
import { mayOpenChecklist, readsOwnPlan } from './readiness.policy.ts'
import { detailsOf, type HousingReferralInput, type ItemInput } from './readiness.schemas.ts'
import { releaseDayPdf } from './release-day-pdf.ts'
import { releaseDayPlan } from './release-day-plan.ts'
import { translator } from '../../platform/i18n/i18n.ts'
import { languageForPerson } from '../../platform/i18n/person-language.ts'
import type { BankHolidayCalendar } from './release-day.rules.ts'
import { caseDeadlines } from './readiness-deadlines.ts'
import { readinessEvents } from './readiness-timeline.ts'
import { formatTime } from './time-of-day.ts'

interface Dependencies {
  db: Db
  repository: ReadinessRepository
  people: PeopleService
  audit: AuditLog<ReadinessAuditAction>
  today: () => IsoDate
  bankHolidays?: BankHolidayCalendar
}

type Case = Awaited<ReturnType<PeopleService['caseFor']>>
type Episode = NonNullable<Case['episode']>

/**
 * Release readiness: the checklist of basic welfare items, the housing duty to refer and the release-day plan.
 * Practitioners who may change the person's record write; practitioners who may see it read the checklist; the
 * person reads their own release-day plan. Every read and write is audited; every write is one transaction.
 */
export function createReadinessService({
  db,
  repository,
  people,
  audit,
  today,
  bankHolidays = loadBankHolidays(),
}: Dependencies) {
  async function readinessFor(episode: Episode) {
    const [items, referrals] = await Promise.all([repository.items(episode.id), repository.referrals(episode.id)])
    return readinessOf({
      episode: { releaseDate: episode.releaseDate, earliestReleaseDate: episode.derived?.earliestReleaseDate ?? null },
      items,
      referrals,
      today: today(),
      calendar: bankHolidays,
    })
  }

  /** The checklist is practitioners' work; the person has their release-day plan. */
  async function staffCase(ctx: RequestContext, personId: string, write = false) {
    const found = await people.caseFor(ctx, personId, { write })
    if (!mayOpenChecklist(ctx.user)) {
      await audit.record({ ...actorOf(ctx, found.person.id), action: 'readiness.access-refused', outcome: 'denied' })
      throw new Forbidden('Your plan for the day you leave prison is on your home page')
    }
    return found
  }

  async function writableEpisode(ctx: RequestContext, personId: string) {
    const found = await staffCase(ctx, personId, true)
    if (!found.episode) throw new NotFound('This person has no custody episode, so there is no release to prepare for')
    return { person: found.person, episode: found.episode }
  }

  return {
    /** Its moments on the person's timeline; the timeline has already checked access. */
    timelineEvents: (async personId =>
      readinessEvents(personId, await repository.metItems(personId))) satisfies TimelineSource,

    /** Welfare items not yet met before release, for many people in one query, for the caseload. */
    deadlines: (async personIds =>
      personIds.length
        ? caseDeadlines(await repository.itemsBeforeRelease(personIds))
        : []) satisfies CaseDeadlineSource,

    /** For the manager's queue: releases within 12 weeks with the first night not arranged, from 12 weeks out. */
    oversightItems: {
      kinds: { 'release-without-accommodation': 'Releases within 12 weeks without accommodation' },
      items: async ({ teamId, today: on }) => {
        const days = READINESS_POLICY.managerQueueDays
        const rows = await repository.accommodationNotArrangedInTeam(teamId, addDays(on, days))
        return rows.map(row => ({
          kind: 'release-without-accommodation',
          subjectId: row.id,
          personId: row.person_id,
          label: `Release on ${formatLongDate(row.earliest_release_date!)} with no accommodation arranged`,
          since: addDays(row.earliest_release_date!, -days),
          href: `/people/${row.person_id}/readiness/accommodation`,
          clears: 'sign-off' as const,
        }))
      },
    } satisfies OversightItemSource,

    /** The checklist, its RAG summary, the housing duty and the release-day check, for practitioners. */
    async checklist(ctx: RequestContext, personId: string) {
      const { person, episode, canEdit } = await staffCase(ctx, personId)
      const readiness = episode ? await readinessFor(episode) : null
      await audit.record({ ...actorOf(ctx, person.id), action: 'readiness.viewed', details: { view: 'checklist' } })
      return { person, canEdit, readiness }
    },

    /** One item as it stands, for its form. */
    async itemForEdit(ctx: RequestContext, personId: string, item: ItemKey) {
      const { person, episode } = await writableEpisode(ctx, personId)
      const readiness = await readinessFor(episode)
      const view = readiness.items.find(i => i.key === item)!
      await audit.record({ ...actorOf(ctx, person.id), action: 'readiness.viewed', details: { view: 'item', item } })
      return {
        person,
        item: ITEMS[item],
        statuses: statusChoices(item),
        noteField: NOTE_FIELD,
        current: view,
        values: { status: view.status, ...view.details, note: view.note, version: view.version },
      }
    },

    /**
     * Saves an item over the version read; the schema has checked what met needs. A first appointment cannot be
     * before the release, and a stale version is refused with the latest.
     */
    async updateItem(ctx: RequestContext, personId: string, item: ItemKey, parsed: ItemInput) {
      const { person, episode } = await writableEpisode(ctx, personId)
      const details = detailsOf(item, parsed)
      const release = releaseAnchor({
        releaseDate: episode.releaseDate,
        earliestReleaseDate: episode.derived?.earliestReleaseDate ?? null,
      })
      const tooEarly = appointmentProblem(details.appointmentDate as IsoDate | undefined, release)
      if (tooEarly) throw new ValidationFailed([tooEarly])
      const write = {
        personId: person.id,
        episodeId: episode.id,
        item,
        status: parsed.status,
        details,
        note: (parsed.note as string | undefined) ?? null,
        by: ctx.user.id,
      }
      const saved = await db.transaction().execute(async tx => {
        const row =
          parsed.version === 0
            ? await repository.insertItem(tx, write)
            : await repository.updateItem(tx, write, parsed.version)
        if (!row) throw staleItem(await repository.version(tx, episode.id, item))
        await audit.record(
          {
            ...actorOf(ctx, person.id),
            action: 'readiness.item-updated',
            details: { item, status: write.status, version: row.version, fields: Object.keys(details) },
          },
          tx,
        )
        return row
      })
      return { item: itemView(item, { ...saved, updated_by_name: ctx.user.displayName }, release, today()) }
    },

    async referralForm(ctx: RequestContext, personId: string) {
      const { person, episode } = await writableEpisode(ctx, personId)
      const readiness = await readinessFor(episode)
      await audit.record({
        ...actorOf(ctx, person.id),
        action: 'readiness.viewed',
        details: { view: 'housing-referral' },
      })
      return { person, housingDuty: readiness.housingDuty }
    },

    /** A referral to a council under the duty to refer, with the person's consent. */
    async recordReferral(ctx: RequestContext, personId: string, referral: HousingReferralInput) {
      const { person, episode } = await writableEpisode(ctx, personId)
      return db.transaction().execute(async tx => {
        const { id } = await repository.insertReferral(tx, {
          personId: person.id,
          episodeId: episode.id,
          council: referral.council,
          sentOn: referral.sentOn,
          reference: referral.reference ?? null,
          by: ctx.user.id,
        })
        await audit.record(
          { ...actorOf(ctx, person.id), action: 'readiness.housing-referral-recorded', details: { referralId: id } },
          tx,
        )
        return { id }
      })
    },

    /**
     * The handover report's readiness section, for a case the report has already read through
     * `people.caseFor` (a `ReportSectionProvider` of handover-report.ts). Audited as a read of readiness.
     */
    async reportSections(ctx: RequestContext, record: Case) {
      if (!record.episode) return []
      const readiness = await readinessFor(record.episode)
      await audit.record({
        ...actorOf(ctx, record.person.id),
        action: 'readiness.viewed',
        details: { view: 'handover-report' },
      })
      return [readinessReportSection(readiness)]
    },

    /**
     * What a person's resettlement plan shows of readiness, for a case the plan has already read through
     * `people.caseFor`: whether the person is out yet, where each item stands, and the first appointment with the
     * COM once booked. Audited as a read of readiness.
     */
    async planFacts(ctx: RequestContext, record: Case) {
      if (!record.episode) return null
      const readiness = await readinessFor(record.episode)
      await audit.record({ ...actorOf(ctx, record.person.id), action: 'readiness.viewed', details: { view: 'plan' } })
      const first = readiness.items.find(i => i.key === 'first-appointment')!
      const detail = (field: string) => String(first.details[field] ?? '')
      return {
        released: readiness.released,
        items: readiness.items.map(({ key, title, status }) => ({ key, title, status })),
        firstAppointment:
          first.status === 'met'
            ? {
                date: detail('appointmentDate'),
                time: formatTime(detail('appointmentTime')),
                place: detail('appointmentPlace'),
              }
            : null,
      }
    },

    /** The person's plan for the day they leave, in plain words: for them, and for practitioners to print. */
    releaseDay: (ctx: RequestContext, personId: string) => releaseDay(ctx, personId, 'release-day'),

    /** The same plan on paper, for the person to keep. */
    async releaseDayPdf(ctx: RequestContext, personId: string) {
      const { plan, planLang } = await releaseDay(ctx, personId, 'release-day-pdf')
      return { fileName: 'release-day-plan.pdf', pdf: await renderPdf(releaseDayPdf(plan, translator(planLang))) }
    },
  }

  async function releaseDay(ctx: RequestContext, personId: string, view: 'release-day' | 'release-day-pdf') {
    const { person, episode } = await people.caseFor(ctx, personId)
    const readiness = episode ? await readinessFor(episode) : null
    await audit.record({ ...actorOf(ctx, person.id), action: 'readiness.viewed', details: { view } })
    // The plan is the person's: in their language, whoever reads or prints it.
    const lang = await languageForPerson(db, ctx, person.id)
    const words = { t: translator(lang), lang }
    return {
      person,
      forPerson: readsOwnPlan(ctx.user),
      planLang: lang,
      releaseDate: readiness?.releaseDate ?? null,
      releaseDay: readiness?.releaseDay ?? null,
      plan: readiness ? releaseDayPlan({ comName: person.com?.name ?? null, readiness }, words) : null,
    }
  }
}

/** Carries the latest version, so that saving again, having checked, is a deliberate choice. */
function staleItem(latestVersion: number) {
  return new Conflict('Someone else changed this item while you were editing it. Check the details and save again.', {
    version: latestVersion,
  })
}

export type ReadinessService = ReturnType<typeof createReadinessService>
