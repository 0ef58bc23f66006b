import type { CurrentUser } from '../../platform/auth/current-user.ts'

/**
 * A subject access request is answered by an administrator (the data protection team's role), who sees every
 * record held about the person, limited-access or not: the request is the person's own right. Every look is audited.
 */
export function mayAnswerSubjectAccess(user: CurrentUser): boolean {
  return user.role === 'admin'
}
