import { Router, type Request, type Response } from 'express'
import { CASE_ROLES, type RequestContext } from '../../platform/auth/current-user.ts'
import { wordsOf } from '../../platform/i18n/language-middleware.ts'
import { maxLengths } from '../../platform/validation/limits.ts'
import { redirectSaved } from '../../platform/web/flash.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import type { PageRoutes, RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { sendPdf } from '../../platform/web/send-pdf.ts'
import { SECTIONS, type Section } from './plan-content.ts'
import { isThePerson } from './plans.policy.ts'
import {
  agreementSchema,
  goalAchievedSchema,
  goalSchemaFor,
  ITEM_BODIES,
  ITEM_SCHEMAS,
  planItemParams,
  planPageQuery,
  removeSchema,
  stepStatusSchema,
} from './plans.schemas.ts'
import type { PlansService } from './plans.service.ts'
import { formChoices, stepItems } from './plans.view.ts'
import { SECTION_NAMES } from './plans.wording.ts'

const VIEWS = {
  plan: 'plans/views/plan.njk',
  item: 'plans/views/item-form.njk',
  agreement: 'plans/views/agreement.njk',
  history: 'plans/views/history.njk',
}

/** The plan's pages serve the person too, at the same addresses: they see their own plan in plain words. */
const PLAN_ROLES = ['person', ...CASE_ROLES] as const
const AGREEMENT_LIMITS = maxLengths(agreementSchema)

const planPath = (personId: string) => `/people/${personId}/plan`

/** What a save says: to the person, about their goal and in their language; to staff, as before. */
const savedWords = (ctx: RequestContext, res: Response, key: string, staff: string) =>
  isThePerson(ctx.user) ? wordsOf(res)(`plans:saved.${key}`) : staff

/**
 * What every plan page says about itself: the person's pages belong to their home, the practitioner's to people.
 * The person's title is said in their language (`personTitleKey`, in plans/locales).
 */
const page = (forPerson: boolean, pageTitle: string, backLink?: string, personTitleKey?: string) => ({
  pageTitle,
  personTitleKey: forPerson ? personTitleKey : undefined,
  activeSection: forPerson ? 'home' : 'people',
  backLink,
})

/** A form page's model, rebuilt from the request when what was sent comes back with its errors. */
const fromRequest =
  <T>(model: (ctx: RequestContext, personId: string, itemId?: string) => Promise<T>) =>
  (req: Request) =>
    model(contextOf(req), param(req, 'id'), req.params.itemId === undefined ? undefined : param(req, 'itemId'))

/**
 * The plan pages: the plan, its history, the printed plan, the person's answer, marking a step, and a form for each
 * part of the plan. The person reaches theirs from their home page (or `/your-plan`).
 */
export function plansRoutes(plans: PlansService, routes: RouteRegistry): Router {
  const router = Router()
  const pages = routes.casePages(router, 'plan')

  routes.pages(router).get('/your-plan', { summary: 'The person’s own plan' }, ({ ctx, res }) => {
    res.redirect(303, ctx.user.personId ? planPath(ctx.user.personId) : '/')
  })

  const planTitle = (forPerson: boolean) =>
    page(forPerson, forPerson ? 'Your plan' : 'Resettlement plan', undefined, 'plans:title')

  /** The plan page itself, with the things to ask about for this person (for staff who may see them). */
  const planPage = async (ctx: RequestContext, personId: string) => {
    const plan = await plans.planPage(ctx, personId)
    return { ...planTitle(plan.forPerson), ...plan }
  }

  pages.get(
    '/plan',
    { summary: 'Resettlement plan', roles: PLAN_ROLES, query: planPageQuery },
    async ({ ctx, personId, query, res }) => {
      const model = await planPage(ctx, personId)
      // Just marked achieved: the confirmation offers to record the goal as an achievement, until it is one.
      const achieved = model.plan.goals.find(
        g => g.id === query.achieved && g.achievedOn && !g.recordedAsAchievement && model.canEdit,
      )
      res.render(VIEWS.plan, { ...model, achievedGoal: achieved ?? null })
    },
  )

  pages.get('/plan/history', { summary: 'Plan history', roles: PLAN_ROLES }, async ({ ctx, personId, res }) => {
    const history = await plans.history(ctx, personId)
    const title = history.forPerson ? 'How your plan has changed' : 'Plan history'
    res.render(VIEWS.history, {
      ...page(history.forPerson, title, planPath(personId), 'plans:historyTitle'),
      ...history,
    })
  })

  pages.get(
    '/plan/print',
    { summary: 'The plan to print, in plain words (PDF)', roles: PLAN_ROLES },
    async ({ ctx, personId, res }) => {
      const { fileName, pdf } = await plans.printable(ctx, personId)
      sendPdf(res, fileName, pdf)
    },
  )

  const agreementForm = async (ctx: RequestContext, personId: string) => {
    const found = await plans.agreementForm(ctx, personId)
    const plan = { ...planTitle(found.forPerson), ...found }
    const title = plan.forPerson ? 'Do you agree with your plan?' : 'Record the person’s answer'
    return {
      ...plan,
      ...page(plan.forPerson, title, planPath(personId), 'plans:agreementTitle'),
      stepItems: stepItems(plan.plan),
      limits: AGREEMENT_LIMITS,
    }
  }

  pages.get(
    '/plan/agreement',
    { summary: 'The person’s answer', roles: PLAN_ROLES },
    async ({ ctx, personId, res }) => {
      const form = await agreementForm(ctx, personId)
      res.render(VIEWS.agreement, { ...form, values: { version: form.plan.version.number } })
    },
  )

  pages.post(
    '/plan/agreement',
    {
      summary: 'The person’s answer',
      roles: PLAN_ROLES,
      body: agreementSchema,
      form: { view: VIEWS.agreement, context: fromRequest(agreementForm) },
    },
    async ({ ctx, personId, body, res }) => {
      await plans.recordAgreement(ctx, personId, body)
      redirectSaved(
        res,
        planPath(personId),
        isThePerson(ctx.user) ? wordsOf(res)('plans:saved.answer') : 'Answer recorded',
      )
    },
  )

  // Marking a step comes from the plan page, so a refusal shows there.
  pages.post(
    '/plan/steps/:itemId/status',
    {
      summary: 'Mark a step',
      roles: PLAN_ROLES,
      params: planItemParams,
      body: stepStatusSchema,
      form: { view: VIEWS.plan, context: fromRequest(planPage) },
    },
    async ({ ctx, personId, params, body, res }) => {
      await plans.setStepStatus(ctx, personId, params.itemId, body)
      const saved = isThePerson(ctx.user)
        ? wordsOf(res)('plans:saved.stepDone')
        : body.status === 'done'
          ? 'Step marked as done'
          : 'Step status changed'
      redirectSaved(res, `${planPath(personId)}#step-${params.itemId}`, saved)
    },
  )

  // Marking a goal achieved is the practitioner's, from the plan page.
  pages.post(
    '/plan/goals/:itemId/achieved',
    {
      summary: 'Mark a goal achieved, or not achieved',
      params: planItemParams,
      body: goalAchievedSchema,
      form: { view: VIEWS.plan, context: fromRequest(planPage) },
    },
    async ({ ctx, personId, params, body, res }) => {
      await plans.setGoalAchieved(ctx, personId, params.itemId, body)
      if (body.achieved) res.redirect(303, `${planPath(personId)}?achieved=${params.itemId}#goal-${params.itemId}`)
      else redirectSaved(res, `${planPath(personId)}#goal-${params.itemId}`, 'Goal marked as not achieved')
    },
  )

  for (const section of SECTIONS) sectionPages(pages, plans, section)

  return router
}

