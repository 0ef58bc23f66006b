import { Router } from 'express'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import type { PeopleService } from './people.service.ts'
import {
  allocationResponse,
  allocationSchema,
  createdResponse,
  custodyEpisodeSchema,
  episodeParams,
  overviewResponse,
  peopleListResponse,
  peopleQuerySchema,
  personSchemas,
  updateCustodyEpisodeSchema,
} from './people.schemas.ts'

export function peopleApi(people: PeopleService, routes: RouteRegistry): Router {
  const router = Router()
  const api = routes.api(router, 'People')
  const caseApi = routes.caseApi(router, 'People')
  const person = personSchemas(people.today)

  api.get(
    '/people',
    { summary: 'Search the people you may see', query: peopleQuerySchema, response: { schema: peopleListResponse } },
    ({ ctx, query }) => people.search(ctx, query),
  )

  api.post(
    '/people',
    { summary: 'Add a person', body: person.create, response: { status: 201, schema: createdResponse } },
    ({ ctx, body }) => people.create(ctx, body),
  )

  caseApi.get(
    '',
    { summary: "A person's record, key dates and allocation", response: { schema: overviewResponse } },
    ({ ctx, personId }) => people.overview(ctx, personId),
  )

  caseApi.put(
    '',
    {
      summary: "Change a person's details (send the version you read)",
      body: person.update,
      response: { schema: overviewResponse },
    },
    async ({ ctx, personId, body }) => {
      await people.update(ctx, personId, body)
      return people.overview(ctx, personId)
    },
  )

  caseApi.post(
    '/custody-episodes',
    {
      summary: 'Add a custody episode',
      body: custodyEpisodeSchema,
      response: { status: 201, schema: createdResponse },
    },
    ({ ctx, personId, body }) => people.addEpisode(ctx, personId, body),
  )

  caseApi.put(
    '/custody-episodes/:episodeId',
    {
      summary: 'Change a custody episode (send the version you read)',
      params: episodeParams,
      body: updateCustodyEpisodeSchema,
      response: { schema: overviewResponse },
    },
    async ({ ctx, personId, params, body }) => {
      await people.updateEpisode(ctx, personId, params.episodeId, body)
      return people.overview(ctx, personId)
    },
  )

  caseApi.put(
    '/allocation',
    { summary: 'Allocate a POM or COM', body: allocationSchema, response: { schema: allocationResponse } },
    ({ ctx, personId, body }) => people.allocate(ctx, personId, body),
  )

  return router
}
