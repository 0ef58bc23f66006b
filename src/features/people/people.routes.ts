import { Router, type Request } from 'express'
import { onInvalidRender } from '../../platform/web/error-handler.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import { REASONS } from './allocation.rules.ts'
import { REASON_NAMES } from './allocation.wording.ts'
import type { OrganisationService } from '../organisation/index.ts'
import type { PeopleService } from './people.service.ts'
import { SENTENCE_TYPES } from './people.schemas.ts'

/** Form bodies name date parts `field-day` etc.: gather them into `{ day, month, year }` for the schema. */
export function withDateParts(body: Record<string, unknown>, ...fields: string[]) {
  const result: Record<string, unknown> = { ...body }
  for (const field of fields) {
    if (`${field}-year` in body || `${field}-month` in body || `${field}-day` in body) {
      result[field] = { day: body[`${field}-day`], month: body[`${field}-month`], year: body[`${field}-year`] }
    }
  }
  return result
}

export function peopleRoutes(people: PeopleService, organisation: OrganisationService): Router {
  const router = Router()
  router.use('/people', requireSignIn)

  const personForm = async (req: Request) => ({
    pageTitle: req.params.id ? 'Change personal details' : 'Add a person',
    activeSection: 'people',
    backLink: req.params.id ? `/people/${param(req, 'id')}` : '/people',
    pdus: await organisation.pdus(),
    coms: req.user?.role === 'manager' && req.user.teamId ? await organisation.comsNear(req.user.teamId) : [],
  })
  const episodeForm = async (req: Request) => ({
    pageTitle: req.params.episodeId ? 'Change sentence and key dates' : 'Add a custody episode',
    activeSection: 'people',
    backLink: `/people/${param(req, 'id')}`,
    personId: param(req, 'id'),
    prisons: await organisation.prisons(),
    sentenceTypes: SENTENCE_TYPES,
  })

  router.get('/people', async (req, res) => {
    const result = await people.search(contextOf(req), req.query)
    res.render('people/views/list.njk', { pageTitle: 'People', activeSection: 'people', ...result })
  })

  router.get('/people/new', async (req, res) => {
    res.render('people/views/person-form.njk', { ...(await personForm(req)), values: {} })
  })

  router.post('/people/new', onInvalidRender('people/views/person-form.njk', personForm), async (req, res) => {
    const { id } = await people.create(contextOf(req), withDateParts(req.body, 'dateOfBirth'))
    res.redirect(303, `/people/${id}`)
  })

  router.get('/people/:id/edit', async (req, res) => {
    const person = await people.personForEdit(contextOf(req), param(req, 'id'))
    const [year, month, day] = person.dateOfBirth.split('-')
    const values = {
      ...person,
      pduId: person.pdu?.id,
      'dateOfBirth-day': day,
      'dateOfBirth-month': month,
      'dateOfBirth-year': year,
    }
    res.render('people/views/person-form.njk', { ...(await personForm(req)), values })
  })

  router.post('/people/:id/edit', onInvalidRender('people/views/person-form.njk', personForm), async (req, res) => {
    await people.update(contextOf(req), param(req, 'id'), withDateParts(req.body, 'dateOfBirth'))
    res.redirect(303, `/people/${param(req, 'id')}`)
  })

  router.get('/people/:id/custody/new', async (req, res) => {
    const { person } = await people.overview(contextOf(req), param(req, 'id'))
    res.render('people/views/episode-form.njk', { ...(await episodeForm(req)), person, values: {} })
  })

  router.post(
    '/people/:id/custody/new',
    onInvalidRender('people/views/episode-form.njk', episodeForm),
    async (req, res) => {
      await people.addEpisode(contextOf(req), param(req, 'id'), req.body)
      res.redirect(303, `/people/${param(req, 'id')}`)
    },
  )

  router.get('/people/:id/custody/:episodeId/edit', async (req, res) => {
    const { person, episode } = await people.episodeForEdit(contextOf(req), param(req, 'id'), param(req, 'episodeId'))
    res.render('people/views/episode-form.njk', { ...(await episodeForm(req)), person, values: episode })
  })

  router.post(
    '/people/:id/custody/:episodeId/edit',
    onInvalidRender('people/views/episode-form.njk', episodeForm),
    async (req, res) => {
      await people.updateEpisode(contextOf(req), param(req, 'id'), param(req, 'episodeId'), req.body)
      res.redirect(303, `/people/${param(req, 'id')}`)
    },
  )

  const allocationForm = async (req: Request) => ({
    pageTitle: 'Change allocation',
    activeSection: 'people',
    backLink: `/people/${param(req, 'id')}`,
    reasons: REASONS,
    reasonNames: REASON_NAMES,
    ...(await people.allocationChoices(contextOf(req), param(req, 'id'))),
  })

  router.get('/people/:id/allocation', async (req, res) => {
    const form = await allocationForm(req)
    res.render('people/views/allocation-form.njk', {
      ...form,
      values: { pomId: form.person.pom?.id, comId: form.person.com?.id },
    })
  })

  router.post(
    '/people/:id/allocation',
    onInvalidRender('people/views/allocation-form.njk', allocationForm),
    async (req, res) => {
      await people.allocate(contextOf(req), param(req, 'id'), req.body)
      res.redirect(303, `/people/${param(req, 'id')}`)
    },
  )

  return router
}
