import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'

/** The forms the person fills in say what is wrong in the person's language: summary, fields, character counts. */
const TODAY = '2026-11-23'
let app: TestApp
let alpha: string
let person: Client
let staff: Client
before(async () => {
  app = await startTestApp({ today: TODAY })
  alpha = app.fixture.people.ofComA.id
  staff = await new Client(app.baseUrl).signIn('comA')
  const goal = await staff.json('POST', `/api/v1/people/${alpha}/plan/goals`, {
    text: 'Find work in a kitchen',
    kind: 'own',
    revision: 0,
  })
  assert.equal(goal.status, 201, JSON.stringify(goal.body))
  person = await new Client(app.baseUrl).signIn('person')
  const token = await person.formToken('/')
  const chosen = await person.request('POST', '/language', { form: { _csrf: token, language: 'cy', returnTo: '/' } })
  assert.equal(chosen.status, 303)
})
after(() => app.close())

/** Sends a form from the page it is on, as a browser does, and gives back the page that answers. */
async function send(client: Client, page: string, action: string, form: Record<string, string>) {
  const token = await client.formToken(page)
  const response = await client.request('POST', action, { form: { _csrf: token, ...form } })
  return { status: response.status, html: await response.text() }
}

const summaryOf = (html: string) =>
  [...html.matchAll(/<a href="#([\w-]+)">([^<]+)<\/a>/g)].map(([, href, text]) => [href!, text!.trim()])

const fieldError = (html: string, id: string) =>
  /<p id="([\w-]+)-error" class="govuk-error-message">\s*<span class="govuk-visually-hidden">([^<]*)<\/span>([^<]+)<\/p>/
    .exec(html.slice(html.indexOf(`id="${id}-error"`) - 3))
    ?.slice(2)
    .map(s => s.trim())

describe('the person’s forms in Welsh', () => {
  it('the agreement: every problem in Welsh in the summary and by the field, with the character count in Welsh', async () => {
    const agreement = `/people/${alpha}/plan/agreement`
    const { status, html } = await send(person, agreement, agreement, { version: '1', agreed: 'no' })
    assert.equal(status, 400)
    assert.match(html, /<html lang="cy"/)
    assert.match(html, /Mae problem wedi codi/)
    assert.deepEqual(summaryOf(html), [['comments', 'Dywedwch wrthym beth nad ydych yn cytuno ag ef']])
    assert.deepEqual(fieldError(html, 'comments'), ['Gwall:', 'Dywedwch wrthym beth nad ydych yn cytuno ag ef'])
    assert.match(html, /Gallwch ddefnyddio hyd at 1000 nod/)
    assert.match(html, /data-i18n\.characters-under-limit\.few="Mae gennych %\{count\} nod yn weddill"/)
    assert.match(html, /data-i18n\.characters-over-limit\.other="Mae gennych %\{count\} nod yn ormod"/)
    assert.doesNotMatch(html, /You can enter up to|Tell us what you do not agree/)

    const unanswered = await send(person, agreement, agreement, { version: '1' })
    assert.deepEqual(summaryOf(unanswered.html), [
      ['agreed', 'Dewiswch ydw os ydych yn cytuno â’r cynllun, neu nac ydw os nad ydych'],
    ])
    const tooLong = await send(person, agreement, agreement, {
      version: '1',
      agreed: 'yes',
      comments: 'a'.repeat(1001),
    })
    assert.deepEqual(summaryOf(tooLong.html), [['comments', 'Ni all eich sylwadau fod yn hirach na 1000 nod']])
  })

  it('an answer to a version since replaced: the refusal in Welsh', async () => {
    const agreement = `/people/${alpha}/plan/agreement`
    const { status, html } = await send(person, agreement, agreement, { version: '7', agreed: 'yes' })
    assert.equal(status, 409)
    assert.match(html, /Mae’r cynllun wedi newid ers i chi ei ddarllen/)
  })

  it('their goal: empty, or too long, in Welsh', async () => {
    const form = `/people/${alpha}/plan/goals/new`
    const empty = await send(person, form, `/people/${alpha}/plan/goals`, { text: ' ', revision: '1' })
    assert.equal(empty.status, 400)
    assert.deepEqual(summaryOf(empty.html), [['text', 'Rhowch eich nod']])
    const long = await send(person, form, `/people/${alpha}/plan/goals`, { text: 'n'.repeat(501), revision: '1' })
    assert.deepEqual(summaryOf(long.html), [['text', 'Ni all eich nod fod yn hirach na 500 nod']])
  })

  it('their strengths and achievements: each problem in Welsh, the date input labelled in Welsh', async () => {
    const strength = await send(person, '/your-strengths', '/your-strengths/strengths', { text: '' })
    assert.equal(strength.status, 400)
    assert.deepEqual(summaryOf(strength.html), [
      ['category', 'Dewiswch pa fath o beth ydyw'],
      ['text', 'Dywedwch beth rydych chi’n dda am ei wneud, yn eich geiriau eich hun'],
    ])
    const achievement = { kind: 'qualification', title: 'Food hygiene' }
    const notReal = await send(person, '/your-strengths', '/your-strengths/achievements', {
      ...achievement,
      'achievedOn-day': '31',
      'achievedOn-month': '2',
      'achievedOn-year': '2026',
    })
    assert.deepEqual(summaryOf(notReal.html), [['achievedOn', 'Rhaid i’r dyddiad fod yn ddyddiad go iawn']])
    assert.match(notReal.html, />\s*Diwrnod\s*</)
    assert.match(notReal.html, />\s*Blwyddyn\s*</)
    const future = await send(person, '/your-strengths', '/your-strengths/achievements', {
      ...achievement,
      'achievedOn-day': '1',
      'achievedOn-month': '1',
      'achievedOn-year': '2030',
    })
    assert.deepEqual(summaryOf(future.html), [['achievedOn', 'Rhaid i’r dyddiad fod heddiw neu yn y gorffennol']])
  })
})

describe('the same forms for staff and the API', () => {
  it('stay in English, as before, and the API’s field errors are field and message only', async () => {
    const agreement = `/people/${alpha}/plan/agreement`
    const page = await send(staff, agreement, agreement, { version: '1', agreed: 'no' })
    assert.equal(page.status, 400)
    assert.deepEqual(summaryOf(page.html), [['comments', 'Tell us what you do not agree with']])
    assert.doesNotMatch(page.html, /data-i18n\.characters/)
    assert.match(page.html, /You can enter up to 1000 characters/)

    const api = await person.json('POST', `/api/v1/people/${alpha}/plan/agreements`, { version: 1 })
    assert.equal(api.status, 400)
    assert.deepEqual(api.body.errors, [
      { field: 'agreed', message: 'Select yes if you agree with the plan, or no if you do not' },
    ])
  })
})
