import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { permutations } from './disclosure.test-support.ts'

let app: TestApp
before(async () => {
  app = await startTestApp({ today: '2026-11-23' })
})
after(() => app.close())

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
const textOf = (html: string) =>
  decode(html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ')

/** A visitor going through the checker as a browser would: each form carries the page's hidden fields. */
class Visitor {
  readonly client: Client
  html = ''
  status = 0

  constructor(baseUrl: string) {
    this.client = new Client(baseUrl)
  }

  async open(path: string) {
    const response = await this.client.get(path)
    this.status = response.status
    this.html = await response.text()
    return this
  }

  hidden(name: string): string | undefined {
    const found = new RegExp(`name="${name}" value="([^"]*)"`).exec(this.html)
    return found ? decode(found[1]!) : undefined
  }

  /** Sends the page's main form (or `action`) with its hidden fields and `fields`. */
  async send(action: string, fields: Record<string, string> = {}) {
    const form: Record<string, string> = { _csrf: this.hidden('_csrf') ?? '', answers: this.hidden('answers') ?? '' }
    const mode = this.hidden('mode')
    if (mode) form.mode = mode
    const response = await this.client.request('POST', action, { form: { ...form, ...fields } })
    this.status = response.status
    this.html = await response.text()
    return this
  }

  get heading() {
    return textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(this.html)?.[1] ?? '').trim()
  }

  get title() {
    return textOf(/<title>([\s\S]*?)<\/title>/.exec(this.html)?.[1] ?? '').trim()
  }

  get errors() {
    return [...this.html.matchAll(/<a href="(#[^"]+)">\s*([^<]+?)\s*<\/a>/g)]
      .filter(([, href]) => href !== '#main-content')
      .map(([, href, text]) => `${href} ${decode(text!)}`)
  }

  get text() {
    return textOf(this.html)
  }
}

const date = (name: string, day: string, month: string, year: string) => ({
  [`${name}-day`]: day,
  [`${name}-month`]: month,
  [`${name}-year`]: year,
})
const BASE = '/check-your-record'

