import { Router } from 'express'
import { z } from 'zod'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { diversityInput, diversityResponse } from './diversity.schemas.ts'
import type { DiversityService } from './diversity.service.ts'

export function diversityApi(diversity: DiversityService, routes: RouteRegistry): Router {
  const router = Router()
  // No roles here: every role reaches the service, which refuses all but the readers as if the person did not
  // exist and audits the refusal (`diversity.denied`).
  const api = routes.caseApi(router, 'Diversity')

  api.get(
    '/diversity',
    {
      summary: "A person's diversity record (special-category data), their age and the prompts it raises",
      response: { schema: diversityResponse },
    },
    ({ ctx, personId }) => diversity.page(ctx, personId),
  )

  api.put(
    '/diversity',
    {
      summary: "Records a person's diversity: every question answered, each with 'prefer-not-to-say'",
      body: diversityInput,
      response: { schema: z.object({ version: z.number().int() }) },
    },
    ({ ctx, personId, body }) => diversity.record(ctx, personId, body),
  )

  return router
}
