import type { RequestContext } from '../../platform/auth/current-user.ts'
import { Router, type Request, type Response } from 'express'
import { NotFound } from '../../platform/errors/errors.ts'
import { wordsOf } from '../../platform/i18n/language-middleware.ts'
import { maxLengths } from '../../platform/validation/limits.ts'
import { redirectSaved } from '../../platform/web/flash.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { uploadedFile } from '../../platform/web/uploads.ts'
import {
  achievementFormQuery,
  achievementParams,
  achievementSchema,
  confirmationSchema,
  givingBackSchema,
  goalParams,
  personAchievementSchema,
  personStrengthSchema,
  strengthParams,
  strengthSchema,
} from './strengths.schemas.ts'
import type { StrengthsService } from './strengths.service.ts'
import { confirmationText, goalItems, personChoices, strengthChoices } from './strengths.view.ts'

const FORMS = {
  strength: 'strengths/views/strength-form.njk',
  achievement: 'strengths/views/achievement-form.njk',
  givingBack: 'strengths/views/giving-back-form.njk',
} as const
const LIMITS = { ...maxLengths(strengthSchema), ...maxLengths(achievementSchema), ...maxLengths(givingBackSchema) }
const PERSON_PAGE = 'strengths/views/your-strengths.njk'

/** Sends a stored file to be saved, never shown: the browser may not guess its type or open it in the page. */
function sendDownload(res: Response, file: { fileName: string; type: string; bytes: Buffer }) {
  res.type(file.type)
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`)
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox")
  res.send(file.bytes)
}

/** The strengths section of a case, and the person's own page of their strengths and achievements. */
export function strengthsRoutes(strengths: StrengthsService, routes: RouteRegistry): Router {
  const router = Router()
  const pages = routes.casePages(router, 'strengths')
  const home = (personId: string) => `/people/${personId}/strengths`

  const overviewPage = async (req: Request) => {
    const view = await strengths.overview(contextOf(req), param(req, 'id'))
    return {
      pageTitle: 'Strengths and achievements',
      activeSection: 'people',
      ...view,
      achievements: view.achievements.map(a => ({ ...a, confirmation: confirmationText(a) })),
      values: {},
    }
  }

  pages.get('/strengths', { summary: 'Strengths, achievements and giving back' }, async ({ req, res }) => {
    res.render('strengths/views/strengths.njk', await overviewPage(req))
  })

  type Opened = Awaited<ReturnType<typeof strengths.givingBackForm>>
  const formPage =
    (title: string, open: (ctx: RequestContext, id: string) => Promise<Opened> = strengths.overview) =>
    async (req: Request) => {
      const { person } = await open(contextOf(req), param(req, 'id'))
      return {
        pageTitle: title,
        activeSection: 'people',
        backLink: home(person.id),
        person,
        limits: LIMITS,
        ...strengthChoices(),
      }
    }
  const achievementForm = formPage('Record an achievement')
  const givingBackForm = formPage('Record giving back', strengths.givingBackForm)

  /** The form to add a strength, or to change one (`strengthId`), with the plan's goals to tick. */
  const strengthForm = async (req: Request) => {
    const strengthId = req.params.strengthId === undefined ? undefined : param(req, 'strengthId')
    const form = await strengths.strengthForm(contextOf(req), param(req, 'id'), strengthId)
    return {
      pageTitle: strengthId ? 'Change a strength' : 'Add a strength',
      activeSection: 'people',
      backLink: home(form.person.id),
      ...form,
      goalItems: goalItems(form.goals),
      limits: LIMITS,
      ...strengthChoices(),
    }
  }

  pages.get('/strengths/new', { summary: 'Add a strength' }, async ({ req, res }) => {
    res.render(FORMS.strength, await strengthForm(req))
  })
  pages.post(
    '/strengths/new',
    { summary: 'Add a strength', body: strengthSchema, form: { view: FORMS.strength, context: strengthForm } },
    async ({ ctx, personId, body, res }) => {
      await strengths.addStrength(ctx, personId, body)
      redirectSaved(res, home(personId), `Strength added: ${body.text}`)
    },
  )

  pages.get(
    '/strengths/:strengthId',
    { summary: 'Change a strength and the goals that build on it', params: strengthParams },
    async ({ req, res }) => {
      res.render(FORMS.strength, await strengthForm(req))
    },
  )
  pages.post(
    '/strengths/:strengthId',
    {
      summary: 'Change a strength and the goals that build on it',
      params: strengthParams,
      body: strengthSchema,
      form: { view: FORMS.strength, context: strengthForm },
    },
    async ({ ctx, personId, params, body, res }) => {
      await strengths.changeStrength(ctx, personId, params.strengthId, body)
      redirectSaved(res, home(personId), `Strength changed: ${body.text}`)
    },
  )

  pages.post(
    '/strengths/:strengthId/remove',
    { summary: 'Remove a strength from the profile', params: strengthParams },
    async ({ ctx, personId, params, res }) => {
      await strengths.removeStrength(ctx, personId, params.strengthId)
      redirectSaved(res, home(personId), 'Strength removed')
    },
  )

  pages.get(
    '/strengths/achievements/new',
    { summary: 'Record an achievement (filled in from an achieved plan goal)', query: achievementFormQuery },
    async ({ ctx, personId, query, req, res }) => {
      const { goal, values } = await strengths.achievementForm(ctx, personId, query.goalId)
      res.render(FORMS.achievement, { ...(await achievementForm(req)), goal, values })
    },
  )
  pages.post(
    '/strengths/achievements/new',
    {
      summary: 'Record an achievement, with evidence if there is some',
      body: achievementSchema,
      upload: true,
      form: { view: FORMS.achievement, context: achievementForm },
    },
    async ({ ctx, personId, body, req, res }) => {
      await strengths.recordAchievement(ctx, personId, body, uploadedFile(req, 'evidence'))
      redirectSaved(res, home(personId), `Achievement recorded: ${body.title}`)
    },
  )

  pages.post(
    '/strengths/achievements/from-goal/:goalId',
    {
      summary: 'Record an achieved plan goal as an achievement',
      params: goalParams,
      form: { view: 'strengths/views/strengths.njk', context: overviewPage },
    },
    async ({ ctx, personId, params, res }) => {
      const { title } = await strengths.achievementFromGoal(ctx, personId, params.goalId)
      redirectSaved(res, home(personId), `Achievement recorded: ${title}`)
    },
  )

  pages.post(
    '/strengths/achievements/:achievementId/confirm',
    {
      summary: 'Confirm an achievement',
      params: achievementParams,
      body: confirmationSchema,
      form: { view: 'strengths/views/strengths.njk', context: overviewPage },
    },
    async ({ ctx, personId, params, body, res }) => {
      await strengths.confirm(ctx, personId, params.achievementId, body.organisation)
      redirectSaved(res, home(personId), 'Achievement confirmed')
    },
  )

  pages.get(
    '/strengths/achievements/:achievementId/evidence',
    { summary: 'Download the evidence of an achievement', params: achievementParams },
    async ({ ctx, personId, params, res }) => {
      sendDownload(res, await strengths.evidence(ctx, personId, params.achievementId))
    },
  )

  pages.get('/strengths/giving-back/new', { summary: 'Record giving back' }, async ({ req, res }) => {
    res.render(FORMS.givingBack, { ...(await givingBackForm(req)), values: {} })
  })
  pages.post(
    '/strengths/giving-back/new',
    {
      summary: 'Record giving back',
      body: givingBackSchema,
      form: { view: FORMS.givingBack, context: givingBackForm },
    },
    async ({ ctx, personId, body, res }) => {
      await strengths.recordGivingBack(ctx, personId, body)
      redirectSaved(res, home(personId), `Giving back recorded: ${body.role}`)
    },
  )

  // The person's own page, in plain words: their strengths and achievements, and a form to add each.
  const person = routes.pages(router)
  const ownPage = async (req: Request) => {
    const ctx = contextOf(req)
    if (!ctx.user.personId) throw new NotFound()
    const view = await strengths.overview(ctx, ctx.user.personId)
    const t = wordsOf(req.res!)
    return { pageTitle: t('strengths:page.title'), ...view, limits: LIMITS, ...personChoices(t), values: {} }
  }
  person.get(
    '/your-strengths',
    { summary: 'Your strengths and achievements', roles: ['person'] },
    async ({ req, res }) => {
      res.render(PERSON_PAGE, await ownPage(req))
    },
  )
  person.post(
    '/your-strengths/strengths',
    {
      summary: 'Add one of your strengths',
      roles: ['person'],
      body: personStrengthSchema,
      form: { view: PERSON_PAGE, context: ownPage },
    },
    async ({ ctx, body, res }) => {
      await strengths.addStrength(ctx, ctx.user.personId ?? '', body)
      redirectSaved(res, '/your-strengths', wordsOf(res)('strengths:saved.strength', { text: body.text }))
    },
  )
  person.post(
    '/your-strengths/achievements',
    {
      summary: 'Tell us about something you achieved',
      roles: ['person'],
      body: personAchievementSchema,
      form: { view: PERSON_PAGE, context: ownPage },
    },
    async ({ ctx, body, res }) => {
      await strengths.recordAchievement(ctx, ctx.user.personId ?? '', body)
      redirectSaved(res, '/your-strengths', wordsOf(res)('strengths:saved.achievement', { title: body.title }))
    },
  )

  return router
}
