/**
 * Who may do what with a plan. Anyone who may see the person reads their plan (PeopleService decides that). The
 * person changes their own plan without write access to the record: they add goals in their own words, change or
 * remove the goals they wrote, mark the steps they own and answer each version. Marking a goal achieved is the
 * practitioner's. Everything else is the
 * practitioner's, written with them, where the practitioner may change the record.
 */
import type { CurrentUser } from '../../platform/auth/current-user.ts'
import type { AuthorRole, Goal, PlanContent, Section, Step } from './plan-content.ts'
import type { Edit } from './plan-edits.ts'

export const isThePerson = (user: CurrentUser): boolean => user.role === 'person'

/** Whose words an item is, as the plan shows them. */
export const authorRoleOf = (user: CurrentUser): AuthorRole => (isThePerson(user) ? 'person' : 'practitioner')

/** The person changes their own plan without write access to their record; staff need it. */
export const needsRecordWrite = (user: CurrentUser): boolean => !isThePerson(user)

/** Practitioners who may change the record edit every part of the plan. */
export const mayEditPlan = (user: CurrentUser, canEditRecord: boolean): boolean => canEditRecord && !isThePerson(user)

/** The forms the person has are for their goals. */
export const mayOpenSection = (user: CurrentUser, section: Section): boolean =>
  !isThePerson(user) || section === 'goals'

/** Linking a goal to a pathway of needs screening is the practitioner's planning; the person is not shown needs. */
export const mayLinkPathways = (user: CurrentUser): boolean => !isThePerson(user)

/**
 * Why the person may not make this edit, or null when they may. An item that is not there is not refused here:
 * applying the edit answers that it has been removed.
 */
export function personRefusal(content: PlanContent, edit: Edit, userId: string): string | null {
  if (edit.op === 'status') {
    const step: Step | undefined = content.steps.find(s => s.id === edit.id)
    return step && step.owner.kind !== 'person' ? 'You can only mark your own steps' : null
  }
  if (edit.op === 'achieved') return 'Ask your probation worker to mark a goal as achieved'
  if (edit.section !== 'goals') return 'Ask your probation worker to change this part of your plan'
  if (edit.op === 'add') return null
  const goal: Goal | undefined = content.goals.find(g => g.id === edit.id)
  return goal && goal.by.userId !== userId ? 'You can only change the goals you wrote' : null
}
