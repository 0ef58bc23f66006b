import type { RequestContext } from '../auth/current-user.ts'

/**
 * Things to ask about for this person, shown where the work happens (needs screening and the plan). A feature that
 * knows what matters for a person (diversity: their recorded characteristics and their own answers) offers them
 * as a `CasePromptSource`; needs and plans show what the sources give without importing the feature.
 */
export type CasePromptStage = 'screening' | 'planning'

export interface CasePrompt {
  key: string
  /** Who it is for, for example "Women". */
  group: string
  prompt: string
  /** Why it shows for this person. */
  because: string
  /** The kind of service that would suit, in words. */
  services: string
}

export interface CasePrompts {
  prompts: CasePrompt[]
  /** Where the prompts come from, and what to do for lack of a directory of services. */
  source: string
  note: string
  /** The page that explains them (the case's Diversity tab). */
  href: string
  linkText: string
}

/**
 * The prompts of one stage for one person, or null when there are none or the user may not see what they disclose.
 * The caller has already opened the case for this user; the source decides (and audits) what it shows.
 */
export type CasePromptSource = (
  ctx: RequestContext,
  personId: string,
  stage: CasePromptStage,
) => Promise<CasePrompts | null>

/** Every source's prompts of a stage, for one page. */
export async function casePromptsFor(
  sources: readonly CasePromptSource[],
  ctx: RequestContext,
  personId: string,
  stage: CasePromptStage,
): Promise<CasePrompts[]> {
  const found = await Promise.all(sources.map(source => source(ctx, personId, stage)))
  return found.filter((p): p is CasePrompts => p !== null && p.prompts.length > 0)
}
