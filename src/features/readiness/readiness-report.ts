/**
 * Release readiness as sections of the handover report (the document model of handover-report.ts: summary rows,
 * tables and text, already in words). Written structurally, so that readiness depends on no handover code. Pure.
 */
import { formatLongDate } from '../../platform/dates/calendar-date.ts'
import { STATUS_LABELS } from './readiness-items.ts'
import type { ItemView, Readiness } from './readiness.mappers.ts'

const RAG_WORDS = { red: 'Red', amber: 'Amber', green: 'Green' } as const

function statusText(item: ItemView): string {
  if (item.state === 'overdue') return `${STATUS_LABELS[item.status]}, overdue`
  if (item.state === 'due-today') return `${STATUS_LABELS[item.status]}, due today`
  return STATUS_LABELS[item.status]
}

function housingText(readiness: Readiness): string {
  const duty = readiness.housingDuty
  const referrals = duty.referrals.map(r => `${r.council} on ${formatLongDate(r.sentOn)}`)
  if (referrals.length) return `Referred to a council under the duty to refer: ${referrals.join('; ')}.`
  if (duty.flagged) return 'Duty to refer: the person needs somewhere to live and no referral is recorded. Refer now.'
  if (!duty.accommodationNeed) return 'The person has settled accommodation for the first night.'
  return duty.referBy ? `No referral to a council yet: refer by ${formatLongDate(duty.referBy)} if still needed.` : ''
}

export function readinessReportSection(readiness: Readiness) {
  const housing = housingText(readiness)
  return {
    id: 'release-readiness',
    title: 'Release readiness',
    blocks: [
      { kind: 'text' as const, text: `${RAG_WORDS[readiness.summary.rag]}: ${readiness.summary.explanation}` },
      {
        kind: 'table' as const,
        head: ['Item', 'Status', 'Due', 'Recorded'],
        rows: readiness.items.map(item => [
          item.title,
          statusText(item),
          item.dueDate ? formatLongDate(item.dueDate) : 'Not known',
          item.recorded ?? '',
        ]),
      },
      ...(housing ? [{ kind: 'text' as const, text: housing }] : []),
    ],
  }
}
