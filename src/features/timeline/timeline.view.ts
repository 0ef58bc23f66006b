import type { TimelineEvent } from '../../platform/case/timeline-event.ts'
import { TIMELINE_KINDS, type TimelineKind } from './timeline.rules.ts'

/** The filter's choices as GOV.UK select items, the kind shown selected. */
export function kindItems(kind: string | null | undefined) {
  return [
    { value: '', text: 'Everything' },
    ...(Object.entries(TIMELINE_KINDS) as [TimelineKind, string][]).map(([value, text]) => ({
      value,
      text,
      selected: value === kind,
    })),
  ]
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escape = (text: string) => text.replace(/[&<>"']/g, c => ENTITIES[c]!)

/** Moments as MoJ timeline items: known by their day or at a time of day, with the description and a link. */
export function timelineItems(events: readonly TimelineEvent[]) {
  return events.map(e => ({
    label: { text: e.title },
    byline: e.by ? { text: e.by } : undefined,
    datetime: { timestamp: e.at, type: e.at.length === 10 ? 'date' : 'datetime' },
    html: [
      e.description ? `<p class="govuk-body">${escape(e.description)}</p>` : '',
      e.href
        ? `<p class="govuk-body"><a class="govuk-link" href="${escape(e.href)}">See the detail<span class="govuk-visually-hidden"> of ${escape(e.title.toLowerCase())}</span></a></p>`
        : '',
    ].join(''),
    attributes: { 'data-qa': `event-${e.kind}` },
  }))
}
