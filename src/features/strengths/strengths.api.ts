import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { uploadedFile } from '../../platform/web/uploads.ts'
import {
  achievementParams,
  achievementSchema,
  confirmationSchema,
  createdResponse,
  givingBackSchema,
  goalParams,
  strengthParams,
  strengthSchema,
  strengthsOverviewResponse,
} from './strengths.schemas.ts'
import type { StrengthsService } from './strengths.service.ts'

export function strengthsApi(strengths: StrengthsService, routes: RouteRegistry): Router {
  const router = Router()
  const api = routes.caseApi(router, 'Strengths and achievements')

  api.get(
    '/strengths',
    {
      summary: 'The strengths profile, achievements and giving back',
      response: { schema: strengthsOverviewResponse },
    },
    ({ ctx, personId }) => strengths.overview(ctx, personId),
  )

  api.post(
    '/strengths',
    { summary: 'Add a strength', body: strengthSchema, response: { status: 201, schema: createdResponse } },
    ({ ctx, personId, body }) => strengths.addStrength(ctx, personId, body),
  )

  api.put(
    '/strengths/:strengthId',
    {
      summary: 'Change a strength: its kind, its words and the plan goals that build on it (`goalIds`)',
      params: strengthParams,
      body: strengthSchema,
      response: { schema: createdResponse },
    },
    ({ ctx, personId, params, body }) => strengths.changeStrength(ctx, personId, params.strengthId, body),
  )

  api.post(
    '/achievements/from-goal/:goalId',
    {
      summary: 'Record a plan goal marked achieved as an achievement (once per goal: 409 after)',
      params: goalParams,
      response: { status: 201, schema: createdResponse },
    },
    async ({ ctx, personId, params }) => {
      const { id } = await strengths.achievementFromGoal(ctx, personId, params.goalId)
      return { id }
    },
  )

  api.delete(
    '/strengths/:strengthId',
    { summary: 'Remove a strength from the profile (its history keeps it)', params: strengthParams, response: 'empty' },
    ({ ctx, personId, params }) => strengths.removeStrength(ctx, personId, params.strengthId),
  )

  api.post(
    '/achievements',
    {
      summary: 'Record an achievement (as JSON, or as a multipart form with an `evidence` file)',
      body: achievementSchema,
      upload: true,
      response: { status: 201, schema: createdResponse },
    },
    ({ ctx, personId, body, req }) => strengths.recordAchievement(ctx, personId, body, uploadedFile(req, 'evidence')),
  )

  api.post(
    '/achievements/:achievementId/evidence',
    {
      summary: 'Add evidence to an achievement: a PDF, PNG or JPG of up to 5MB, sent as the `evidence` file of a form',
      params: achievementParams,
      upload: true,
      response: { schema: createdResponse },
    },
    ({ ctx, personId, params, req }) =>
      strengths.addEvidence(ctx, personId, params.achievementId, uploadedFile(req, 'evidence')),
  )

  api.post(
    '/achievements/:achievementId/confirmation',
    {
      summary: 'Confirm an achievement (a practitioner), naming the organisation that confirmed it if one did',
      params: achievementParams,
      body: confirmationSchema,
      response: { schema: createdResponse },
    },
    ({ ctx, personId, params, body }) => strengths.confirm(ctx, personId, params.achievementId, body.organisation),
  )

  api.post(
    '/giving-back',
    {
      summary: 'Record giving back: a role and its hours',
      body: givingBackSchema,
      response: { status: 201, schema: createdResponse },
    },
    ({ ctx, personId, body }) => strengths.recordGivingBack(ctx, personId, body),
  )

  return router
}
