import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { readPdf } from '../support/pdf-text.ts'
import { startTestApp, type TestApp } from '../support/test-app.ts'
import {
  CertificatePage,
  JourneyPage,
  StrengthsPage,
  VerifyPage,
  YourStrengthsPage,
} from './pages/certificates.page.ts'
import { PersonHomePage, StaffHomePage } from './pages/home.page.ts'
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

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }

describe('strengths, achievements and the certificate of rehabilitation', () => {
  it('takes a person from their strengths to a countersigned certificate that anyone can verify', async () => {
    const personId = app.fixture.people.ofComA.id
    let code = ''

    // The person, on a phone: their strengths and something they achieved, in their words.
    await withPage(
      browser,
      app.baseUrl,
      async person => {
        await SignInPage.signInAs(person, 'person')
        const home = await new PersonHomePage(person, 'Test').verifyOnPage()
        assert.match(await home.bodyText(), /Nothing yet\. Tell us when you do something you are proud of\./)
        await new JourneyPage(person, 'Hello, Test').follow('your-strengths')
        let own = await new YourStrengthsPage(person).verifyOnPage()
        await own.choose('Skill')
        await own.fill('Say it in your own words', 'I can fix any bike')
        await own.press('Add it')
        own = await new YourStrengthsPage(person).verifyOnPage()
        assert.equal(await own.savedMessage(), 'Added: I can fix any bike')
        await own.press('Send it')
        own = await new YourStrengthsPage(person).verifyOnPage()
        assert.match(await own.errorSummary.innerText(), /Select what kind of thing you did/)
        await own.choose('A milestone I chose')
        await own.fill('What did you do?', 'Three months sober')
        await own.fillDateInput('When did you do it?', '1/11/2026')
        await own.press('Send it')
        own = await new YourStrengthsPage(person).verifyOnPage()
        assert.match(
          await own.bodyText(),
          /Three months sober, 1 November 2026 \(your probation worker will check this\)/,
        )
      },
      PHONE,
    )

    // The COM confirms it, records a qualification with its evidence and the person's giving back, and signs.
    await withPage(browser, app.baseUrl, async com => {
      await SignInPage.signInAs(com, 'comA')
      await new StaffHomePage(com, 'Staff comA').verifyOnPage()
      let strengths = await StrengthsPage.visit(com, personId)
      assert.match(await strengths.main.innerText(), /I can fix any bike/)
      await strengths.fill('Organisation that confirmed it (optional)', 'Northgate Recovery Service')
      await strengths.press('Confirm Three months sober')
      strengths = await new StrengthsPage(com).verifyOnPage()
      assert.equal(await strengths.savedMessage(), 'Achievement confirmed')

      await strengths.follow('add-achievement')
      let form = await new JourneyPage(com, 'Record an achievement').verifyOnPage()
      await form.choose('Qualification or course')
      await form.fill('What was achieved', 'Level 2 forklift licence')
      await form.fillDateInput('When', '1/10/2026')
      await com.getByLabel('Evidence (optional)').setInputFiles({
        name: 'forklift.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n% the licence\n'),
      })
      await form.press('Record achievement')
      strengths = await new StrengthsPage(com).verifyOnPage()
      assert.equal(await strengths.savedMessage(), 'Achievement recorded: Level 2 forklift licence')
      const evidence = await com
        .getByRole('link', { name: 'Download the evidence for Level 2 forklift licence' })
        .getAttribute('href')
      const download = await com.request.get(evidence!)
      assert.match(download.headers()['content-disposition']!, /^attachment/)

      await strengths.follow('add-giving-back')
      form = await new JourneyPage(com, 'Record giving back').verifyOnPage()
      await form.choose('Peer mentoring')
      await form.fill('Organisation', 'Second Chance Mentors')
      await form.fill('Role', 'Peer mentor')
      await form.fillDateInput('Started on', '1/9/2026')
      await form.fill('Hours so far', '40')
      await form.press('Record giving back')
      await new StrengthsPage(com).verifyOnPage()

      let certificates = await CertificatePage.visit(com, personId)
      await certificates.follow('prepare-certificate')
      form = await new JourneyPage(com, 'Prepare a certificate').verifyOnPage()
      await form.choose('The end of the licence')
      await form.fill('In the person’s words', 'I never thought I would get here.')
      await form.fill('In your words', 'Steady and honest, every week.')
      await form.choose('Three months sober (A milestone I chose)')
      await form.choose('Level 2 forklift licence (Qualification or course)')
      await form.choose('Peer mentor at Second Chance Mentors, 40 hours')
      await form.press('Sign and send for countersignature')
      certificates = await new CertificatePage(com).verifyOnPage()
      assert.match(await certificates.status.innerText(), /Waiting for countersignature/)
      assert.equal(await com.getByTestId('countersign').count(), 0, 'the practitioner cannot countersign')
    })

    // The manager countersigns; the PDF says what it should.
    await withPage(browser, app.baseUrl, async manager => {
      await SignInPage.signInAs(manager, 'managerA')
      await new StaffHomePage(manager, 'Staff managerA').verifyOnPage()
      await CertificatePage.visit(manager, personId)
      await loadingNewPage(manager, () => manager.getByRole('link', { name: '23 November 2026 certificate' }).click())
      let certificates = await new CertificatePage(manager).verifyOnPage()
      await certificates.press('Countersign and issue')
      certificates = await new CertificatePage(manager).verifyOnPage()
      assert.equal(await certificates.savedMessage(), 'Certificate countersigned and issued')
      assert.match(await certificates.status.innerText(), /Issued/)
      code = (await certificates.code.innerText()).trim()
      const href = await manager.getByTestId('certificate-pdf').getAttribute('href')
      const response = await manager.request.get(href!)
      assert.equal(response.headers()['content-type'], 'application/pdf')
      const pdf = await readPdf(new Uint8Array(await response.body()))
      assert.equal(pdf.title, 'Certificate of rehabilitation')
      assert.match(pdf.text, /Awarded to Test Alpha on 23 November 2026/)
      assert.match(pdf.text, /I never thought I would get here\./)
      assert.match(pdf.text, /Steady and honest, every week\./)
      assert.match(pdf.text, /Level 2 forklift licence \(Qualification or course\), 1 October 2026/)
      assert.match(pdf.text, /Peer mentor at Second Chance Mentors: 40 hours/)
      assert.match(pdf.text, /When convictions become spent/)
      assert.match(pdf.text, /Countersigned by Staff managerA, 23 November 2026/)
      assert.ok(pdf.text.includes(`Verification code: ${code}`))
    })

    // Anyone, signed out: the genuine code, a forged one and one of another format.
    await withPage(browser, app.baseUrl, async employer => {
      let verify = await VerifyPage.visit(employer)
      verify = await verify.check(code, 'This certificate is genuine')
      const shown = await employer.getByTestId('verification').innerText()
      assert.match(shown, /Test Alpha/)
      assert.match(shown, /23 November 2026/)
      assert.match(shown, /The Probation Service, North PDU/)
      assert.doesNotMatch(await verify.bodyText(), /forklift|Second Chance|sober/)
      const forged = `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`
      verify = await verify.check(forged, 'Check a certificate of rehabilitation')
      assert.match(await employer.getByTestId('not-verified').innerText(), /No certificate has that code/)
      await verify.check('ABC-123', 'Check a certificate of rehabilitation')
      assert.match(await employer.getByTestId('not-verified').innerText(), /That is not a certificate code/)
    })

    // Revoked: the public page says so.
    await withPage(browser, app.baseUrl, async manager => {
      await SignInPage.signInAs(manager, 'managerA')
      await new StaffHomePage(manager, 'Staff managerA').verifyOnPage()
      await CertificatePage.visit(manager, personId)
      await loadingNewPage(manager, () => manager.getByRole('link', { name: '23 November 2026 certificate' }).click())
      let certificates = await new CertificatePage(manager).verifyOnPage()
      await certificates.fill('Why it is revoked', 'Issued in error')
      await certificates.press('Revoke certificate')
      certificates = await new CertificatePage(manager).verifyOnPage()
      assert.match(await certificates.status.innerText(), /Revoked/)
      const verify = await VerifyPage.visit(manager)
      await verify.check(code, 'This certificate has been revoked')
    })
  })
})
