import type { AuditLog } from '../../platform/audit/audit-log.ts'
import { hashPassword } from '../../platform/auth/password.ts'
import { ValidationFailed } from '../../platform/errors/errors.ts'
import type { UsersRepository } from './users.repository.ts'
import type { UsersAuditAction } from './users.audit.ts'
import type { CreateUser } from './users.schemas.ts'

/** Accounts, created by administrators from the command line. */
export function createUsersService(repository: UsersRepository, audit: AuditLog<UsersAuditAction>) {
  async function resolve<T>(lookup: Promise<T | undefined>, field: string, message: string): Promise<T> {
    const found = await lookup
    if (found === undefined) throw ValidationFailed.of(field, message)
    return found
  }

  /** The organisation a role works in, found by its code or name: only the one its role uses is kept. */
  async function scopeOf(user: Pick<CreateUser, 'role' | 'teamCode' | 'prisonCode' | 'partnerName' | 'personCrn'>) {
    const scoped = (role: string[], value: string | undefined) =>
      value && role.includes(user.role) ? value : undefined
    const team = scoped(['com', 'manager'], user.teamCode)
    const prison = scoped(['pom'], user.prisonCode)
    const partner = scoped(['partner'], user.partnerName)
    const crn = scoped(['person'], user.personCrn)
    return {
      teamId: team ? await resolve(repository.teamId(team), 'teamCode', `No team has the code ${team}`) : null,
      prisonId: prison
        ? await resolve(repository.prisonId(prison), 'prisonCode', `No prison has the code ${prison}`)
        : null,
      partnerOrganisationId: partner
        ? await resolve(repository.partnerId(partner), 'partnerName', `No partner organisation is called ${partner}`)
        : null,
      personId: crn ? await resolve(repository.personId(crn), 'personCrn', `No person has the CRN ${crn}`) : null,
    }
  }

  return {
    async create(user: CreateUser, by: string) {
      if (await repository.usernameTaken(user.username)) throw ValidationFailed.of('username', 'That username is taken')
      const [created] = await repository.insert([
        {
          username: user.username,
          displayName: user.displayName,
          role: user.role,
          ...(await scopeOf(user)),
          passwordHash: await hashPassword(user.password),
        },
      ])
      await audit.record({
        action: 'user.created',
        actorUsername: by,
        details: { userId: created?.id, role: user.role },
      })
      return created!
    },

    /** A staff member's new role and the team, prison or partner it works in (the same rules as creating one). */
    async changeScope(userId: string, change: Pick<CreateUser, 'role' | 'teamCode' | 'prisonCode' | 'partnerName'>) {
      if (change.role === 'person') throw ValidationFailed.of('role', 'A staff account cannot become a person account')
      await repository.updateScope(userId, change.role, await scopeOf(change))
    },
  }
}

export type UsersService = ReturnType<typeof createUsersService>
