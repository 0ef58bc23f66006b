import { Router } from 'express'
import { CASE_ROLES, STAFF_ROLES } from '../../platform/auth/current-user.ts'
import type { Clock } from '../../platform/validation/fields.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { calculateWorkload } from './workload.rules.ts'
import {
  adviceDecisionSchema,
  adviceResponse,
  courtReportInputSchema,
  courtReportParams,
  courtReportsResponse,
  decisionResponse,
  hoursInputSchema,
  practitionerResponse,
  reductionInputSchema,
  staffParams,
  teamResponse,
  tierInputSchema,
  tierRecordedResponse,
  tierResponse,
  workloadInputSchema,
  workloadResponse,
} from './workload.schemas.ts'
import type { WorkloadService } from './workload.service.ts'
import { z } from 'zod'

/** The calculator for any member of staff; tiers, workloads, the team and allocation advice by role. */
export function workloadApi(workload: WorkloadService, routes: RouteRegistry, today: Clock): Router {
  const router = Router()
  const api = routes.api(router, 'Workload')
  const caseApi = routes.caseApi(router, 'Workload')

  api.post(
    '/workload/calculate',
    {
      summary: 'The workload points of a caseload, the points available for the hours worked, and the capacity',
      body: workloadInputSchema,
      roles: STAFF_ROLES,
      response: { schema: workloadResponse },
    },
    ({ body }) => calculateWorkload(body),
  )

  api.get(
    '/workload/team',
    {
      summary: "The manager's team: each COM's capacity and cases, weekly capacity, and who waits for a COM",
      roles: ['manager'],
      response: { schema: teamResponse },
    },
    ({ ctx }) => workload.team(ctx),
  )

  api.get(
    '/workload/practitioners/:staffId',
    {
      summary: "A COM's workload now and week by week (their manager, or the COM themself)",
      params: staffParams,
      roles: ['com', 'manager'],
      response: { schema: practitionerResponse },
    },
    ({ ctx, params }) => workload.practitioner(ctx, params.staffId, { chart: false }),
  )

  api.put(
    '/workload/practitioners/:staffId/hours',
    {
      summary: "A COM's grade and contracted hours (their team's manager)",
      params: staffParams,
      body: hoursInputSchema,
      roles: ['manager'],
      access: (ctx, params) => workload.mayChange(ctx, params.staffId, 'hours'),
      response: { schema: z.object({ staffId: z.uuid() }) },
    },
    ({ ctx, params, body }) => workload.setHours(ctx, params.staffId, body),
  )

  api.post(
    '/workload/practitioners/:staffId/reductions',
    {
      summary: "A reduction of a COM's hours, with its reason and dates (their team's manager)",
      params: staffParams,
      body: reductionInputSchema,
      roles: ['manager'],
      access: (ctx, params) => workload.mayChange(ctx, params.staffId, 'hours'),
      response: { status: 201, schema: z.object({ id: z.uuid() }) },
    },
    ({ ctx, params, body }) => workload.addReduction(ctx, params.staffId, body),
  )

  api.get(
    '/workload/practitioners/:staffId/court-reports',
    {
      summary: "A COM's court reports in the weeks shown, each saying whether it counts now (the COM or their manager)",
      params: staffParams,
      roles: ['com', 'manager'],
      response: { schema: courtReportsResponse },
    },
    ({ ctx, params }) => workload.courtReports(ctx, params.staffId),
  )

  api.post(
    '/workload/practitioners/:staffId/court-reports',
    {
      summary:
        'Record a court report a COM writes: standard or fast, the court, requested and due (the COM or their manager)',
      params: staffParams,
      body: courtReportInputSchema(today),
      roles: ['com', 'manager'],
      access: (ctx, params) => workload.mayChange(ctx, params.staffId, 'court-reports'),
      response: { status: 201, schema: z.object({ id: z.uuid() }) },
    },
    ({ ctx, params, body }) => workload.addCourtReport(ctx, params.staffId, body),
  )

  api.delete(
    '/workload/practitioners/:staffId/court-reports/:reportId',
    {
      summary: "Remove one of a COM's court reports (the COM or their manager)",
      params: courtReportParams,
      roles: ['com', 'manager'],
      response: 'empty',
    },
    ({ ctx, params }) => workload.removeCourtReport(ctx, params.staffId, params.reportId),
  )

  caseApi.get(
    '/tier',
    {
      summary: "A person's tier, how it was worked out, and its history",
      roles: CASE_ROLES,
      response: { schema: tierResponse },
    },
    ({ ctx, personId }) => workload.tier(ctx, personId),
  )

  caseApi.post(
    '/tier',
    {
      summary: 'Record RoSH, RSR, MAPPA and complexity factors; the tier is worked out with the needs assessed now',
      body: tierInputSchema,
      roles: CASE_ROLES,
      response: { status: 201, schema: tierRecordedResponse },
    },
    ({ ctx, personId, body }) => workload.recordTier(ctx, personId, body),
  )

  caseApi.get(
    '/allocation-advice',
    {
      summary: 'Who could take this case as COM, ranked by the advice rules (a manager)',
      roles: ['manager'],
      response: { schema: adviceResponse },
    },
    ({ ctx, personId }) => workload.advice(ctx, personId),
  )

  caseApi.post(
    '/allocation-advice',
    {
      summary: 'Allocate a COM from the advice, recording the choice and its reason (a manager)',
      body: adviceDecisionSchema,
      roles: ['manager'],
      response: { status: 201, schema: decisionResponse },
    },
    ({ ctx, personId, body }) => workload.decide(ctx, personId, body),
  )

  return router
}
