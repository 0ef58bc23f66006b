/** The readiness pages' view-models: the checklist's tasks, the housing duty in words and the referrals table. */
import { formatLongDate } from '../../platform/dates/calendar-date.ts'
import { STATUS_LABELS } from './readiness-items.ts'
import type { ItemView, Readiness } from './readiness.mappers.ts'
import type { ItemState, Rag } from './readiness.rules.ts'

// The words say the status; the colour repeats it. Amber is GOV.UK's yellow tag.
const RAG_TAGS: Record<Rag, { text: string; classes: string }> = {
  red: { text: 'Red', classes: 'govuk-tag--red' },
  amber: { text: 'Amber', classes: 'govuk-tag--yellow' },
  green: { text: 'Green', classes: 'govuk-tag--green' },
}

const STATE_TAGS: Partial<Record<ItemState, { text: string; classes: string }>> = {
  met: { text: 'Met', classes: 'govuk-tag--green' },
  'not-needed': { text: 'Not needed', classes: 'govuk-tag--grey' },
  overdue: { text: 'Overdue', classes: 'govuk-tag--red' },
  'due-today': { text: 'Due today', classes: 'govuk-tag--red' },
}

/** The checklist page: the RAG, the release date, a task per item, the housing duty and its referrals. */
export function checklistView(personId: string, r: Readiness, canEdit: boolean) {
  return {
    ragTag: { ...RAG_TAGS[r.summary.rag], attributes: { 'data-qa': 'rag' } },
    releaseRows: [{ key: { text: 'Release date' }, value: { text: releaseText(r) } }],
    tasks: r.items.map(item => ({
      title: { text: item.title },
      href: canEdit ? `/people/${personId}/readiness/${item.key}` : undefined,
      hint: { text: taskHint(item) },
      // Each basic welfare item shows red until it is met.
      status: { tag: STATE_TAGS[item.state] ?? { text: STATUS_LABELS[item.status], classes: 'govuk-tag--red' } },
    })),
    duty: dutyWords(r),
    referralRows: r.housingDuty.referrals.map(ref => [
      { text: ref.council },
      { text: formatLongDate(ref.sentOn), classes: 'app-nowrap' },
      { text: ref.reference ?? 'None' },
      { text: ref.recordedBy ?? 'Not known' },
    ]),
  }
}

function releaseText(r: Readiness): string {
  if (!r.releaseDayAndDate) return 'Not known: no release date is recorded'
  if (r.released) return `${r.releaseDayAndDate} (released)`
  return r.releaseDateEstimated ? `${r.releaseDayAndDate} (earliest release date)` : r.releaseDayAndDate
}

function taskHint(item: ItemView): string {
  const started = item.status === 'in-progress' ? 'In progress. ' : ''
  switch (item.state) {
    case 'met':
      return item.recorded ?? ''
    case 'not-needed':
      return `Not needed${item.note ? `: ${item.note}` : ''}`
    case 'overdue':
      return `${started}Was due ${formatLongDate(item.dueDate)}`
    case 'due-today':
      return `${started}Due ${formatLongDate(item.dueDate)}`
    case 'not-due':
      return `Due ${formatLongDate(item.dueDate)}`
    default:
      return 'Due date not known'
  }
}

/** Where the duty to refer stands: a warning to refer now, the date to refer by, settled, or nothing to say. */
function dutyWords(r: Readiness): { kind: 'flagged' | 'due' | 'settled'; text: string } | null {
  const duty = r.housingDuty
  if (duty.flagged) {
    const days = duty.daysToRelease ?? 0
    const when =
      days < 0
        ? 'the release date has passed'
        : days === 0
          ? 'release is today'
          : `release is ${days} ${days === 1 ? 'day' : 'days'} away`
    return {
      kind: 'flagged',
      text: `Refer this person to a council now: they need somewhere to live, no referral is recorded, and ${when}.`,
    }
  }
  if (duty.accommodationNeed && !duty.referrals.length && duty.referBy && !r.released) {
    return {
      kind: 'due',
      text: `If the person still needs somewhere to live, refer them to a council by ${formatLongDate(duty.referBy)}.`,
    }
  }
  if (!duty.accommodationNeed) {
    return { kind: 'settled', text: 'The person has settled accommodation for the first night.' }
  }
  return null
}
