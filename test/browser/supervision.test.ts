import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { readPdf } from '../support/pdf-text.ts'
import { startTestApp, type TestApp } from '../support/test-app.ts'
import { AllocationPage } from './pages/allocation.page.ts'
import { RecordAppointmentPage, ScheduleAppointmentPage } from './pages/appointment-forms.page.ts'
import { BreachFormPage } from './pages/breach-form.page.ts'
import { ContinuityPage, TeamContinuityPage, YourPractitionerPage } from './pages/continuity.page.ts'
import { PersonOverviewPage } from './pages/person-overview.page.ts'
import { RecallReviewPage } from './pages/recall-review.page.ts'
import { RecallPage } from './pages/recall.page.ts'
import { SetbackFormPage } from './pages/setback-form.page.ts'
import { PersonHomePage, StaffHomePage } from './pages/home.page.ts'
import { SignInPage } from './pages/sign-in.page.ts'
import { SignedOutPage } from './pages/signed-out.page.ts'
import { SupervisionPage } from './pages/supervision.page.ts'
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

async function openCase(page: Page, username: string, personId: string, listName: string) {
  await SignInPage.signInAs(page, username)
  await new StaffHomePage(page, `Staff ${username}`).verifyOnPage()
  await loadingNewPage(page, () => page.goto(`/people/${personId}`))
  return new PersonOverviewPage(page, listName).verifyOnPage()
}

