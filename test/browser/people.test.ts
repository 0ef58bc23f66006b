import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { startTestApp, type TestApp } from '../support/test-app.ts'
import { AllocationPage } from './pages/allocation.page.ts'
import { EpisodeFormPage } from './pages/episode-form.page.ts'
import { StaffHomePage } from './pages/home.page.ts'
import { PeopleListPage } from './pages/people-list.page.ts'
import { PersonFormPage } from './pages/person-form.page.ts'
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

/** Signs in as a practitioner and follows "Find a person" from their home page. */
async function openPeopleList(page: Page, username: string): Promise<PeopleListPage> {
  await SignInPage.signInAs(page, username)
  const home = await new StaffHomePage(page, `Staff ${username}`).verifyOnPage()
  await loadingNewPage(page, () => home.findAPerson.click())
  return new PeopleListPage(page).verifyOnPage()
}

describe('people', () => {
  it('a COM finds a person by name and by CRN, and sees their key dates and who is allocated', () =>
    withPage(browser, app.baseUrl, async page => {
      const list = await openPeopleList(page, 'comA')
      assert.equal(await list.resultCount.innerText(), '4 people')

      await list.search('alpha')
      await list.verifyOnPage()
      assert.deepEqual(await list.names(), ['Alpha, Test'])
      assert.equal(await list.searchBox.inputValue(), 'alpha', 'the search stays in the box')

      await list.search('A000002')
      await list.verifyOnPage()
      assert.deepEqual(await list.names(), ['Bravo, Test'])
      assert.deepEqual(await list.crns(), ['A000002'])

      await list.search('B000001')
      await list.verifyOnPage()
      assert.deepEqual(await list.names(), [], 'another team’s person is not found')
      assert.equal(await list.resultCount.innerText(), '0 people found for ‘B000001’')

      await list.search('A000001')
      await list.verifyOnPage()
      await list.openPerson('Alpha, Test')
      const overview = await new PersonOverviewPage(page, 'Alpha, Test').verifyOnPage()
      assert.equal(await overview.identifiers(), 'A000001')
      assert.equal(await overview.personalDetail('Date of birth'), '1 May 1990')
      assert.equal(await overview.allocated('Community offender manager'), 'Staff comA (Team A)')
      assert.equal(await overview.allocated('Prison offender manager'), 'Staff pom1')
      assert.equal(await overview.keyDate('Prison'), 'HMP One')
      assert.equal(await overview.keyDate('Arrived in custody'), '10 January 2025')
      assert.equal(await overview.keyDate('Conditional release date'), '1 March 2027')
      assert.equal(await overview.keyDate('Earliest release date'), '1 March 2027')
      assert.equal(await overview.keyDate('Licence expiry date'), '10 January 2029')
      assert.equal(await overview.keyDate('Released'), 'Not released')
    }))

  it('a COM changing personal details is told what to fix, keeps what they typed, and then saves', () =>
    withPage(browser, app.baseUrl, async page => {
      const list = await openPeopleList(page, 'comA')
      await list.openPerson('Echo, Test')
      const overview = await new PersonOverviewPage(page, 'Echo, Test').verifyOnPage()
      await overview.changePersonalDetails()

      const form = await new PersonFormPage(page, 'Change personal details').verifyOnPage()
      assert.equal(await page.getByTestId('case-name').innerText(), 'Echo, Test', 'the case header is on the form')
      assert.equal(await form.firstName.inputValue(), 'Test')
      assert.equal(await form.crn.inputValue(), 'A000003')
      await form.fill({ firstName: '', crn: '1234567' })
      await form.save()

      await form.verifyOnPage()
      assert.match(await page.title(), /^Error: /)
      assert.deepEqual(await form.errorLinks(), [
        { text: 'Enter first name', href: '#firstName' },
        { text: 'Enter a CRN in the format X123456', href: '#crn' },
      ])
      assert.equal(await form.fieldError('crn'), 'Enter a CRN in the format X123456')
      assert.equal(await form.crn.inputValue(), '1234567', 'the wrong CRN is shown back to be corrected')
      assert.equal(await form.lastName.inputValue(), 'Echo')
      assert.equal(await form.dateOfBirthPart('Year').inputValue(), '1990')
      await form.errorSummary.getByRole('link', { name: 'Enter a CRN in the format X123456' }).click()
      assert.equal(await form.focusedElementId(), 'crn')

      await form.fill({ firstName: 'Tess', preferredName: 'Tee', crn: 'a765432' })
      await form.save()

      const saved = await new PersonOverviewPage(page, 'Echo, Tess').verifyOnPage()
      assert.match(await page.getByTestId('saved').innerText(), /Personal details saved/)
      assert.equal(await saved.identifiers(), 'A765432')
      assert.equal(await saved.personalDetail('Name'), 'Tess Echo')
      assert.equal(await saved.personalDetail('Preferred name'), 'Tee')
      assert.equal(await saved.personalDetail('CRN'), 'A765432')
    }))

  it('a COM adds a person, then a custody episode with typed dates, and a contradictory date is refused', () =>
    withPage(browser, app.baseUrl, async page => {
      await SignInPage.signInAs(page, 'comA')
      await (await new StaffHomePage(page, 'Staff comA').verifyOnPage()).addAPerson()

      const form = await new PersonFormPage(page, 'Add a person').verifyOnPage()
      await form.fill({ firstName: 'Sam', lastName: 'Hotel', dateOfBirth: { day: '27', month: '3', year: '1985' } })
      await form.fill({ crn: 'H123456', prisonNumber: 'a1234bc' })
      await form.save()

      const overview = await new PersonOverviewPage(page, 'Hotel, Sam').verifyOnPage()
      assert.equal(await overview.identifiers(), 'H123456 · A1234BC')
      assert.equal(await overview.personalDetail('Date of birth'), '27 March 1985')
      assert.equal(await overview.allocated('Community offender manager'), 'Staff comA (Team A)')
      assert.equal(await overview.noEpisodes.innerText(), 'No custody episode recorded.')
      await overview.addCustodyEpisode()

      const episode = await new EpisodeFormPage(page).verifyOnPage()
      await episode.fill({
        prison: 'HMP One',
        sentenceType: 'Determinate',
        arrivalDate: '14/1/2026',
        sentenceStartDate: '14/1/2026',
        conditionalReleaseDate: '13/1/2026',
        licenceExpiryDate: '14/1/2028',
      })
      await episode.save()

      await episode.verifyOnPage()
      const refusal = 'Conditional release date must be on or after the sentence start date'
      assert.deepEqual(await episode.errorLinks(), [{ text: refusal, href: '#conditionalReleaseDate' }])
      assert.equal(await episode.fieldError('conditionalReleaseDate'), refusal)
      assert.equal(await episode.dateValue('conditionalReleaseDate'), '13/1/2026', 'each part as typed')
      assert.equal(await episode.dateValue('sentenceStartDate'), '14/1/2026')
      assert.equal(await episode.prison.locator('option:checked').innerText(), 'HMP One')
      assert.ok(await episode.sentenceType('Determinate').isChecked())

      await episode.fill({ conditionalReleaseDate: '14/7/2027' })
      await episode.save()

      const withEpisode = await new PersonOverviewPage(page, 'Hotel, Sam').verifyOnPage()
      assert.match(await page.getByTestId('saved').innerText(), /Custody episode added/)
      assert.deepEqual(await withEpisode.episodeHeadings(), ['Determinate sentence from 14 January 2026 Current'])
      assert.equal(await withEpisode.keyDate('Prison'), 'HMP One')
      assert.equal(await withEpisode.keyDate('Arrived in custody'), '14 January 2026')
      assert.equal(await withEpisode.keyDate('Conditional release date'), '14 July 2027')
      assert.equal(await withEpisode.keyDate('Licence expiry date'), '14 January 2028')
    }))

  it('a manager changes the community offender manager of a person in their team, and must pick someone new', () =>
    withPage(browser, app.baseUrl, async page => {
      const list = await openPeopleList(page, 'managerA')
      await list.search('Bravo')
      await list.verifyOnPage()
      await list.openPerson('Bravo, Test')
      const overview = await new PersonOverviewPage(page, 'Bravo, Test').verifyOnPage()
      assert.equal(await overview.allocated('Community offender manager'), 'Staff comA2 (Team A)')
      await overview.changeAllocation()

      const allocation = await new AllocationPage(page).verifyOnPage()
      assert.equal(await allocation.selectedCommunityOffenderManager(), 'Staff comA2 (Team A)')
      await allocation.allocateCommunityOffenderManager('Staff comA2 (Team A)')

      await allocation.verifyOnPage()
      assert.deepEqual(await allocation.errorLinks(), [
        { text: 'Select a different practitioner to change the allocation', href: '#comId' },
      ])
      await allocation.giveReason('Workload', 'Prefers afternoon appointments.')
      await allocation.allocateCommunityOffenderManager('Staff comA (Team A)')

      const reallocated = await new PersonOverviewPage(page, 'Bravo, Test').verifyOnPage()
      assert.match(await page.getByTestId('saved').innerText(), /Allocation saved/)
      assert.equal(await reallocated.allocated('Community offender manager'), 'Staff comA (Team A)')
    }))
})
