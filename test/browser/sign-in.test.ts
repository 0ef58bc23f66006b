import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { PASSWORD } from '../support/fixture.ts'
import { Client, startTestApp, type TestApp } from '../support/test-app.ts'
import { ChangePasswordPage } from './pages/change-password.page.ts'
import { OtherHomePage, PersonHomePage, StaffHomePage } from './pages/home.page.ts'
import type { ResettlePage } from './pages/page.ts'
import { SignInPage } from './pages/sign-in.page.ts'
import { SignedOutPage } from './pages/signed-out.page.ts'
import { YourSessionsPage } from './pages/your-sessions.page.ts'
import { launchBrowser, loadingNewPage, withPage } from './support/browser.ts'

let app: TestApp
let browser: Browser

before(async () => {
  ;[app, browser] = await Promise.all([startTestApp(), launchBrowser()])
})

after(async () => {
  await browser?.close()
  await app?.close()
})

/** Each role's home page, and what on it shows that it is the right one. */
const HOMES: Record<string, (page: Page) => Promise<ResettlePage>> = {
  async comA(page) {
    const home = await new StaffHomePage(page, 'Staff comA').verifyOnPage()
    assert.equal(await home.caseloadCount.innerText(), 'You can see 4 people.')
    assert.equal(await home.findAPerson.getAttribute('href'), '/people')
    return home
  },
  async pom1(page) {
    const home = await new StaffHomePage(page, 'Staff pom1').verifyOnPage()
    assert.match(await home.bodyText(), /People in your prison/)
    assert.equal(await home.caseloadCount.innerText(), 'You can see 3 people.')
    assert.equal(await home.findAPerson.getAttribute('href'), '/people')
    return home
  },
  async managerA(page) {
    const home = await new StaffHomePage(page, 'Staff managerA').verifyOnPage()
    assert.match(await home.bodyText(), /People in your team/)
    // The team's four, and one of the PDU waiting for a COM.
    assert.equal(await home.caseloadCount.innerText(), 'You can see 5 people.')
    assert.equal(await home.findAPerson.getAttribute('href'), '/people')
    return home
  },
  async partner(page) {
    const home = await new OtherHomePage(page, 'Staff partner').verifyOnPage()
    assert.equal(await home.emptyState.innerText(), 'There are no referrals to your organisation yet.')
    assert.equal(await home.auditTrailLink.count(), 0)
    return home
  },
  async admin(page) {
    const home = await new OtherHomePage(page, 'Staff admin').verifyOnPage()
    assert.equal(await home.auditTrailLink.getAttribute('href'), '/admin/audit')
    assert.equal(await page.getByRole('link', { name: 'Find a person' }).count(), 0)
    return home
  },
  async person(page) {
    const home = await new PersonHomePage(page, 'Test').verifyOnPage()
    assert.match(await home.namedPractitioner.innerText(), /^Your probation worker is Staff comA\./)
    return home
  },
}

describe('signing in and out', () => {
  for (const [username, verifyHome] of Object.entries(HOMES)) {
    it(`${username} signs in, lands on the home page for their role, and signs out for good`, () =>
      withPage(browser, app.baseUrl, async page => {
        const signIn = await SignInPage.visit(page)
        await signIn.signIn(username, PASSWORD)
        assert.equal(new URL(page.url()).pathname, '/')
        const home = await verifyHome(page)

        await home.signOut()
        await new SignedOutPage(page).verifyOnPage()

        await loadingNewPage(page, () => page.goBack())
        assert.equal(new URL(page.url()).pathname, '/sign-in', 'Back does not show the home page again')
        await new SignInPage(page).verifyOnPage()

        await page.goto('/')
        assert.equal(new URL(page.url()).pathname, '/sign-in', 'the home page asks for sign-in again')
        await new SignInPage(page).verifyOnPage()
      }))
  }

  it('refuses a wrong password with the GOV.UK error summary, keeping the username', () =>
    withPage(browser, app.baseUrl, async page => {
      const signIn = await SignInPage.visit(page)
      await signIn.signIn('comC', 'not the password')

      await signIn.verifyOnPage()
      assert.match(await page.title(), /^Error: /)
      assert.equal(await signIn.errorSummary.getByRole('heading').innerText(), 'There is a problem')
      assert.deepEqual(await signIn.errorLinks(), [
        { text: 'Enter a correct username and password', href: '#username' },
      ])
      assert.match(await signIn.focusedElementClass(), /govuk-error-summary/, 'the error summary takes the focus')
      assert.equal(await signIn.fieldError('username'), 'Enter a correct username and password')
      assert.equal(await signIn.username.inputValue(), 'comC')
      assert.equal(await signIn.password.inputValue(), '', 'the password is never sent back')

      await signIn.errorSummary.getByRole('link', { name: 'Enter a correct username and password' }).click()
      assert.equal(await signIn.focusedElementId(), 'username', 'the error links to the field')
    }))

  it('asks for the username and the password when both are left empty', () =>
    withPage(browser, app.baseUrl, async page => {
      const signIn = await SignInPage.visit(page)
      await signIn.signIn('', '')

      await signIn.verifyOnPage()
      assert.deepEqual(await signIn.errorLinks(), [
        { text: 'Enter your username', href: '#username' },
        { text: 'Enter your password', href: '#password' },
      ])
      assert.equal(await signIn.fieldError('username'), 'Enter your username')
      assert.equal(await signIn.fieldError('password'), 'Enter your password')

      await signIn.errorSummary.getByRole('link', { name: 'Enter your password' }).click()
      assert.equal(await signIn.focusedElementId(), 'password')
    }))

  it('can be completed with the keyboard alone', () =>
    withPage(browser, app.baseUrl, async page => {
      const signIn = await SignInPage.visit(page)

      const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
      await page.keyboard.press('Tab')
      assert.equal(await focused(), 'Skip to main content', 'the first Tab reaches the skip link')
      await page.keyboard.press('Enter')
      assert.equal(await signIn.focusedElementId(), 'main-content', 'the skip link moves to the main content')
      await page.keyboard.press('Tab')
      assert.equal(await signIn.focusedElementId(), 'username', 'the username is the first field')
      await page.keyboard.type('managerA')
      await page.keyboard.press('Tab')
      assert.equal(await signIn.focusedElementId(), 'password')
      await page.keyboard.type(PASSWORD)
      await page.keyboard.press('Tab')
      assert.equal(await focused(), 'Show', 'then the button that shows the password')
      await page.keyboard.press('Tab')
      assert.equal(await focused(), 'Sign in')
      await loadingNewPage(page, () => page.keyboard.press('Enter'))

      await HOMES.managerA!(page)
    }))
})

