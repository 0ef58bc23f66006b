import { Router, type Request } from 'express'
import { maxLengths } from '../../platform/validation/limits.ts'
import { personParams } from '../../platform/validation/params.ts'
import { redirectSaved } from '../../platform/web/flash.ts'
import { contextOf } from '../../platform/web/request-context.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import { DIVERSITY_READERS } from './diversity.policy.ts'
import { diversityInput } from './diversity.schemas.ts'
import type { DiversityService } from './diversity.service.ts'
import { formQuestions, recordRows, promptsView } from './diversity.view.ts'

const VIEWS = { page: 'diversity/views/diversity.njk', form: 'diversity/views/diversity-form.njk' }
const limits = maxLengths(diversityInput)

/** A person's diversity record with the prompts it raises, and the form that records it. */
export function diversityRoutes(diversity: DiversityService, routes: RouteRegistry): Router {
  const router = Router()
  const pages = routes.casePages(router, 'diversity')
  const pagePath = (personId: string) => `/people/${personId}/diversity`

  pages.get(
    '/diversity',
    { summary: 'Diversity and responsive prompts', roles: DIVERSITY_READERS },
    async ({ ctx, personId, res }) => {
      const view = await diversity.page(ctx, personId)
      res.render(VIEWS.page, {
        pageTitle: 'Diversity and responsive prompts',
        activeSection: 'people',
        ...view,
        rows: view.record ? recordRows(view.record, view.age) : [],
        promptGroups: promptsView(view.prompts),
      })
    },
  )

  const form = async (req: Request) => {
    const { id } = personParams.parse(req.params)
    return {
      pageTitle: 'Record diversity',
      activeSection: 'people',
      backLink: pagePath(id),
      questions: formQuestions(),
      limits,
      ...(await diversity.form(contextOf(req), id)),
    }
  }

  pages.get('/diversity/edit', { summary: 'Record diversity', roles: DIVERSITY_READERS }, async ({ req, res }) => {
    res.render(VIEWS.form, await form(req))
  })

  pages.post(
    '/diversity/edit',
    {
      summary: 'Record diversity',
      roles: DIVERSITY_READERS,
      body: diversityInput,
      form: { view: VIEWS.form, context: form },
    },
    async ({ ctx, personId, body, res }) => {
      await diversity.record(ctx, personId, body)
      redirectSaved(res, pagePath(personId), 'Diversity record saved')
    },
  )

  return router
}
