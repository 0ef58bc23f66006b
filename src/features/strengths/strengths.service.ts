import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { TimelineSource } from '../../platform/case/timeline-event.ts'
import type { Db } from '../../platform/db/database.ts'
import { Conflict, NotFound, ValidationFailed } from '../../platform/errors/errors.ts'
import { fieldError, messageKey } from '../../platform/validation/parse.ts'
import type { PeopleService } from '../people/index.ts'
import { EVIDENCE_EXTENSIONS, evidenceProblem, evidenceTypeOf } from './evidence.rules.ts'
import { toAchievement, toGivingBack, toStrength } from './strengths.mappers.ts'
import type { StrengthsRepository } from './strengths.repository.ts'
import type { StrengthsAuditAction } from './strengths.audit.ts'
import { isThePerson, mayConfirm, needsRecordWrite, writtenByOf } from './strengths.policy.ts'
import type { AchievementInput, GivingBackInput, StrengthInput } from './strengths.schemas.ts'

interface Dependencies {
  db: Db
  repository: StrengthsRepository
  people: PeopleService
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
export function createStrengthsService({ db, repository, people, audit, today }: Dependencies) {
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

  async function profileOf(personId: string) {
    const [strengths, achievements, givingBack] = await Promise.all([
      repository.strengths(personId),
      repository.achievements(personId),
      repository.givingBack(personId),
    ])
    const giving = givingBack.map(toGivingBack)
    return {
      strengths: strengths.map(toStrength),
      achievements: achievements.map(toAchievement),
      givingBack: giving,
      totalHours: giving.reduce((sum, g) => sum + g.hours, 0),
    }
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
      return db.transaction().execute(async tx => {
        const { id } = await repository.addStrength(tx, person.id, input, ctx.user.id, writtenByOf(ctx.user))
        await audit.record({ ...actorOf(ctx, person.id), action: 'strength.added', details: { strengthId: id } }, tx)
        return { id }
      })
    },

    async removeStrength(ctx: RequestContext, personId: string, strengthId: string) {
      const { person } = await practitionerCase(ctx, personId)
      await db.transaction().execute(async tx => {
        const removed = await repository.removeStrength(tx, person.id, strengthId, ctx.user.id, 'practitioner')
        if (!removed) throw new NotFound()
        await audit.record({ ...actorOf(ctx, person.id), action: 'strength.removed', details: { strengthId } }, tx)
      })
    },

    /** Records an achievement, with its evidence when a file is sent; a practitioner's confirms it at once. */
    async recordAchievement(ctx: RequestContext, personId: string, input: AchievementInput, file?: EvidenceFile) {
      const record = await writable(ctx, personId)
      const evidence = checkedEvidence(file)
      if (input.achievedOn > today())
        throw new ValidationFailed([fieldError('achievedOn', messageKey('strengths:errors.achievedOn.future'))])
      return db.transaction().execute(async tx => {
        const { id } = await repository.addAchievement(tx, record.person.id, input, ctx.user.id, writtenByOf(ctx.user))
        if (evidence) await repository.attachEvidence(tx, id, evidence.type, evidence.bytes)
        // A practitioner who records an achievement vouches for it; the person's waits for a practitioner.
        if (mayConfirm(ctx.user, record.canEdit)) await repository.confirm(tx, id, ctx.user.id, today(), null)
        await audit.record(
          {
            ...actorOf(ctx, record.person.id),
            action: 'achievement.recorded',
            details: { achievementId: id, evidence: !!evidence },
          },
          tx,
        )
        return { id }
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
