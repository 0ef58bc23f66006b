import type { Achievement, GivingBack } from '../strengths/index.ts'
import type { CertificateStatus } from './certificates.mappers.ts'

export const STATUS_TAGS: Record<CertificateStatus, { text: string; classes: string }> = {
  'awaiting-countersignature': { text: 'Waiting for countersignature', classes: 'govuk-tag--yellow' },
  issued: { text: 'Issued', classes: 'govuk-tag--green' },
  revoked: { text: 'Revoked', classes: 'govuk-tag--red' },
}

const chosenList = (value: unknown): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)]

/** The checkboxes of what the person chose to show, ticked as they were sent. */
export function choiceItems(
  achievements: readonly Achievement[],
  givingBack: readonly GivingBack[],
  values: Record<string, unknown>,
) {
  const achievementIds = chosenList(values.achievementIds)
  const givingBackIds = chosenList(values.givingBackIds)
  return {
    achievementItems: achievements.map(a => ({
      value: a.id,
      text: `${a.title} (${a.kindName})`,
      checked: achievementIds.includes(a.id),
    })),
    givingBackItems: givingBack.map(g => ({
      value: g.id,
      text: `${g.role} at ${g.organisation}, ${g.hours} hours`,
      checked: givingBackIds.includes(g.id),
    })),
  }
}
