import { CASE_ROLES, type CurrentUser } from '../../platform/auth/current-user.ts'

const practitioner = (user: CurrentUser) => (CASE_ROLES as readonly string[]).includes(user.role)

/** Who may add a person: practitioners who will then be able to see them. */
export function mayCreatePeople(user: CurrentUser): boolean {
  return practitioner(user)
}

/** Allocation is a management decision in the community and the prison's in custody. */
export function mayAllocate(user: CurrentUser, kind: 'pom' | 'com'): boolean {
  return user.role === 'manager' || (kind === 'pom' && user.role === 'pom')
}

/**
 * Who a new person is allocated to: a COM or a POM who adds someone takes them on, so that they can see them; a
 * manager may name the COM; nobody else allocates by adding.
 */
export function allocatedOnCreate(user: CurrentUser, chosenComId: string | undefined) {
  return {
    comId: user.role === 'com' ? user.id : user.role === 'manager' ? (chosenComId ?? null) : null,
    pomId: user.role === 'pom' ? user.id : null,
  }
}
