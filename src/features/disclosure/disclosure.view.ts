import { formatLongDate, type IsoDate } from '../../platform/dates/calendar-date.ts'
import { summarise, type SummaryWords } from './disclosure-summary.ts'
import { capitalise, DISPOSAL_TYPES, DISPOSALS, type DisposalType, type RecordKind } from './disposal-types.ts'

const typeName = (type: DisposalType) => capitalise(DISPOSALS[type].label)

/** The sentence or type of caution, as the practitioner's form offers it. */
export const TYPE_ITEMS = [
  { value: '', text: 'Choose one' },
  ...DISPOSAL_TYPES.map(type => ({ value: type, text: typeName(type) })),
]

interface Listed {
  id: string
  kind: RecordKind
  date: IsoDate
  disposals: readonly { type: DisposalType }[]
}

/**
 * The table of recorded cautions and convictions, each with a button to remove it. The buttons send the form the
 * table sits in, which carries the anti-forgery token, to the address of their own record.
 */
export function convictionRows(personId: string, records: readonly Listed[]) {
  return records.map(r => {
    const date = formatLongDate(r.date)
    const remove = `<button type="submit" formaction="/people/${personId}/convictions/${r.id}/remove" class="govuk-button govuk-button--warning govuk-!-margin-bottom-0" data-module="govuk-button">Remove<span class="govuk-visually-hidden"> the ${r.kind} of ${date}</span></button>`
    return [
      { text: date, classes: 'app-nowrap' },
      { text: r.kind === 'conviction' ? 'Conviction' : 'Caution' },
      { text: r.disposals.map(d => typeName(d.type)).join(', ') },
      { html: remove },
    ]
  })
}

type Summarised = Parameters<typeof summarise>[0] & { result: Parameters<typeof summarise>[1] | null }

/** What the person is told of each record, in their language; none while the records need checking. */
export const ownSummaries = (records: readonly Summarised[], today: IsoDate, words: SummaryWords) =>
  records.flatMap(r => (r.result ? [summarise(r, r.result, today, words)] : []))
