import { randomUUID } from 'node:crypto'
import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { CaseDeadlineSource } from '../../platform/case/case-deadline.ts'
import type { PlanStrengths, PlanStrengthsSource } from '../../platform/case/plan-strengths.ts'
import { casePromptsFor, type CasePromptSource } from '../../platform/case/case-prompt.ts'
import type { TimelineSource } from '../../platform/case/timeline-event.ts'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import { Conflict, Forbidden, NotFound, ValidationFailed, type FieldError } from '../../platform/errors/errors.ts'
import { translator } from '../../platform/i18n/i18n.ts'
import { languageForPerson } from '../../platform/i18n/person-language.ts'
import { renderPdf } from '../../platform/pdf/pdf-document.ts'
import { fieldError, messageKey } from '../../platform/validation/parse.ts'
import type { NeedsService } from '../needs/index.ts'
import type { PeopleService } from '../people/index.ts'
import type { ReadinessService } from '../readiness/index.ts'
import { emptyPlan, type Author, type PlanContent, type PlanItem, type Section, type Step } from './plan-content.ts'
import { applyEdit, editProblems, formValuesOf, type Edit } from './plan-edits.ts'
import { planPdf } from './plan-pdf.ts'
import type { PlanAuditAction } from './plans.audit.ts'
import { planHistory, planView, toAnswer } from './plans.mappers.ts'
import {
  authorRoleOf,
  isThePerson,
  mayEditPlan,
  mayLinkPathways,
  mayOpenSection,
  needsRecordWrite,
  personRefusal,
} from './plans.policy.ts'
import type { PlansRepository } from './plans.repository.ts'
import { isMaterial, planChanges, versionFor } from './plans.rules.ts'
import type { AgreementInput, GoalAchievedInput, ItemInput, RemoveInput, StepStatusInput } from './plans.schemas.ts'
import { changeLine } from './plans.wording.ts'

interface Dependencies {
  db: Db
  repository: PlansRepository
  people: PeopleService
  needs: NeedsService
  readiness: ReadinessService
  audit: AuditLog<PlanAuditAction>
  today: () => IsoDate
  /** The person's strengths profile, from the features that offer it (the strengths feature). */
  strengthSources: readonly PlanStrengthsSource[]
  /** What to ask about for this person while planning (the diversity feature's prompts, among any others). */
  promptSources?: readonly CasePromptSource[]
}

type Case = Awaited<ReturnType<PeopleService['caseFor']>>

/** A message in English, for the API and staff; a page in Welsh says it from its key. */
const english = translator('en')

/**
 * Co-produced resettlement plans: the person's goals and the steps to them, the risk controls beside them, the
 * people who support them, and the person's agreement to each version. Who may change what is plans.policy.ts's
 * decision; anyone who may see the record reads it. Every read and write is audited; every write is one
 * transaction over the revision read.
 */
