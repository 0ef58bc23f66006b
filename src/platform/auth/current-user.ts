import type { Role } from '../db/schema.ts'

/** Who is acting, as every service method receives it. */
export interface CurrentUser {
  id: string
  username: string
  displayName: string
  role: Role
  teamId: string | null
  prisonId: string | null
  partnerOrganisationId: string | null
  personId: string | null
}

/** What a service needs to know about the request it serves. */
export interface RequestContext {
  user: CurrentUser
  correlationId: string
}

export const STAFF_ROLES = ['pom', 'com', 'manager', 'partner', 'admin'] as const
export const ROLES = ['person', ...STAFF_ROLES] as const
