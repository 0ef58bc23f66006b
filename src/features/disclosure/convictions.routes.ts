import { Router, type Request } from 'express'
import { onInvalidRender } from '../../platform/web/error-handler.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import type { ConvictionsService } from './convictions.service.ts'
import { disposalCountOf } from './convictions.schemas.ts'
import { capitalise, DISPOSAL_TYPES, DISPOSALS } from './disposal-types.ts'

const VIEWS = {
  convictions: 'disclosure/views/convictions.njk',
  disclosure: 'disclosure/views/disclosure.njk',
  yourRecord: 'disclosure/views/your-record.njk',
}

const TYPE_CHOICES = DISPOSAL_TYPES.map(type => ({ value: type, text: capitalise(DISPOSALS[type].label) }))
const TYPE_NAMES = Object.fromEntries(TYPE_CHOICES.map(({ value, text }) => [value, text]))

/**
 * A person's earlier cautions and convictions: practitioners add and remove them and see when each becomes
 * spent; the person sees their own, in plain words, at /your-record.
 */
export function convictionsRoutes(convictions: ConvictionsService): Router {
  const router = Router()
  router.use(['/people/:id/convictions', '/people/:id/disclosure', '/your-record'], requireSignIn)

  // "Add another sentence" sends the form as typed and asks for one more sentence on it.
  const form = async (req: Request) => ({
    pageTitle: 'Earlier cautions and convictions',
    activeSection: 'people',
    ...(await convictions.forEditing(contextOf(req), param(req, 'id'))),
    types: TYPE_CHOICES,
    typeNames: TYPE_NAMES,
    disposalCount: disposalCountOf(req.body ?? {}) + (req.body?.action === 'add-sentence' ? 1 : 0),
    backLink: `/people/${param(req, 'id')}/disclosure`,
  })

  router.get('/people/:id/convictions', async (req, res) => {
    res.render(VIEWS.convictions, { ...(await form(req)), values: {} })
  })

  router.post('/people/:id/convictions', onInvalidRender(VIEWS.convictions, form), async (req, res) => {
    if (req.body.action === 'add-sentence')
      return res.render(VIEWS.convictions, { ...(await form(req)), values: req.body })
    await convictions.add(contextOf(req), param(req, 'id'), req.body, 'form')
    res.redirect(303, `/people/${param(req, 'id')}/convictions`)
  })

  router.post('/people/:id/convictions/:recordId/remove', async (req, res) => {
    await convictions.remove(contextOf(req), param(req, 'id'), param(req, 'recordId'))
    res.redirect(303, `/people/${param(req, 'id')}/convictions`)
  })

  router.get('/people/:id/disclosure', async (req, res) => {
    const disclosure = await convictions.disclosure(contextOf(req), param(req, 'id'))
    res.render(VIEWS.disclosure, {
      pageTitle: 'When convictions become spent',
      activeSection: 'people',
      ...disclosure,
      backLink: `/people/${disclosure.person.id}`,
    })
  })

  router.get('/your-record', async (req, res) => {
    const disclosure = await convictions.ownDisclosure(contextOf(req))
    res.render(VIEWS.yourRecord, { pageTitle: 'When your convictions become spent', ...disclosure, backLink: '/' })
  })

  return router
}