export function createPlansService({
  db,
  repository,
  people,
  needs,
  readiness,
  audit,
  today,
  strengthSources,
  promptSources = [],
}: Dependencies) {
  /** The strengths the plan shows: the person's strengths profile, never the plan's own. */
  async function strengthsOf(personId: string): Promise<PlanStrengths> {
    const all = await Promise.all(strengthSources.map(source => source(personId)))
    return {
      strengths: all.flatMap(a => a.strengths),
      goalsRecorded: all.flatMap(a => a.goalsRecorded),
    }
  }

  const authorOf = (ctx: RequestContext): Author => ({
    userId: ctx.user.id,
    name: ctx.user.displayName,
    role: authorRoleOf(ctx.user),
  })

  const writableCase = (ctx: RequestContext, personId: string) =>
    people.caseFor(ctx, personId, { write: needsRecordWrite(ctx.user) })

  async function pathwaysFor(ctx: RequestContext, record: Case) {
    if (!mayLinkPathways(ctx.user)) return []
    const summary = await needs.summary(ctx, record.person.id)
    const withNeed = new Set<string>(summary.pathwaysWithNeed ?? [])
    return (summary.pathways ?? []).map(p => ({ key: p.key, label: p.label, hasNeed: withNeed.has(p.key) }))
  }

  async function viewOf(ctx: RequestContext, record: Case) {
    const plan = await repository.plan(record.person.id)
    const [answers, welfare, pathways, strengths] = await Promise.all([
      plan ? repository.agreements(plan.id) : [],
      readiness.planFacts(ctx, record),
      pathwaysFor(ctx, record),
      strengthsOf(record.person.id),
    ])
    return {
      view: planView({
        content: plan?.content ?? emptyPlan(),
        revision: plan?.revision ?? 0,
        versionNumber: plan?.version_number ?? null,
        answers: answers.map(toAnswer),
        welfare,
        comName: record.person.com?.name ?? null,
        pathways,
        strengths,
        today: today(),
      }),
      firstAppointment: welfare?.firstAppointment ?? null,
      planId: plan?.id ?? null,
    }
  }

  async function read(ctx: RequestContext, personId: string, view: 'page' | 'print') {
    const record = await people.caseFor(ctx, personId)
    const { view: plan, firstAppointment, planId } = await viewOf(ctx, record)
    await audit.record({
      ...actorOf(ctx, record.person.id),
      action: 'plan.viewed',
      details: { view, revision: plan.revision },
    })
    if (isThePerson(ctx.user) && view === 'page' && planId && plan.version.number)
      await repository.markSeen(planId, plan.version.number)
    return {
      person: record.person,
      canEdit: mayEditPlan(ctx.user, record.canEdit),
      forPerson: isThePerson(ctx.user),
      nextAppointment: firstAppointment,
      plan,
    }
  }

  /** Who has changed the plan since `revision`, and what: shown to the second to save. */
  async function stale(personId: string, revision: number) {
    const latest = await repository.plan(personId)
    // A revision sent for a plan not yet begun is as stale as one overtaken: the answer is the current state, none.
    const was = (latest && revision > 0 && (await repository.contentAt(latest.id, revision))) || emptyPlan()
    const changes = latest ? planChanges(was, latest.content).map(changeLine) : []
    const names = latest ? await repository.changedSince(latest.id, revision) : []
    const values = { names }
    const key = names.length
      ? messageKey('plans:errors.changedWhileEditing')
      : messageKey('plans:errors.changedBySomeone')
    const current = { revision: latest?.revision ?? 0, changedMeanwhile: changes }
    return new Conflict(english(key, values), current, { key, values })
  }

  /** Applies one edit over the revision the user read, as one transaction, and audits it. */
  async function save(ctx: RequestContext, personId: string, revision: number, edit: Edit) {
    const record = await writableCase(ctx, personId)
    const { person } = record
    const author = authorOf(ctx)
    const plan = await repository.plan(person.id)
    if ((plan?.revision ?? 0) !== revision) throw await stale(person.id, revision)
    const before: PlanContent = plan?.content ?? emptyPlan()
    const refusal = isThePerson(ctx.user) ? personRefusal(before, edit, ctx.user.id) : null
    if (refusal) throw new Forbidden(refusal)
    const problems = [...editProblems(before, edit, today()), ...(await pathwayProblems(ctx, record, edit))]
    if (problems.length) throw new ValidationFailed(problems)
    const after = applyEdit(before, edit, author, randomUUID)
    const changes = planChanges(before, after)
    if (!changes.length) return { revision: plan?.revision ?? 0, versionNumber: plan?.version_number ?? null }
    const material = isMaterial(changes)
    const saved = await db.transaction().execute(async tx => {
      const current = plan ? await repository.versionState(tx, plan.id, plan.version_number) : undefined
      const version = versionFor(
        current ? { ...current, answered: Boolean(current.answered) } : null,
        material,
        ctx.user.id,
      )
      const columns = { content: after, versionNumber: version.number, material, by: ctx.user.id, role: author.role }
      const row = plan
        ? await repository.updatePlan(tx, plan.id, plan.revision, columns)
        : await repository.insertPlan(tx, person.id, columns)
      if (!row) return null
      await repository.insertRevision(tx, row.id, row.revision, columns)
      if (material) await repository.saveVersion(tx, row.id, person.id, columns, version.opens)
      await audit.record(
        {
          ...actorOf(ctx, person.id),
          action: 'plan.changed',
          details: {
            op: edit.op,
            section: edit.op === 'status' ? 'steps' : edit.op === 'achieved' ? 'goals' : edit.section,
            revision: row.revision,
            version: version.number,
            newVersion: version.opens,
            material,
          },
        },
        tx,
      )
      return { revision: row.revision, versionNumber: version.number }
    })
    if (!saved) throw await stale(person.id, revision)
    return saved
  }

  /** A goal's pathway must be one of needs screening's: the one problem of an edit that needs another feature. */
  async function pathwayProblems(ctx: RequestContext, record: Case, edit: Edit): Promise<FieldError[]> {
    if (edit.op === 'status' || edit.op === 'achieved' || edit.op === 'remove' || edit.section !== 'goals') return []
    const pathway = edit.values.pathway
    if (pathway === undefined) return []
    const known = await pathwaysFor(ctx, record)
    return known.some(p => p.key === pathway) ? [] : [{ field: 'pathway', message: 'Select a pathway from the list' }]
  }

  return {
    /** The plan page and `GET /plan`: for anyone who may see the person, including the person. */
    plan: (ctx: RequestContext, personId: string) => read(ctx, personId, 'page'),

    /** The plan for the form that records the person's answer: only for those who may record it. */
    async agreementForm(ctx: RequestContext, personId: string) {
      await writableCase(ctx, personId)
      return read(ctx, personId, 'page')
    },

    /** The plan page: the plan, and for staff the things to ask about for this person while planning. */
    async planPage(ctx: RequestContext, personId: string) {
      const plan = await read(ctx, personId, 'page')
      const casePrompts = plan.forPerson ? [] : await casePromptsFor(promptSources, ctx, plan.person.id, 'planning')
      return { ...plan, casePrompts }
    },

    /** The plan to print, in the same plain words as the person's page. */
    async printable(ctx: RequestContext, personId: string) {
      const plan = await read(ctx, personId, 'print')
      const lang = await languageForPerson(db, ctx, plan.person.id)
      const content = planPdf({ ...plan, printedOn: today() }, translator(lang), lang)
      return { fileName: 'resettlement-plan.pdf', pdf: await renderPdf(content) }
    },

    /** For the person's home page: whether someone else changed their plan since they last read it. */
    async changedSinceSeen(ctx: RequestContext, personId: string) {
      if (!isThePerson(ctx.user) || ctx.user.personId !== personId) return false
      return repository.changedSinceSeen(personId)
    },

    /** What a form for one part of the plan needs: the item as it stands (to change it) and the choices. */
    async itemForm(ctx: RequestContext, personId: string, section: Section, itemId?: string) {
      const record = await writableCase(ctx, personId)
      if (!mayOpenSection(ctx.user, section)) throw new NotFound()
      const plan = await repository.plan(record.person.id)
      const content = plan?.content ?? emptyPlan()
      const item = itemId ? (content[section] as readonly PlanItem[]).find(i => i.id === itemId) : undefined
      if (itemId && !item) throw new NotFound('This part of the plan has been removed')
      const refusal =
        item && isThePerson(ctx.user)
          ? personRefusal(content, { op: 'remove', section, id: item.id }, ctx.user.id)
          : null
      if (refusal) throw new Forbidden(refusal)
      await audit.record({
        ...actorOf(ctx, record.person.id),
        action: 'plan.viewed',
        details: { view: 'form', section, itemId: itemId ?? null },
      })
      return {
        person: record.person,
        forPerson: isThePerson(ctx.user),
        section,
        item: item ?? null,
        values: { status: 'not-started', ...formValuesOf(item ?? null), revision: plan?.revision ?? 0 },
        goals: content.goals.map(g => ({ id: g.id, text: g.text })),
        pathways: await pathwaysFor(ctx, record),
      }
    },

    /** Adds an item to a section, or changes one (itemId), over the revision read. */
    async saveItem<S extends Section>(
      ctx: RequestContext,
      personId: string,
      section: S,
      itemId: string | undefined,
      values: ItemInput<S>,
    ) {
      const edit: Edit = itemId ? { op: 'update', section, id: itemId, values } : { op: 'add', section, values }
      return save(ctx, personId, values.revision, edit)
    },

    async removeItem(ctx: RequestContext, personId: string, section: Section, itemId: string, input: RemoveInput) {
      return save(ctx, personId, input.revision, { op: 'remove', section, id: itemId })
    },

    /** Marks a step's progress: the person marks their own steps; practitioners any. Not a material change. */
    async setStepStatus(ctx: RequestContext, personId: string, stepId: string, input: StepStatusInput) {
      return save(ctx, personId, input.revision, { op: 'status', id: stepId, status: input.status })
    },

    /**
     * A practitioner marks a goal achieved today, or not achieved after all. Progress, not a material change: it
     * asks for no new agreement. The plan page then offers to record it as an achievement.
     */
    async setGoalAchieved(ctx: RequestContext, personId: string, goalId: string, input: GoalAchievedInput) {
      return save(ctx, personId, input.revision, { op: 'achieved', id: goalId, on: input.achieved ? today() : null })
    },

    /** The goals of the person's plan as they stand, for the strengths profile; the caller has checked access. */
    async goals(personId: string) {
      const plan = await repository.plan(personId)
      return (plan?.content.goals ?? []).map(g => ({ id: g.id, text: g.text, achievedOn: g.achievedOn ?? null }))
    },

    /**
     * The person's answer to the current version: agreed or not, with comments and the steps they do not agree
     * with. A practitioner may record it for them (from a paper copy, say); it shows as recorded by them.
     */
    async recordAgreement(ctx: RequestContext, personId: string, answer: AgreementInput) {
      const { person } = await writableCase(ctx, personId)
      const plan = await repository.plan(person.id)
      if (!plan)
        throw new Conflict(english('plans:errors.noPlan'), undefined, { key: messageKey('plans:errors.noPlan') })
      if (answer.version !== plan.version_number) {
        const key = messageKey('plans:errors.changed')
        throw new Conflict(english(key), { version: plan.version_number }, { key })
      }
      const steps = new Set(plan.content.steps.map((s: Step) => s.id))
      if (answer.disagreedStepIds.some(id => !steps.has(id))) {
        throw new ValidationFailed([fieldError('disagreedStepIds', messageKey('plans:errors.steps'))])
      }
      return db.transaction().execute(async tx => {
        const { id } = await repository.insertAgreement(tx, {
          planId: plan.id,
          personId: person.id,
          versionNumber: plan.version_number,
          agreed: answer.agreed,
          comments: answer.comments ?? null,
          disagreedStepIds: answer.disagreedStepIds,
          recordedOn: today(),
          by: ctx.user.id,
          role: authorOf(ctx).role,
        })
        await audit.record(
          {
            ...actorOf(ctx, person.id),
            action: 'plan.answer-recorded',
            details: { agreementId: id, version: plan.version_number, agreed: answer.agreed },
          },
          tx,
        )
        return { id, versionNumber: plan.version_number, agreed: answer.agreed }
      })
    },

    /** Every version, what changed from the one before and who changed it, and the person's answers to each. */
    async history(ctx: RequestContext, personId: string) {
      const record = await people.caseFor(ctx, personId)
      const plan = await repository.plan(record.person.id)
      const [versions, answers] = plan
        ? await Promise.all([repository.versions(plan.id), repository.agreements(plan.id)])
        : [[], []]
      await audit.record({ ...actorOf(ctx, record.person.id), action: 'plan.viewed', details: { view: 'history' } })
      return { person: record.person, forPerson: isThePerson(ctx.user), versions: planHistory(versions, answers) }
    },

    /** Plan versions made and answers given, for the timeline; the caller has already checked access. */
    timelineEvents: (async personId =>
      (await repository.timeline(personId)).map(row => ({
        at: new Date(row.at).toISOString(),
        kind: 'plan',
        title:
          row.kind === 'version'
            ? `Plan version ${row.number} made`
            : `Plan version ${row.number} ${row.agreed ? 'agreed' : 'not agreed'} by the person`,
        by: row.role === 'person' ? `${row.name} (the person)` : row.name,
        href: `/people/${personId}/plan/history`,
      }))) satisfies TimelineSource,

    /** Open plan steps owned by practitioners, for the caseload; the caller has already checked access. */
    deadlines: (async personIds =>
      (await repository.practitionerSteps(personIds)).map(row => ({
        personId: row.personId,
        label: `Plan step: ${row.text.length > 60 ? `${row.text.slice(0, 57)}…` : row.text}`,
        dueDate: row.dueDate,
      }))) satisfies CaseDeadlineSource,
  }
}

export type PlansService = ReturnType<typeof createPlansService>
