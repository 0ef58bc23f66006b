import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { startTestApp, type TestApp } from '../support/test-app.ts'
import { PersonHomePage, StaffHomePage } from './pages/home.page.ts'
import { HousingReferralPage } from './pages/housing-referral.page.ts'
import { PeopleListPage } from './pages/people-list.page.ts'
import { PersonOverviewPage } from './pages/person-overview.page.ts'
import { ReadinessItemPage } from './pages/readiness-item.page.ts'
import { ReadinessPage } from './pages/readiness.page.ts'
import { ReleaseDayPage } from './pages/release-day.page.ts'
import { SignInPage } from './pages/sign-in.page.ts'
import { SignedOutPage } from './pages/signed-out.page.ts'
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

/** Signs in as comA and goes from home to Alpha's readiness, by the links a COM would follow. */
async function openAlphaReadiness(page: Page): Promise<ReadinessPage> {
  await SignInPage.signInAs(page, 'comA')
  const home = await new StaffHomePage(page, 'Staff comA').verifyOnPage()
  await loadingNewPage(page, () => home.findAPerson.click())
  await (await new PeopleListPage(page).verifyOnPage()).openPerson('Alpha, Test')
  await new PersonOverviewPage(page, 'Alpha, Test').verifyOnPage()
  await loadingNewPage(page, () => page.getByTestId('case-section-readiness').click())
  return new ReadinessPage(page).verifyOnPage()
}

/** What a COM records to meet each item, for Alpha, released on Monday 1 March 2027. */
const COMPLETE: [string, (form: ReadinessItemPage) => Promise<void>][] = [
  [
    'Identity documents',
    async form => {
      await form.choose('Type of identity document', 'Passport')
      await form.choose('Where is the document now?', 'Held (in the person’s property or with them)')
    },
  ],
  ['Bank account', form => form.fill('Bank or building society', 'Harbour Bank')],
  ['Benefits claim', form => form.choose('Benefit claimed', 'Universal Credit')],
  ['GP registration', form => form.fill('GP practice', 'Quay Surgery, Bristol')],
  ['Medication on release', form => form.fill('Medication arrangements', '7 days of tablets')],
  [
    'First appointment with the community offender manager',
    async form => {
      await form.fillDateInput('Date of the appointment', '1/3/2027')
      await form.fill('Time of the appointment', '10:30am')
      await form.fill('Where the appointment is', 'Probation office, 2 Station Street, Bristol')
    },
  ],
  [
    'Licence conditions explained and confirmed',
    async form => {
      await form.fillDateInput('Date the licence conditions were explained', '20/11/2026')
      await form.tick('The person says they understand their licence conditions')
    },
  ],
  ['Travel on the day of release', form => form.fill('How the person will travel', 'Train to Bristol Temple Meads')],
]

