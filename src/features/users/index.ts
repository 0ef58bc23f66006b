import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import { USERS_AUDIT_ACTIONS } from './users.audit.ts'
import { createUsersRepository } from './users.repository.ts'
import { createUsersService } from './users.service.ts'

/** Staff and person accounts, created from the command line. */
export const users = defineFeature({
  name: 'users',
  build: ({ db, audit }: PlatformDeps) => createUsersService(createUsersRepository(db), audit),
  subjectAccess: [
    {
      table: 'app_user',
      label: 'Sign-in account',
      // The password's hash and anything else kept to sign in are secrets, not facts about the person.
      only: ['username', 'display_name', 'role', 'active', 'language', 'created_at'],
    },
  ],
  auditActions: USERS_AUDIT_ACTIONS,
})
export { createUsersRepository } from './users.repository.ts'
export { createUsersService } from './users.service.ts'
export { createUserSchema } from './users.schemas.ts'
export type { UsersService } from './users.service.ts'
