import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { startTestApp, type TestApp } from '../support/test-app.ts'
import { CaseloadPage } from './pages/caseload.page.ts'
import { StaffHomePage } from './pages/home.page.ts'
import { SignInPage } from './pages/sign-in.page.ts'
import { launchBrowser, loadingNewPage, withPage } from './support/browser.ts'

let app: TestApp
let browser: Browser

before(async () => {
  ;[app, browser] = await Promise.all([startTestApp({ today: '2026-11-23' }), launchBrowser()])
})

after(async () => {
  await browser?.close()
  await app?.close()
})

describe('a caseload', () => {
  it('a COM opens their caseload from the home page, sees each stage, and filters by one', () =>
    withPage(browser, app.baseUrl, async page => {
      await SignInPage.signInAs(page, 'comA')
      await new StaffHomePage(page, 'Staff comA').verifyOnPage()
      await loadingNewPage(page, () => page.getByTestId('caseload-link').click())
      const caseload = await new CaseloadPage(page).verifyOnPage()
      assert.equal(await caseload.resultCount.innerText(), '3 people')
      assert.deepEqual(new Set(await caseload.stages()), new Set(['Handover due', 'No sentence recorded']))
      await caseload.filterByStage('Due out within 12 weeks')
      await new CaseloadPage(page).verifyOnPage()
      assert.equal(await caseload.resultCount.innerText(), '0 people')
      assert.match(page.url(), /stage=due-out/)
    }))

  it('a COM finds a person in their caseload by name or CRN, the search kept in the address and the form', () =>
    withPage(browser, app.baseUrl, async page => {
      await SignInPage.signInAs(page, 'comA')
      await new StaffHomePage(page, 'Staff comA').verifyOnPage()
      await page.goto('/caseload')
      const caseload = await new CaseloadPage(page).verifyOnPage()
      await caseload.search('alpha')
      await caseload.verifyOnPage()
      assert.deepEqual(await caseload.names(), ['Alpha, Test'])
      assert.match(page.url(), /q=alpha/)
      assert.equal(await page.getByLabel('Name or CRN').inputValue(), 'alpha')
      await caseload.search('A000003')
      await caseload.verifyOnPage()
      assert.equal(await caseload.resultCount.innerText(), '1 person')
      await caseload.search('Charlie')
      await caseload.verifyOnPage()
      assert.equal(await caseload.resultCount.innerText(), '0 people', "another COM's person is not found")
    }))

  it("a manager sees the team's caseload", () =>
    withPage(browser, app.baseUrl, async page => {
      await SignInPage.signInAs(page, 'managerA')
      await new StaffHomePage(page, 'Staff managerA').verifyOnPage()
      await page.goto('/caseload')
      const caseload = await new CaseloadPage(page, "Your team's caseload").verifyOnPage()
      assert.match(await caseload.resultCount.innerText(), /^\d+ people$/)
    }))
})