describe('the public checker at /check-your-record', () => {
  it('needs no sign-in and says what it covers, that nothing is stored, and that it is not legal advice', async () => {
    const visitor = await new Visitor(app.baseUrl).open(BASE)
    assert.equal(visitor.status, 200)
    assert.equal(visitor.heading, 'Check when your caution or conviction is spent')
    assert.match(visitor.text, /England and Wales/)
    assert.match(visitor.text, /Scotland, Northern Ireland or other countries/)
    assert.match(visitor.text, /We do not save anything you type in/)
    assert.match(visitor.text, /This is not legal advice/)
    assert.match(
      visitor.html,
      /href="\/check-your-record\/date-of-birth"[^>]*data-qa="start"|data-qa="start"[^>]*href="\/check-your-record\/date-of-birth"/,
    )
  })

  it('walks every question, with its errors, changes an answer, and gives the result', async () => {
    const v = await new Visitor(app.baseUrl).open(`${BASE}/date-of-birth`)
    assert.equal(v.heading, 'What is your date of birth?')

    await v.send(`${BASE}/date-of-birth`, date('dateOfBirth', '1', '5', ''))
    assert.equal(v.status, 400)
    assert.equal(v.title, 'Error: What is your date of birth? - Resettle')
    assert.deepEqual(v.errors, ['#dateOfBirth Your date of birth must include a year'])
    assert.match(v.html, /name="dateOfBirth-month"[^>]*value="5"/, 'what was typed is shown again')
    await v.send(`${BASE}/date-of-birth`, date('dateOfBirth', '1', '5', '1990'))

    assert.equal(v.heading, 'Was it a caution or a conviction?')
    await v.send(`${BASE}/records/1/kind`)
    assert.deepEqual(v.errors, ['#kind Select if it was a caution or a conviction'])
    await v.send(`${BASE}/records/1/kind`, { kind: 'conviction' })

    assert.equal(v.heading, 'When were you convicted?')
    await v.send(`${BASE}/records/1/date`, date('date', '10', '3', '1989'))
    assert.deepEqual(v.errors, ['#date The date of the conviction must be after the date of birth'])
    await v.send(`${BASE}/records/1/date`, date('date', '10', '3', '2016'))

    assert.equal(v.heading, 'What sentence did you get?')
    assert.doesNotMatch(v.html, /value="referral_order"/, 'only sentences an adult can get are offered')
    await v.send(`${BASE}/records/1/sentences/1/type`, { type: 'custodial_sentence' })

    assert.equal(v.heading, 'How long was the sentence?')
    await v.send(`${BASE}/records/1/sentences/1/length`, { length: 'eighteen', 'length-unit': 'months' })
    assert.deepEqual(v.errors, ['#length Enter the length as a whole number, like 18'])
    await v.send(`${BASE}/records/1/sentences/1/length`, { length: '18', 'length-unit': 'months' })

    assert.equal(v.heading, 'Did you get another sentence for this conviction?')
    assert.match(v.text, /Prison or youth detention: 18 months/)
    await v.send(`${BASE}/records/1/another-sentence`, { another: 'yes' })
    await v.send(`${BASE}/records/1/sentences/2/type`, { type: 'fine' })
    await v.send(`${BASE}/records/1/another-sentence`, { another: 'no' })

    assert.equal(v.heading, 'Do you have another caution or conviction?')
    await v.send(`${BASE}/another-record`, { another: 'yes' })
    await v.send(`${BASE}/records/2/kind`, { kind: 'caution' })
    assert.equal(v.heading, 'When were you given the caution?')
    await v.send(`${BASE}/records/2/date`, date('date', '1', '7', '2019'))
    assert.equal(v.heading, 'What type of caution was it?')
    await v.send(`${BASE}/records/2/sentences/1/type`, { type: 'simple_caution' })
    assert.equal(v.heading, 'Was it for a listed offence?')
    await v.send(`${BASE}/records/2/listed-offence`, { listedOffence: 'not-sure' })
    await v.send(`${BASE}/another-record`, { another: 'no' })

    assert.equal(v.heading, 'Check your answers')
    assert.match(v.text, /Date of birth 1 May 1990 Change your date of birth/)
    assert.match(v.text, /Date 10 March 2016 Change the date of conviction 1/)
    assert.match(v.text, /Listed offence I do not know/)

    // A change button opens the question with its answer, and saving it comes back here.
    await v.send(`${BASE}/records/1/date`, { navigate: 'change' })
    assert.equal(v.heading, 'When were you convicted?')
    assert.equal(v.hidden('mode'), 'change')
    assert.match(v.html, /name="date-year"[^>]*value="2016"/)
    await v.send(`${BASE}/records/1/date`, date('date', '10', '4', '2016'))
    assert.equal(v.heading, 'Check your answers')
    assert.match(v.text, /Date 10 April 2016 Change/)

    await v.send(`${BASE}/result`)
    assert.equal(v.status, 200)
    assert.equal(v.heading, 'When your cautions and convictions are spent')
    assert.match(v.text, /Conviction on 10 April 2016 Spent Spent on 10 October 2021/)
    assert.match(v.text, /Caution given on 1 July 2019 Spent Spent on the day it was given/)
    assert.match(v.text, /It always shows on these checks/)
    assert.match(v.text, /This is not legal advice/)
  })

  it('gives the same result in every order the convictions are entered in, following the Act (issue 20)', async () => {
    // Born 1980: custody of 3 years on 1 January 2010, a fine on 1 January 2012, 5 years for a Schedule 18
    // offence on 1 January 2015. Under ROA s.1(1)(b) with s.6(4) all three are never spent.
    const convictions = [
      { date: '2010-01-01', disposals: [{ type: 'custodial_sentence', length: { amount: 3, unit: 'years' } }] },
      { date: '2012-01-01', disposals: [{ type: 'fine' }] },
      {
        date: '2015-01-01',
        disposals: [{ type: 'custodial_sentence', length: { amount: 5, unit: 'years' }, seriousOffence: true }],
      },
    ].map(record => ({ kind: 'conviction', listed: 'no', ...record }))
    for (const records of permutations(convictions)) {
      const v = await new Visitor(app.baseUrl).open(`${BASE}/date-of-birth`)
      await v.send(`${BASE}/result`, { answers: JSON.stringify({ dateOfBirth: '1980-01-01', records }) })
      assert.equal(v.heading, 'When your cautions and convictions are spent')
      for (const year of ['2010', '2012', '2015'])
        assert.match(v.text, new RegExp(`Conviction on 1 January ${year} Not spent Never spent`))
    }

    const v = await new Visitor(app.baseUrl).open(`${BASE}/date-of-birth`)
    await v.send(`${BASE}/result`, { answers: JSON.stringify({ dateOfBirth: '1980-01-01', records: convictions }) })
    assert.match(
      v.text,
      /If the records are entered in this order, the Ministry of Justice online checker says this conviction would be spent on 1 January 2013\./,
    )
    assert.match(v.text, /This answer follows the law \(Rehabilitation of Offenders Act 1974, section 1\(1\)\(b\) with/)
  })

  it('asks every date with the GOV.UK date input, its legend the page heading, and sends no date in the address', async () => {
    const v = await new Visitor(app.baseUrl).open(`${BASE}/date-of-birth`)
    const asksDate = (name: string) => {
      assert.match(v.html, new RegExp(`<div class="govuk-date-input" id="${name}">`))
      for (const part of ['day', 'month', 'year']) assert.match(v.html, new RegExp(`name="${name}-${part}"`))
      assert.match(
        v.html,
        /<legend class="govuk-fieldset__legend govuk-fieldset__legend--l">\s*<h1 class="govuk-fieldset__heading">/,
      )
    }
    asksDate('dateOfBirth')
    await v.send(`${BASE}/date-of-birth`, date('dateOfBirth', '1', '5', '1990'))
    await v.send(`${BASE}/records/1/kind`, { kind: 'conviction' })
    asksDate('date')
    await v.send(`${BASE}/records/1/date`, date('date', '10', '3', '2016'))
    await v.send(`${BASE}/records/1/sentences/1/type`, { type: 'community_order' })
    await v.send(`${BASE}/records/1/sentences/1/length`, { period: 'endDate' })
    asksDate('endDate')
    assert.doesNotMatch(/action="([^"]+)"/.exec(v.html)![1]!, /\d{4}/)
  })

  it('goes back a question with the back link, keeping the answers', async () => {
    const v = await new Visitor(app.baseUrl).open(`${BASE}/date-of-birth`)
    await v.send(`${BASE}/date-of-birth`, date('dateOfBirth', '1', '5', '1990'))
    await v.send(`${BASE}/records/1/kind`, { kind: 'caution' })
    const back = /<form method="post" action="([^"]+)" class="app-back-form"/.exec(v.html)?.[1]
    assert.equal(back, `${BASE}/records/1/kind`)
    await v.send(back!, { navigate: 'back' })
    assert.equal(v.heading, 'Was it a caution or a conviction?')
    assert.match(v.html, /value="caution" checked/)
  })

  it('stores nothing: no audit entry, no session, no record', async () => {
    const db = app.services.handle.db
    const counts = async () =>
      Promise.all(
        (['audit_event', 'session', 'conviction_record'] as const).map(async table =>
          Number(
            (
              await db
                .selectFrom(table)
                .select(eb => eb.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ),
      )
    const before = await counts()
    const v = await new Visitor(app.baseUrl).open(`${BASE}/date-of-birth`)
    await v.send(`${BASE}/date-of-birth`, date('dateOfBirth', '1', '5', '1990'))
    await v.send(`${BASE}/records/1/kind`, { kind: 'conviction' })
    assert.deepEqual(await counts(), before)
  })

  it('refuses a form without its anti-forgery token, and sends addresses typed by hand to the start', async () => {
    const client = new Client(app.baseUrl)
    await client.get(BASE)
    const refused = await client.request('POST', `${BASE}/date-of-birth`, {
      form: { answers: '', ...date('dateOfBirth', '1', '5', '1990') },
    })
    assert.equal(refused.status, 403)
    const typed = await client.get(`${BASE}/records/1/kind`)
    assert.equal(typed.status, 303)
    assert.equal(typed.headers.get('location'), BASE)
  })

  it('starts again, saying why, when the answers were changed by hand', async () => {
    const v = await new Visitor(app.baseUrl).open(`${BASE}/date-of-birth`)
    await v.send(`${BASE}/records/1/kind`, { answers: '{"records":[{"kind":"arrest"}]}', kind: 'conviction' })
    assert.equal(v.status, 200)
    assert.equal(v.heading, 'Check when your caution or conviction is spent')
    assert.match(v.text, /your answers could not be read/)
  })
})
