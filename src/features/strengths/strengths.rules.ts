/**
 * How an achieved plan goal becomes an achievement, pure (today is an argument): in the goal's words (cut to the
 * length an achievement's title takes), as a milestone the person chose, on the day given.
 */
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import type { AchievementInput } from './strengths.schemas.ts'

export const ACHIEVEMENT_TITLE_MAX = 200

export interface AchievedGoal {
  id: string
  text: string
}

/** The achievement a goal becomes, achieved on `on`. */
export function goalAchievement(goal: AchievedGoal, on: IsoDate): AchievementInput {
  const title =
    goal.text.length > ACHIEVEMENT_TITLE_MAX ? `${goal.text.slice(0, ACHIEVEMENT_TITLE_MAX - 1)}…` : goal.text
  return { kind: 'milestone', title, achievedOn: on, details: undefined, goalId: goal.id }
}

/** The achievement form's values, filled in from a goal: its words, a milestone, dated today (to be changed). */
export function goalAchievementValues(goal: AchievedGoal, today: IsoDate) {
  const { kind, title, achievedOn, goalId } = goalAchievement(goal, today)
  return { kind, title, achievedOn, goalId }
}
