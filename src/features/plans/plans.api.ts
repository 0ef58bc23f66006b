import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { SECTIONS, type Section } from './plan-content.ts'
import {
  agreementResponse,
  agreementSchema,
  goalAchievedSchema,
  goalSchemaFor,
  historyResponse,
  ITEM_BODIES,
  planItemParams,
  planResponse,
  removeSchema,
  savedResponse,
  stepStatusSchema,
} from './plans.schemas.ts'
import type { PlansService } from './plans.service.ts'
import { SECTION_NAMES } from './plans.wording.ts'

/**
 * The plan through JSON: the same operations as the pages. Every change sends the plan revision it read; a
 * change over a later revision answers 409, and the client reads the plan again.
 */
export function plansApi(plans: PlansService, routes: RouteRegistry): Router {
  const router = Router()
  const api = routes.caseApi(router, 'Resettlement plans')

  api.get(
    '/plan',
    {
      summary:
        'The plan: goals and steps (with the strengths that build on each), the person’s strengths from their profile, risk controls, supporters, warnings and agreement',
      response: { schema: planResponse },
    },
    ({ ctx, personId }) => plans.plan(ctx, personId),
  )

  api.get(
    '/plan/history',
    {
      summary: 'Every version, what changed and who changed it, and the person’s answers',
      response: { schema: historyResponse },
    },
    ({ ctx, personId }) => plans.history(ctx, personId),
  )

  api.post(
    '/plan/agreements',
    {
      summary: 'The person’s answer to the current version (send the version read)',
      body: agreementSchema,
      response: { status: 201, schema: agreementResponse },
    },
    ({ ctx, personId, body }) => plans.recordAgreement(ctx, personId, body),
  )

  api.put(
    '/plan/steps/:itemId/status',
    {
      summary: 'Marks a step’s progress (the person may mark their own steps)',
      params: planItemParams,
      body: stepStatusSchema,
      response: { schema: savedResponse },
    },
    ({ ctx, personId, params, body }) => plans.setStepStatus(ctx, personId, params.itemId, body),
  )

  api.put(
    '/plan/goals/:itemId/achieved',
    {
      summary: 'Marks a goal achieved today, or not achieved (a practitioner’s; not a material change)',
      params: planItemParams,
      body: goalAchievedSchema,
      response: { schema: savedResponse },
    },
    ({ ctx, personId, params, body }) => plans.setGoalAchieved(ctx, personId, params.itemId, body),
  )

  // One operation per section, so that the document shows each section's own fields.
  for (const section of SECTIONS) sectionApi(api, plans, section)

  return router
}

function sectionApi(api: ReturnType<RouteRegistry['caseApi']>, plans: PlansService, section: Section) {
  const name = SECTION_NAMES[section].one.toLowerCase()
  const body = {
    body: ITEM_BODIES[section],
    // The person writes a goal in their own words; a practitioner also says what kind of goal it is.
    ...(section === 'goals' ? { bodyFor: goalSchemaFor } : {}),
  }
  api.post(
    `/plan/${section}`,
    {
      summary: `Adds a ${name} (the person adds goals in their own words)`,
      ...body,
      response: { status: 201, schema: savedResponse },
    },
    ({ ctx, personId, body }) => plans.saveItem(ctx, personId, section, undefined, body),
  )
  api.put(
    `/plan/${section}/:itemId`,
    { summary: `Changes a ${name}`, params: planItemParams, ...body, response: { schema: savedResponse } },
    ({ ctx, personId, params, body }) => plans.saveItem(ctx, personId, section, params.itemId, body),
  )
  api.delete(
    `/plan/${section}/:itemId`,
    {
      summary: `Removes a ${name}`,
      params: planItemParams,
      body: removeSchema,
      response: { schema: savedResponse },
    },
    ({ ctx, personId, params, body }) => plans.removeItem(ctx, personId, section, params.itemId, body),
  )
}