describe('supervision and fair responses to setbacks', () => {
  it('a COM records a lapse and answers it without recall; the journey shows it beside progress', () =>
    withPage(browser, app.baseUrl, async page => {
      await openCase(page, 'comA', app.fixture.people.ofComA.id, 'Alpha, Test')
      const supervision = await SupervisionPage.openFromOverview(page)
      await supervision.recordSetback()
      const form = await new SetbackFormPage(page).verifyOnPage()
      await form.save()
      await form.verifyOnPage()
      assert.deepEqual(
        (await form.errorLinks()).map(link => link.href),
        ['#occurredOn', '#kind', '#whatHappened', '#response', '#responseReason'],
      )
      await form.fill({
        date: '18/11/2026',
        kind: 'Lapse',
        whatHappened: 'Drank at a family party after six weeks sober.',
        response: 'Talk it through',
        reason: 'He told me himself and wants to go back to his group.',
      })
      await form.save()
      const after = await new SupervisionPage(page).verifyOnPage()
      assert.equal(await after.savedMessage(), 'Setback recorded')
      await after.schedule()
      await new ScheduleAppointmentPage(page).verifyOnPage()
      await new ScheduleAppointmentPage(page).schedule('23/11/2026', '10:00', 'Office')
      await after.verifyOnPage()
      assert.equal(await after.savedMessage(), 'Appointment scheduled')
      await after.recordFirstAppointment()
      const record = await new RecordAppointmentPage(page).verifyOnPage()
      await record.record('Attended', 'Going back to the group')
      await after.verifyOnPage()
      assert.equal(await after.savedMessage(), 'Appointment recorded')
      const journey = await after.journey()
      assert.equal(journey.length, 2)
      assert.match(journey[0]!, /^down: 18 November 2026: Lapse Response: Talk it through/)
      assert.match(journey[0]!, /Why this response: He told me himself/)
      assert.match(journey[1]!, /^up: 23 November 2026: Office appointment Attended Wants to work on next: Going back/)
    }))

  it('a breach goes through recommendation, countersignature and a decision not to recall, with a letter', async () => {
    const alpha = app.fixture.people.ofComA.id
    await withPage(browser, app.baseUrl, async page => {
      await openCase(page, 'comA', alpha, 'Alpha, Test')
      const recall = await RecallPage.openFromOverview(page)
      await recall.recordBreach()
      const form = await new BreachFormPage(page).verifyOnPage()
      await form.fill({
        date: '20/11/2026',
        whatHappened: 'Missed two appointments in a row.',
        personAccount: 'My mum was in hospital and my phone was cut off.',
        alternatives: ['Talk it through with the person', 'More contact'],
        risk: 'Medium',
        riskNotes: 'No new offending and a stable address.',
        recommendation: 'No recall',
        reason: 'A real crisis; he came back in touch himself.',
        expectedNow: 'Come to every appointment, and call if you cannot.',
        contactNumber: '0300 123 4567',
      })
      await form.send()
      const review = await new RecallReviewPage(page).verifyOnPage()
      assert.match(await review.awaiting.innerText(), /Awaiting a senior probation officer’s countersignature/)
      await review.signOut()
      await new SignedOutPage(page).verifyOnPage()
    })
    await withPage(browser, app.baseUrl, async page => {
      await openCase(page, 'managerA', alpha, 'Alpha, Test')
      const recall = await RecallPage.openFromOverview(page)
      await recall.openReview('20 November 2026')
      const review = await new RecallReviewPage(page).verifyOnPage()
      await review.countersign('No recall', 'A family crisis, and he re-engaged within two days.')
      const decided = await new RecallReviewPage(page).verifyOnPage()
      assert.match(await decided.explanation.innerText(), /You are not being recalled to prison\./)
      const response = await page.request.get((await decided.letter.getAttribute('href'))!)
      assert.equal(response.headers()['content-type'], 'application/pdf')
      const pdf = await readPdf(await response.body())
      assert.equal(pdf.title, 'You are not being recalled to prison')
      assert.match(pdf.text, /talked about it with a manager, a senior probation officer/)
      assert.match(pdf.text, /What you need to do now Come to every appointment, and call if you cannot\./)
      assert.match(pdf.text, /Your next appointment/)
      assert.match(pdf.text, /Call 0300 123 4567/)
    })
  })

  it('a manager reallocating a person a third time sees the continuity warning', () =>
    withPage(browser, app.baseUrl, async page => {
      const overview = await openCase(page, 'managerA', app.fixture.people.ofComA2.id, 'Bravo, Test')
      // The fixture's first allocation has no history, so the first move here starts it: two changes follow.
      const moves = [
        ['Staff comA (Team A)', 'Workload'],
        ['Staff comA2 (Team A)', 'The person asked for a change'],
        ['Staff comA (Team A)', 'Risk escalation'],
      ] as const
      for (const [com, reason] of moves) {
        await overview.changeAllocation()
        const allocation = await new AllocationPage(page).verifyOnPage()
        assert.equal(await allocation.continuityWarning.count(), 0)
        await allocation.giveReason(reason, 'Working on housing; likes mornings.')
        await allocation.allocateCommunityOffenderManager(com)
        await overview.verifyOnPage()
      }
      await overview.changeAllocation()
      const allocation = await new AllocationPage(page).verifyOnPage()
      assert.equal(await allocation.comChanges(), 'Changes of community offender manager this sentence: 2')
      assert.match(
        await allocation.continuityWarning.innerText(),
        /already had 2 changes of community offender manager/,
      )
    }))

  it('the new COM sees the handover note, the manager the team’s measures, and the person who their practitioner is', async () => {
    const bravo = app.fixture.people.ofComA2.id
    await withPage(browser, app.baseUrl, async page => {
      await openCase(page, 'comA', bravo, 'Bravo, Test')
      await loadingNewPage(page, () => page.getByTestId('case-section-continuity').click())
      const continuity = await new ContinuityPage(page).verifyOnPage()
      assert.equal(await continuity.changes(), '2')
      assert.equal(await continuity.handoverNote.innerText(), 'Working on housing; likes mornings.')
    })
    await withPage(browser, app.baseUrl, async page => {
      await SignInPage.signInAs(page, 'managerA')
      await new StaffHomePage(page, 'Staff managerA').verifyOnPage()
      await loadingNewPage(page, () => page.getByRole('link', { name: 'Continuity', exact: true }).click())
      const team = await new TeamContinuityPage(page).verifyOnPage()
      assert.equal(await team.measure('People with more than two changes'), '0')
    })
    await withPage(browser, app.baseUrl, async page => {
      await SignInPage.signInAs(page, 'person')
      await new PersonHomePage(page, 'Test').verifyOnPage()
      await loadingNewPage(page, () => page.getByTestId('your-practitioner').click())
      const own = await new YourPractitionerPage(page).verifyOnPage()
      assert.match(await own.practitioner.innerText(), /Your probation worker is Staff comA\./)
    })
  })
})
