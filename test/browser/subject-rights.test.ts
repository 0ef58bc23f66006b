import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { startTestApp, type TestApp } from '../support/test-app.ts'
import { OtherHomePage, StaffHomePage } from './pages/home.page.ts'
import { PersonFormPage } from './pages/person-form.page.ts'
import { PersonOverviewPage } from './pages/person-overview.page.ts'
import { SignInPage } from './pages/sign-in.page.ts'
import { RetentionReviewPage, SubjectAccessPersonPage, SubjectAccessSearchPage } from './pages/subject-access.page.ts'
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

describe('a subject access request', () => {
  it('an admin finds the person by CRN, sees what is held and downloads it; the retention review is a link away', () =>
    withPage(browser, app.baseUrl, async page => {
      const alpha = app.fixture.people.ofComA
      await SignInPage.signInAs(page, 'admin')
      await new OtherHomePage(page, 'Staff admin').verifyOnPage()
      const search = await SubjectAccessSearchPage.open(page)
      await search.search(alpha.crn)
      await search.verifyOnPage()
      assert.equal(await search.resultCount.innerText(), '1 person found')
      await search.openPerson('Alpha, Test')

      const held = await new SubjectAccessPersonPage(page).verifyOnPage()
      const sections = await held.sections()
      assert.equal(sections.get('Personal details'), 1)
      assert.equal(sections.get('Custody episodes and key dates'), 1)
      assert.equal(await held.downloadPdf.getAttribute('href'), `/admin/subject-access/${alpha.id}/export.pdf`)
      const json = await page.request.get(`/admin/subject-access/${alpha.id}/export.json`)
      assert.equal(json.status(), 200)
      assert.equal((await json.json()).person.crn, alpha.crn)
      assert.match(json.headers()['content-disposition'] ?? '', /attachment; filename="subject-access-export.json"/)

      await loadingNewPage(page, () =>
        page.locator('.govuk-service-navigation').getByRole('link', { name: 'Retention', exact: true }).click(),
      )
      const retention = await new RetentionReviewPage(page).verifyOnPage()
      assert.match(await retention.resultCount.innerText(), /^\d+ records? due for review$/)
    }))
})

describe('rectification', () => {
  it('a COM corrects a first name with a reason, and the change is shown under "Changes to these details"', () =>
    withPage(browser, app.baseUrl, async page => {
      const alpha = app.fixture.people.ofComA
      await SignInPage.signInAs(page, 'comA')
      await new StaffHomePage(page, 'Staff comA').verifyOnPage()
      await page.goto(`/people/${alpha.id}/edit`)
      const form = await new PersonFormPage(page, 'Change personal details').verifyOnPage()
      assert.equal(await page.getByTestId('no-detail-changes').count(), 1, 'an empty state before any change')
      await form.fill({ firstName: 'Tess' })
      await form.changeReason.fill('Passport seen')
      await form.save()
      await new PersonOverviewPage(page, 'Alpha, Tess').verifyOnPage()

      await page.goto(`/people/${alpha.id}/edit`)
      const again = await new PersonFormPage(page, 'Change personal details').verifyOnPage()
      const [change, ...others] = await again.detailChanges()
      assert.equal(others.length, 0)
      assert.deepEqual(
        { detail: change?.Detail, before: change?.Before, after: change?.After, who: change?.Who, why: change?.Reason },
        { detail: 'First name', before: 'Test', after: 'Tess', who: 'Staff comA', why: 'Passport seen' },
      )
    }))
})
