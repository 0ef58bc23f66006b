import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { startTestApp, type TestApp } from '../support/test-app.ts'
import { FollowUpFormPage } from './pages/follow-up-form.page.ts'
import { HandoverContactFormPage } from './pages/handover-contact-form.page.ts'
import { HandoverMeetingFormPage } from './pages/handover-meeting-form.page.ts'
import { HandoverPage } from './pages/handover.page.ts'
import { StaffHomePage } from './pages/home.page.ts'
import { NeedActionFormPage } from './pages/need-action-form.page.ts'
import { NeedsPage } from './pages/needs.page.ts'
import { PeopleListPage } from './pages/people-list.page.ts'
import { PersonOverviewPage } from './pages/person-overview.page.ts'
import { ReadinessItemPage } from './pages/readiness-item.page.ts'
import { ReadinessPage } from './pages/readiness.page.ts'
import { ReleaseFormPage } from './pages/release-form.page.ts'
import { ReleasePage } from './pages/release.page.ts'
import { ScreeningFormPage } from './pages/screening-form.page.ts'
import { SignInPage } from './pages/sign-in.page.ts'
import { TimelinePage } from './pages/timeline.page.ts'
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

/** Signs in and goes from home to Alpha's record, by the links a practitioner would follow. */
async function openAlpha(page: Page, username: string): Promise<void> {
  await SignInPage.signInAs(page, username)
  const home = await new StaffHomePage(page, `Staff ${username}`).verifyOnPage()
  await loadingNewPage(page, () => home.findAPerson.click())
  await (await new PeopleListPage(page).verifyOnPage()).openPerson('Alpha, Test')
  await new PersonOverviewPage(page, 'Alpha, Test').verifyOnPage()
}

