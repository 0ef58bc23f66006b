import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { Client, startTestApp, type TestApp } from '../support/test-app.ts'
import { PersonLanguagePage } from './pages/language.page.ts'
import { PlanAgreementPage, PlanItemFormPage } from './pages/plan-forms.page.ts'
import { YourPlanPage } from './pages/plan.page.ts'
import { SignInPage } from './pages/sign-in.page.ts'
import { expectNoAxeViolations, launchBrowser, withPage } from './support/browser.ts'

let app: TestApp
let browser: Browser

before(async () => {
  ;[app, browser] = await Promise.all([startTestApp({ today: '2026-11-23' }), launchBrowser()])
})

after(async () => {
  await browser?.close()
  await app?.close()
})

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }

describe('the person’s pages in English and Welsh', () => {
  it('the person switches to Cymraeg on their home page; every page of theirs is then in Welsh and passes axe', () =>
    withPage(browser, app.baseUrl, async page => {
      const id = app.fixture.people.ofComA.id
      await SignInPage.signInAs(page, 'person')
      let home = await new PersonLanguagePage(page, 'Hello, Test').verifyOnPage()
      assert.equal(await home.htmlLang(), 'en')
      assert.equal(await home.current(), 'English')
      assert.match(await home.choice('cy').innerText(), /Cymraeg/)
      assert.equal(await home.choice('cy').getAttribute('lang'), 'cy', 'the Welsh choice is marked as Welsh')

      await home.choose('cy')
      home = await new PersonLanguagePage(page, 'Helo, Test').verifyOnPage()
      assert.equal(await home.htmlLang(), 'cy')
      assert.equal(await home.current(), 'Cymraeg')
      assert.equal(await home.choice('en').getAttribute('lang'), 'en')
      assert.match(await page.getByTestId('named-practitioner').innerText(), /Eich gweithiwr prawf yw Staff comA\./)

      const pages: [string, string][] = [
        [`/people/${id}/plan`, 'Eich cynllun'],
        [`/people/${id}/plan/history`, 'Sut mae eich cynllun wedi newid'],
        [`/people/${id}/plan/agreement`, 'Ydych chi’n cytuno â’ch cynllun?'],
        [`/people/${id}/plan/goals/new`, 'Ychwanegu nod'],
        [`/people/${id}/release-day`, 'Eich cynllun ar gyfer y diwrnod y byddwch yn gadael y carchar'],
        ['/your-practitioner', 'Eich gweithiwr prawf'],
        ['/your-record', 'Pryd bydd eich euogfarnau wedi darfod'],
        ['/your-strengths', 'Eich cryfderau'],
      ]
      for (const [path, heading] of pages) {
        const welsh = await PersonLanguagePage.visit(page, path, heading)
        assert.equal(await welsh.htmlLang(), 'cy', path)
        assert.ok(await welsh.toggle.isVisible(), `the toggle is on ${path}`)
      }
    }))

  it('the choice is remembered the next time they sign in, and they switch back with the keyboard on a phone', () =>
    withPage(
      browser,
      app.baseUrl,
      async page => {
        const id = app.fixture.people.ofComA.id
        await SignInPage.signInAs(page, 'person')
        const home = await new PersonLanguagePage(page, 'Helo, Test').verifyOnPage()
        assert.equal(await home.htmlLang(), 'cy', 'remembered from the last test’s session')
        const plan = await PersonLanguagePage.visit(page, `/people/${id}/plan`, 'Eich cynllun')
        await plan.chooseWithKeyboard('en')
        const english = await new PersonLanguagePage(page, 'Your plan').verifyOnPage()
        assert.equal(await english.htmlLang(), 'en')
        assert.equal(new URL(page.url()).pathname, `/people/${id}/plan`, 'back on the same page')
      },
      PHONE,
    ))

  it('staff pages have no toggle and stay in English', () =>
    withPage(browser, app.baseUrl, async page => {
      await SignInPage.signInAs(page, 'comA')
      const home = await new PersonLanguagePage(page, 'Hello, Staff comA').verifyOnPage()
      assert.equal(await home.htmlLang(), 'en')
      assert.equal(await home.toggle.count(), 0)
    }))

  it('a form sent with mistakes on a Welsh page says what is wrong in Welsh, counts characters in Welsh, and passes axe', () =>
    withPage(browser, app.baseUrl, async page => {
      const id = app.fixture.people.ofComA.id
      const com = await new Client(app.baseUrl).signIn('comA')
      const draft = { text: 'Find work in a kitchen', kind: 'own', revision: 0 }
      assert.equal((await com.json('POST', `/api/v1/people/${id}/plan/goals`, draft)).status, 201)
      await SignInPage.signInAs(page, 'person')
      const home = await new PersonLanguagePage(page, /^Helo|^Hello/).verifyOnPage()
      if ((await home.htmlLang()) !== 'cy') await home.choose('cy')
      await new PersonLanguagePage(page, 'Helo, Test').verifyOnPage()
      await page.goto(`/people/${id}/plan/agreement`)
      const form = await new PlanAgreementPage(page, 'Ydych chi’n cytuno â’ch cynllun?').verifyOnPage()
      assert.equal(await form.characterCount().innerText(), 'Mae gennych 1000 nod yn weddill')
      await page.getByLabel('Nac ydw', { exact: true }).check()
      await form.send()
      await form.verifyOnPage()
      assert.match(await page.title(), /^Gwall: /)
      assert.match(await form.errorSummary.innerText(), /Mae problem wedi codi/)
      assert.deepEqual(await form.errorLinks(), [
        { text: 'Dywedwch wrthym beth nad ydych yn cytuno ag ef', href: '#comments' },
      ])
      assert.equal(
        (await page.locator('#comments-error').innerText()).replace(/\s+/g, ' ').trim(),
        'Gwall: Dywedwch wrthym beth nad ydych yn cytuno ag ef',
      )
      await page.getByLabel('Beth ydych chi’n ei feddwl?').fill('a'.repeat(1003))
      await page.waitForFunction(() =>
        /ormod/.test(document.querySelector('.govuk-character-count__status')?.textContent ?? ''),
      )
      assert.equal(await form.characterCount().innerText(), 'Mae gennych 3 nod yn ormod')
      await expectNoAxeViolations(page)

      // Put right, the answer is saved and said so in Welsh; their own goal goes the same way.
      await page.getByLabel('Beth ydych chi’n ei feddwl?').fill('Rydw i eisiau gweithio mewn cegin')
      await page.getByLabel('Ydw', { exact: true }).check()
      await form.send()
      const plan = await new YourPlanPage(page, 'Eich cynllun').verifyOnPage()
      assert.equal(await plan.savedMessage(), 'Mae eich ateb wedi’i gadw')
      await page.goto(`/people/${id}/plan/goals/new`)
      const goal = await new PlanItemFormPage(page, 'Ychwanegu nod').verifyOnPage()
      await goal.save()
      await goal.verifyOnPage()
      assert.deepEqual(await goal.errorLinks(), [{ text: 'Rhowch eich nod', href: '#text' }])
      await goal.fill('Eich nod', 'Gweld fy merch bob wythnos')
      await goal.save()
      assert.equal(
        await new YourPlanPage(page, 'Eich cynllun').verifyOnPage().then(p => p.savedMessage()),
        'Mae eich nod wedi’i ychwanegu',
      )
    }))
})
