import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import { NotFound } from '../../platform/errors/errors.ts'
import type { SubjectAccessTable } from '../../platform/privacy/subject-access.ts'
import { renderPdf } from '../../platform/pdf/pdf-document.ts'
import { subjectAccessPdf } from './subject-access-pdf.ts'
import type { SubjectAccessAuditAction } from './subject-access.audit.ts'
import { heldSection, type HeldSection, type JsonValue } from './subject-access.export.ts'
import { mayAnswerSubjectAccess } from './subject-access.policy.ts'
import { FIND_LIMIT, type SubjectAccessRepository } from './subject-access.repository.ts'

interface Dependencies {
  repository: SubjectAccessRepository
  audit: AuditLog<SubjectAccessAuditAction>
  /** Every feature's declared tables, gathered once all features are built. */
  declared: () => readonly SubjectAccessTable[]
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Everything held about one person, as the JSON export gives it. */
export interface SubjectAccessExport {
  madeAt: string
  madeBy: string
  person: {
    id: string
    crn: string
    prisonNumber: string | null
    firstName: string
    lastName: string
    dateOfBirth: string
  }
  sections: HeldSection[]
  /** Who has read or changed the record: the audit trail's entries about the person, oldest first. */
  seenBy: { occurredAt: string; actor: string | null; action: string; outcome: string }[]
  /** The names of the staff, prisons, PDUs, teams and organisations that the records refer to by id. */
  names: Record<string, string>
}

/**
 * Subject access requests (UK GDPR article 15): an administrator finds the person and exports everything every
 * feature holds about them, with who has seen it. Each search, look and export is itself audited.
 */
export function createSubjectAccessService({ repository, audit, declared }: Dependencies) {
  function allowed(ctx: RequestContext) {
    if (!mayAnswerSubjectAccess(ctx.user)) throw new NotFound()
  }

  async function personOrNotFound(personId: string) {
    const row = await repository.person(personId)
    if (!row) throw new NotFound()
    return {
      id: row.id,
      crn: row.crn,
      prisonNumber: row.prison_number,
      firstName: row.first_name,
      lastName: row.last_name,
      dateOfBirth: row.date_of_birth,
    }
  }

  async function gather(ctx: RequestContext, personId: string): Promise<SubjectAccessExport> {
    const person = await personOrNotFound(personId)
    const sections: HeldSection[] = []
    for (const table of declared()) sections.push(heldSection(table, await repository.rowsOf(table, person.id)))
    const seenBy = (await repository.auditAbout(person.id)).map(e => ({
      occurredAt: e.occurred_at.toISOString(),
      actor: e.actor_username,
      action: e.action,
      outcome: e.outcome,
    }))
    return {
      madeAt: new Date().toISOString(),
      madeBy: ctx.user.username,
      person,
      sections,
      seenBy,
      names: await repository.names(referencedIds(sections, person.id)),
    }
  }

  return {
    async find(ctx: RequestContext, q: string | undefined) {
      allowed(ctx)
      const rows = q ? await repository.find(q) : []
      await audit.record({
        ...actorOf(ctx),
        action: 'subject-access.searched',
        details: { searched: Boolean(q), personIds: rows.slice(0, FIND_LIMIT).map(r => r.id) },
      })
      return {
        people: rows.slice(0, FIND_LIMIT).map(r => ({
          id: r.id,
          crn: r.crn,
          prisonNumber: r.prison_number,
          firstName: r.first_name,
          lastName: r.last_name,
          dateOfBirth: r.date_of_birth,
        })),
        more: rows.length > FIND_LIMIT,
      }
    },

    /** What is held, section by section with how many records, for the page that offers the downloads. */
    async summary(ctx: RequestContext, personId: string) {
      allowed(ctx)
      const held = await gather(ctx, personId)
      await audit.record({ ...actorOf(ctx, held.person.id), action: 'subject-access.viewed' })
      return {
        person: held.person,
        sections: held.sections.map(s => ({ table: s.table, label: s.label, count: s.rows.length })),
        seenBy: held.seenBy.length,
      }
    },

    async exportJson(ctx: RequestContext, personId: string): Promise<SubjectAccessExport> {
      allowed(ctx)
      const held = await gather(ctx, personId)
      await audit.record({
        ...actorOf(ctx, held.person.id),
        action: 'subject-access.exported',
        details: { format: 'json', sections: held.sections.length },
      })
      return held
    },

    async exportPdf(ctx: RequestContext, personId: string) {
      allowed(ctx)
      const held = await gather(ctx, personId)
      const pdf = await renderPdf(subjectAccessPdf(held))
      await audit.record({
        ...actorOf(ctx, held.person.id),
        action: 'subject-access.exported',
        details: { format: 'pdf', sections: held.sections.length },
      })
      return { fileName: 'subject-access-export.pdf', pdf }
    },

    /** For the test that every table with a person_id column is declared by a feature. */
    async undeclaredTables(): Promise<string[]> {
      const names = new Set(declared().map(d => d.table))
      return (await repository.tablesWithPersonColumn()).filter(t => !names.has(t))
    },
  }
}

/** Every id the records hold (other than the person's own), to look up as a name. */
function referencedIds(sections: readonly HeldSection[], personId: string): string[] {
  const ids = new Set<string>()
  const visit = (value: JsonValue) => {
    if (typeof value === 'string' && UUID.test(value) && value !== personId) ids.add(value)
    else if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object') Object.values(value).forEach(visit)
  }
  for (const section of sections) for (const row of section.rows) Object.values(row).forEach(visit)
  return [...ids]
}

export type SubjectAccessService = ReturnType<typeof createSubjectAccessService>
