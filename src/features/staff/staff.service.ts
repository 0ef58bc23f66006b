import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { SessionStore } from '../../platform/auth/session-store.ts'
import { Conflict, NotFound, ValidationFailed } from '../../platform/errors/errors.ts'
import type { MfaService } from '../mfa/index.ts'
import type { OrganisationService } from '../organisation/index.ts'
import { createUserSchema, type UsersService } from '../users/index.ts'
import type { StaffAuditAction } from './staff.audit.ts'
import { mayAdministerStaff } from './staff.policy.ts'
import { STAFF_PAGE_SIZE, type StaffRepository } from './staff.repository.ts'
import type { ChangeStaff, NewStaff, NewTeam, StaffQuery } from './staff.schemas.ts'

interface Dependencies {
  repository: StaffRepository
  users: UsersService
  mfa: MfaService
  organisation: OrganisationService
  sessions: SessionStore
  audit: AuditLog<StaffAuditAction>
}

type Row = NonNullable<Awaited<ReturnType<StaffRepository['member']>>>

const toMember = (row: Row, withMfa: Set<string>) => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role as Exclude<Row['role'], 'person'>,
  active: row.active,
  worksIn: row.team_name ?? row.prison_name ?? row.partner_name ?? null,
  teamCode: row.team_code,
  prisonCode: row.prison_code,
  partnerName: row.partner_name,
  mfa: withMfa.has(row.id),
})

/** Staff accounts, roles and teams, managed by administrators: every read and change checked here and audited. */
export function createStaffService({ repository, users, mfa, organisation, sessions, audit }: Dependencies) {
  function allow(ctx: RequestContext) {
    // Anyone else is answered as if there were nothing here.
    if (!mayAdministerStaff(ctx.user)) throw new NotFound()
  }

  async function memberOf(id: string) {
    const row = await repository.member(id)
    if (!row) throw new NotFound('No staff member has this id')
    return toMember(row, await mfa.enabledFor([row.id]))
  }

  /** An admin cannot lock themselves out: their own role and access are changed by another admin. */
  function notSelf(ctx: RequestContext, id: string, message: string) {
    if (ctx.user.id === id) throw new Conflict(message)
  }

  return {
    async list(ctx: RequestContext, query: StaffQuery) {
      allow(ctx)
      const { rows, total } = await repository.list(query)
      const withMfa = await mfa.enabledFor(rows.map(row => row.id))
      await audit.record({
        ...actorOf(ctx),
        action: 'staff.listed',
        details: { role: query.role, teamId: query.teamId },
      })
      return {
        staff: rows.map(row => toMember(row, withMfa)),
        total,
        page: query.page,
        pageCount: Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE)),
      }
    },

    async member(ctx: RequestContext, id: string) {
      allow(ctx)
      const member = await memberOf(id)
      await audit.record({ ...actorOf(ctx), action: 'staff.viewed', details: { userId: id } })
      return member
    },

    /** The lists a staff form chooses from. */
    async choices(ctx: RequestContext) {
      allow(ctx)
      const [teams, prisons, partners, pdus] = await Promise.all([
        organisation.teams(),
        organisation.prisons(),
        organisation.partnerOrganisations(),
        organisation.pdus(),
      ])
      return { teams, prisons, partners, pdus }
    },

    /** Creates the account through the users feature's rules (username, scope, password), then audits who did. */
    async create(ctx: RequestContext, staff: NewStaff) {
      allow(ctx)
      const checked = createUserSchema.safeParse({ ...staff })
      if (!checked.success)
        throw new ValidationFailed(
          checked.error.issues.map(i => ({ field: String(i.path[0] ?? 'username'), message: i.message })),
        )
      const created = await users.create(checked.data, ctx.user.username)
      await audit.record({
        ...actorOf(ctx),
        action: 'staff.created',
        details: { userId: created.id, role: staff.role },
      })
      return created
    },

    async change(ctx: RequestContext, id: string, change: ChangeStaff) {
      allow(ctx)
      const before = await memberOf(id)
      notSelf(ctx, id, 'You cannot change your own role: ask another administrator')
      await users.changeScope(id, change)
      // A new role takes effect at once: sessions are read afresh on every request.
      await audit.record({
        ...actorOf(ctx),
        action: 'staff.changed',
        details: { userId: id, from: before.role, to: change.role },
      })
      return memberOf(id)
    },

    /** Deactivating ends every session the account has; its records stay. */
    async setActive(ctx: RequestContext, id: string, active: boolean) {
      allow(ctx)
      await memberOf(id)
      notSelf(ctx, id, 'You cannot deactivate your own account: ask another administrator')
      await repository.setActive(id, active)
      if (!active) await sessions.endAllFor(id)
      await audit.record({
        ...actorOf(ctx),
        action: active ? 'staff.reactivated' : 'staff.deactivated',
        details: { userId: id },
      })
      return memberOf(id)
    },

    /** A lost phone: the second factor is removed, to be set up again at the next sign-in where the role requires it. */
    async resetMfa(ctx: RequestContext, id: string) {
      allow(ctx)
      await memberOf(id)
      return mfa.reset(ctx, id)
    },

    async teams(ctx: RequestContext) {
      allow(ctx)
      const rows = await repository.teams()
      await audit.record({ ...actorOf(ctx), action: 'team.listed' })
      return rows.map(row => ({
        id: row.id,
        code: row.code,
        name: row.name,
        pduName: row.pdu_name,
        staffCount: Number(row.staff_count),
      }))
    },

    async createTeam(ctx: RequestContext, team: NewTeam) {
      allow(ctx)
      const problems = [
        ...((await repository.teamCodeTaken(team.code)) ? [{ field: 'code', message: 'That team code is taken' }] : []),
        ...((await repository.pduExists(team.pduId))
          ? []
          : [{ field: 'pduId', message: 'Select a probation delivery unit' }]),
      ]
      if (problems.length) throw new ValidationFailed(problems)
      const created = await repository.insertTeam(team)
      await audit.record({ ...actorOf(ctx), action: 'team.created', details: { teamId: created.id } })
      return created
    },
  }
}

export type StaffService = ReturnType<typeof createStaffService>
