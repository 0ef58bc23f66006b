import { Router, type Request } from 'express'
import { contextOf } from '../../platform/web/request-context.ts'
import { redirectSaved } from '../../platform/web/flash.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import {
  activeSchema,
  changeStaffSchema,
  newStaffSchema,
  newTeamSchema,
  staffParams,
  staffQuery,
  type StaffQuery,
} from './staff.schemas.ts'
import type { StaffService } from './staff.service.ts'
import { options, ROLE_NAMES, roleItems } from './staff.view.ts'

const LIST = 'staff/views/staff-list.njk'
const NEW = 'staff/views/staff-new.njk'
const MEMBER = 'staff/views/staff-member.njk'
const TEAMS = 'staff/views/teams.njk'
const ADMIN = ['admin'] as const

/** The choices of the staff forms, as select options and radios. */
async function formChoices(staff: StaffService, req: Request, values: Record<string, string | undefined>) {
  const { teams, prisons, partners, pdus } = await staff.choices(contextOf(req))
  return {
    roleItems: roleItems(values.role),
    teamOptions: options(
      teams.map(t => ({ value: t.code, text: `${t.name} (${t.pdu_name})` })),
      values.teamCode,
      'None',
    ),
    prisonOptions: options(
      prisons.map(p => ({ value: p.code, text: p.name })),
      values.prisonCode,
      'None',
    ),
    partnerOptions: options(
      partners.map(p => ({ value: p.name, text: p.name })),
      values.partnerName,
      'None',
    ),
    pduOptions: options(
      pdus.map(p => ({ value: p.id, text: p.name })),
      values.pduId,
      'Select a PDU',
    ),
    teamFilter: options(
      teams.map(t => ({ value: t.id, text: t.name })),
      values.teamId,
      'Any team',
    ),
  }
}

/** Administrators' pages for staff accounts and teams. */
export function staffRoutes(staff: StaffService, routes: RouteRegistry): Router {
  const router = Router()
  const pages = routes.pages(router)
  const page = { activeSection: 'staff' }

  const listPage = async (req: Request, query: Partial<StaffQuery>) => ({
    ...page,
    pageTitle: 'Staff',
    roleNames: ROLE_NAMES,
    roleFilter: options(
      Object.entries(ROLE_NAMES).map(([value, text]) => ({ value, text })),
      query.role,
      'Any role',
    ),
    ...(await formChoices(staff, req, { teamId: query.teamId })),
  })

  pages.get(
    '/admin/staff',
    { summary: 'Staff', query: staffQuery, roles: ADMIN, form: { view: LIST, context: req => listPage(req, {}) } },
    async ({ ctx, req, res, query }) => {
      const result = await staff.list(ctx, query)
      res.render(LIST, { ...(await listPage(req, query)), ...result, values: req.query })
    },
  )

  const newPage = async (req: Request) => ({
    ...page,
    pageTitle: 'Add a staff member',
    backLink: '/admin/staff',
    ...(await formChoices(staff, req, req.body ?? {})),
  })

  pages.get('/admin/staff/new', { summary: 'Add a staff member', roles: ADMIN }, async ({ req, res }) => {
    res.render(NEW, { ...(await newPage(req)), values: {} })
  })

  pages.post(
    '/admin/staff/new',
    { summary: 'Add a staff member', roles: ADMIN, body: newStaffSchema, form: { view: NEW, context: newPage } },
    async ({ ctx, res, body }) => {
      const created = await staff.create(ctx, body)
      redirectSaved(res, `/admin/staff/${created.id}`, `Staff member ${body.displayName} added`)
    },
  )

  const memberPage = async (req: Request) => {
    const member = await staff.member(contextOf(req), String(req.params.userId))
    const values = {
      role: member.role,
      teamCode: member.teamCode,
      prisonCode: member.prisonCode,
      partnerName: member.partnerName,
      ...req.body,
    }
    return {
      ...page,
      pageTitle: 'Staff member',
      backLink: '/admin/staff',
      member,
      roleName: ROLE_NAMES[member.role],
      self: member.id === req.user!.id,
      ...(await formChoices(staff, req, values)),
    }
  }

  pages.get(
    '/admin/staff/:userId',
    { summary: 'Staff member', params: staffParams, roles: ADMIN },
    async ({ req, res }) => {
      const shown = await memberPage(req)
      res.render(MEMBER, { ...shown, values: { role: shown.member.role } })
    },
  )

  pages.post(
    '/admin/staff/:userId',
    {
      summary: 'Change a staff member’s role and team',
      params: staffParams,
      roles: ADMIN,
      body: changeStaffSchema,
      form: { view: MEMBER, context: memberPage },
    },
    async ({ ctx, res, params, body }) => {
      const member = await staff.change(ctx, params.userId, body)
      redirectSaved(res, `/admin/staff/${member.id}`, `Role and team of ${member.displayName} saved`)
    },
  )

  pages.post(
    '/admin/staff/:userId/active',
    {
      summary: 'Deactivate or reactivate a staff account',
      params: staffParams,
      roles: ADMIN,
      body: activeSchema,
      form: { view: MEMBER, context: memberPage },
    },
    async ({ ctx, res, params, body }) => {
      const member = await staff.setActive(ctx, params.userId, body.active)
      const done = member.active ? 'reactivated' : 'deactivated'
      redirectSaved(res, `/admin/staff/${member.id}`, `Account of ${member.displayName} ${done}`)
    },
  )

  pages.post(
    '/admin/staff/:userId/mfa-reset',
    {
      summary: 'Reset a staff member’s multi-factor authentication',
      params: staffParams,
      roles: ADMIN,
      form: { view: MEMBER, context: memberPage },
    },
    async ({ ctx, res, params }) => {
      await staff.resetMfa(ctx, params.userId)
      redirectSaved(res, `/admin/staff/${params.userId}`, 'Multi-factor authentication reset')
    },
  )

  const teamsPage = async (req: Request) => ({
    ...page,
    pageTitle: 'Teams',
    backLink: '/admin/staff',
    teams: await staff.teams(contextOf(req)),
    ...(await formChoices(staff, req, req.body ?? {})),
  })

  pages.get('/admin/teams', { summary: 'Teams', roles: ADMIN }, async ({ req, res }) => {
    res.render(TEAMS, { ...(await teamsPage(req)), values: {} })
  })

  pages.post(
    '/admin/teams',
    { summary: 'Add a team', roles: ADMIN, body: newTeamSchema, form: { view: TEAMS, context: teamsPage } },
    async ({ ctx, res, body }) => {
      const team = await staff.createTeam(ctx, body)
      redirectSaved(res, '/admin/teams', `Team ${team.name} added`)
    },
  )

  return router
}
