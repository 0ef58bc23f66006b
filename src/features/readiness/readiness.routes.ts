import { translator } from '../../platform/i18n/i18n.ts'
import { Router, type Request } from 'express'
import { CASE_ROLES } from '../../platform/auth/current-user.ts'
import type { Clock } from '../../platform/validation/fields.ts'
import { maxLengths } from '../../platform/validation/limits.ts'
import { personParams } from '../../platform/validation/params.ts'
import { redirectSaved } from '../../platform/web/flash.ts'
import { contextOf } from '../../platform/web/request-context.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { sendPdf } from '../../platform/web/send-pdf.ts'
import { ITEMS } from './readiness-items.ts'
import { ITEM_KEYS, type ItemKey } from './readiness.rules.ts'
import { housingReferralSchema, itemSchemas } from './readiness.schemas.ts'
import type { ReadinessService } from './readiness.service.ts'
import { checklistView } from './readiness.view.ts'

const VIEWS = {
  checklist: 'readiness/views/readiness.njk',
  item: 'readiness/views/item-form.njk',
  referral: 'readiness/views/housing-referral.njk',
  releaseDay: 'readiness/views/release-day.njk',
}

/** The release-day plan is the person's own to read, from their home page, as well as the practitioners'. */
const PLAN_READERS = [...CASE_ROLES, 'person'] as const

/** The readiness checklist, a form per item, the housing referral and the release-day plan. */
export function readinessRoutes(readiness: ReadinessService, routes: RouteRegistry, today: Clock): Router {
  const router = Router()
  const pages = routes.casePages(router, 'readiness')
  const checklistPath = (personId: string) => `/people/${personId}/readiness`
  const schemas = itemSchemas(today)
  const referralSchema = housingReferralSchema(today)

  pages.get('/readiness', { summary: 'Release readiness' }, async ({ ctx, personId, res }) => {
    const checklist = await readiness.checklist(ctx, personId)
    res.render(VIEWS.checklist, {
      pageTitle: 'Release readiness',
      activeSection: 'people',
      ...checklist,
      ...(checklist.readiness ? checklistView(personId, checklist.readiness, checklist.canEdit) : {}),
    })
  })

  const referralForm = async (req: Request) => {
    const { id } = personParams.parse(req.params)
    return {
      pageTitle: 'Referral to a council under the duty to refer',
      activeSection: 'people',
      backLink: checklistPath(id),
      ...(await readiness.referralForm(contextOf(req), id)),
    }
  }

  pages.get('/readiness/housing-referral', { summary: 'Record a housing referral' }, async ({ req, res }) => {
    res.render(VIEWS.referral, { ...(await referralForm(req)), values: {} })
  })

  pages.post(
    '/readiness/housing-referral',
    {
      summary: 'Record a housing referral',
      body: referralSchema,
      form: { view: VIEWS.referral, context: referralForm },
    },
    async ({ ctx, personId, body, res }) => {
      await readiness.recordReferral(ctx, personId, body)
      redirectSaved(res, checklistPath(personId), 'Referral to a council recorded')
    },
  )

  // One form per item, each parsed by its own schema.
  for (const item of ITEM_KEYS) itemPages(item)

  function itemPages(item: ItemKey) {
    const limits = maxLengths(schemas[item])
    const itemForm = async (req: Request) => {
      const { id } = personParams.parse(req.params)
      const form = await readiness.itemForEdit(contextOf(req), id, item)
      return {
        pageTitle: `Release readiness: ${form.item.title}`,
        activeSection: 'people',
        backLink: checklistPath(id),
        limits,
        ...form,
      }
    }

    pages.get(`/readiness/${item}`, { summary: ITEMS[item].title }, async ({ req, res }) => {
      res.render(VIEWS.item, await itemForm(req))
    })

    pages.post(
      `/readiness/${item}`,
      { summary: ITEMS[item].title, body: schemas[item], form: { view: VIEWS.item, context: itemForm } },
      async ({ ctx, personId, body, res }) => {
        await readiness.updateItem(ctx, personId, item, body)
        redirectSaved(res, checklistPath(personId), `${ITEMS[item].title} saved`)
      },
    )
  }

  pages.get('/release-day', { summary: 'Release day plan', roles: PLAN_READERS }, async ({ ctx, personId, res }) => {
    const plan = await readiness.releaseDay(ctx, personId)
    const planWords = translator(plan.planLang)
    res.render(VIEWS.releaseDay, {
      pageTitle: plan.forPerson ? planWords('readiness:releaseDay.title') : 'Release day plan',
      planWords,
      activeSection: plan.forPerson ? 'home' : 'people',
      backHref: plan.forPerson ? '/' : checklistPath(personId),
      // The person reads their plan as their own: not under the practitioners' case header and tabs.
      ...(plan.forPerson ? { caseHeader: null, caseNavigation: [] } : {}),
      ...plan,
    })
  })

  pages.get(
    '/release-day.pdf',
    { summary: 'Release day plan (PDF)', roles: PLAN_READERS },
    async ({ ctx, personId, res }) => {
      const { fileName, pdf } = await readiness.releaseDayPdf(ctx, personId)
      sendPdf(res, fileName, pdf)
    },
  )

  return router
}
