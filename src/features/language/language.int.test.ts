import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { readPdf } from '../../../test/support/pdf-text.ts'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { auditedActions } from '../handover/handover.test-support.ts'

const TODAY = '2026-11-23'
let app: TestApp
let alpha: string
before(async () => {
  app = await startTestApp({ today: TODAY })
  alpha = app.fixture.people.ofComA.id
})
after(() => app.close())

const page = async (client: Client, path: string) => {
  const response = await client.get(path)
  assert.equal(response.status, 200, path)
  return response.text()
}

/** Chooses a language with the toggle's form, as a browser sends it from the page it is on. */
async function choose(client: Client, language: string, returnTo: string) {
  const token = await client.formToken(returnTo)
  return client.request('POST', '/language', { form: { _csrf: token, language, returnTo } })
}

const htmlLang = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1]

describe('the person’s pages in Welsh', () => {
  it('are in English, with the toggle, until the person chooses Cymraeg', async () => {
    const person = await new Client(app.baseUrl).signIn('person')
    const home = await page(person, '/')
    assert.equal(htmlLang(home), 'en')
    assert.match(home, /data-qa="language-toggle"/)
    assert.match(home, /data-qa="language-cy"/)
    assert.match(home, /Your probation worker is Staff comA\./)
  })

  it('switch to Welsh after choosing Cymraeg, come back to the same page, and audit the choice', async () => {
    const person = await new Client(app.baseUrl).signIn('person')
    const chosen = await choose(person, 'cy', `/people/${alpha}/plan`)
    assert.equal(chosen.status, 303)
    assert.equal(chosen.headers.get('location'), `/people/${alpha}/plan`)
    const plan = await page(person, `/people/${alpha}/plan`)
    assert.equal(htmlLang(plan), 'cy')
    assert.match(plan, /<h1 class="govuk-heading-l">Eich cynllun<\/h1>/)
    assert.match(plan, /<title>Eich cynllun - Resettle<\/title>/)
    assert.match(plan, /Rheolau eich trwydded/)
    assert.match(plan, /Allgofnodi/)
    // The toggle now offers English, and names it in English.
    assert.match(plan, /data-qa="language-en"/)
    assert.doesNotMatch(plan, /data-qa="language-cy"/)
    const actions = (await auditedActions(app, alpha)).map(a => a.action)
    assert.ok(actions.includes('language.chosen'))
  })

  it('remember the choice in a new session, and every page of the person’s is in Welsh', async () => {
    const person = await new Client(app.baseUrl).signIn('person')
    const home = await page(person, '/')
    assert.equal(htmlLang(home), 'cy')
    assert.match(home, /Helo, Test/)
    assert.match(home, /Eich gweithiwr prawf yw Staff comA\./)
    assert.match(home, /Rhif ffôn Staff comA yw 01632 960001\./)
    assert.match(home, /Hafan/)
    const practitioner = await page(person, '/your-practitioner')
    assert.match(practitioner, /<h1 class="govuk-heading-l">Eich gweithiwr prawf<\/h1>/)
    assert.match(practitioner, /Rhif ffôn Staff comA yw 01632 960001\./)
    const releaseDay = await page(person, `/people/${alpha}/release-day`)
    assert.match(releaseDay, /Eich cynllun ar gyfer y diwrnod y byddwch yn gadael y carchar/)
    assert.match(releaseDay, /Beth i ddod gyda chi/)
    const record = await page(person, '/your-record')
    assert.match(record, /Pryd bydd eich euogfarnau wedi darfod/)
    assert.match(record, /Nid cyngor cyfreithiol yw hwn/)
    for (const path of [
      `/people/${alpha}/plan/history`,
      `/people/${alpha}/plan/agreement`,
      `/people/${alpha}/plan/goals/new`,
    ]) {
      const html = await page(person, path)
      assert.equal(htmlLang(html), 'cy', path)
      assert.doesNotMatch(html, /Sign out|Skip to main content/, path)
    }
  })

  it('give the person’s strengths, achievements and what they save there in Welsh', async () => {
    const person = await new Client(app.baseUrl).signIn('person')
    assert.match(await page(person, '/'), /Beth rydych wedi(&#39;|')i gyflawni/)
    const own = await page(person, '/your-strengths')
    assert.equal(htmlLang(own), 'cy')
    assert.match(own, /<h1 class="govuk-heading-l">Eich cryfderau<\/h1>/)
    assert.match(own, />\s*Sgil\s*</)
    assert.match(own, /Cymhwyster neu gwrs/)
    assert.doesNotMatch(own, /Say it in your own words|What kind of thing is it/)
    const token = await person.formToken('/your-strengths')
    const saved = await person.request('POST', '/your-strengths/strengths', {
      form: { _csrf: token, category: 'skill', text: 'Coginio' },
    })
    assert.equal(saved.status, 303)
    assert.match(await page(person, '/your-strengths'), /Wedi ychwanegu: Coginio/)
  })

  it('give the person’s letters and printed plan in Welsh, with Welsh dates', async () => {
    const person = await new Client(app.baseUrl).signIn('person')
    const plan = await readPdf(new Uint8Array(await (await person.get(`/people/${alpha}/plan/print`)).arrayBuffer()))
    assert.equal(plan.title, 'Eich cynllun')
    assert.match(plan.text, /Argraffwyd ar 23 Tachwedd 2026/)
    assert.match(plan.text, /Peidiwch â thorri’r gyfraith\./)
    const dayPlan = await readPdf(
      new Uint8Array(await (await person.get(`/people/${alpha}/release-day.pdf`)).arrayBuffer()),
    )
    assert.equal(dayPlan.title, 'Eich cynllun ar gyfer y diwrnod y byddwch yn gadael y carchar')
    const letter = await readPdf(
      new Uint8Array(await (await person.get('/your-practitioner/letter.pdf')).arrayBuffer()),
    )
    assert.equal(letter.title, 'Eich gweithiwr prawf')
    assert.match(letter.text, /Ysgrifennwyd ar 23 Tachwedd 2026/)
    assert.match(letter.text, /Rhif ffôn Staff comA yw 01632 960001\./)
  })

  it('print in the person’s language when staff print for them, while the staff pages stay in English', async () => {
    const com = await new Client(app.baseUrl).signIn('comA')
    const staffPage = await page(com, `/people/${alpha}/plan`)
    assert.equal(htmlLang(staffPage), 'en')
    assert.doesNotMatch(staffPage, /data-qa="language-toggle"/)
    const printed = await readPdf(new Uint8Array(await (await com.get(`/people/${alpha}/plan/print`)).arrayBuffer()))
    assert.equal(printed.title, 'Eich cynllun')
    const releaseDay = await page(com, `/people/${alpha}/release-day`)
    assert.match(releaseDay, /data-qa="plan" lang="cy"/)
  })

  it('go back to English when the person chooses it', async () => {
    const person = await new Client(app.baseUrl).signIn('person')
    assert.equal((await choose(person, 'en', '/')).status, 303)
    const home = await page(person, '/')
    assert.equal(htmlLang(home), 'en')
    assert.match(home, /Your probation worker is Staff comA\./)
    assert.match(home, /Staff comA’s phone number is 01632 960001\./)
    const api = await person.json('PUT', '/api/v1/language', { language: 'cy' })
    assert.deepEqual([api.status, api.body], [200, { language: 'cy' }])
    assert.equal(htmlLang(await page(person, '/')), 'cy')
    await person.json('PUT', '/api/v1/language', { language: 'en' })
  })
})

describe('choosing a language', () => {
  it('is only for the person: staff are answered as if it were not there', async () => {
    for (const username of ['comA', 'managerA', 'admin']) {
      const staff = await new Client(app.baseUrl).signIn(username)
      const response = await choose(staff, 'cy', '/')
      assert.equal(response.status, 404, username)
      assert.equal((await staff.json('PUT', '/api/v1/language', { language: 'cy' })).status, 404, username)
    }
  })

  it('refuses a language it does not have and a page outside Resettle', async () => {
    const person = await new Client(app.baseUrl).signIn('person')
    assert.equal((await person.json('PUT', '/api/v1/language', { language: 'fr' })).status, 400)
    const away = await choose(person, 'en', '/')
    assert.equal(away.headers.get('location'), '/')
    const token = await person.formToken('/')
    const offsite = await person.request('POST', '/language', {
      form: { _csrf: token, language: 'en', returnTo: '//evil.example/' },
    })
    assert.equal(offsite.headers.get('location'), '/')
  })
})

describe('the person’s home page', () => {
  it('says "your plan changed" when their probation worker changed it since they last read it', async () => {
    const person = await new Client(app.baseUrl).signIn('person')
    const com = await new Client(app.baseUrl).signIn('comA')
    const base = `/api/v1/people/${alpha}/plan`
    const before = (await com.json('GET', base)).body.plan.revision
    const added = await com.json('POST', `${base}/goals`, {
      text: 'Find a job near home',
      kind: 'own',
      revision: before,
    })
    assert.equal(added.status, 201)
    assert.match(await page(person, '/'), /data-qa="plan-changed"/)
    await page(person, `/people/${alpha}/plan`)
    assert.doesNotMatch(await page(person, '/'), /data-qa="plan-changed"/, 'read: no longer news')
    const revision = (await person.json('GET', base)).body.plan.revision
    const own = await person.json('POST', `${base}/goals`, { text: 'See my sister', revision })
    assert.equal(own.status, 201)
    assert.doesNotMatch(await page(person, '/'), /data-qa="plan-changed"/, 'their own change is not news to them')
  })

  it('names the probation worker without a phone number plainly', async () => {
    const manager = await new Client(app.baseUrl).signIn('managerA')
    const moved = await manager.json('PUT', `/api/v1/people/${alpha}/allocation`, {
      comId: app.fixture.staff.comA2!.id,
      reasonCode: 'staff-left',
      handoverNote: 'Working on housing.',
    })
    assert.equal(moved.status, 200)
    const person = await new Client(app.baseUrl).signIn('person')
    const home = await page(person, '/')
    assert.match(home, /Your probation worker is Staff comA2\./)
    assert.match(home, /ask at your probation office/)
    const practitioner = await page(person, '/your-practitioner')
    assert.match(practitioner, /Your probation worker is Staff comA2\./)
    assert.match(practitioner, /ask at your probation office/)
  })
})