/** A small, cheap smartphone, as many people leaving prison have. */
const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }

function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth)
}

describe('on a small phone', () => {
  it('the person signs in and reads their home page without scrolling sideways', () =>
    withPage(
      browser,
      app.baseUrl,
      async page => {
        const signIn = await SignInPage.visit(page)
        assert.ok((await pageWidth(page)) <= 375, `the sign-in page is ${await pageWidth(page)}px wide`)
        await signIn.signIn('person', PASSWORD)

        const home = await HOMES.person!(page)
        assert.ok((await pageWidth(page)) <= 375, `the home page is ${await pageWidth(page)}px wide`)
        assert.ok(await home.h1.isVisible())
      },
      PHONE,
    ))
})

describe('your sessions', () => {
  it('lists the user’s other sessions and ends one, then all the rest, saying so each time', () =>
    withPage(browser, app.baseUrl, async page => {
      const elsewhere = [await new Client(app.baseUrl).signIn('comB'), await new Client(app.baseUrl).signIn('comB')]
      await SignInPage.signInAs(page, 'comB')
      await new StaffHomePage(page, 'Staff comB').verifyOnPage()
      const sessions = await YourSessionsPage.fromNavigation(page)
      assert.equal(await sessions.otherSessions.count(), 2)

      const afterOne = await sessions.endFirstOther()
      assert.match(await afterOne.savedBanner.innerText(), /Session ended/)
      assert.equal(await afterOne.otherSessions.count(), 1)

      const afterAll = await afterOne.endAllOthers()
      assert.match(await afterAll.savedBanner.innerText(), /All your other sessions have ended/)
      assert.equal(await afterAll.noOtherSessions.count(), 1)
      for (const client of elsewhere) assert.equal((await client.json('GET', '/api/v1/me')).status, 401)
    }))
})

describe('changing your password', () => {
  it('changes it from the navigation, signs out everywhere else, then signs in with the new one only', () =>
    withPage(browser, app.baseUrl, async page => {
      const elsewhere = await new Client(app.baseUrl).signIn('pom2')
      await SignInPage.signInAs(page, 'pom2')
      await new StaffHomePage(page, 'Staff pom2').verifyOnPage()
      const form = await ChangePasswordPage.fromNavigation(page)

      const changed = await form.change(PASSWORD, 'velvet harbour pinecone drum')
      assert.match(await changed.savedBanner.innerText(), /Your password has been changed/)
      assert.equal((await elsewhere.json('GET', '/api/v1/me')).status, 401, 'the other session has ended')

      await changed.signOut()
      await new SignedOutPage(page).verifyOnPage()
      const signIn = await SignInPage.visit(page)
      await signIn.signIn('pom2', PASSWORD)
      await signIn.verifyOnPage()
      assert.deepEqual(await signIn.errorLinks(), [
        { text: 'Enter a correct username and password', href: '#username' },
      ])
      await signIn.signIn('pom2', 'velvet harbour pinecone drum')
      await new StaffHomePage(page, 'Staff pom2').verifyOnPage()
    }))
})
