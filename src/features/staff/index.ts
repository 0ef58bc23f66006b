import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { MfaService } from '../mfa/index.ts'
import type { OrganisationService } from '../organisation/index.ts'
import type { UsersService } from '../users/index.ts'
import { staffApi } from './staff.api.ts'
import { STAFF_AUDIT_ACTIONS } from './staff.audit.ts'
import { createStaffRepository } from './staff.repository.ts'
import { staffRoutes } from './staff.routes.ts'
import { createStaffService } from './staff.service.ts'

interface Needs {
  users: UsersService
  mfa: MfaService
  organisation: OrganisationService
}

/** Administrators manage staff accounts, their roles and teams, and reset a lost second factor. */
export const staff = defineFeature({
  name: 'staff',
  needs: ['organisation', 'users', 'mfa'],
  build: ({ db, sessions, audit, users, mfa, organisation }: PlatformDeps & Needs) =>
    createStaffService({ repository: createStaffRepository(db), users, mfa, organisation, sessions, audit }),
  pages: (service, routes) => staffRoutes(service, routes),
  api: (service, routes) => staffApi(service, routes),
  auditActions: STAFF_AUDIT_ACTIONS,
})
