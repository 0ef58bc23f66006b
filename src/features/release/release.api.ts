import { Router } from 'express'
import type { Clock } from '../../platform/validation/fields.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { FOLLOW_UP_KINDS } from './release.rules.ts'
import { releaseOverviewResponse, releaseSchemas, savedResponse } from './release.schemas.ts'
import type { ReleaseService } from './release.service.ts'
import { FOLLOW_UP_TITLES } from './release.wording.ts'

export function releaseApi(release: ReleaseService, routes: RouteRegistry, today: Clock): Router {
  const router = Router()
  const api = routes.caseApi(router, 'Release')
  const schemas = releaseSchemas(today)

  api.get(
    '/release',
    {
      summary: "A person's release: the first night, and each follow-up with its due date and answer",
      response: { schema: releaseOverviewResponse },
    },
    ({ ctx, personId }) => release.overview(ctx, personId),
  )

  api.put(
    '/release',
    {
      summary: 'Record the release from the current custody episode, or correct it (send the version you read)',
      body: schemas.release,
      response: { schema: savedResponse },
    },
    ({ ctx, personId, body }) => release.recordRelease(ctx, personId, body),
  )

  // One operation per follow-up, so that the document shows the answer each one asks for.
  for (const kind of FOLLOW_UP_KINDS) {
    api.put(
      `/release/follow-ups/${kind}`,
      {
        summary: `Record the follow-up "${FOLLOW_UP_TITLES[kind]}", or change it (send the version you read)`,
        body: schemas.followUps[kind],
        response: { schema: savedResponse },
      },
      ({ ctx, personId, body }) => release.recordFollowUp(ctx, personId, kind, body),
    )
  }

  return router
}
