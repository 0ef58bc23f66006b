import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { readPdf } from '../../../test/support/pdf-text.ts'
import { fleschKincaidGrade, sentencesIn } from '../../../test/support/readability.ts'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { SECTIONS } from './plan-content.ts'
import { draftPlan, TODAY } from './plans.test-support.ts'

let app: TestApp
before(async () => {
  app = await startTestApp({ today: TODAY })
})
after(() => app.close())

const signIn = (username: string) => new Client(app.baseUrl).signIn(username)
const text = async (client: Client, path: string) => {
  const response = await client.get(path)
  assert.equal(response.status, 200, path)
  return response.text()
}

describe('the plan pages', () => {
  it('warns when the plan holds only compliance and controls, and not once the person’s own goal is in', async () => {
    const com = await signIn('comA')
    const id = app.fixture.people.ofComB.id
    const comB = await signIn('comB')
    assert.doesNotMatch(
      await text(comB, `/people/${id}/plan`),
      /data-qa="balance-warning"/,
      'empty: nothing to balance',
    )
    const added = await comB.json('POST', `/api/v1/people/${id}/plan/goals`, {
      text: 'Keep to every licence condition',
      kind: 'compliance',
      revision: 0,
    })
    assert.equal(added.status, 201)
    assert.match(await text(comB, `/people/${id}/plan`), /data-qa="balance-warning"/)
    await comB.json('POST', `/api/v1/people/${id}/plan/goals`, {
      text: 'Get my driving licence back',
      kind: 'own',
      revision: 1,
    })
    assert.doesNotMatch(await text(comB, `/people/${id}/plan`), /data-qa="balance-warning"/)
    // Released in 2025: no welfare warning after release.
    assert.doesNotMatch(await text(comB, `/people/${id}/plan`), /data-qa="welfare-warning"/)
    // In custody with nothing on the readiness checklist met: every basic welfare need is listed.
    const inCustody = await text(com, `/people/${app.fixture.people.ofComA.id}/plan`)
    assert.match(
      inCustody,
      /Basic welfare needs are not met before release: Accommodation for the first night, Identity documents, Bank account, Benefits claim, GP registration, Medication on release, First appointment with the community offender manager\./,
    )
  })

  it('renders every page and form for the practitioner and the person', async () => {
    const com = await signIn('comA')
    const id = app.fixture.people.ofComA.id
    await draftPlan(com, id)
    const plan = await text(com, `/people/${id}/plan`)
    assert.match(plan, /I want to work as a bricklayer/)
    assert.match(plan, /data-qa="case-header"/, 'the staff view shows the case header')
    assert.match(plan, /aria-current="page"[^>]*>Plan</, 'and the case tabs, Plan current')
    for (const section of SECTIONS) await text(com, `/people/${id}/plan/${section}/new`)
    await text(com, `/people/${id}/plan/history`)
    await text(com, `/people/${id}/plan/agreement`)
    const person = await signIn('person')
    const own = await text(person, `/people/${id}/plan`)
    assert.match(own, /<h1 class="govuk-heading-l">Your plan<\/h1>/)
    assert.match(own, /Your probation worker is Staff comA\./)
    assert.match(own, /Do not break the law\./)
    assert.doesNotMatch(own, /moj-sub-navigation/, 'no staff navigation for the person')
    assert.doesNotMatch(own, /data-qa="case-header"|A000001/, 'nor the staff case header')
    for (const path of ['/plan/history', '/plan/agreement', '/plan/goals/new']) {
      assert.doesNotMatch(await text(person, `/people/${id}${path}`), /data-qa="case-header"/, path)
    }
    await text(person, `/people/${id}/plan/goals/new`)
    assert.equal((await person.get(`/people/${id}/plan/steps/new`)).status, 404)
    assert.equal((await person.get('/your-plan')).headers.get('location'), `/people/${id}/plan`)
  })

  it('refuses to remove a goal that still has steps, and the error summary leads to the remove button', async () => {
    const com = await signIn('comC')
    const id = app.fixture.people.ofComC.id
    const { goalId, revision } = await draftPlan(com, id)
    const path = `/people/${id}/plan/goals/${goalId}`
    const response = await com.request('POST', `${path}/remove`, {
      form: { _csrf: await com.formToken(path), revision: String(revision) },
    })
    assert.equal(response.status, 400)
    const html = await response.text()
    assert.match(html, /<a href="#remove">Remove the steps of this goal, or move them to another goal, first<\/a>/)
    assert.match(html, /<button[^>]* id="remove"/)
    const plan = await com.json('GET', `/api/v1/people/${id}/plan`)
    assert.deepEqual(
      plan.body.plan.goals.map((g: { id: string }) => g.id),
      [goalId],
      'the goal is still there',
    )
  })

  it('reads plainly: the person’s page and their printed plan, Flesch–Kincaid grade 4 or below', async () => {
    const person = await signIn('person')
    const id = app.fixture.people.ofComA.id
    const html = await text(person, `/people/${id}/plan`)
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'))
    // What the page itself says, line by line: the words of each element, without the hidden words for screen readers.
    const lines = main
      .replace(/<span class="govuk-visually-hidden">[^<]*<\/span>/g, '')
      .split(/<[^>]+>/)
      .map(line =>
        line
          .replace(/&[a-z#0-9]+;/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter(line => /[a-z]/i.test(line))
    const pdf = await readPdf(new Uint8Array(await (await person.get(`/people/${id}/plan/print`)).arrayBuffer()))
    for (const sentences of [sentencesIn(lines), sentencesIn([pdf.text])]) {
      for (const sentence of sentences) assert.ok(sentence.split(/\s+/).length <= 25, `short: “${sentence}”`)
      const grade = fleschKincaidGrade(sentences)
      assert.ok(grade <= 4, `Flesch–Kincaid grade ${grade.toFixed(1)}`)
    }
  })
})
