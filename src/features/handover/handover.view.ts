import type { ReportSection } from '../../platform/case/report-section.ts'
import { formatLongDate } from '../../platform/dates/calendar-date.ts'
import type { Contact } from './handover.mappers.ts'
import { CONTACT_TYPES } from './handover.rules.ts'
import { CONTACT_TYPE_NAMES } from './handover.wording.ts'

type Values = Record<string, unknown>
interface Person {
  firstName: string
  lastName: string
  preferredName: string | null
  com: { name: string | null } | null
  pom: { name: string | null } | null
}

/** Checkboxes come back as one value or a list, or as a list from the record. */
const chosen = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []

/** The meeting form's practitioners and the person as GOV.UK checkbox items; the template adds the supporter. */
export function attendeeItems(person: Person, values: Values) {
  const ticked = new Set(chosen(values.attendees))
  return [
    { value: 'com', text: `Community offender manager: ${person.com?.name ?? 'not allocated'}` },
    { value: 'pom', text: `Prison offender manager: ${person.pom?.name ?? 'not allocated'}` },
    { value: 'person', text: `${person.preferredName ?? person.firstName} ${person.lastName}` },
  ].map(item => ({ ...item, checked: ticked.has(item.value) }))
}

/** Whether the supporter's box is ticked, so that its fields show. */
export function supporterChosen(values: Values): boolean {
  return chosen(values.attendees).includes('supporter')
}

/** The contact form's choices as GOV.UK radio items, what was chosen kept. */
export function contactItems(values: Values) {
  const met =
    values.met === true || values.met === 'yes' ? 'yes' : values.met === false || values.met === 'no' ? 'no' : ''
  return {
    typeItems: CONTACT_TYPES.map(value => ({
      value,
      text: CONTACT_TYPE_NAMES[value],
      checked: values.contactType === value,
    })),
    metItems: [
      { value: 'yes', text: 'Yes', checked: met === 'yes' },
      { value: 'no', text: 'No', checked: met === 'no' },
    ],
  }
}

/** The contacts as GOV.UK table rows, the latest first. */
export function contactRows(contacts: readonly Contact[]) {
  return contacts.map(c => [
    { text: formatLongDate(c.date), classes: 'app-nowrap' },
    { text: CONTACT_TYPE_NAMES[c.type] },
    { text: c.met ? 'Yes' : 'No' },
    { text: c.com.name },
    { text: c.note ?? '' },
  ])
}

/** The report's blocks as the GOV.UK summary list and table take them. */
export function reportSectionsView(sections: readonly ReportSection[]) {
  return sections.map(section => ({
    ...section,
    blocks: section.blocks.map(block => {
      switch (block.kind) {
        case 'summary':
          return { kind: block.kind, rows: block.rows.map(r => ({ key: { text: r.key }, value: { text: r.value } })) }
        case 'table':
          return {
            kind: block.kind,
            head: block.head.map(text => ({ text })),
            rows: block.rows.map(row => row.map(text => ({ text }))),
          }
        case 'text':
          return block
      }
    }),
  }))
}
