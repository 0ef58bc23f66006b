import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { seedReleases } from '../../src/features/outcomes/outcomes.test-support.ts'
import { startTestApp, type TestApp } from '../support/test-app.ts'
import { DiversityPage } from './pages/diversity.page.ts'
import { PersonHomePage, StaffHomePage } from './pages/home.page.ts'
import { NeedsPage } from './pages/needs.page.ts'
import { OutcomesPage } from './pages/outcomes.page.ts'
import { PlanPage, YourPlanPage } from './pages/plan.page.ts'
import { SignInPage } from './pages/sign-in.page.ts'
import { launchBrowser, loadingNewPage, withPage } from './support/browser.ts'

const TODAY = '2026-11-23'
let app: TestApp
let browser: Browser

before(async () => {
  ;[app, browser] = await Promise.all([startTestApp({ today: TODAY }), launchBrowser()])
  await seedReleases(app)
})

after(async () => {
  await browser?.close()
  await app?.close()
})

describe('diversity and outcomes', () => {
  it('a COM records diversity with the person, sees every problem first, then the prompts it raises', () =>
    withPage(browser, app.baseUrl, async page => {
      await SignInPage.signInAs(page, 'comA')
      await new StaffHomePage(page, 'Staff comA').verifyOnPage()
      const diversity = await DiversityPage.open(page, app.fixture.people.ofComA.id)
      assert.equal(await page.getByTestId('no-prompts').count(), 1)
      const form = await diversity.edit()
      await form.choose('What is their sex?', 'Female')
      await form.save()
      await form.verifyOnPage()
      const errors = await form.errorLinks()
      assert.equal(errors.length, 9)
      assert.deepEqual(errors[0], {
        text: 'Select their gender identity, or ‘Prefer not to say’',
        href: '#genderSameAsSex',
      })

      await form.choose('Is the gender they identify with the same as their sex registered at birth?', 'Yes')
      await form.selectEthnicGroup('Black, Black British, Black Welsh, Caribbean or African: Caribbean')
      await form.choose('What is their religion?', 'Prefer not to say')
      await form.choose(
        'Do they have a physical or mental health condition or illness lasting or expected to last 12 months or more that reduces their ability to carry out day-to-day activities?',
        'No',
      )
      await form.choose('Are they neurodivergent (for example autistic, ADHD, dyslexic), diagnosed or not?', 'Yes')
      await form.choose('Have they ever been in care as a child (looked after by a local authority)?', 'No')
      await form.choose('Have they served in the UK armed forces?', 'No')
      await form.choose('What is their first language?', 'English')
      await form.choose('Do they need an interpreter?', 'No')
      await form.save()

      const saved = await new DiversityPage(page).verifyOnPage()
      assert.equal(await saved.savedMessage(), 'Diversity record saved')
      assert.match(await saved.prompt('domestic-abuse').innerText(), /domestic abuse/)
      assert.match(await saved.prompt('discrimination').innerText(), /discrimination/)
      assert.match(await saved.prompt('adjustments').innerText(), /Recorded as neurodivergent/)
      assert.equal(await saved.prompt('veteran').count(), 0)
      assert.match(await saved.noDirectory.innerText(), /no directory of services yet/)

      // Where screening and planning happen, the same record asks what matters for her.
      await page.goto(`/people/${app.fixture.people.ofComA.id}/needs`)
      const needs = await new NeedsPage(page).verifyOnPage()
      assert.match(await needs.casePrompts.innerText(), /Things to ask about for this person/)
      assert.match(await needs.casePrompt('domestic-abuse').innerText(), /Women: Recorded as a woman/)
      assert.equal(await needs.casePrompt('trust').count(), 0, 'trust is a prompt for planning')
      const plan = await PlanPage.visit(page, app.fixture.people.ofComA.id)
      assert.match(await plan.casePrompt('trust').innerText(), /Recorded as from a minority ethnic group/)
      assert.match(await plan.casePrompt('adjustments').innerText(), /Recorded as neurodivergent/)
      await loadingNewPage(page, () => plan.casePrompts.getByRole('link').click())
      await new DiversityPage(page).verifyOnPage()
    }))

  it('the person never sees the prompts on their own plan', () =>
    withPage(browser, app.baseUrl, async page => {
      await SignInPage.signInAs(page, 'person')
      await new PersonHomePage(page, 'Test').verifyOnPage()
      await page.goto(`/people/${app.fixture.people.ofComA.id}/plan`)
      const plan = await new YourPlanPage(page).verifyOnPage()
      assert.equal(await plan.casePrompts.count(), 0)
      assert.doesNotMatch(await page.locator('main').innerText(), /Things to ask about|minority ethnic/)
    }))

  it('a manager opens the outcomes of the team, with a chart and a table per measure, and breaks them down', () =>
    withPage(browser, app.baseUrl, async page => {
      await SignInPage.signInAs(page, 'managerA')
      await new StaffHomePage(page, 'Staff managerA').verifyOnPage()
      await loadingNewPage(page, () => page.getByRole('link', { name: 'Outcomes' }).click())
      const outcomes = await new OutcomesPage(page).verifyOnPage()
      await outcomes.show({ quarter: 'January to March 2026', by: 'Sex' })
      await outcomes.verifyOnPage()
      const housed = outcomes.measure('housed-on-release')
      assert.equal(await housed.locator('svg').count(), 1)
      assert.match(await housed.locator('table').innerText(), /Female\s+Hidden/)
      assert.match(await housed.locator('table').innerText(), /Male\s+14\s+14/)
      await outcomes.show({ by: 'Ethnic group', level: 'Your PDU' })
      await outcomes.verifyOnPage()
      assert.match(await page.getByTestId('scope').innerText(), /Your PDU/)
    }))
})