/** The forms to add, change and remove one section's items; the person has those of their goals. */
function sectionPages(pages: PageRoutes, plans: PlansService, section: Section) {
  const one = SECTION_NAMES[section].one
  const roles = section === 'goals' ? PLAN_ROLES : undefined
  const body = { body: ITEM_BODIES[section], ...(section === 'goals' ? { bodyFor: goalSchemaFor } : {}) }
  const limits = maxLengths(ITEM_SCHEMAS[section])

  const itemForm = async (ctx: RequestContext, personId: string, itemId?: string) => {
    const form = await plans.itemForm(ctx, personId, section, itemId)
    const choices = formChoices(form)
    const title = form.forPerson
      ? itemId
        ? 'Change your goal'
        : 'Add a goal'
      : `${itemId ? 'Change' : 'Add'}: ${choices.heading}`
    const personTitleKey = itemId ? 'plans:changeGoalTitle' : 'plans:addGoalTitle'
    return { ...form, ...choices, limits, ...page(form.forPerson, title, planPath(personId), personTitleKey) }
  }
  const form = { view: VIEWS.item, context: fromRequest(itemForm) }

  pages.get(`/plan/${section}/new`, { summary: `Add: ${one}`, roles }, async ({ ctx, personId, res }) => {
    res.render(VIEWS.item, await itemForm(ctx, personId))
  })

  pages.get(
    `/plan/${section}/:itemId`,
    { summary: `Change: ${one}`, roles, params: planItemParams },
    async ({ ctx, personId, params, res }) => {
      res.render(VIEWS.item, await itemForm(ctx, personId, params.itemId))
    },
  )

  pages.post(
    `/plan/${section}`,
    { summary: `Add: ${one}`, roles, ...body, form },
    async ({ ctx, personId, body, res }) => {
      await plans.saveItem(ctx, personId, section, undefined, body)
      redirectSaved(res, planPath(personId), savedWords(ctx, res, 'goalAdded', `${one} added`))
    },
  )

  pages.post(
    `/plan/${section}/:itemId`,
    { summary: `Change: ${one}`, roles, params: planItemParams, ...body, form },
    async ({ ctx, personId, params, body, res }) => {
      await plans.saveItem(ctx, personId, section, params.itemId, body)
      redirectSaved(res, planPath(personId), savedWords(ctx, res, 'goalChanged', `${one} changed`))
    },
  )

  pages.post(
    `/plan/${section}/:itemId/remove`,
    { summary: `Remove: ${one}`, roles, params: planItemParams, body: removeSchema, form },
    async ({ ctx, personId, params, body, res }) => {
      await plans.removeItem(ctx, personId, section, params.itemId, body)
      redirectSaved(res, planPath(personId), savedWords(ctx, res, 'goalRemoved', `${one} removed`))
    },
  )
}
