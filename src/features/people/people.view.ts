import { formatLongDate, isIsoDate } from '../../platform/dates/calendar-date.ts'
import { formatDateTime } from '../../platform/i18n/i18n.ts'
import { SENTENCE_TYPES } from '../key-dates/index.ts'
import { REASONS } from './allocation.rules.ts'
import { REASON_NAMES } from './allocation.wording.ts'
import { SENTENCE_TYPE_CHOICES } from './people.wording.ts'

interface Option {
  id: string
  text: string
}

/** A GOV.UK select's items: a first item that chooses nothing, then the options (the page selects by value). */
function selectItems(placeholder: string, options: readonly Option[]) {
  return [{ value: '', text: placeholder }, ...options.map(o => ({ value: o.id, text: o.text }))]
}

const staffOptions = (staff: readonly { id: string; display_name: string; team_name?: string }[]) =>
  staff.map(s => ({ id: s.id, text: s.team_name ? `${s.display_name} (${s.team_name})` : s.display_name }))

/** The choices of the personal details form. */
export function detailsItems(pdus: readonly { id: string; name: string }[], coms: Parameters<typeof staffOptions>[0]) {
  return {
    pduItems: selectItems(
      'Not known yet',
      pdus.map(p => ({ id: p.id, text: p.name })),
    ),
    comItems: coms.length ? selectItems('Select a practitioner', staffOptions(coms)) : [],
  }
}

/** The choices of the custody episode form. */
export function episodeItems(prisons: readonly { id: string; name: string }[]) {
  return {
    prisonItems: selectItems(
      'Select a prison',
      prisons.map(p => ({ id: p.id, text: p.name })),
    ),
    sentenceTypeItems: SENTENCE_TYPES.map(value => ({ value, text: SENTENCE_TYPE_CHOICES[value] })),
  }
}

/** The choices of the allocation form: only the practitioners this user may allocate. */
export function allocationItems(coms: Parameters<typeof staffOptions>[0], poms: Parameters<typeof staffOptions>[0]) {
  return {
    comItems: coms.length ? selectItems('Select a practitioner', staffOptions(coms)) : [],
    pomItems: poms.length ? selectItems('Select a practitioner', staffOptions(poms)) : [],
    reasonItems: REASONS.map(value => ({ value, text: REASON_NAMES[value] })),
  }
}

/** The history of corrections as table rows: a date of birth as a long date, an empty value as "Not recorded". */
export function changeRows(
  changes: readonly {
    field: string
    label: string
    before: string | null
    after: string | null
    reason: string | null
    changedBy: string | null
    changedAt: string
  }[],
) {
  const shown = (field: string, value: string | null) =>
    value === null ? 'Not recorded' : field === 'dateOfBirth' && isIsoDate(value) ? formatLongDate(value) : value
  return changes.map(c => [
    { text: formatDateTime('en', c.changedAt), classes: 'app-nowrap' },
    { text: c.label },
    { text: shown(c.field, c.before) },
    { text: shown(c.field, c.after) },
    { text: c.changedBy ?? 'Not known' },
    { text: c.reason ?? 'No reason given' },
  ])
}
