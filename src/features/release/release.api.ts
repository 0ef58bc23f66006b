import { Router } from 'express'
import type { RouteRegistry as ApiRegistry } from '../../platform/web/routes/route-registry.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import { FOLLOW_UP_KINDS } from './release.rules.ts'
import { followUpSchemas, releaseSchema } from './release.schemas.ts'
import type { ReleaseService } from './release.service.ts'
import { FOLLOW_UP_TITLES } from './release.wording.ts'

export function releaseApi(release: ReleaseService, registry: ApiRegistry): Router {
  const router = Router()
  router.use('/people/:id/release', requireSignIn)
  const api = registry.on(router)
  const tag = 'Release'

  api.get(
    '/people/:id/release',
    { summary: "A person's release: the first night, and each follow-up with its due date and answer", tag },
    async (req, res) => {
      res.json(await release.overview(contextOf(req), param(req, 'id')))
    },
  )

  api.put(
    '/people/:id/release',
    {
      summary: 'Record the release from the current custody episode, or correct it (send the version you read)',
      tag,
      body: releaseSchema,
    },
    async (req, res) => {
      res.json(await release.recordRelease(contextOf(req), param(req, 'id'), req.body))
    },
  )

  // One operation per follow-up, so that the document shows the answer each one asks for.
  for (const kind of FOLLOW_UP_KINDS) {
    api.put(
      `/people/:id/release/follow-ups/${kind}`,
      {
        summary: `Record the follow-up "${FOLLOW_UP_TITLES[kind]}", or change it (send the version you read)`,
        tag,
        body: followUpSchemas[kind],
      },
      async (req, res) => {
        res.json(await release.recordFollowUp(contextOf(req), param(req, 'id'), kind, req.body))
      },
    )
  }

  return router
}
