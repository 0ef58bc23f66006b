import { formatLongDate, isIsoDate } from '../../platform/dates/calendar-date.ts'
import { formatDateTime } from '../../platform/i18n/i18n.ts'
import type { PdfBlock, PdfContent } from '../../platform/pdf/pdf-document.ts'
import type { JsonValue } from './subject-access.export.ts'
import type { SubjectAccessExport } from './subject-access.service.ts'

/** The newest entries of the trail that the PDF lists; the JSON export holds every one. */
export const PDF_AUDIT_LIMIT = 1000

/** Columns a reader learns nothing from: internal keys, links between records and counters. The JSON keeps them. */
const HIDDEN = new Set([
  'id',
  'person_id',
  'version',
  'sort_name',
  'screening_id',
  'plan_id',
  'strength_id',
  'custody_episode_id',
  'goal_id',
  'goal_ids',
  'subject_id',
  'corrects_id',
  'achievement_ids',
  'giving_back_ids',
  'disagreed_step_ids',
])
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The export as a document a person can read: a heading for each kind of record, each record's facts under their
 * labels, dates written out, people and places by name rather than by key, and who has seen the record.
 */
export function subjectAccessPdf(held: SubjectAccessExport): PdfContent {
  const { person } = held
  const readable = (value: JsonValue): string => {
    if (value === null) return 'Not recorded'
    if (typeof value === 'boolean') return value ? 'Yes' : 'No'
    if (typeof value === 'number') return String(value)
    if (typeof value === 'string') {
      if (isIsoDate(value)) return formatLongDate(value)
      if (INSTANT.test(value)) return formatDateTime('en', value)
      if (UUID.test(value)) return held.names[value] ?? value
      return value
    }
    if (Array.isArray(value)) return value.length ? value.map(readable).join(', ') : 'None'
    if ('base64' in value && 'bytes' in value) return `A file of ${String(value.bytes)} bytes (in the JSON export)`
    const entries = Object.entries(value)
    return entries.length ? entries.map(([k, v]) => `${k}: ${readable(v)}`).join('\n') : 'None'
  }
  const sectionBlocks = held.sections.flatMap((section): PdfBlock[] => {
    const columns = section.columns.filter(c => !HIDDEN.has(c.name))
    const heading: PdfBlock = { kind: 'heading', text: section.label, level: 2 }
    if (!section.rows.length) return [heading, { kind: 'paragraph', text: 'Nothing of this kind is held.' }]
    return [
      heading,
      ...section.rows.flatMap((row, i): PdfBlock[] => [
        ...(section.rows.length > 1
          ? [{ kind: 'heading', text: `Record ${i + 1} of ${section.rows.length}`, level: 3 } as const]
          : []),
        {
          kind: 'facts',
          // A reference to staff or a place is shown by its name: "COM", not "COM ID".
          rows: columns.map(c => ({ label: c.label.replace(/ ID$/, ''), value: readable(row[c.name] ?? null) })),
        },
      ]),
    ]
  })
  const seen = held.seenBy.slice(-PDF_AUDIT_LIMIT).reverse()
  return {
    title: 'Subject access export',
    subtitle: `${person.lastName}, ${person.firstName} (CRN ${person.crn}). Made ${formatDateTime('en', held.madeAt)} by ${held.madeBy}.`,
    blocks: [
      {
        kind: 'paragraph',
        text: 'Everything Resettle holds about this person, one section for each kind of record, and who has seen or changed the record. The JSON export holds the same, with every internal reference.',
      },
      { kind: 'heading', text: 'Contents', level: 2 },
      { kind: 'list', items: held.sections.map(s => `${s.label}: ${s.rows.length}`) },
      ...sectionBlocks,
      { kind: 'heading', text: 'Who has seen or changed this record', level: 2 },
      ...(held.seenBy.length > PDF_AUDIT_LIMIT
        ? [
            {
              kind: 'paragraph',
              text: `The newest ${PDF_AUDIT_LIMIT} of ${held.seenBy.length} entries; the JSON export lists every one.`,
            } as const,
          ]
        : []),
      seen.length
        ? {
            kind: 'table',
            head: ['When', 'Who', 'What', 'Outcome'],
            rows: seen.map(e => [formatDateTime('en', e.occurredAt), e.actor ?? 'Not known', e.action, e.outcome]),
          }
        : { kind: 'paragraph', text: 'No one has seen or changed this record.' },
    ],
  }
}