describe('release readiness', () => {
  it('a COM records a housing referral and completes every item, and sees the summary go from amber to green', () =>
    withPage(browser, app.baseUrl, async page => {
      let readiness = await openAlphaReadiness(page)
      assert.equal(await readiness.rag(), 'Amber')
      assert.match(await readiness.explanation.innerText(), /the next, Identity documents, is due on 7 December 2026/)
      assert.equal(await readiness.itemStatus('Identity documents'), 'Not started')
      assert.equal(await readiness.itemHint('Identity documents'), 'Due 7 December 2026')

      await readiness.recordReferral()
      const referral = await new HousingReferralPage(page).verifyOnPage()
      await referral.fill({ council: 'Bristol City Council', sentOn: '20/11/2026' })
      await referral.save()
      await referral.verifyOnPage()
      assert.deepEqual(await referral.errorLinks(), [
        {
          text: 'Confirm that the person agreed to the referral: it cannot be sent without their consent',
          href: '#consent',
        },
      ])
      await referral.fill({ consent: true })
      await referral.save()
      readiness = await new ReadinessPage(page).verifyOnPage()
      assert.equal(await readiness.savedMessage(), 'Referral to a council recorded')
      assert.match(await readiness.housingReferrals.innerText(), /Bristol City Council\s+20 November 2026/)

      await readiness.openItem('Accommodation for the first night')
      const accommodation = await new ReadinessItemPage(page, 'Accommodation for the first night').verifyOnPage()
      assert.equal(await accommodation.due.innerText(), 'Due 1 February 2027, worked out from the release date.')
      await accommodation.status('Met')
      await accommodation.choose('Where will the person stay on the first night?', 'Settled accommodation')
      await accommodation.save()
      await accommodation.verifyOnPage()
      assert.deepEqual(await accommodation.errorLinks(), [
        { text: 'Enter the address for the first night to mark this as met', href: '#address' },
      ])
      assert.equal(
        await accommodation.fieldError('address'),
        'Enter the address for the first night to mark this as met',
      )
      await accommodation.fill('Address for the first night', '4 Harbour Road, Bristol BS1 4AA')
      await accommodation.save()
      readiness = await new ReadinessPage(page).verifyOnPage()
      assert.equal(await readiness.itemStatus('Accommodation for the first night'), 'Met')
      assert.equal(
        await readiness.itemHint('Accommodation for the first night'),
        'Settled accommodation: 4 Harbour Road, Bristol BS1 4AA',
      )
      assert.equal(await readiness.rag(), 'Amber')

      for (const [title, complete] of COMPLETE) {
        await readiness.openItem(title)
        const form = await new ReadinessItemPage(page, title).verifyOnPage()
        await form.status('Met')
        await complete(form)
        await form.save()
        readiness = await new ReadinessPage(page).verifyOnPage()
        assert.equal(await readiness.itemStatus(title), 'Met', title)
      }
      assert.equal(await readiness.rag(), 'Green')
      assert.equal(await readiness.explanation.innerText(), 'Every item is met or not needed.')
      assert.equal(
        await readiness.itemHint('First appointment with the community offender manager'),
        '1 March 2027 at 10:30am, Probation office, 2 Station Street, Bristol',
      )
    }))

  // Follows the checklist completed above.
  it('the release-day plan is made from the checklist and prints without the staff parts; the person reads their own', () =>
    withPage(browser, app.baseUrl, async page => {
      const readiness = await openAlphaReadiness(page)
      await readiness.openReleaseDayPlan()
      const plan = await new ReleaseDayPage(page).verifyOnPage()
      const text = await plan.planText()
      assert.match(text, /You leave prison on Monday 1 March 2027\./)
      assert.match(text, /4 Harbour Road, Bristol BS1 4AA/)
      assert.match(text, /Meet Staff comA on Monday 1 March 2027 at 10:30am\. You must go\./)
      assert.match(text, /Your ID is ready\. It is your passport\. You have a bank account with Harbour Bank\./)
      assert.deepEqual(await plan.whatToBring(), [
        'This plan',
        'Your licence (the paper with your rules on it)',
        'Your passport',
        'Your bank card',
        'Your medicine',
      ])
      assert.ok(await plan.staffOnly.isVisible())
      assert.ok(await page.getByTestId('case-crn').isVisible(), 'practitioners see the case header')

      await page.emulateMedia({ media: 'print' })
      assert.equal(await plan.staffOnly.isVisible(), false, 'the case’s sections and warnings are not printed')
      assert.equal(await page.locator('.govuk-header').isVisible(), false, 'nor is the header')
      assert.equal(await page.locator('.govuk-back-link').isVisible(), false, 'nor is the back link')
      assert.equal(await page.getByTestId('case-crn').isVisible(), false, 'nor the case header')
      assert.ok(await plan.plan.isVisible())
      await page.emulateMedia({ media: 'screen' })
      await plan.signOut()
      await new SignedOutPage(page).verifyOnPage()

      await SignInPage.signInAs(page, 'person')
      const home = await new PersonHomePage(page, 'Test').verifyOnPage()
      await loadingNewPage(page, () => home.page.getByTestId('release-day').click())
      const own = await new ReleaseDayPage(page).verifyOnPage()
      assert.equal(await own.staffOnly.count(), 0)
      assert.equal(await page.getByTestId('case-navigation').count(), 0, 'no practitioners’ tabs for the person')
      assert.match(await own.planText(), /Meet Staff comA on Monday 1 March 2027 at 10:30am\./)
    }))
})
