import { Router, type Request } from 'express'
import { onInvalidRender } from '../../platform/web/error-handler.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import { requireSignIn } from '../../platform/web/session-middleware.ts'
import type { ReleaseService } from './release.service.ts'
import { ACCOMMODATION_LABELS, EMPLOYMENT_LABELS } from './release.wording.ts'

const VIEWS = {
  release: 'release/views/release.njk',
  releaseForm: 'release/views/release-form.njk',
  followUpForm: 'release/views/follow-up-form.njk',
}

/** The release page, the form recording the release, and a form per follow-up. */
export function releaseRoutes(release: ReleaseService): Router {
  const router = Router()
  router.use('/people/:id/release', requireSignIn)
  const releasePath = (req: Request) => `/people/${param(req, 'id')}/release`
  const page = (req: Request, pageTitle: string) => ({
    pageTitle,
    activeSection: 'people',
    caseSection: 'release',
    backLink: releasePath(req),
    accommodationLabels: ACCOMMODATION_LABELS,
    employmentLabels: EMPLOYMENT_LABELS,
  })

  router.get('/people/:id/release', async (req, res) => {
    const view = await release.overview(contextOf(req), param(req, 'id'))
    res.render(VIEWS.release, { ...page(req, 'Release and after'), backLink: undefined, ...view })
  })

  const releaseForm = async (req: Request) => ({
    ...page(req, 'Record the release'),
    ...(await release.releaseForm(contextOf(req), param(req, 'id'))),
  })

  router.get('/people/:id/release/record', async (req, res) => {
    res.render(VIEWS.releaseForm, await releaseForm(req))
  })

  router.post('/people/:id/release/record', onInvalidRender(VIEWS.releaseForm, releaseForm), async (req, res) => {
    await release.recordRelease(contextOf(req), param(req, 'id'), req.body)
    res.redirect(303, releasePath(req))
  })

  const followUpForm = async (req: Request) => {
    const form = await release.followUpForm(contextOf(req), param(req, 'id'), param(req, 'kind'))
    return { ...page(req, form.title), ...form }
  }

  router.get('/people/:id/release/follow-ups/:kind', async (req, res) => {
    res.render(VIEWS.followUpForm, await followUpForm(req))
  })

  router.post(
    '/people/:id/release/follow-ups/:kind',
    onInvalidRender(VIEWS.followUpForm, followUpForm),
    async (req, res) => {
      await release.recordFollowUp(contextOf(req), param(req, 'id'), param(req, 'kind'), req.body)
      res.redirect(303, releasePath(req))
    },
  )

  return router
}
