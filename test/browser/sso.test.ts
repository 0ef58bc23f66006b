import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { startTestProvider, type TestProvider } from '../support/oidc-provider.ts'
import { freePort, startTestApp, type TestApp } from '../support/test-app.ts'
import { StaffHomePage } from './pages/home.page.ts'
import { SignInPage } from './pages/sign-in.page.ts'
import { SsoRefusedPage } from './pages/sso.page.ts'
import { launchBrowser, loadingNewPage, withPage } from './support/browser.ts'

/**
 * Single sign-on in a real browser against a real provider (oidc-provider, which signs `account` in at once): the
 * sign-in form is sent to Resettle, which redirects it to the provider (so the pages' `form-action` must allow it),
 * and the provider sends the browser back to Resettle's callback.
 */
let app: TestApp
let provider: TestProvider
let browser: Browser

before(async () => {
  const port = await freePort()
  provider = await startTestProvider({ redirectUri: `http://127.0.0.1:${port}/sso/callback` })
  ;[app, browser] = await Promise.all([
    startTestApp({
      port,
      env: {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: provider.clientId,
        OIDC_CLIENT_SECRET: provider.clientSecret,
        BASE_URL: `http://127.0.0.1:${port}`,
        OIDC_DISPLAY_NAME: 'Test Probation Service',
      },
    }),
    launchBrowser(),
  ])
  await app.services.sso.link({ username: 'comA', subject: 'idp-subject-of-comA', by: 'test' })
})

after(async () => {
  await browser?.close()
  await app?.close()
  await provider?.close()
})

describe('signing in with the organisation\u2019s provider', () => {
  it('takes a linked member of staff from the sign-in page through the provider to their home page', async () => {
    provider.account = 'idp-subject-of-comA'
    await withPage(browser, app.baseUrl, async page => {
      const signIn = await SignInPage.visit(page)
      assert.equal((await signIn.ssoButton.innerText()).trim(), 'Sign in with Test Probation Service')
      await loadingNewPage(page, () => signIn.ssoButton.click())
      await new StaffHomePage(page, 'Staff comA').verifyOnPage()
    })
  })

  it('tells someone whose identity is not linked what to give their administrator, and signs nobody in', async () => {
    provider.account = 'idp-subject-nobody-linked'
    await withPage(browser, app.baseUrl, async page => {
      const signIn = await SignInPage.visit(page)
      await loadingNewPage(page, () => signIn.ssoButton.click())
      const refused = await new SsoRefusedPage(
        page,
        'Your Test Probation Service account is not linked to Resettle',
      ).verifyOnPage()
      assert.equal(await refused.subject.innerText(), 'idp-subject-nobody-linked')
      await loadingNewPage(page, () => refused.signInAgain.click())
      await new SignInPage(page).verifyOnPage()
    })
  })
})
