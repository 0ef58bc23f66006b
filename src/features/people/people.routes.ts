import { Router, type Request } from 'express'
import { CASE_ROLES } from '../../platform/auth/current-user.ts'
import { maxLengths } from '../../platform/validation/limits.ts'
import { redirectSaved } from '../../platform/web/flash.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import type { PeopleService } from './people.service.ts'
import {
  allocationSchema,
  custodyEpisodeSchema,
  episodeParams,
  peopleQuerySchema,
  personSchemas,
  updateCustodyEpisodeSchema,
} from './people.schemas.ts'
import { allocationItems, changeRows, detailsItems, episodeItems } from './people.view.ts'

const PERSON_FORM = 'people/views/person-form.njk'
const EPISODE_FORM = 'people/views/episode-form.njk'
const ALLOCATION_FORM = 'people/views/allocation-form.njk'
const ALLOCATION_LIMITS = maxLengths(allocationSchema)

/** The people list, adding and changing a person, their custody episodes and who is allocated. */
export function peopleRoutes(people: PeopleService, routes: RouteRegistry): Router {
  const router = Router()
  const pages = routes.pages(router)
  const casePages = routes.casePages(router, 'overview')
  const person = personSchemas(people.today)
  const overviewPath = (personId: string) => `/people/${personId}`
  const page = (pageTitle: string, backLink: string) => ({ pageTitle, activeSection: 'people', backLink })

  pages.get('/people', { summary: 'Find a person', query: peopleQuerySchema, roles: CASE_ROLES }, async input => {
    const result = await people.search(input.ctx, input.query)
    input.res.render('people/views/list.njk', { pageTitle: 'People', activeSection: 'people', ...result })
  })

  const detailsForm = async (req: Request) => {
    const id = req.params.id === undefined ? undefined : param(req, 'id')
    const form = await people.detailsForm(contextOf(req), id)
    return {
      ...page(id ? 'Change personal details' : 'Add a person', id ? overviewPath(id) : '/people'),
      ...form,
      ...detailsItems(form.pdus, form.coms),
      changeRows: changeRows(form.changes),
    }
  }

  pages.get('/people/new', { summary: 'Add a person', roles: CASE_ROLES }, async ({ req, res }) => {
    res.render(PERSON_FORM, { ...(await detailsForm(req)), values: {} })
  })

  pages.post(
    '/people/new',
    {
      summary: 'Add a person',
      body: person.create,
      roles: CASE_ROLES,
      form: { view: PERSON_FORM, context: detailsForm },
    },
    async ({ ctx, body, res }) => {
      const { id } = await people.create(ctx, body)
      redirectSaved(res, overviewPath(id), 'Person added')
    },
  )

  casePages.get('/edit', { summary: 'Change personal details' }, async ({ req, res }) => {
    const form = await detailsForm(req)
    res.render(PERSON_FORM, { ...form, values: { ...form.person, pduId: form.person?.pdu?.id } })
  })

  casePages.post(
    '/edit',
    { summary: 'Change personal details', body: person.update, form: { view: PERSON_FORM, context: detailsForm } },
    async ({ ctx, personId, body, res }) => {
      await people.update(ctx, personId, body)
      redirectSaved(res, overviewPath(personId), 'Personal details saved')
    },
  )

  const episodeForm = async (req: Request) => {
    const episodeId = req.params.episodeId === undefined ? undefined : param(req, 'episodeId')
    const form = await people.episodeForm(contextOf(req), param(req, 'id'), episodeId)
    return {
      ...page(episodeId ? 'Change sentence and key dates' : 'Add a custody episode', overviewPath(param(req, 'id'))),
      ...form,
      ...episodeItems(form.prisons),
    }
  }

  casePages.get('/custody/new', { summary: 'Add a custody episode' }, async ({ req, res }) => {
    res.render(EPISODE_FORM, { ...(await episodeForm(req)), values: {} })
  })

  casePages.post(
    '/custody/new',
    {
      summary: 'Add a custody episode',
      body: custodyEpisodeSchema,
      form: { view: EPISODE_FORM, context: episodeForm },
    },
    async ({ ctx, personId, body, res }) => {
      await people.addEpisode(ctx, personId, body)
      redirectSaved(res, overviewPath(personId), 'Custody episode added')
    },
  )

  casePages.get(
    '/custody/:episodeId/edit',
    { summary: 'Change sentence and key dates', params: episodeParams },
    async ({ req, res }) => {
      const form = await episodeForm(req)
      res.render(EPISODE_FORM, { ...form, values: form.episode })
    },
  )

  casePages.post(
    '/custody/:episodeId/edit',
    {
      summary: 'Change sentence and key dates',
      params: episodeParams,
      body: updateCustodyEpisodeSchema,
      form: { view: EPISODE_FORM, context: episodeForm },
    },
    async ({ ctx, personId, params, body, res }) => {
      await people.updateEpisode(ctx, personId, params.episodeId, body)
      redirectSaved(res, overviewPath(personId), 'Sentence and key dates saved')
    },
  )

  const allocationForm = async (req: Request) => {
    const form = await people.allocationChoices(contextOf(req), param(req, 'id'))
    return {
      ...page('Change allocation', overviewPath(param(req, 'id'))),
      ...form,
      ...allocationItems(form.coms, form.poms),
      limits: ALLOCATION_LIMITS,
    }
  }

  casePages.get('/allocation', { summary: 'Change allocation' }, async ({ req, res }) => {
    const form = await allocationForm(req)
    res.render(ALLOCATION_FORM, { ...form, values: { pomId: form.person.pom?.id, comId: form.person.com?.id } })
  })

  casePages.post(
    '/allocation',
    { summary: 'Change allocation', body: allocationSchema, form: { view: ALLOCATION_FORM, context: allocationForm } },
    async ({ ctx, personId, body, res }) => {
      await people.allocate(ctx, personId, body)
      redirectSaved(res, overviewPath(personId), 'Allocation saved')
    },
  )

  return router
}
