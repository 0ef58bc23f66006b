import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { Client, startTestApp, type TestApp } from '../support/test-app.ts'
import { todayInLondon } from '../../src/platform/dates/calendar-date.ts'
import { AuditTrailPage } from './pages/audit-trail.page.ts'
import { OtherHomePage, StaffHomePage } from './pages/home.page.ts'
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

async function signInAsPractitioner(page: Page, username: string): Promise<void> {
  await SignInPage.signInAs(page, username)
  await new StaffHomePage(page, `Staff ${username}`).verifyOnPage()
}

describe('who may open a person’s record', () => {
  it('a COM barred from a limited-access person sees the message instead of the record, and no name', () =>
    withPage(browser, app.baseUrl, async page => {
      await signInAsPractitioner(page, 'comA2')
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
      await signInAsPractitioner(page, 'comB')
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
      const shown = `${viewed.last_name}, ${viewed.first_name}\n${viewed.crn}`
      assert.ok(
        entries.some(entry => entry.who === 'comA' && entry.person === shown && entry.outcome === 'Success'),
        JSON.stringify(entries),
      )

      await trail.filterByPerson(viewed.crn)
      await trail.verifyOnPage()
      const aboutViewed = await trail.entries()
      assert.ok(aboutViewed.length > 0 && aboutViewed.every(entry => entry.person === shown))
      const downloading = page.waitForEvent('download')
      await trail.exportLink.click()
      const download = await downloading
      assert.equal(download.suggestedFilename(), 'audit-trail.csv')
      const exported = readFileSync((await download.path())!, 'utf8')
        .split('\r\n')
        .filter(Boolean)
      assert.equal(exported.length - 1, aboutViewed.length, 'the export holds what the filters find')

      const [year, month, day] = todayInLondon().split('-').map(Number)
      await trail.filterByDates(`${day}/${month}/${year}`, `${day}/${month}/${year}`)
      await trail.verifyOnPage()
      assert.equal(new URL(page.url()).searchParams.get('from-year'), String(year), 'the dates live in the address')
      assert.equal((await trail.entries()).length, entries.length, 'every entry so far is from today')
    }))
})
