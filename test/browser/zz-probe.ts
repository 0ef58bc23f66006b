import { Client, startTestApp } from '../support/test-app.ts'
const app = await startTestApp()
const c = await new Client(app.baseUrl).signIn('managerA')
const id = app.fixture.people.ofComA2.id
const token = await c.formToken(`/people/${id}/allocation`)
const r = await c.request('POST', `/people/${id}/allocation`, {
  form: { _csrf: token, comId: app.fixture.staff.comA2!.id },
})
console.log(r.status, (await r.text()).match(/<h1[^>]*>[^<]*<\/h1>|govuk-error-summary__list[\s\S]{0,300}/g))
const t2 = await c.formToken(`/people/${id}/edit`)
const r2 = await c.request('POST', `/people/${id}/edit`, { form: { _csrf: t2, firstName: '' } })
console.log(r2.status, (await r2.text()).match(/<h1[^>]*>[^<]*<\/h1>|<a[^>]*govuk-back-link[^>]*>/g))
await app.close()
