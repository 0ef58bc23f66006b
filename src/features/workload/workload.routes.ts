import { Router, type Request } from 'express'
import type { Clock } from '../../platform/validation/fields.ts'
import { maxLengths } from '../../platform/validation/limits.ts'
import { redirectSaved } from '../../platform/web/flash.ts'
import { contextOf, param } from '../../platform/web/request-context.ts'
import type { RouteRegistry } from '../../platform/web/routes/route-registry.ts'
import {
  adviceDecisionSchema,
  courtReportInputSchema,
  courtReportParams,
  hoursInputSchema,
  reductionInputSchema,
  staffParams,
  tierInputSchema,
} from './workload.schemas.ts'
import type { WorkloadService } from './workload.service.ts'
import {
  CASE_TYPE_NAMES,
  COURT_REPORT_STATE_NAMES,
  COURT_REPORT_TYPE_NAMES,
  courtReportChoices,
  hoursChoices,
  percent,
  reasonItems,
  tierChoices,
} from './workload.view.ts'

const TIER_FORM = 'workload/views/tier-form.njk'
const ADVICE_PAGE = 'workload/views/advice.njk'
const HOURS_FORM = 'workload/views/hours-form.njk'
const REDUCTION_FORM = 'workload/views/reduction-form.njk'
const COURT_REPORT_FORM = 'workload/views/court-report-form.njk'
const ADVICE_LIMITS = maxLengths(adviceDecisionSchema)
const REDUCTION_LIMITS = maxLengths(reductionInputSchema)

