import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { PlanStrengthsSource } from '../../platform/case/plan-strengths.ts'
import type { TimelineSource } from '../../platform/case/timeline-event.ts'
import type { Db } from '../../platform/db/database.ts'
import { Conflict, NotFound, ValidationFailed } from '../../platform/errors/errors.ts'
import { fieldError, messageKey } from '../../platform/validation/parse.ts'
import type { PeopleService } from '../people/index.ts'
import type { PlansService } from '../plans/index.ts'
import { EVIDENCE_EXTENSIONS, evidenceProblem, evidenceTypeOf } from './evidence.rules.ts'
import { toAchievement, toGivingBack, toStrength } from './strengths.mappers.ts'
import type { StrengthsRepository } from './strengths.repository.ts'
import type { StrengthsAuditAction } from './strengths.audit.ts'
import { isThePerson, mayConfirm, needsRecordWrite, writtenByOf } from './strengths.policy.ts'
import { goalAchievement, goalAchievementValues } from './strengths.rules.ts'
import { STRENGTH_CATEGORY_NAMES } from './strengths.wording.ts'
import type { AchievementInput, GivingBackInput, StrengthInput } from './strengths.schemas.ts'

interface Dependencies {
  db: Db
  repository: StrengthsRepository
  people: PeopleService
  /** The goals of the person's plan, that strengths build on and that become achievements. */
  plans: Pick<PlansService, 'goals'>
  audit: AuditLog<StrengthsAuditAction>
  today: () => string
}

/** A file sent as evidence: only its bytes are trusted. */
export interface EvidenceFile {
  bytes: Buffer
}

/**
 * The person's strengths profile, achievements and giving back. Anyone who may see the person reads them; the
 * person adds their own in their words; practitioners who may change the record add, confirm and remove. Every
 * read and write is audited, naming ids only.
 */
