import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { startTestApp, type TestApp } from '../support/test-app.ts'
import { LimitedAccessPage, NotFoundPage } from './pages/problem.page.ts'
import { SignInPage } from './pages/sign-in.page.ts'
import { launchBrowser, withPage } from './support/browser.ts'

let app: TestApp
let browser: Browser

before(async () => {
  ;[app, browser] = await Promise.all([startTestApp(), launchBrowser()])
})

after(async () => {
  await browser?.close()
  await app?.close()
})

describe('who may open a person’s record', () => {
  it('a COM barred from a limited-access person sees the message instead of the record, and no name', () =>
    withPage(browser, app.baseUrl, async page => {
      await SignInPage.signInAs(page, 'comA2')
      for (const barred of [app.fixture.people.excludedForComA2, app.fixture.people.restrictedToComA]) {
        const response = await page.goto(`/people/${barred.id}`)
        assert.equal(response?.status(), 403)
        const limited = await new LimitedAccessPage(page).verifyOnPage()
        assert.equal(await limited.accessMessage.innerText(), app.fixture.barredMessage)
        const text = await limited.bodyText()
        assert.ok(!text.includes(barred.last_name), `${barred.last_name} is not named`)
        assert.ok(!text.includes(barred.crn), 'nor is their CRN')
      }
    }))

  it('a COM of another team gets "Page not found", the same as for a person who does not exist', () =>
    withPage(browser, app.baseUrl, async page => {
      await SignInPage.signInAs(page, 'comB')
      const otherTeam = app.fixture.people.ofComA
      const response = await page.goto(`/people/${otherTeam.id}`)
      assert.equal(response?.status(), 404)
      const notFound = await new NotFoundPage(page).verifyOnPage()
      assert.ok(!(await notFound.bodyText()).includes(otherTeam.last_name))
      const hidden = await page.locator('main').innerHTML()

      const missing = await page.goto('/people/00000000-0000-4000-8000-000000000000')
      assert.equal(missing?.status(), 404)
      await new NotFoundPage(page).verifyOnPage()
      assert.equal(await page.locator('main').innerHTML(), hidden, 'nothing tells the two apart')
    }))
})
