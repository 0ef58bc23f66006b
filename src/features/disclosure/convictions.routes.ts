import type { Language } from '../../platform/i18n/i18n.ts'
import { wordsOf } from '../../platform/i18n/language-middleware.ts'
import { Router, type Request } from 'express'
import type { Clock } from '../../platform/validation/fields.ts'
import { redirectSaved } from '../../platform/web/flash.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import type { ConvictionsService } from './convictions.service.ts'
import { convictionFormSchema, disposalCountOf, recordParams } from './convictions.schemas.ts'
import { convictionRows, ownSummaries, TYPE_ITEMS } from './disclosure.view.ts'
import type { FormBody } from './disposal-form.ts'

const VIEWS = {
  convictions: 'disclosure/views/convictions.njk',
  disclosure: 'disclosure/views/disclosure.njk',
  yourRecord: 'disclosure/views/your-record.njk',
}

/**
 * A person's earlier cautions and convictions: practitioners add and remove them and see when each becomes
 * spent; the person sees their own, in plain words, at /your-record.
 */
export function convictionsRoutes(convictions: ConvictionsService, routes: RouteRegistry, today: Clock): Router {
  const router = Router()
  const pages = routes.casePages(router, 'disclosure')
  const convictionsPath = (personId: string) => `/people/${personId}/convictions`

  /** The form as typed, with `extra` more sentences than it was sent with. */
  const form = async (req: Request, extra = 0) => {
    const editing = await convictions.forEditing(contextOf(req), param(req, 'id'))
    return {
      pageTitle: 'Earlier cautions and convictions',
      activeSection: 'people',
      ...editing,
      rows: convictionRows(editing.person.id, editing.records),
      typeItems: TYPE_ITEMS,
      disposalCount: disposalCountOf((req.body ?? {}) as FormBody) + extra,
      backLink: `/people/${editing.person.id}/disclosure`,
    }
  }

  pages.get('/convictions', { summary: 'Earlier cautions and convictions' }, async ({ req, res }) => {
    res.render(VIEWS.convictions, { ...(await form(req)), values: {} })
  })

  pages.post(
    '/convictions',
    {
      summary: 'Add a caution or conviction',
      body: convictionFormSchema(today),
      form: { view: VIEWS.convictions, context: req => form(req) },
    },
    async ({ ctx, personId, body, res }) => {
      await convictions.add(ctx, personId, body)
      redirectSaved(res, convictionsPath(personId), body.kind === 'caution' ? 'Caution added' : 'Conviction added')
    },
  )

  // "Add another sentence" sends the form as typed here, and is shown it again with room for one more.
  pages.post('/convictions/sentences', { summary: 'Add another sentence to the form' }, async ({ req, res }) => {
    res.render(VIEWS.convictions, { ...(await form(req, 1)), values: req.body })
  })

  pages.post(
    '/convictions/:recordId/remove',
    { summary: 'Remove a caution or conviction', params: recordParams },
    async ({ ctx, personId, params, res }) => {
      await convictions.remove(ctx, personId, params.recordId)
      redirectSaved(res, convictionsPath(personId), 'Caution or conviction removed')
    },
  )

  pages.get('/disclosure', { summary: 'When convictions become spent' }, async ({ ctx, personId, res }) => {
    const disclosure = await convictions.disclosure(ctx, personId)
    res.render(VIEWS.disclosure, {
      pageTitle: 'When convictions become spent',
      activeSection: 'people',
      ...disclosure,
      backLink: `/people/${disclosure.person.id}`,
    })
  })

  routes
    .pages(router)
    .get('/your-record', { summary: 'When your convictions become spent', roles: ['person'] }, async ({ ctx, res }) => {
      const disclosure = await convictions.ownDisclosure(ctx)
      const words = { t: wordsOf(res), lang: res.locals.lang as Language }
      res.render(VIEWS.yourRecord, {
        pageTitle: words.t('disclosure:title.page'),
        ...disclosure,
        summaries: ownSummaries(disclosure.records, disclosure.today, words),
        backLink: '/',
      })
    })

  return router
}