export function createStrengthsService({ db, repository, people, plans, audit, today }: Dependencies) {
  /** The case to write to: the person writes to their own without record write access. */
  async function writable(ctx: RequestContext, personId: string) {
    return people.caseFor(ctx, personId, { write: needsRecordWrite(ctx.user) })
  }

  async function practitionerCase(ctx: RequestContext, personId: string) {
    const record = await people.caseFor(ctx, personId, { write: true })
    if (!mayConfirm(ctx.user, record.canEdit)) throw new NotFound()
    return record
  }

  function checkedEvidence(file: EvidenceFile | undefined) {
    if (!file) return null
    const problem = evidenceProblem(file.bytes)
    if (problem) throw ValidationFailed.of('evidence', problem)
    return { type: evidenceTypeOf(file.bytes)!, bytes: file.bytes }
  }

  /** The goals a strength may build on must be goals of the person's plan as it stands. */
  async function checkGoals(personId: string, goalIds: readonly string[]) {
    if (!goalIds.length) return
    const known = new Set((await plans.goals(personId)).map(g => g.id))
    if (goalIds.some(id => !known.has(id))) throw ValidationFailed.of('goalIds', 'Select goals from the plan')
  }

  async function profileOf(personId: string) {
    const [strengths, achievements, givingBack, goals] = await Promise.all([
      repository.strengths(personId),
      repository.achievements(personId),
      repository.givingBack(personId),
      plans.goals(personId),
    ])
    const giving = givingBack.map(toGivingBack)
    const recorded = new Set(achievements.flatMap(a => (a.goal_id ? [a.goal_id] : [])))
    return {
      strengths: strengths.map(row => toStrength(row, goals)),
      achievements: achievements.map(toAchievement),
      givingBack: giving,
      totalHours: giving.reduce((sum, g) => sum + g.hours, 0),
      goals,
      achievedGoals: goals.filter(g => g.achievedOn && !recorded.has(g.id)),
    }
  }

  /** Adds an achievement in the transaction; a practitioner's is confirmed at once. A goal becomes one at most. */
  async function addAchievement(
    tx: Db,
    ctx: RequestContext,
    record: { person: { id: string }; canEdit: boolean },
    input: AchievementInput,
  ) {
    const added = await repository.addAchievement(tx, record.person.id, input, ctx.user.id, writtenByOf(ctx.user))
    if (!added) throw new Conflict('This goal is already recorded as an achievement')
    // A practitioner who records an achievement vouches for it; the person's waits for a practitioner.
    if (mayConfirm(ctx.user, record.canEdit)) await repository.confirm(tx, added.id, ctx.user.id, today(), null)
    return added
  }

  return {
    /** The profile, achievements and giving back, and what this user may do with them. */
    async overview(ctx: RequestContext, personId: string) {
      const record = await people.caseFor(ctx, personId)
      const profile = await profileOf(record.person.id)
      await audit.record({ ...actorOf(ctx, record.person.id), action: 'strengths.viewed' })
      return {
        person: record.person,
        ...profile,
        canEdit: isThePerson(ctx.user) || record.canEdit,
        canConfirm: mayConfirm(ctx.user, record.canEdit),
      }
    },

    async addStrength(ctx: RequestContext, personId: string, input: StrengthInput) {
      const { person } = await writable(ctx, personId)
      await checkGoals(person.id, input.goalIds)
      return db.transaction().execute(async tx => {
        const { id } = await repository.addStrength(tx, person.id, input, ctx.user.id, writtenByOf(ctx.user))
        await audit.record({ ...actorOf(ctx, person.id), action: 'strength.added', details: { strengthId: id } }, tx)
        return { id }
      })
    },

    /** The form to add a strength, or to change one: the strength as it stands and the plan's goals to tick. */
    async strengthForm(ctx: RequestContext, personId: string, strengthId?: string) {
      const { person } = strengthId ? await practitionerCase(ctx, personId) : await writable(ctx, personId)
      const [strength, goals] = await Promise.all([
        strengthId ? repository.strength(person.id, strengthId) : undefined,
        plans.goals(person.id),
      ])
      if (strengthId && !strength) throw new NotFound()
      await audit.record({
        ...actorOf(ctx, person.id),
        action: 'strengths.viewed',
        details: { view: 'form', strengthId: strengthId ?? null },
      })
      return {
        person,
        strength: strength ? { id: strength.id, text: strength.text } : null,
        values: strength ? { category: strength.category, text: strength.text, goalIds: strength.goal_ids } : {},
        goals,
      }
    },

    /** A practitioner changes a strength's kind, words or the goals that build on it; its history keeps each. */
    async changeStrength(ctx: RequestContext, personId: string, strengthId: string, input: StrengthInput) {
      const { person } = await practitionerCase(ctx, personId)
      await checkGoals(person.id, input.goalIds)
      await db.transaction().execute(async tx => {
        const changed = await repository.changeStrength(tx, person.id, strengthId, input, ctx.user.id, 'practitioner')
        if (!changed) throw new NotFound()
        await audit.record({ ...actorOf(ctx, person.id), action: 'strength.changed', details: { strengthId } }, tx)
      })
      return { id: strengthId }
    },

    async removeStrength(ctx: RequestContext, personId: string, strengthId: string) {
      const { person } = await practitionerCase(ctx, personId)
      await db.transaction().execute(async tx => {
        const removed = await repository.removeStrength(tx, person.id, strengthId, ctx.user.id, 'practitioner')
        if (!removed) throw new NotFound()
        await audit.record({ ...actorOf(ctx, person.id), action: 'strength.removed', details: { strengthId } }, tx)
      })
    },

    /**
     * Records an achievement, with its evidence when a file is sent; a practitioner's confirms it at once. One made
     * from a plan goal names it, and must be a goal of the plan.
     */
    async recordAchievement(ctx: RequestContext, personId: string, input: AchievementInput, file?: EvidenceFile) {
      const record = await writable(ctx, personId)
      const evidence = checkedEvidence(file)
      if (input.achievedOn > today())
        throw new ValidationFailed([fieldError('achievedOn', messageKey('strengths:errors.achievedOn.future'))])
      if (input.goalId && !(await plans.goals(record.person.id)).some(g => g.id === input.goalId))
        throw ValidationFailed.of('goalId', 'The goal is no longer in the plan')
      return db.transaction().execute(async tx => {
        const { id } = await addAchievement(tx, ctx, record, input)
        if (evidence) await repository.attachEvidence(tx, id, evidence.type, evidence.bytes)
        await audit.record(
          {
            ...actorOf(ctx, record.person.id),
            action: 'achievement.recorded',
            details: { achievementId: id, evidence: !!evidence, goalId: input.goalId ?? null },
          },
          tx,
        )
        return { id }
      })
    },

    /** The giving-back form: only for those who may change the record. */
    async givingBackForm(ctx: RequestContext, personId: string) {
      const { person } = await writable(ctx, personId)
      await audit.record({
        ...actorOf(ctx, person.id),
        action: 'strengths.viewed',
        details: { view: 'giving-back-form' },
      })
      return { person }
    },

    /** The achievement form, filled in from an achieved plan goal when one is named: its words, a milestone, today. */
    async achievementForm(ctx: RequestContext, personId: string, goalId?: string) {
      const { person } = await writable(ctx, personId)
      const goal = goalId ? (await plans.goals(person.id)).find(g => g.id === goalId) : undefined
      if (goalId && !goal) throw new NotFound('This goal is no longer in the plan')
      await audit.record({
        ...actorOf(ctx, person.id),
        action: 'strengths.viewed',
        details: { view: 'achievement-form', goalId: goalId ?? null },
      })
      return { person, goal: goal ?? null, values: goal ? goalAchievementValues(goal, today()) : {} }
    },

    /** One click: an achieved plan goal becomes an achievement, confirmed by the practitioner who adds it. */
    async achievementFromGoal(ctx: RequestContext, personId: string, goalId: string) {
      const record = await practitionerCase(ctx, personId)
      const goal = (await plans.goals(record.person.id)).find(g => g.id === goalId)
      if (!goal) throw new NotFound('This goal is no longer in the plan')
      if (!goal.achievedOn) throw new Conflict('This goal is not marked as achieved in the plan')
      const input = goalAchievement(goal, goal.achievedOn)
      return db.transaction().execute(async tx => {
        const { id } = await addAchievement(tx, ctx, record, input)
        await audit.record(
          {
            ...actorOf(ctx, record.person.id),
            action: 'achievement.recorded',
            details: { achievementId: id, evidence: false, goalId },
          },
          tx,
        )
        return { id, title: input.title }
      })
    },

    async addEvidence(ctx: RequestContext, personId: string, achievementId: string, file: EvidenceFile | undefined) {
      const { person } = await writable(ctx, personId)
      if (!(await repository.achievement(person.id, achievementId))) throw new NotFound()
      const evidence = checkedEvidence(file)
      if (!evidence) throw ValidationFailed.of('evidence', 'Select a file')
      await db.transaction().execute(async tx => {
        await repository.attachEvidence(tx, achievementId, evidence.type, evidence.bytes)
        await audit.record(
          { ...actorOf(ctx, person.id), action: 'achievement.evidence-added', details: { achievementId } },
          tx,
        )
      })
      return { id: achievementId }
    },

    /** A practitioner confirms an achievement, naming the partner organisation that told them, if one did. */
    async confirm(ctx: RequestContext, personId: string, achievementId: string, organisation?: string) {
      const { person } = await practitionerCase(ctx, personId)
      if (!(await repository.achievement(person.id, achievementId))) throw new NotFound()
      await db.transaction().execute(async tx => {
        const done = await repository.confirm(tx, achievementId, ctx.user.id, today(), organisation ?? null)
        if (!done) throw new Conflict('This achievement has already been confirmed')
        await audit.record(
          { ...actorOf(ctx, person.id), action: 'achievement.confirmed', details: { achievementId } },
          tx,
        )
      })
      return { id: achievementId }
    },

    /** The evidence file, to download (never shown in the browser). */
    async evidence(ctx: RequestContext, personId: string, achievementId: string) {
      const { person } = await people.caseFor(ctx, personId)
      const row = await repository.evidence(person.id, achievementId)
      if (!row?.evidence || !row.evidence_type) throw new NotFound()
      await audit.record({
        ...actorOf(ctx, person.id),
        action: 'achievement.evidence-downloaded',
        details: { achievementId },
      })
      return {
        fileName: `achievement-evidence.${EVIDENCE_EXTENSIONS[row.evidence_type]}`,
        type: row.evidence_type,
        bytes: Buffer.from(row.evidence),
      }
    },

    async recordGivingBack(ctx: RequestContext, personId: string, input: GivingBackInput) {
      const { person } = await writable(ctx, personId)
      if (input.startedOn > today())
        throw ValidationFailed.of('startedOn', 'The date they started must be today or in the past')
      return db.transaction().execute(async tx => {
        const { id } = await repository.addGivingBack(tx, person.id, input, ctx.user.id)
        await audit.record(
          { ...actorOf(ctx, person.id), action: 'giving-back.recorded', details: { givingBackId: id } },
          tx,
        )
        return { id }
      })
    },

    /** For the certificate: the person's confirmed achievements and their giving back; the caller has checked access. */
    async forCertificate(personId: string) {
      const profile = await profileOf(personId)
      return { ...profile, achievements: profile.achievements.filter(a => a.confirmed) }
    },

    /** For the person's home page: their confirmed achievements, newest first; the caller has checked access. */
    async confirmedAchievements(personId: string) {
      return (await repository.confirmedAchievements([personId])).map(toAchievement)
    },

    /** The person's strengths and the goals recorded as achievements, for their plan; the caller checked access. */
    planStrengths: (async personId => {
      const [strengths, goalsRecorded] = await Promise.all([
        repository.strengths(personId),
        repository.recordedGoalIds(personId),
      ])
      return {
        strengths: strengths.map(s => ({
          id: s.id,
          category: s.category,
          categoryName: STRENGTH_CATEGORY_NAMES[s.category],
          text: s.text,
          goalIds: s.goal_ids,
        })),
        goalsRecorded,
      }
    }) satisfies PlanStrengthsSource,

    /** Confirmed achievements, for the person's timeline. */
    timelineEvents: (async personId => {
      const rows = await repository.confirmedAchievements([personId])
      return rows.map(row => ({
        at: row.achieved_on,
        title: `Achievement: ${row.title}`,
        by: row.confirmed_by_name ?? undefined,
        kind: 'achievement',
        href: `/people/${personId}/strengths`,
      }))
    }) satisfies TimelineSource,
  }
}

export type StrengthsService = ReturnType<typeof createStrengthsService>
