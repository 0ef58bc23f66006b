import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import { USERS_AUDIT_ACTIONS } from './users.audit.ts'
import { createUsersRepository } from './users.repository.ts'
import { createUsersService } from './users.service.ts'

/** Staff and person accounts, created from the command line. */
export const users = defineFeature({
  name: 'users',
  build: ({ db, audit }: PlatformDeps) => createUsersService(createUsersRepository(db), audit),
  auditActions: USERS_AUDIT_ACTIONS,
})
export { createUsersRepository } from './users.repository.ts'
export { createUsersService } from './users.service.ts'
export { createUserSchema } from './users.schemas.ts'
export type { UsersService } from './users.service.ts'
