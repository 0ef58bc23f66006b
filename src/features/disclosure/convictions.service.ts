import { z } from 'zod'
import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import { NotFound, ValidationFailed, type FieldError } from '../../platform/errors/errors.ts'
import { toFieldErrors } from '../../platform/validation/parse.ts'
import type { PeopleService, PersonCase } from '../people/index.ts'
import { summarise, titleOf } from './disclosure-summary.ts'
import type { DisclosureAuditAction } from './disclosure.audit.ts'
import { mayOpenConvictions, ownRecordOf } from './disclosure.policy.ts'
import { checkDisclosure } from './disclosure.rules.ts'
import { disclosureInputSchema, disposalSchema, MAX_RECORDS, recordProblemsFor } from './disclosure.schemas.ts'
import type { ConvictionsRepository } from './convictions.repository.ts'
import type { NewRecord } from './convictions.schemas.ts'

interface Dependencies {
  db: Db
  repository: ConvictionsRepository
  people: PeopleService
  audit: AuditLog<DisclosureAuditAction>
  today: () => IsoDate
}

const storedDisposals = z.array(disposalSchema)

/**
 * A person's earlier cautions and convictions, and when each becomes spent. Practitioners who may change the
 * person's record add and remove them; staff who may see the person, and the person on their own page, see when
 * they are spent. The date of birth always comes from the person's record. Every read and write is audited.
 */
export function createConvictionsService({ db, repository, people, audit, today }: Dependencies) {
  async function staffCase(ctx: RequestContext, personId: string, write = false) {
    if (!mayOpenConvictions(ctx.user)) throw new NotFound()
    return people.caseFor(ctx, personId, { write })
  }

  async function recordsOf(personId: string) {
    const rows = await repository.list(personId)
    return rows.map(row => ({
      id: row.id,
      title: titleOf({ kind: row.kind, date: row.record_date }),
      kind: row.kind,
      date: row.record_date,
      disposals: storedDisposals.parse(row.disposals),
      createdAt: row.created_at.toISOString(),
    }))
  }

  type StoredRecord = Awaited<ReturnType<typeof recordsOf>>[number]

  /** Each record with the engine's answer and its plain words; or, if the records no longer fit the date of birth, what to fix. */
  function assess(dateOfBirth: IsoDate, records: StoredRecord[]) {
    const now = today()
    if (!records.length) return { records: [], problems: [] }
    const input = disclosureInputSchema.safeParse({
      dateOfBirth,
      records: records.map(({ kind, date, disposals }) => ({ kind, date, disposals })),
    })
    if (!input.success) {
      const problems = toFieldErrors(input.error).map(({ field, message }) => {
        const record = records[Number(field.split('.')[1])]
        return { field, message: record ? `${record.title}: ${message}` : message }
      })
      return { records: records.map(r => ({ ...r, result: null, summary: null })), problems }
    }
    const { records: results } = checkDisclosure(input.data, { today: now })
    return {
      records: records.map((r, i) => ({ ...r, result: results[i]!, summary: summarise(r, results[i]!, now) })),
      problems: [],
    }
  }

  async function recordsViewed(ctx: RequestContext, personId: string, purpose: string) {
    const records = await recordsOf(personId)
    await audit.record({
      ...actorOf(ctx, personId),
      action: 'convictions.viewed',
      details: { purpose, recordIds: records.map(r => r.id) },
    })
    return records
  }

  async function disclosureOf(ctx: RequestContext, { person, canEdit }: PersonCase, purpose: string) {
    const records = await recordsViewed(ctx, person.id, purpose)
    return { person, canEdit, today: today(), ...assess(person.dateOfBirth, records) }
  }

  /** What does not fit the person's date of birth, and whether there is room for one more record. */
  async function problemsAdding(person: PersonCase['person'], record: NewRecord): Promise<FieldError[]> {
    const problems = recordProblemsFor(person.dateOfBirth, record).map(({ path, message }) => ({
      field: path.join('.'),
      message,
    }))
    if ((await repository.list(person.id)).length >= MAX_RECORDS) {
      const message = `A person can have at most ${MAX_RECORDS} cautions and convictions recorded`
      problems.push({ field: 'kind', message })
    }
    return problems
  }

  return {
    /** For the page where a practitioner adds and removes records: needs edit access. */
    async forEditing(ctx: RequestContext, personId: string) {
      const { person } = await staffCase(ctx, personId, true)
      return { person, records: await recordsViewed(ctx, person.id, 'edit') }
    },

    /** When each of a person's records becomes spent: for staff who may see the person. */
    async disclosure(ctx: RequestContext, personId: string) {
      return disclosureOf(ctx, await staffCase(ctx, personId), 'disclosure')
    },

    /** The person's own records, for their account: nobody else's. */
    async ownDisclosure(ctx: RequestContext) {
      const own = ownRecordOf(ctx.user)
      if (!own) throw new NotFound()
      return disclosureOf(ctx, await people.caseFor(ctx, own), 'own-record')
    },

    /** Adds a record in the contract's shape, sent as JSON or read from the practitioner's form. */
    async add(ctx: RequestContext, personId: string, record: NewRecord) {
      const { person } = await staffCase(ctx, personId, true)
      const problems = await problemsAdding(person, record)
      if (problems.length) throw new ValidationFailed(problems)
      return db.transaction().execute(async tx => {
        const { id } = await repository.insert(tx, person.id, record, ctx.user.id)
        await audit.record({ ...actorOf(ctx, person.id), action: 'conviction.added', details: { recordId: id } }, tx)
        return { id }
      })
    },

    async remove(ctx: RequestContext, personId: string, recordId: string) {
      const { person } = await staffCase(ctx, personId, true)
      await db.transaction().execute(async tx => {
        if (!(await repository.remove(tx, person.id, recordId))) throw new NotFound()
        await audit.record({ ...actorOf(ctx, person.id), action: 'conviction.removed', details: { recordId } }, tx)
      })
    },
  }
}

export type ConvictionsService = ReturnType<typeof createConvictionsService>
