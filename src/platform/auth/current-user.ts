import type { CaseHeader } from '../case/case-header.ts'
import type { Role } from '../db/schema.ts'
import type { Language } from '../i18n/i18n.ts'

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
  /** The language the person chose for their pages (staff pages are in English). */
  language?: Language
}

/** What a service needs to know about the request it serves. One per request: the people feature leaves the case header on it. */
export interface RequestContext {
  user: CurrentUser
  correlationId: string
  /** The client's own id of the request (X-Correlation-Id), kept apart from the server's. */
  clientCorrelationId?: string
  /** The case this request has opened, for the page's case header (filled by the people feature). */
  caseHeader?: CaseHeader
}

export const STAFF_ROLES = ['pom', 'com', 'manager', 'partner', 'admin'] as const
export const ROLES = ['person', ...STAFF_ROLES] as const
/** The practitioners who work with people's cases. */
export const CASE_ROLES = ['pom', 'com', 'manager'] as const
