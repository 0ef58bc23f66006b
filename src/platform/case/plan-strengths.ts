/**
 * What a person's strengths profile tells their plan, without the plan importing the profile: the strengths in it,
 * each with the ids of the plan's goals that build on it, and the goals already recorded as achievements. The
 * strengths feature offers it; the plan shows it under each goal, in its strengths section, its PDF and its API.
 */
export interface PlanStrength {
  id: string
  /** The kind of strength, by its key (skill, hope…), and its name for practitioners. */
  category: string
  categoryName: string
  /** In the person's words. */
  text: string
  /** The plan goals that build on it, by their ids; a goal since removed from the plan is simply not shown. */
  goalIds: string[]
}

export interface PlanStrengths {
  strengths: PlanStrength[]
  /** The plan goals already recorded as achievements, by their ids. */
  goalsRecorded: string[]
}

/** One person's strengths for their plan; the caller has already checked access. */
export type PlanStrengthsSource = (personId: string) => Promise<PlanStrengths>
