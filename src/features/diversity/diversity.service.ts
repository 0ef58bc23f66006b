import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { CasePromptSource } from '../../platform/case/case-prompt.ts'
import type { Db } from '../../platform/db/database.ts'
import { Conflict, NotFound } from '../../platform/errors/errors.ts'
import type { PeopleService } from '../people/index.ts'
import type { DiversityAuditAction } from './diversity.audit.ts'
import { formValues, profileOf, toRecord } from './diversity.mappers.ts'
import { mayReadDiversity } from './diversity.policy.ts'
import type { DiversityRepository } from './diversity.repository.ts'
import { ageBand, ageOn } from './diversity.rules.ts'
import type { DiversityInput } from './diversity.schemas.ts'
import { casePrompts } from './diversity.view.ts'
import { PROMPT_CATALOGUE, promptsFor } from './prompts.catalogue.ts'

interface Dependencies {
  db: Db
  repository: DiversityRepository
  people: PeopleService
  audit: AuditLog<DiversityAuditAction>
  today: () => string
}

/**
 * A person's diversity record and the prompts it raises. Special-category data: the policy is checked here, before
 * the case is opened, so that no other route or role can reach it; every view and every change is audited.
 */
export function createDiversityService({ db, repository, people, audit, today }: Dependencies) {
  /** Refuses, and audits the refusal, for a role that may not see diversity data: as if the person did not exist. */
  async function guard(ctx: RequestContext, personId: string) {
    if (mayReadDiversity(ctx.user)) return
    await audit.record({
      ...actorOf(ctx),
      action: 'diversity.denied',
      outcome: 'denied',
      details: { personId, role: ctx.user.role },
    })
    throw new NotFound()
  }

  async function recordOf(personId: string) {
    const row = await repository.record(personId)
    return row ? toRecord(row) : null
  }

  return {
    /**
     * The prompts of one stage for the needs and plan pages, for a case the caller has opened. Nothing for a role
     * that may not see diversity data (the prompts disclose it), and nothing when none applies; when some are
     * shown, that is a view of special-category data, and audited as one.
     */
    casePrompts: (async (ctx, personId, stage) => {
      if (!mayReadDiversity(ctx.user)) return null
      const [record, womensNeeds] = await Promise.all([recordOf(personId), repository.latestWomensNeeds(personId)])
      const prompts = promptsFor(profileOf(record, womensNeeds), stage)
      if (!prompts.length) return null
      await audit.record({
        ...actorOf(ctx, personId),
        action: 'diversity.viewed',
        details: { purpose: 'prompts', stage, prompts: prompts.map(p => p.key) },
      })
      return casePrompts(personId, prompts)
    }) satisfies CasePromptSource,

    /** The record, the person's age, and the prompts for screening and planning. */
    async page(ctx: RequestContext, personId: string) {
      await guard(ctx, personId)
      const { person, canEdit } = await people.caseFor(ctx, personId)
      const [record, womensNeeds] = await Promise.all([recordOf(person.id), repository.latestWomensNeeds(person.id)])
      await audit.record({
        ...actorOf(ctx, person.id),
        action: 'diversity.viewed',
        details: { recorded: record !== null },
      })
      const age = ageOn(person.dateOfBirth, today())
      return {
        person,
        canEdit,
        age,
        ageBand: ageBand(age),
        record,
        prompts: promptsFor(profileOf(record, womensNeeds)),
        catalogue: {
          name: PROMPT_CATALOGUE.name,
          recordedOn: PROMPT_CATALOGUE.recordedOn,
          directory: PROMPT_CATALOGUE.directory,
        },
      }
    },

    /** The form, with the saved answers: for those who may change the case. */
    async form(ctx: RequestContext, personId: string) {
      await guard(ctx, personId)
      const { person } = await people.caseFor(ctx, personId, { write: true })
      const record = await recordOf(person.id)
      await audit.record({ ...actorOf(ctx, person.id), action: 'diversity.viewed', details: { purpose: 'edit' } })
      return { person, values: formValues(record) }
    },

    /** Saves the whole record over the version read; a stale version is refused with the latest. */
    async record(ctx: RequestContext, personId: string, input: DiversityInput) {
      await guard(ctx, personId)
      const { person } = await people.caseFor(ctx, personId, { write: true })
      const write = { personId: person.id, input, recordedBy: ctx.user.id, recordedOn: today() }
      return db.transaction().execute(async tx => {
        const row =
          input.version === 0 ? await repository.insert(tx, write) : await repository.update(tx, write, input.version)
        if (!row) {
          throw new Conflict(
            'Someone else changed this record while you were editing it. Check the answers and save again.',
            { version: await repository.version(tx, person.id) },
          )
        }
        // Which questions were answered, never the answers.
        await audit.record(
          {
            ...actorOf(ctx, person.id),
            action: 'diversity.recorded',
            details: { version: row.version, fields: Object.keys(input).filter(k => k !== 'version') },
          },
          tx,
        )
        return { version: row.version }
      })
    },
  }
}

export type DiversityService = ReturnType<typeof createDiversityService>
