import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { OversightItem, OversightItemSource, OversightTeam } from '../../platform/case/oversight-item.ts'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import { Conflict, NotFound, ValidationFailed } from '../../platform/errors/errors.ts'
import { pageOf } from '../../platform/lists/page-of.ts'
import type { PeopleService } from '../people/index.ts'
import type { OversightAuditAction } from './oversight.audit.ts'
import { mayOversee } from './oversight.policy.ts'
import type { OversightRepository } from './oversight.repository.ts'
import { itemKey, openItems, OVERSIGHT_POLICY, oversightShare, shareSince, signOffProblem } from './oversight.rules.ts'
import type { SignOffInput, SubjectQuery } from './oversight.schemas.ts'

interface Dependencies {
  db: Db
  repository: OversightRepository
  people: PeopleService
  audit: AuditLog<OversightAuditAction>
  today: () => IsoDate
  /** Every feature's item source, gathered once all are built: read at each request, never copied. */
  sources: readonly OversightItemSource[]
}

type Person = { id: string; crn: string; firstName: string; lastName: string }

/**
 * The manager's queue: what in the team needs a manager's eye, from every feature's source, less what a manager
 * has signed off; sign-offs kept with who, when and a note; and the share of cases with recorded oversight.
 */
export function createOversightService({ db, repository, people, audit, today, sources }: Dependencies) {
  function teamOf(ctx: RequestContext): OversightTeam {
    if (!mayOversee(ctx.user)) throw new NotFound()
    return { teamId: ctx.user.teamId, today: today() }
  }

  const kindNames = () => Object.assign({}, ...sources.map(source => source.kinds)) as Record<string, string>

  /** The open items of these sources that this manager may see, oldest first, and how many were held back. */
  async function open(ctx: RequestContext, team: OversightTeam, from: readonly OversightItemSource[]) {
    const items = (await Promise.all(from.map(source => source.items(team)))).flat()
    const [signed, barred] = await Promise.all([
      repository.signedOff(items.map(item => item.subjectId)),
      people.barredAmong(ctx, [...new Set(items.map(item => item.personId))]),
    ])
    const waiting = openItems(items, new Set(signed.map(row => itemKey({ kind: row.kind, subjectId: row.subject_id }))))
    const visible = waiting.filter(item => !barred.has(item.personId))
    return { visible, limitedAccessHidden: waiting.length - visible.length }
  }

  async function peopleById(personIds: readonly string[]): Promise<Map<string, Person>> {
    const rows = await repository.people(personIds)
    return new Map(
      rows.map(row => [row.id, { id: row.id, crn: row.crn, firstName: row.first_name, lastName: row.last_name }]),
    )
  }

  async function share(team: OversightTeam) {
    const since = shareSince(team.today)
    const elsewhere = await Promise.all(sources.map(source => source.overseen?.(team, since) ?? []))
    const { cases, overseen } = await repository.share(team.teamId, since, elsewhere.flat())
    return oversightShare(overseen, cases, since, OVERSIGHT_POLICY.shareWindowWeeks)
  }

  /** The one open item a sign-off names, from the one source that gives its kind. */
  async function openItem(ctx: RequestContext, team: OversightTeam, subject: SubjectQuery) {
    const source = sources.filter(s => subject.kind in s.kinds)
    const { visible } = await open(ctx, team, source)
    const item = visible.find(i => i.kind === subject.kind && i.subjectId === subject.subjectId)
    const problem = signOffProblem(item)
    return { item, problem }
  }

  /** The item a sign-off form shows, if it still waits; its opening is audited. */
  async function formItem(ctx: RequestContext, subject: SubjectQuery | null) {
    const team = teamOf(ctx)
    const { item, problem } = subject ? await openItem(ctx, team, subject) : { item: undefined, problem: null }
    if (!item || problem) return { item: null }
    const byId = await peopleById([item.personId])
    await audit.record({
      ...actorOf(ctx, item.personId),
      action: 'oversight.sign-off-viewed',
      details: { kind: item.kind, subjectId: item.subjectId },
    })
    return { item: line(item, byId.get(item.personId), kindNames()) }
  }

  const line = (item: OversightItem, person: Person | undefined, names: Record<string, string>) => ({
    ...item,
    kindName: names[item.kind] ?? item.kind,
    person: person ?? null,
  })

  return {
    /** One page of the queue, what each kind holds, and the share of cases with recorded oversight. */
    async queue(ctx: RequestContext, { page }: { page: number }) {
      const team = teamOf(ctx)
      const [{ visible, limitedAccessHidden }, measured] = await Promise.all([open(ctx, team, sources), share(team)])
      const paged = pageOf(visible, page, OVERSIGHT_POLICY.pageSize)
      const byId = await peopleById(paged.items.map(item => item.personId))
      const names = kindNames()
      await audit.record({
        ...actorOf(ctx),
        action: 'oversight.queue-viewed',
        details: { page: paged.page, personIds: [...byId.keys()] },
      })
      return {
        page: paged.page,
        pageCount: paged.pageCount,
        total: paged.total,
        limitedAccessHidden,
        kinds: Object.entries(names).map(([kind, name]) => ({
          kind,
          name,
          count: visible.filter(item => item.kind === kind).length,
        })),
        items: paged.items.map(item => line(item, byId.get(item.personId), names)),
        share: measured,
      }
    },

    /** What the sign-off form shows: the item as it waits now. */
    async signOffForm(ctx: RequestContext, subject: SubjectQuery) {
      const found = await formItem(ctx, subject)
      if (!found.item) throw new NotFound()
      return found
    },

    /**
     * The form again after a refused sign-off: the item if it still waits, else none, so that the page can say so
     * with the problems of what was sent.
     */
    signOffFormAgain: formItem,

    /** A manager signs off an open item of their team: kept with who, when and the note, and gone from the queue. */
    async signOff(ctx: RequestContext, input: SignOffInput) {
      const team = teamOf(ctx)
      const { item, problem } = await openItem(ctx, team, input)
      if (!item) throw new NotFound()
      if (problem) throw ValidationFailed.of('kind', problem)
      return db.transaction().execute(async tx => {
        const done = await repository.insert(tx, {
          kind: item.kind,
          subjectId: item.subjectId,
          personId: item.personId,
          teamId: team.teamId,
          label: item.label,
          note: input.note ?? null,
          by: ctx.user.id,
          on: team.today,
        })
        if (!done) throw new Conflict('Someone else signed this off while you were reading it.')
        await audit.record(
          {
            ...actorOf(ctx, item.personId),
            action: 'oversight.signed-off',
            details: { signOffId: done.id, kind: item.kind, subjectId: item.subjectId, noted: Boolean(input.note) },
          },
          tx,
        )
        return { id: done.id, label: item.label }
      })
    },

    /** One page of the team's sign-offs, the latest first: kept for history and audit. */
    async history(ctx: RequestContext, { page }: { page: number }) {
      const { teamId } = teamOf(ctx)
      const size = OVERSIGHT_POLICY.pageSize
      const first = await repository.history(teamId, page, size)
      const pageCount = Math.max(1, Math.ceil(first.total / size))
      // A page past the last shows the last, so a stale link still shows something.
      const shown = Math.min(page, pageCount)
      const { rows, total } = shown === page ? first : await repository.history(teamId, shown, size)
      const names = kindNames()
      await audit.record({
        ...actorOf(ctx),
        action: 'oversight.history-viewed',
        details: { page: shown, personIds: [...new Set(rows.map(row => row.person_id))] },
      })
      return {
        page: shown,
        pageCount,
        total,
        signOffs: rows.map(row => ({
          id: row.id,
          kind: row.kind,
          kindName: names[row.kind] ?? row.kind,
          subjectId: row.subject_id,
          label: row.label,
          note: row.note,
          signedOffOn: row.signed_off_on,
          signedOffAt: new Date(row.signed_off_at).toISOString(),
          signedOffBy: { id: row.by_id, name: row.by_name },
          person: { id: row.person_id, crn: row.crn, firstName: row.first_name, lastName: row.last_name },
        })),
      }
    },
  }
}

export type OversightService = ReturnType<typeof createOversightService>
