import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import {
  activeSchema,
  changeStaffSchema,
  createdResponse,
  newStaffSchema,
  newTeamSchema,
  staffListResponse,
  staffMemberResponse,
  staffParams,
  staffQuery,
  teamResponse,
  teamsResponse,
} from './staff.schemas.ts'
import type { StaffService } from './staff.service.ts'

const ADMIN = ['admin'] as const

/** Staff accounts and teams for administrators' API clients: the same rules and audit as the pages. */
export function staffApi(staff: StaffService, routes: RouteRegistry): Router {
  const router = Router()
  const api = routes.api(router, 'Staff administration')

  api.get(
    '/staff',
    {
      summary: 'Staff accounts, 50 a page, by role and team',
      query: staffQuery,
      roles: ADMIN,
      response: { schema: staffListResponse },
    },
    ({ ctx, query }) => staff.list(ctx, query),
  )

  api.post(
    '/staff',
    {
      summary: 'Create a staff account',
      body: newStaffSchema,
      roles: ADMIN,
      response: { status: 201, schema: createdResponse },
    },
    ({ ctx, body }) => staff.create(ctx, body),
  )

  api.get(
    '/staff/:userId',
    { summary: 'A staff account', params: staffParams, roles: ADMIN, response: { schema: staffMemberResponse } },
    ({ ctx, params }) => staff.member(ctx, params.userId),
  )

  api.patch(
    '/staff/:userId',
    {
      summary: 'Change the role and the team, prison or partner of a staff account',
      params: staffParams,
      body: changeStaffSchema,
      roles: ADMIN,
      response: { schema: staffMemberResponse },
    },
    ({ ctx, params, body }) => staff.change(ctx, params.userId, body),
  )

  api.put(
    '/staff/:userId/active',
    {
      summary: 'Deactivate (ending every session) or reactivate a staff account',
      params: staffParams,
      body: activeSchema,
      roles: ADMIN,
      response: { schema: staffMemberResponse },
    },
    ({ ctx, params, body }) => staff.setActive(ctx, params.userId, body.active),
  )

  api.delete(
    '/staff/:userId/mfa',
    {
      summary: 'Reset the multi-factor authentication of a staff account',
      params: staffParams,
      roles: ADMIN,
      response: 'empty',
    },
    async ({ ctx, params }) => {
      await staff.resetMfa(ctx, params.userId)
    },
  )

  api.get('/teams', { summary: 'Teams', roles: ADMIN, response: { schema: teamsResponse } }, async ({ ctx }) => ({
    teams: await staff.teams(ctx),
  }))

  api.post(
    '/teams',
    { summary: 'Create a team', body: newTeamSchema, roles: ADMIN, response: { status: 201, schema: teamResponse } },
    ({ ctx, body }) => staff.createTeam(ctx, body),
  )

  return router
}
