/** Shared by the plan integration tests: a plan drafted by a COM, and what the audit trail holds. */
import { savedBanner } from '../../../test/support/saved-banner.ts'
import type { Client, TestApp } from '../../../test/support/test-app.ts'
import type { PlanView } from './plans.mappers.ts'
import type { PlansService } from './plans.service.ts'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, read by each test as it needs
type Json = any
export type GoalJson = PlanView['goals'][number]
export type VersionJson = Awaited<ReturnType<PlansService['history']>>['versions'][number]

export const TODAY = '2026-11-23'

export const ownGoal = (text: string, revision: number) => ({ text, kind: 'own', revision })

export const step = (goalId: string, revision: number, extra: Record<string, unknown> = {}) => ({
  goalId,
  text: 'Ask the prison library about a bricklaying course',
  ownerKind: 'person',
  dueDate: '2026-12-10',
  revision,
  ...extra,
})

async function ok(response: Promise<{ status: number; body: Json }>, expected = [200, 201]) {
  const { status, body } = await response
  if (!expected.includes(status))
    throw new Error(`expected ${expected.join(' or ')}, got ${status}: ${JSON.stringify(body)}`)
  return body
}

/** A COM's draft: one goal in the person's words with one step the person owns and one the COM owns. */
export async function draftPlan(com: Client, personId: string) {
  const base = `/api/v1/people/${personId}/plan`
  await ok(com.json('POST', `${base}/goals`, ownGoal('I want to work as a bricklayer', 0)))
  const plan = await ok(com.json('GET', base))
  const goalId = plan.plan.goals[0].id as string
  await ok(com.json('POST', `${base}/steps`, step(goalId, 1)))
  const saved = await ok(
    com.json(
      'POST',
      `${base}/steps`,
      step(goalId, 2, { text: 'Refer to Next Step Employment', ownerKind: 'practitioner' }),
    ),
  )
  return { goalId, revision: saved.revision as number }
}

export const planAudit = async (app: TestApp, personId: string) =>
  (
    await app.services.handle.db
      .selectFrom('audit_event')
      .select(['action', 'actor_username', 'outcome', 'details'])
      .where('subject_person_id', '=', personId)
      .orderBy('id')
      .execute()
  ).filter(e => e.action.startsWith('plan.'))

export const countRows = async (app: TestApp, table: 'plan' | 'plan_revision' | 'plan_version' | 'plan_agreement') =>
  Number(
    (
      await app.services.handle.db
        .selectFrom(table)
        .select(eb => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

/** Sends a form as a browser would: with the token of the page it is on (`page`), to `action` or back to the page. */
export async function submitForm(
  client: Client,
  page: string,
  fields: Record<string, string | string[]>,
  action = page,
) {
  const _csrf = await client.formToken(page)
  return client.request('POST', action, { form: { _csrf, ...fields } })
}

/** After a save: the page it redirected to, and what its success banner says (undefined when there is none). */
export async function bannerAfter(client: Client, saved: Response) {
  if (saved.status !== 303) throw new Error(`expected a redirect after the save, got ${saved.status}`)
  const location = saved.headers.get('location')!
  const html = await (await client.get(location)).text()
  return { location, html, banner: savedBanner(html) }
}