describe('the journey from arrival to release', () => {
  it('a POM screens and plans in custody, the COM hands over, prepares and records the release, and follows up', async () => {
    await withPage(browser, app.baseUrl, async page => {
      await openAlpha(page, 'pom1')
      const needs = await NeedsPage.openFromOverview(page)
      await needs.recordScreening('arrival')
      const screening = await new ScreeningFormPage(page).verifyOnPage()
      await screening.womensQuestionsApply('No')
      for (const pathway of [
        'Accommodation',
        'Attitudes, thinking and behaviour',
        'Children, families and communities',
        'Education, skills and work',
        'Finance and ID',
        'Health',
      ])
        await screening.answer(pathway, { status: 'No need' })
      await screening.answer('Drugs and alcohol', {
        status: 'Need identified',
        urgency: 'High',
        ownWords: 'I want to stay off it when I get out.',
      })
      await screening.save()
      await needs.verifyOnPage()
      await needs.addAction()
      const action = await new NeedActionFormPage(page).verifyOnPage()
      await action.fill({
        need: 'Drugs and alcohol',
        description: 'Refer to the community drug service before release',
        owner: 'Prison offender manager',
        dueDate: '14/12/2026',
      })
      await action.save()
      await needs.verifyOnPage()
      assert.equal((await needs.actions())[0]?.[1], 'Refer to the community drug service before release')
    })

    await withPage(browser, app.baseUrl, async page => {
      await openAlpha(page, 'comA')
      const handover = await HandoverPage.openFromOverview(page)
      await handover.addContact()
      const contact = await new HandoverContactFormPage(page).verifyOnPage()
      await contact.fill({ date: '2/11/2026', type: 'Visit', met: 'Yes', note: 'Legal visit' })
      await contact.save()
      await handover.verifyOnPage()
      await handover.recordMeeting()
      const meeting = await new HandoverMeetingFormPage(page, 'Record the handover meeting').verifyOnPage()
      await meeting.date.fill('5/11/2026')
      await meeting.tick('Community offender manager')
      await meeting.tick('Prison offender manager')
      await meeting.tick('Test Alpha')
      await meeting.save()
      await handover.verifyOnPage()
      assert.match(await handover.meetingStatus.innerText(), /Held on 5 November 2026/)

      const nav = page.getByRole('navigation', { name: 'Sections of this case' })
      await loadingNewPage(page, () => nav.getByRole('link', { name: 'Release readiness' }).click())
      const readiness = await new ReadinessPage(page).verifyOnPage()
      await readiness.openItem('Accommodation for the first night')
      const accommodation = await new ReadinessItemPage(page, 'Accommodation for the first night').verifyOnPage()
      await accommodation.status('Met')
      await accommodation.choose('Where will the person stay on the first night?', 'Settled accommodation')
      await accommodation.fill('Address for the first night', '4 Harbour Road, Bristol BS1 4AA')
      await accommodation.save()
      await readiness.verifyOnPage()
      assert.equal(await readiness.itemStatus('Accommodation for the first night'), 'Met')

      let release = await ReleasePage.openFromCaseNavigation(page)
      assert.equal(await release.followUpsDue.count(), 0, 'nothing to follow up before release')
      await release.recordRelease()
      const form = await new ReleaseFormPage(page).verifyOnPage()
      await form.date('24/11/2026')
      await form.firstNight('Settled accommodation')
      await form.save()
      await form.verifyOnPage()
      assert.deepEqual(await form.errorLinks(), [
        {
          text: 'The release date, 24 November 2026, must be today (23 November 2026) or earlier',
          href: '#releaseDate',
        },
        { text: 'Enter the address of the settled accommodation', href: '#address' },
      ])
      await form.date('9/11/2026')
      await form.address.fill('4 Harbour Road, Bristol BS1 4AA')
      await form.save()

      // Released two weeks ago with a drugs and alcohol need: the treatment follow-up is due now.
      release = await new ReleasePage(page).verifyOnPage()
      assert.equal(await release.savedMessage(), 'Release recorded')
      assert.equal(await release.releaseDetail('Date of release'), '9 November 2026')
      assert.match(await release.followUpsDue.innerText(), /Treatment within 3 weeks: due by 30 November 2026/)
      assert.deepEqual(await release.followUps(), [
        ['Treatment within 3 weeks', '30 November 2026', 'Due', ''],
        ['Work, education or training at 6 weeks', '21 December 2026', 'Not yet due', ''],
        ['Accommodation at 3 months', '9 February 2027', 'Not yet due', ''],
        ['Work, education or training at 6 months', '9 May 2027', 'Not yet due', ''],
      ])
      await release.recordFollowUp('treatment-3-weeks')
      const followUp = await new FollowUpFormPage(page, 'Treatment within 3 weeks').verifyOnPage()
      await followUp.choose('Has community treatment for drugs, alcohol or health started?', 'Yes')
      await followUp.fillDateInput('Date treatment started', '16/11/2026')
      await followUp.save()
      release = await new ReleasePage(page).verifyOnPage()
      assert.equal(await release.state('treatment-3-weeks'), 'Recorded')
      assert.equal(await release.followUpsDue.count(), 0)

      const timeline = await TimelinePage.openFromCaseNavigation(page)
      const titles = await timeline.titles()
      for (const title of [
        'Follow-up: treatment within 3 weeks',
        'Released from custody',
        'Handover meeting',
        'Contact with the community offender manager: visit',
        'Ready for release: accommodation for the first night',
        'Action planned',
        'Needs screened on arrival',
        'Arrived in custody',
      ])
        assert.ok(titles.includes(title), `${title} in ${titles.join(' | ')}`)
      assert.ok(titles.indexOf('Released from custody') < titles.indexOf('Handover meeting'), 'newest first')
      assert.ok(titles.indexOf('Handover meeting') < titles.indexOf('Arrived in custody'))
      await timeline.show('Release')
      await timeline.verifyOnPage()
      assert.deepEqual(await timeline.titles(), ['Released from custody'])
    })
  })
})
