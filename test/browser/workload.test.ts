import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { startTestApp, type TestApp } from '../support/test-app.ts'
import { PersonOverviewPage } from './pages/person-overview.page.ts'
import { SignInPage } from './pages/sign-in.page.ts'
import { StaffHomePage } from './pages/home.page.ts'
import {
  AllocationAdvicePage,
  PractitionerWorkloadPage,
  TeamWorkloadPage,
  TierFormPage,
  TierPage,
  WorkloadFormPage,
} from './pages/workload.page.ts'
import { launchBrowser, loadingNewPage, withPage } from './support/browser.ts'

let app: TestApp
let browser: Browser

before(async () => {
  ;[app, browser] = await Promise.all([startTestApp({ today: '2026-12-02' }), launchBrowser()])
  const db = app.services.handle.db
  await db
    .insertInto('practitioner_hours')
    .values(['comA', 'comA2'].map(u => ({ staff_id: app.fixture.staff[u]!.id, grade: 'PO', contracted_hours: 37 })))
    .execute()
})

after(async () => {
  await browser?.close()
  await app?.close()
})

describe('workload', () => {
  it('a COM records a tier from the inputs, and sees how it was worked out', () =>
    withPage(browser, app.baseUrl, async page => {
      await SignInPage.signInAs(page, 'comA')
      await new StaffHomePage(page, 'Staff comA').verifyOnPage()
      await loadingNewPage(page, () => page.goto(`/people/${app.fixture.people.ofComA.id}`))
      await new PersonOverviewPage(page, 'Alpha, Test').verifyOnPage()
      const tier = await TierPage.openFromOverview(page)
      await tier.record()
      const form = await new TierFormPage(page).verifyOnPage()
      await form.save()
      await form.verifyOnPage()
      assert.deepEqual(
        (await form.errorLinks()).map(link => link.href),
        ['#rosh', '#rsrPercent', '#mappa'],
      )
      await form.fill({ rosh: 'High', rsr: '7', mappa: 'Not managed under MAPPA' })
      await form.save()
      const saved = await new TierPage(page).verifyOnPage()
      assert.equal(await saved.currentTier(), 'Tier B0')
    }))

  it('a manager allocates a waiting case from the advice and sees the capacity move', () =>
    withPage(browser, app.baseUrl, async page => {
      const hotel = app.fixture.people.awaitingComInNorth.id
      await app.services.handle.db
        .insertInto('person_tier')
        .values({
          person_id: hotel,
          tier: 'B2',
          model: 'protect-change-2021',
          rosh: 'high',
          rsr_percent: 1,
          mappa: 'none',
          flags: [],
          protect_points: 20,
          change_points: 3,
          needs_assessed: true,
          set_on: '2026-11-20',
          set_by: null,
        })
        .execute()
      await SignInPage.signInAs(page, 'managerA')
      await new StaffHomePage(page, 'Staff managerA').verifyOnPage()
      await loadingNewPage(page, () => page.getByRole('link', { name: 'Workload' }).click())
      const team = await new TeamWorkloadPage(page).verifyOnPage()
      const before = await team.row('Staff comA2')
      await team.allocate('Test Hotel')
      const advice = await new AllocationAdvicePage(page).verifyOnPage()
      assert.ok((await advice.ranking()).includes('Staff comA2'))
      await advice.choose('Staff comA2', 'Has the most room in the team')
      const afterPage = await new TeamWorkloadPage(page).verifyOnPage()
      const after = await afterPage.row('Staff comA2')
      assert.equal(Number(after.cases), Number(before.cases) + 1)
      // A B2 custody case scores 48 of 2,176 points: 2.2% more.
      assert.equal(Number.parseFloat(after.capacity) - Number.parseFloat(before.capacity), 2.2)
    }))

  it('a manager sets a COM’s hours and adds a reduction, and the COM’s page shows them', () =>
    withPage(browser, app.baseUrl, async page => {
      await SignInPage.signInAs(page, 'managerA')
      await new StaffHomePage(page, 'Staff managerA').verifyOnPage()
      await loadingNewPage(page, () => page.getByRole('link', { name: 'Workload' }).click())
      await (await new TeamWorkloadPage(page).verifyOnPage()).openPractitioner('Staff comA')
      const workload = await new PractitionerWorkloadPage(page, 'Staff comA').verifyOnPage()
      await workload.changeHours()
      const hours = await new WorkloadFormPage(page, 'Grade and contracted hours: Staff comA').verifyOnPage()
      await hours.choose('PQiP')
      await hours.fill('Contracted hours a week', '30.5')
      await hours.save()
      const saved = await new PractitionerWorkloadPage(page, 'Staff comA').verifyOnPage()
      assert.match(await saved.summary('Grade and hours'), /^PQiP, 30.5 hours a week/)
      await saved.addReduction()
      const reduction = await new WorkloadFormPage(page, 'Add a reduction: Staff comA').verifyOnPage()
      await reduction.save()
      await reduction.verifyOnPage()
      assert.deepEqual(
        (await reduction.errorLinks()).map(link => link.href),
        ['#hours', '#reason', '#startDate'],
      )
      await reduction.fill('Hours a week', '3.7')
      await reduction.fill('Reason', 'Union duties')
      await page.locator('#startDate-day').fill('1')
      await page.locator('#startDate-month').fill('12')
      await page.locator('#startDate-year').fill('2026')
      await reduction.save()
      const after = await new PractitionerWorkloadPage(page, 'Staff comA').verifyOnPage()
      assert.deepEqual(await after.reductionStates(), ['Active'])
      assert.match(await after.summary('Grade and hours'), /less 3.7 hours of reductions/)
    }))

  it('a COM records a court report, sees their points rise by its 138, and removes it', () =>
    withPage(browser, app.baseUrl, async page => {
      await SignInPage.signInAs(page, 'comA')
      await new StaffHomePage(page, 'Staff comA').verifyOnPage()
      await loadingNewPage(page, () => page.getByRole('link', { name: 'Workload' }).click())
      const workload = await new PractitionerWorkloadPage(page, 'Staff comA').verifyOnPage()
      const before = await workload.points()
      await workload.addCourtReport()
      const form = await new WorkloadFormPage(page, 'Add a court report: Staff comA').verifyOnPage()
      await form.save()
      await form.verifyOnPage()
      assert.deepEqual(
        (await form.errorLinks()).map(link => link.href),
        ['#type', '#court', '#requestedOn', '#dueOn'],
      )
      await form.choose('Standard delivery')
      await form.fill('Court', 'Northtown Magistrates’ Court')
      await form.fillDateInput('Date requested', '20/11/2026')
      await form.fillDateInput('Due date', '11/12/2026')
      await form.save()
      const saved = await new PractitionerWorkloadPage(page, 'Staff comA').verifyOnPage()
      assert.equal(await saved.savedMessage(), 'Court report added')
      assert.equal(await saved.points(), before + 138)
      assert.deepEqual(await saved.courtReports(), [{ court: 'Northtown Magistrates’ Court', counts: 'Counts now' }])
      await saved.removeCourtReport('Northtown Magistrates’ Court')
      const removed = await new PractitionerWorkloadPage(page, 'Staff comA').verifyOnPage()
      assert.equal(await removed.savedMessage(), 'Court report removed')
      assert.equal(await removed.points(), before)
      assert.deepEqual(await removed.courtReports(), [])
    }))
})
