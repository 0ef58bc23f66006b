import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { generate } from 'otplib'
import type { Browser } from 'playwright-core'
import { PASSWORD } from '../support/fixture.ts'
import { startTestApp, type TestApp } from '../support/test-app.ts'
import { OtherHomePage } from './pages/home.page.ts'
import { MfaAccountPage, MfaSetUpPage, RecoveryCodesPage, SignInCodePage } from './pages/mfa.page.ts'
import { SignInPage } from './pages/sign-in.page.ts'
import { SignedOutPage } from './pages/signed-out.page.ts'
import { AddStaffPage, StaffListPage, StaffMemberPage } from './pages/staff.page.ts'
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

describe('an administrator', () => {
  it('adds a staff member, sets up MFA for themselves, and signs in again with a code', () =>
    withPage(browser, app.baseUrl, async page => {
      await SignInPage.signInAs(page, 'admin')
      await new OtherHomePage(page, 'Staff admin').verifyOnPage()
      await loadingNewPage(page, () => page.getByRole('link', { name: 'Staff', exact: true }).click())
      const list = await new StaffListPage(page).verifyOnPage()
      assert.match(await list.table.innerText(), /Staff comA/)

      await list.addStaffMember()
      const add = await new AddStaffPage(page).verifyOnPage()
      await add.add({ name: 'Morgan Ellis', username: 'mellis', role: 'Manager', password: 'x' })
      await add.verifyOnPage()
      assert.deepEqual(
        (await add.errorLinks()).map(link => link.href),
        ['#password', '#teamCode'],
      )
      await add.add({
        name: 'Morgan Ellis',
        username: 'mellis',
        role: 'Manager',
        team: 'Team B (North PDU)',
        password: 'a long first password 2026',
      })
      const member = await new StaffMemberPage(page, 'Morgan Ellis').verifyOnPage()
      assert.equal(await member.savedMessage(), 'Staff member Morgan Ellis added')
      assert.equal(await member.summaryValue('member-summary', 'Works in'), 'Team B')

      await page.goto('/admin/staff')
      await (await new StaffListPage(page).verifyOnPage()).openOwnMfa()
      await (await new MfaAccountPage(page).verifyOnPage()).setUp()
      const setUp = await new MfaSetUpPage(page).verifyOnPage()
      assert.equal(await setUp.qrCode.count(), 1)
      const secret = await setUp.secret()
      const now = Math.floor(Date.now() / 1000)
      await setUp.enterCode(await generate({ secret, epoch: now }))
      const codes = await new RecoveryCodesPage(page).verifyOnPage()
      assert.equal((await codes.codes()).length, 10)
      await codes.continue()
      const account = await new MfaAccountPage(page).verifyOnPage()
      assert.equal(await account.summaryValue('mfa-status', 'Status'), 'On')

      await account.signOut()
      await new SignedOutPage(page).verifyOnPage()
      await SignInPage.signInAs(page, 'admin', PASSWORD)
      const code = await new SignInCodePage(page).verifyOnPage()
      // The next step's code: the one used for set-up cannot be used again.
      await code.enterCode(await generate({ secret, epoch: now + 30 }))
      await new OtherHomePage(page, 'Staff admin').verifyOnPage()
    }))
})
