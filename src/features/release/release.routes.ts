import { Router, type Request } from 'express'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { Clock } from '../../platform/validation/fields.ts'
import { maxLengths } from '../../platform/validation/limits.ts'
import { redirectSaved } from '../../platform/web/flash.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { FOLLOW_UP_RECORDERS } from './release.policy.ts'
import { FOLLOW_UP_KINDS } from './release.rules.ts'
import { releaseSchemas } from './release.schemas.ts'
import type { ReleaseService } from './release.service.ts'
import { CHOICES, followUpRows, followUpsDue } from './release.view.ts'
import { FOLLOW_UP_TITLES } from './release.wording.ts'

const VIEWS = {
  release: 'release/views/release.njk',
  releaseForm: 'release/views/release-form.njk',
  followUpForm: 'release/views/follow-up-form.njk',
}

const releasePath = (personId: string) => `/people/${personId}/release`
const page = (personId: string, pageTitle: string) => ({
  pageTitle,
  activeSection: 'people',
  backLink: releasePath(personId),
})

/** A form page's model, rebuilt from the request when what was sent comes back with its errors. */
const fromRequest =
  <T>(model: (ctx: RequestContext, personId: string) => Promise<T>) =>
  (req: Request) =>
    model(contextOf(req), param(req, 'id'))

/** The release page, the form recording the release, and a form per follow-up. */
export function releaseRoutes(release: ReleaseService, routes: RouteRegistry, today: Clock): Router {
  const router = Router()
  const pages = routes.casePages(router, 'release')
  const schemas = releaseSchemas(today)
  const releaseLimits = maxLengths(schemas.release)

  pages.get('/release', { summary: 'Release and after' }, async ({ ctx, personId, res }) => {
    const view = await release.overview(ctx, personId)
    res.render(VIEWS.release, {
      ...page(personId, 'Release and after'),
      backLink: undefined,
      ...view,
      followUpsDue: followUpsDue(view.followUps),
      followUpRows: followUpRows(personId, view.followUps, view.canRecordFollowUps),
    })
  })

  const releaseForm = async (ctx: RequestContext, personId: string) => ({
    ...page(personId, 'Record the release'),
    ...(await release.releaseForm(ctx, personId)),
    ...CHOICES,
    limits: releaseLimits,
  })

  pages.get('/release/record', { summary: 'Record the release' }, async ({ ctx, personId, res }) => {
    res.render(VIEWS.releaseForm, await releaseForm(ctx, personId))
  })

  pages.post(
    '/release/record',
    {
      summary: 'Record the release',
      body: schemas.release,
      form: { view: VIEWS.releaseForm, context: fromRequest(releaseForm) },
    },
    async ({ ctx, personId, body, res }) => {
      const saved = await release.recordRelease(ctx, personId, body)
      redirectSaved(res, releasePath(personId), saved.version === 1 ? 'Release recorded' : 'Release changed')
    },
  )

  for (const kind of FOLLOW_UP_KINDS) {
    const title = FOLLOW_UP_TITLES[kind]
    const followUpForm = async (ctx: RequestContext, personId: string) => ({
      ...page(personId, title),
      ...(await release.followUpForm(ctx, personId, kind)),
      ...CHOICES,
    })

    pages.get(
      `/release/follow-ups/${kind}`,
      { summary: title, roles: FOLLOW_UP_RECORDERS },
      async ({ ctx, personId, res }) => {
        res.render(VIEWS.followUpForm, await followUpForm(ctx, personId))
      },
    )

    pages.post(
      `/release/follow-ups/${kind}`,
      {
        summary: title,
        roles: FOLLOW_UP_RECORDERS,
        body: schemas.followUps[kind],
        form: { view: VIEWS.followUpForm, context: fromRequest(followUpForm) },
      },
      async ({ ctx, personId, body, res }) => {
        await release.recordFollowUp(ctx, personId, kind, body)
        redirectSaved(res, releasePath(personId), `Follow-up recorded: ${title.toLowerCase()}`)
      },
    )
  }

  return router
}
