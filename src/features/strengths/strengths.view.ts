import { formatLongDate } from '../../platform/dates/calendar-date.ts'
import type { Translate } from '../../platform/i18n/i18n.ts'
import type { Achievement } from './strengths.mappers.ts'
import {
  ACHIEVEMENT_KIND_NAMES,
  ACHIEVEMENT_KINDS,
  GIVING_BACK_KIND_NAMES,
  GIVING_BACK_KINDS,
  STRENGTH_CATEGORIES,
  STRENGTH_CATEGORY_NAMES,
} from './strengths.wording.ts'

const options = <K extends string>(keys: readonly K[], names: Record<K, string>) =>
  keys.map(value => ({ value, text: names[value] }))

/** The choices the person's own page offers, named in their language (strengths/locales). */
export const personChoices = (t: Translate) => ({
  categoryItems: STRENGTH_CATEGORIES.map(value => ({ value, text: t(`strengths:category.${value}`) })),
  kindItems: ACHIEVEMENT_KINDS.map(value => ({ value, text: t(`strengths:kind.${value}`) })),
})

/** The choices the forms offer, built once here rather than in the templates. */
export const strengthChoices = () => ({
  categoryItems: options(STRENGTH_CATEGORIES, STRENGTH_CATEGORY_NAMES),
  kindItems: options(ACHIEVEMENT_KINDS, ACHIEVEMENT_KIND_NAMES),
  givingBackItems: options(GIVING_BACK_KINDS, GIVING_BACK_KIND_NAMES),
})

/** The plan's goals as the checkboxes of a strength's form. */
export const goalItems = (goals: readonly { id: string; text: string }[]) =>
  goals.map(goal => ({ value: goal.id, text: goal.text }))

/** How an achievement's confirmation reads. */
export function confirmationText(achievement: Achievement): string {
  const { confirmed } = achievement
  if (!confirmed) return 'Not confirmed yet'
  const by = confirmed.organisation ? `${confirmed.by}, told by ${confirmed.organisation}` : confirmed.by
  return `Confirmed by ${by} on ${formatLongDate(confirmed.on)}`
}