/** The tier page, a practitioner's workload, the team dashboard and allocation advice. */
export function workloadRoutes(workload: WorkloadService, routes: RouteRegistry, today: Clock): Router {
  const router = Router()
  const pages = routes.pages(router)
  const tierPages = routes.casePages(router, 'tier')
  const overviewPages = routes.casePages(router, 'overview')
  const helpers = {
    percent,
    caseTypeNames: CASE_TYPE_NAMES,
    courtReportTypeNames: COURT_REPORT_TYPE_NAMES,
    courtReportStateNames: COURT_REPORT_STATE_NAMES,
  }
  const courtReportSchema = courtReportInputSchema(today)
  const practitionerPath = (staffId: string) => `/workload/practitioners/${staffId}`

  tierPages.get('/tier', { summary: 'Tier' }, async ({ ctx, personId, res }) => {
    const view = await workload.tier(ctx, personId)
    res.render('workload/views/tier.njk', { pageTitle: 'Tier', activeSection: 'people', ...view, ...tierChoices() })
  })

  const tierForm = async (req: Request) => {
    const form = await workload.tierForm(contextOf(req), param(req, 'id'))
    return {
      pageTitle: 'Record the tier',
      activeSection: 'people',
      backLink: `/people/${form.person.id}/tier`,
      ...form,
      ...tierChoices(),
    }
  }

  tierPages.get('/tier/new', { summary: 'Record the tier' }, async ({ req, res }) => {
    const form = await tierForm(req)
    res.render(TIER_FORM, { ...form, values: form.last ?? {} })
  })

  tierPages.post(
    '/tier/new',
    { summary: 'Record the tier', body: tierInputSchema, form: { view: TIER_FORM, context: tierForm } },
    async ({ ctx, personId, body, res }) => {
      const { tier } = await workload.recordTier(ctx, personId, body)
      redirectSaved(res, `/people/${personId}/tier`, `Tier recorded: ${tier}`)
    },
  )

  pages.get('/workload', { summary: 'Workload', roles: ['com', 'manager'] }, ({ ctx, res }) => {
    res.redirect(ctx.user.role === 'manager' ? '/workload/team' : practitionerPath(workload.ownStaffId(ctx)))
  })

  pages.get('/workload/team', { summary: 'Team workload', roles: ['manager'] }, async ({ ctx, res }) => {
    const view = await workload.team(ctx)
    res.render('workload/views/team.njk', {
      pageTitle: 'Team workload',
      activeSection: 'workload',
      ...view,
      ...helpers,
    })
  })

  pages.get(
    '/workload/practitioners/:staffId',
    { summary: 'Workload of a practitioner', params: staffParams, roles: ['com', 'manager'] },
    async ({ ctx, params, res }) => {
      const view = await workload.practitioner(ctx, params.staffId)
      res.render('workload/views/practitioner.njk', {
        pageTitle: 'Workload',
        activeSection: 'workload',
        backLink: ctx.user.role === 'manager' ? '/workload/team' : undefined,
        ...view,
        ...helpers,
      })
    },
  )

  const hoursForm = async (req: Request) => ({
    pageTitle: 'Grade and contracted hours',
    activeSection: 'workload',
    backLink: practitionerPath(param(req, 'staffId')),
    ...(await workload.hoursForm(contextOf(req), param(req, 'staffId'))),
    ...hoursChoices(),
  })

  pages.get(
    '/workload/practitioners/:staffId/hours',
    { summary: 'Grade and contracted hours', params: staffParams, roles: ['manager'] },
    async ({ req, res }) => {
      const form = await hoursForm(req)
      res.render(HOURS_FORM, { ...form, values: form.practitioner })
    },
  )

  pages.post(
    '/workload/practitioners/:staffId/hours',
    {
      summary: 'Grade and contracted hours',
      params: staffParams,
      body: hoursInputSchema,
      roles: ['manager'],
      access: (ctx, params) => workload.mayChange(ctx, params.staffId, 'hours'),
      form: { view: HOURS_FORM, context: hoursForm },
    },
    async ({ ctx, params, body, res }) => {
      await workload.setHours(ctx, params.staffId, body)
      redirectSaved(res, practitionerPath(params.staffId), 'Grade and hours saved')
    },
  )

  const reductionForm = async (req: Request) => ({
    pageTitle: 'Add a reduction',
    activeSection: 'workload',
    backLink: practitionerPath(param(req, 'staffId')),
    ...(await workload.hoursForm(contextOf(req), param(req, 'staffId'))),
    limits: REDUCTION_LIMITS,
  })

  pages.get(
    '/workload/practitioners/:staffId/reductions/new',
    { summary: 'Add a reduction', params: staffParams, roles: ['manager'] },
    async ({ req, res }) => {
      res.render(REDUCTION_FORM, { ...(await reductionForm(req)), values: {} })
    },
  )

  pages.post(
    '/workload/practitioners/:staffId/reductions/new',
    {
      summary: 'Add a reduction',
      params: staffParams,
      body: reductionInputSchema,
      roles: ['manager'],
      access: (ctx, params) => workload.mayChange(ctx, params.staffId, 'hours'),
      form: { view: REDUCTION_FORM, context: reductionForm },
    },
    async ({ ctx, params, body, res }) => {
      await workload.addReduction(ctx, params.staffId, body)
      redirectSaved(res, practitionerPath(params.staffId), 'Reduction added')
    },
  )

  const courtReportForm = async (req: Request) => ({
    pageTitle: 'Add a court report',
    activeSection: 'workload',
    backLink: practitionerPath(param(req, 'staffId')),
    ...(await workload.courtReportForm(contextOf(req), param(req, 'staffId'))),
    ...courtReportChoices(),
  })

  pages.get(
    '/workload/practitioners/:staffId/court-reports/new',
    { summary: 'Add a court report', params: staffParams, roles: ['com', 'manager'] },
    async ({ req, res }) => {
      res.render(COURT_REPORT_FORM, { ...(await courtReportForm(req)), values: {} })
    },
  )

  pages.post(
    '/workload/practitioners/:staffId/court-reports/new',
    {
      summary: 'Add a court report',
      params: staffParams,
      body: courtReportSchema,
      roles: ['com', 'manager'],
      access: (ctx, params) => workload.mayChange(ctx, params.staffId, 'court-reports'),
      form: { view: COURT_REPORT_FORM, context: courtReportForm },
    },
    async ({ ctx, params, body, res }) => {
      await workload.addCourtReport(ctx, params.staffId, body)
      redirectSaved(res, practitionerPath(params.staffId), 'Court report added')
    },
  )

  pages.post(
    '/workload/practitioners/:staffId/court-reports/:reportId/remove',
    { summary: 'Remove a court report', params: courtReportParams, roles: ['com', 'manager'] },
    async ({ ctx, params, res }) => {
      await workload.removeCourtReport(ctx, params.staffId, params.reportId)
      redirectSaved(res, practitionerPath(params.staffId), 'Court report removed')
    },
  )

  const advicePage = async (req: Request) => ({
    pageTitle: 'Allocation advice',
    activeSection: 'people',
    backLink: `/people/${param(req, 'id')}`,
    ...(await workload.advice(contextOf(req), param(req, 'id'))),
    ...helpers,
    reasonItems: reasonItems(),
    limits: ADVICE_LIMITS,
  })

  overviewPages.get(
    '/allocation/advice',
    { summary: 'Allocation advice', roles: ['manager'] },
    async ({ req, res }) => {
      res.render(ADVICE_PAGE, { ...(await advicePage(req)), values: {} })
    },
  )

  overviewPages.post(
    '/allocation/advice',
    {
      summary: 'Allocate from the advice',
      body: adviceDecisionSchema,
      roles: ['manager'],
      form: { view: ADVICE_PAGE, context: advicePage },
    },
    async ({ ctx, personId, body, res }) => {
      await workload.decide(ctx, personId, body)
      redirectSaved(res, '/workload/team', 'Allocation saved')
    },
  )

  return router
}
