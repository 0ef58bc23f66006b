import { z } from 'zod'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import { NotFound, ValidationFailed } from '../../platform/errors/errors.ts'
import { parseInput, toFieldErrors } from '../../platform/validation/parse.ts'
import type { PeopleService } from '../people/index.ts'
import { summarise, titleOf } from './disclosure-summary.ts'
import { checkDisclosure } from './disclosure.rules.ts'
import { disclosureInputSchema, disposalSchema, MAX_RECORDS, recordSchemaFor } from './disclosure.schemas.ts'
import type { ConvictionsRepository } from './convictions.repository.ts'
import { readConvictionForm } from './convictions.schemas.ts'

interface Dependencies {
  db: Db
  repository: ConvictionsRepository
  people: PeopleService
  audit: AuditLog
  today: () => IsoDate
}

const storedDisposals = z.array(disposalSchema)
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * A person's earlier cautions and convictions, and when each becomes spent. Practitioners who may change the
 * person's record add and remove them; whoever may see the person (the person included) sees when they are spent.
 * The date of birth always comes from the person's record. Every read and write is audited.
 */
export function createConvictionsService({ db, repository, people, audit, today }: Dependencies) {
  const actor = (ctx: RequestContext, personId: string) => ({
    actorId: ctx.user.id,
    actorUsername: ctx.user.username,
    correlationId: ctx.correlationId,
    subjectPersonId: personId,
  })

  async function recordsOf(personId: string) {
    const rows = await repository.list(personId)
    return rows.map(row => ({
      id: row.id,
      title: titleOf({ kind: row.kind, date: row.record_date }),
      kind: row.kind,
      date: row.record_date,
      disposals: storedDisposals.parse(row.disposals),
      createdAt: row.created_at,
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

  async function disclosureOf(ctx: RequestContext, personId: string, purpose: string) {
    const { person, canEdit } = await people.overview(ctx, personId)
    const records = await recordsOf(person.id)
    await audit.record({
      ...actor(ctx, person.id),
      action: 'convictions.viewed',
      details: { purpose, recordIds: records.map(r => r.id) },
    })
    return { person, canEdit, today: today(), ...assess(person.dateOfBirth, records) }
  }

  return {
    /** For the page where a practitioner adds and removes records: needs edit access. */
    async forEditing(ctx: RequestContext, personId: string) {
      const person = await people.personForEdit(ctx, personId)
      const records = await recordsOf(person.id)
      await audit.record({
        ...actor(ctx, person.id),
        action: 'convictions.viewed',
        details: { purpose: 'edit', recordIds: records.map(r => r.id) },
      })
      return { person, records }
    },

    /** When each of a person's records becomes spent: for anyone who may see the person. */
    async disclosure(ctx: RequestContext, personId: string) {
      return disclosureOf(ctx, personId, 'disclosure')
    },

    /** The person's own records, for their account: nobody else's. */
    async ownDisclosure(ctx: RequestContext) {
      if (ctx.user.role !== 'person' || !ctx.user.personId) throw new NotFound()
      return disclosureOf(ctx, ctx.user.personId, 'own-record')
    },

    /** Adds a record sent as JSON (the contract's record) or from the practitioner's form. */
    async add(ctx: RequestContext, personId: string, input: unknown, from: 'json' | 'form' = 'json') {
      const person = await people.personForEdit(ctx, personId)
      const record = parseInput(recordSchemaFor(person.dateOfBirth), from === 'form' ? fromForm(input) : input)
      if ((await repository.list(person.id)).length >= MAX_RECORDS) {
        throw ValidationFailed.of('kind', `A person can have at most ${MAX_RECORDS} cautions and convictions recorded`)
      }
      return db.transaction().execute(async tx => {
        const { id } = await repository.insert(tx, person.id, record, ctx.user.id)
        await audit.record({ ...actor(ctx, person.id), action: 'conviction.added', details: { recordId: id } }, tx)
        return { id }
      })
    },

    async remove(ctx: RequestContext, personId: string, recordId: string) {
      const person = await people.personForEdit(ctx, personId)
      if (!UUID.test(recordId)) throw new NotFound()
      await db.transaction().execute(async tx => {
        if (!(await repository.remove(tx, person.id, recordId))) throw new NotFound()
        await audit.record({ ...actor(ctx, person.id), action: 'conviction.removed', details: { recordId } }, tx)
      })
    },
  }

  /** The form's fields as a contract record, or what to fix in them. */
  function fromForm(input: unknown) {
    const read = readConvictionForm((input ?? {}) as Record<string, unknown>, today())
    if (read.errors.length) throw new ValidationFailed(read.errors)
    return read.value
  }
}

export type ConvictionsService = ReturnType<typeof createConvictionsService>
