import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { Client, startTestApp, type TestApp } from '../support/test-app.ts'
import { AuditTrailPage } from './pages/audit-trail.page.ts'
import { OtherHomePage } from './pages/home.page.ts'
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

describe('the audit trail', () => {
  it('an admin filters the audit trail by action and sees who viewed whom', () =>
    withPage(browser, app.baseUrl, async page => {
      const viewed = app.fixture.people.ofComA
      const comA = await new Client(app.baseUrl).signIn('comA')
      assert.equal((await comA.get(`/people/${viewed.id}`)).status, 200)

      await SignInPage.signInAs(page, 'admin')
      await (await new OtherHomePage(page, 'Staff admin').verifyOnPage()).openAuditTrail()
      const trail = await new AuditTrailPage(page).verifyOnPage()
      const actions = new Set((await trail.entries()).map(entry => entry.action))
      assert.ok(actions.has('sign-in.succeeded') && actions.has('person.viewed'), 'the unfiltered trail has both')

      await trail.filterByAction('person.viewed')
      await trail.verifyOnPage()
      assert.equal(new URL(page.url()).searchParams.get('action'), 'person.viewed', 'the filter lives in the address')
      assert.equal(await trail.action.inputValue(), 'person.viewed')
      const entries = await trail.entries()
      assert.ok(entries.length > 0)
      assert.ok(entries.every(entry => entry.action === 'person.viewed'))
      assert.match(await trail.resultCount.innerText(), new RegExp(`^${entries.length} entr(y|ies)$`))
      assert.ok(
        entries.some(entry => entry.who === 'comA' && entry.person === viewed.id && entry.outcome === 'success'),
      )
    }))
})
