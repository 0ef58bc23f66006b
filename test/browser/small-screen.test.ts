import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { PASSWORD } from '../support/fixture.ts'
import { startTestApp, type TestApp } from '../support/test-app.ts'
import { PersonHomePage } from './pages/home.page.ts'
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
        assert.ok((await pageWidth(page)) <= 375, 'the sign-in page fits the screen')
        await signIn.signIn('person', PASSWORD)

        const home = await new PersonHomePage(page, 'Test').verifyOnPage()
        assert.match(await home.namedPractitioner.innerText(), /Staff comA/)
        assert.ok((await pageWidth(page)) <= 375, `the home page is ${await pageWidth(page)}px wide`)
        await page.screenshot({ path: '/tmp/resettle-person-home-phone.png', fullPage: true })
      },
      PHONE,
    ))
})
