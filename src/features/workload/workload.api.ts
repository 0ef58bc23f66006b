import { Router } from 'express'
import { STAFF_ROLES } from '../../platform/auth/current-user.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { calculateWorkload } from './workload.rules.ts'
import { workloadInputSchema, workloadResponse } from './workload.schemas.ts'

/** The workload calculator for signed-in staff: nothing is read or stored, the answer is the rules' alone. */
export function workloadApi(routes: RouteRegistry): Router {
  const router = Router()
  routes.api(router, 'Workload').post(
    '/workload/calculate',
    {
      summary: 'The workload points of a caseload, the points available for the hours worked, and the capacity',
      body: workloadInputSchema,
      roles: STAFF_ROLES,
      response: { schema: workloadResponse },
    },
    ({ body }) => calculateWorkload(body),
  )
  return router
}
