import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { startTestApp, type TestApp } from '../support/test-app.ts'
import { HandoverContactFormPage } from './pages/handover-contact-form.page.ts'
import { HandoverMeetingFormPage } from './pages/handover-meeting-form.page.ts'
import { HandoverReportPage } from './pages/handover-report.page.ts'
import { HandoverPage } from './pages/handover.page.ts'
import { StaffHomePage } from './pages/home.page.ts'
import { PeopleListPage } from './pages/people-list.page.ts'
import { PersonOverviewPage } from './pages/person-overview.page.ts'
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

describe('handover', () => {
  it('a COM records a contact and the handover meeting, then opens the report ready to print', () =>
    withPage(browser, app.baseUrl, async page => {
      await SignInPage.signInAs(page, 'comA')
      const home = await new StaffHomePage(page, 'Staff comA').verifyOnPage()
      await loadingNewPage(page, () => home.findAPerson.click())
      const list = await new PeopleListPage(page).verifyOnPage()
      await list.openPerson('Alpha, Test')
      await new PersonOverviewPage(page, 'Alpha, Test').verifyOnPage()

      const handover = await HandoverPage.openFromOverview(page)
      assert.match(await handover.meetingOverdueFlag.innerText(), /17 June 2026, has passed without a handover meeting/)
      assert.equal(await handover.comNotMetFlag.count(), 0, '98 days from release: not yet within 12 weeks')
      assert.match(await handover.contactStatus.innerText(), /before 7 December 2026/)

      await handover.addContact()
      const contactForm = await new HandoverContactFormPage(page).verifyOnPage()
      await contactForm.fill({ date: '24/11/2026', type: 'Phone call', met: 'Yes', note: 'Booked a visit' })
      await contactForm.save()
      await contactForm.verifyOnPage()
      // Every problem at once: the date in the future and a phone call counted as a meeting.
      assert.deepEqual(await contactForm.errorLinks(), [
        { text: 'The date of the contact must be today or in the past', href: '#contactDate' },
        {
          text: 'Select ‘No’ for a phone call or a letter: only a visit or a video call can be a meeting',
          href: '#met',
        },
      ])
      await contactForm.fill({ type: 'Visit' })
      await contactForm.save()
      await contactForm.verifyOnPage()
      assert.deepEqual(await contactForm.errorLinks(), [
        { text: 'The date of the contact must be today or in the past', href: '#contactDate' },
      ])
      assert.equal(await contactForm.note.inputValue(), 'Booked a visit', 'what was typed is kept')
      assert.equal(await contactForm.date.value(), '24/11/2026')
      await contactForm.fill({ date: '20/11/2026', note: 'Legal visit: talked about the first night' })
      await contactForm.save()

      await handover.verifyOnPage()
      assert.match(await handover.savedBanner.innerText(), /Contact saved/)
      assert.deepEqual(await handover.contacts(), [
        ['20 November 2026', 'Visit', 'Yes', 'Staff comA', 'Legal visit: talked about the first night'],
      ])
      assert.match(await handover.contactStatus.innerText(), /Met by COM/)

      await handover.recordMeeting()
      const meetingForm = await new HandoverMeetingFormPage(page, 'Record the handover meeting').verifyOnPage()
      await meetingForm.date.fill('21/11/2026')
      await meetingForm.tick('Prison offender manager')
      await meetingForm.tick('Test Alpha')
      await meetingForm.tick('A supporter')
      await meetingForm.save()
      await meetingForm.verifyOnPage()
      assert.deepEqual(await meetingForm.errorLinks(), [
        { text: 'Select the community offender manager: the COM must attend the handover meeting', href: '#attendees' },
        { text: 'Enter the supporter’s name', href: '#supporterName' },
        { text: 'Enter how the supporter knows the person', href: '#supporterRelationship' },
      ])
      await meetingForm.tick('Community offender manager')
      await meetingForm.supporterName.fill('Jo Reid')
      await meetingForm.supporterRelationship.fill('sister')
      await meetingForm.notes.fill('Agreed the plan for release day.')
      await meetingForm.save()

      await handover.verifyOnPage()
      assert.match(await handover.savedBanner.innerText(), /Handover meeting saved/)
      assert.equal(await handover.meetingOverdueFlag.count(), 0)
      assert.match(await handover.meetingStatus.innerText(), /Held on 21 November 2026, after the handover date/)
      assert.equal(
        await handover.meetingDetail('Who attended'),
        'Staff comA (COM), Staff pom1 (POM), the person, Jo Reid (sister, a supporter)',
      )

      await handover.viewReport()
      const report = await new HandoverReportPage(page).verifyOnPage()
      assert.deepEqual(await report.sectionTitles(), [
        'Personal details',
        'Sentence, key dates and deadlines',
        'Who is allocated',
        'Needs',
        'Work in custody',
        'Release readiness',
        'Handover meeting',
        'COM contacts before release',
      ])
      assert.equal(await report.value('key-dates', 'Handover to community'), '17 June 2026')
      assert.equal(await report.value('handover-meeting', 'Notes'), 'Agreed the plan for release day.')
      await page.emulateMedia({ media: 'print' })
      assert.equal(await report.caseNavigation.isVisible(), false, 'the case navigation is not printed')
      assert.equal(await page.getByRole('banner').isVisible(), false, 'nor is the header')
      await page.emulateMedia({ media: 'screen' })
    }))
})
