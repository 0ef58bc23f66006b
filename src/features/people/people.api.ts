import { Router } from 'express'
import type { RouteRegistry as ApiRegistry } from '../../platform/web/routes/route-registry.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import type { PeopleService } from './people.service.ts'
import {
  allocationSchema,
  createPersonSchema,
  custodyEpisodeSchema,
  peopleQuerySchema,
  updateCustodyEpisodeSchema,
  updatePersonSchema,
} from './people.schemas.ts'

export function peopleApi(people: PeopleService, registry: ApiRegistry): Router {
  const router = Router()
  router.use('/people', requireSignIn)
  const api = registry.on(router)
  const tag = 'People'

  api.get('/people', { summary: 'Search the people you may see', tag, query: peopleQuerySchema }, async (req, res) => {
    res.json(await people.search(contextOf(req), req.query))
  })

  api.post('/people', { summary: 'Add a person', tag, body: createPersonSchema }, async (req, res) => {
    res.status(201).json(await people.create(contextOf(req), req.body))
  })

  api.get('/people/:id', { summary: "A person's record, key dates and allocation", tag }, async (req, res) => {
    res.json(await people.overview(contextOf(req), param(req, 'id')))
  })

  api.put(
    '/people/:id',
    { summary: "Change a person's details (send the version you read)", tag, body: updatePersonSchema },
    async (req, res) => {
      await people.update(contextOf(req), param(req, 'id'), req.body)
      res.json(await people.overview(contextOf(req), param(req, 'id')))
    },
  )

  api.post(
    '/people/:id/custody-episodes',
    { summary: 'Add a custody episode', tag, body: custodyEpisodeSchema },
    async (req, res) => {
      res.status(201).json(await people.addEpisode(contextOf(req), param(req, 'id'), req.body))
    },
  )

  api.put(
    '/people/:id/custody-episodes/:episodeId',
    { summary: 'Change a custody episode (send the version you read)', tag, body: updateCustodyEpisodeSchema },
    async (req, res) => {
      await people.updateEpisode(contextOf(req), param(req, 'id'), param(req, 'episodeId'), req.body)
      res.json(await people.overview(contextOf(req), param(req, 'id')))
    },
  )

  api.put(
    '/people/:id/allocation',
    { summary: 'Allocate a POM or COM', tag, body: allocationSchema },
    async (req, res) => {
      res.json(await people.allocate(contextOf(req), param(req, 'id'), req.body))
    },
  )

  return router
}
