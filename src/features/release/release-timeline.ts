/** The release feature's moments on a person's timeline: each release and each follow-up answered. Pure. */
import type { TimelineEvent } from '../../platform/case/timeline-event.ts'
import type { ReleaseRepository } from './release.repository.ts'
import { ACCOMMODATION_LABELS, FOLLOW_UP_TITLES } from './release.wording.ts'
import { answerText } from './release.mappers.ts'

type History = Awaited<ReturnType<ReleaseRepository['history']>>

export function releaseEvents(personId: string, { releases, followUps }: History): TimelineEvent[] {
  const href = `/people/${personId}/release`
  return [
    ...releases.map(r => ({
      at: r.release_date,
      title: 'Released from custody',
      description: r.first_night
        ? `First night: ${ACCOMMODATION_LABELS[r.first_night]}${r.address ? `, ${r.address}` : ''}`
        : 'Where they stayed on the first night is not recorded',
      ...(r.by_name ? { by: r.by_name } : {}),
      kind: 'release',
      href,
    })),
    ...followUps.map(f => ({
      at: f.recorded_on,
      title: `Follow-up: ${FOLLOW_UP_TITLES[f.kind].toLowerCase()}`,
      description: answerText(f),
      by: f.recorded_by_name,
      kind: 'follow-up',
      href,
    })),
  ]
}
