import type { CaseDeadlineSource } from '../../platform/case/case-deadline.ts'
import type { CaseSection } from '../../platform/case/case-header.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import { keyDateDeadlines } from '../caseload/index.ts'
import type { HandoverService } from '../handover/index.ts'
import { caseDatesOf, type PeopleService } from '../people/index.ts'
import { fromFeature, whatNeedsDoing, type ToDo } from './overview.rules.ts'

type Overview = Awaited<ReturnType<PeopleService['overview']>>

interface Dependencies {
  people: PeopleService
  handover: HandoverService
  today: () => IsoDate
  deadlineSources: readonly CaseDeadlineSource[]
  caseSections: readonly CaseSection[]
}

/** A person's case at a glance: what needs doing first, then the key facts. */
export function createOverviewService({ people, handover, today, deadlineSources, caseSections }: Dependencies) {
  function sectionOpener(ctx: RequestContext) {
    const open = new Set(caseSections.filter(s => s.roles.includes(ctx.user.role)).map(s => s.key))
    return (section: string | undefined) => section !== undefined && open.has(section)
  }

  /** The handover's and the key dates' own deadlines, which no feature source offers. */
  async function fromKeyDates(view: Overview, mayOpen: (s: string) => boolean) {
    const { person } = view
    const episode = view.episodes[0] ?? null
    const id = person.id
    const base = `/people/${id}`
    const link = (section: string, path: string) => (mayOpen(section) ? `${base}${path}` : null)
    const flags = (await handover.handoverFlagsFor([id], today()))[id]
    const dated = keyDateDeadlines(caseDatesOf(person, episode), today()).map((d): ToDo => ({
      what: d.what,
      dueDate: d.date,
      overdue: d.overdue,
      href:
        d.what === 'Allocate a COM'
          ? view.canAllocate
            ? `${base}/allocation`
            : null
          : link(d.what === 'Release' ? 'readiness' : 'handover', d.what === 'Release' ? '/readiness' : '/handover'),
    }))
    const handoverDue = episode?.derived?.handoverDate ?? today()
    return [
      ...dated,
      ...(flags?.meetingOverdue
        ? [{ what: 'Handover meeting', dueDate: handoverDue, overdue: true, href: link('handover', '/handover') }]
        : []),
      ...(flags?.comNotMet
        ? [
            {
              what: 'COM to meet the person',
              dueDate: episode?.derived?.earliestReleaseDate ?? today(),
              overdue: true,
              href: link('handover', '/handover'),
            },
          ]
        : []),
    ]
  }

  return {
    async overview(ctx: RequestContext, personId: string) {
      const view = await people.overview(ctx, personId)
      const mayOpen = sectionOpener(ctx)
      const [own, fromFeatures] = await Promise.all([
        fromKeyDates(view, mayOpen),
        Promise.all(deadlineSources.map(source => source([view.person.id]))),
      ])
      const episode = view.episodes[0]
      const licenceEnded = Boolean(
        episode?.releaseDate && episode.licenceExpiryDate && episode.licenceExpiryDate < today(),
      )
      const todo = whatNeedsDoing(
        [...own, ...fromFeatures.flat().map(d => fromFeature(d, mayOpen))],
        today(),
        licenceEnded,
      )
      return { ...view, todo, licenceEnded }
    },
  }
}

export type OverviewService = ReturnType<typeof createOverviewService>
