import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { breach } from '../../src/features/recall/recall.test-support.ts'
import { Client, startTestApp, type TestApp } from '../support/test-app.ts'
import { StaffHomePage } from './pages/home.page.ts'
import { ManagerQueue, QueuePage, SignOffHistoryPage, SignOffPage } from './pages/oversight.page.ts'
import { RecallReviewPage } from './pages/recall-review.page.ts'
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

describe("the manager's queue", () => {
  it('shows a recall decision awaiting countersignature; countersigned on its page, it is gone from the queue', async () => {
    const alpha = app.fixture.people.ofComA.id
    const com = await new Client(app.baseUrl).signIn('comA')
    assert.equal((await com.json('POST', `/api/v1/people/${alpha}/recall`, breach())).status, 201)

    await withPage(browser, app.baseUrl, async page => {
      await SignInPage.signInAs(page, 'managerA')
      await new StaffHomePage(page, 'Staff managerA').verifyOnPage()
      const queue = new ManagerQueue(page)
      assert.match(await queue.share.innerText(), /of your team’s cases \(0 of \d+\) have recorded oversight/)
      assert.equal(await queue.item('Alpha, Test', 'Recall decision to countersign').count(), 1)
      assert.match(await queue.item('Alpha, Test', 'Recall decision to countersign').innerText(), /Clears when done/)

      await queue.follow('Alpha, Test', 'Recall decision to countersign')
      const review = await new RecallReviewPage(page).verifyOnPage()
      await review.countersign('No recall', 'A family crisis, and he re-engaged within two days.')
      await new RecallReviewPage(page).verifyOnPage()

      await loadingNewPage(page, () => page.getByRole('link', { name: 'Home' }).first().click())
      await new StaffHomePage(page, 'Staff managerA').verifyOnPage()
      assert.equal(await queue.item('Alpha, Test', 'Recall decision to countersign').count(), 0, 'gone')
      assert.match(await queue.share.innerText(), /\(1 of \d+\) have recorded oversight in the last 12 weeks/)
    })
  })

  it('signs off a person waiting for a COM with a note, kept in the history with who and when', () =>
    withPage(browser, app.baseUrl, async page => {
      await SignInPage.signInAs(page, 'managerA')
      await new StaffHomePage(page, 'Staff managerA').verifyOnPage()
      const queue = new ManagerQueue(page)
      const label = 'Waiting for a community offender manager'
      assert.equal(await queue.item('Hotel, Test', label).count(), 1)

      await queue.signOff('Hotel, Test', label)
      const form = await new SignOffPage(page).verifyOnPage()
      assert.equal(await form.summaryValue('sign-off-item', 'Person'), 'Hotel, Test (P000002)')
      await form.signOff('Team B takes the case from Monday.')

      const home = await new StaffHomePage(page, 'Staff managerA').verifyOnPage()
      assert.equal(await home.savedMessage(), 'Item signed off')
      assert.equal(await queue.item('Hotel, Test', label).count(), 0, 'gone from the queue')

      await queue.openHistory()
      const history = await new SignOffHistoryPage(page).verifyOnPage()
      const row = await history.rows.filter({ hasText: 'Hotel, Test' }).innerText()
      assert.match(row, /Staff managerA, 23 November 2026/)
      assert.match(row, /Team B takes the case from Monday\./)

      await loadingNewPage(page, () => page.goto('/oversight'))
      await new QueuePage(page).verifyOnPage()
    }))
})
