import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { Client, startTestApp, type TestApp } from '../support/test-app.ts'
import { PersonHomePage, StaffHomePage } from './pages/home.page.ts'
import { PlanAgreementPage, PlanHistoryPage, PlanItemFormPage } from './pages/plan-forms.page.ts'
import { JourneyPage, StrengthsPage } from './pages/certificates.page.ts'
import { PlanPage, YourPlanPage } from './pages/plan.page.ts'
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

describe('co-produced plans', () => {
  it('a COM drafts a plan; the person adds a goal, disagrees with a step and agrees once it changes', () =>
    withPage(browser, app.baseUrl, async com =>
      withPage(
        browser,
        app.baseUrl,
        async person => {
          const personId = app.fixture.people.ofComA.id
          await SignInPage.signInAs(com, 'comA')
          await new StaffHomePage(com, 'Staff comA').verifyOnPage()
          let plan = await PlanPage.visit(com, personId)
          assert.match(await plan.agreementStatus.innerText(), /No plan yet/)

          await plan.follow('add-goal')
          let form = await new PlanItemFormPage(com, 'Add: goal').verifyOnPage()
          await form.fill('The goal, in the person’s own words', 'Keep to my licence')
          await form.choose('Whose goal is this?', 'Compliance (licence or risk)')
          await form.save()
          plan = await new PlanPage(com).verifyOnPage()
          assert.equal(await plan.savedMessage(), 'Goal added')
          assert.ok(await plan.caseHeader.isVisible(), 'the practitioner’s plan is a page of the case')
          assert.ok(await plan.balanceWarning.isVisible(), 'only compliance: the balance warning shows')
          await plan.follow('add-step')
          form = await new PlanItemFormPage(com, 'Add: step').verifyOnPage()
          await form.select('Goal', 'Keep to my licence')
          await form.fill('The step', 'Refer to the thinking skills course')
          await form.choose('Who will do it?', 'The practitioner')
          await form.fillDateInput('Due date', '1/12/2026')
          await form.save()
          plan = await new PlanPage(com).verifyOnPage()
          assert.match(await plan.agreementStatus.innerText(), /Version 1\. Waiting for the person/)

          // The person, on a phone, with the keyboard alone.
          await SignInPage.signInAs(person, 'person')
          const home = await new PersonHomePage(person, 'Test').verifyOnPage()
          await home.page.getByTestId('your-plan').focus()
          await loadingNewPage(person, () => person.keyboard.press('Enter'))
          let own = await new YourPlanPage(person).verifyOnPage()
          assert.equal(await own.caseHeader.count(), 0, 'the person is not shown the staff case header')
          assert.equal(await own.namedPractitioner.innerText(), 'Your probation worker is Staff comA.')
          assert.match(await own.licenceRules.innerText(), /Do not break the law\./)
          await own.addGoal()
          const goal = await new PlanItemFormPage(person, 'Add a goal').verifyOnPage()
          await goal.fill('Your goal', 'See my daughter every week')
          await goal.saveWithKeyboard()
          own = await new YourPlanPage(person).verifyOnPage()
          assert.deepEqual(await own.goalTexts(), ['Keep to my licence', 'See my daughter every week'])
          await own.answer()
          let answer = await new PlanAgreementPage(person, 'Do you agree with your plan?').verifyOnPage()
          await answer.answer('No', {
            steps: ['Refer to the thinking skills course'],
            comments: 'I did that course last year',
          })
          own = await new YourPlanPage(person).verifyOnPage()
          assert.match(await own.agreementStatus.innerText(), /You said no to this plan/)

          // The COM sees the person's goal as theirs, and their answer; the balance warning has gone.
          plan = await PlanPage.visit(com, personId)
          assert.equal(await plan.balanceWarning.count(), 0)
          assert.match(await plan.goals.nth(1).innerText(), /The person’s words\s+Test Alpha \(the person\)/)
          assert.match(await plan.agreementStatus.innerText(), /did not agree.*I did that course last year/s)
          await plan.openStep('Refer to the thinking skills course')
          form = await new PlanItemFormPage(com, 'Change: step').verifyOnPage()
          await form.fill('The step', 'Ask the course team to count the course done last year')
          await form.save()
          plan = await new PlanPage(com).verifyOnPage()
          assert.match(await plan.agreementStatus.innerText(), /Version 3\. Waiting for the person/)

          await person.reload()
          own = await new YourPlanPage(person).verifyOnPage()
          assert.match(await own.agreementStatus.innerText(), /Your plan has changed/)
          await own.answer()
          answer = await new PlanAgreementPage(person, 'Do you agree with your plan?').verifyOnPage()
          await answer.answer('Yes')
          own = await new YourPlanPage(person).verifyOnPage()
          assert.match(await own.agreementStatus.innerText(), /You said yes to this plan on 23 November 2026/)

          await own.openHistory()
          const history = await new PlanHistoryPage(person, 'How your plan has changed').verifyOnPage()
          const v3 = await history.version(3).innerText()
          assert.match(v3, /Changed by Staff comA/)
          assert.match(v3, /Step changed \(wording\): Ask the course team to count the course done last year/)
          assert.match(v3, /You said yes on 23 November 2026\./)
          const v2 = await history.version(2).innerText()
          assert.match(v2, /Changed by Test Alpha \(the person\)/)
          assert.match(v2, /Goal added: See my daughter every week/)
          assert.match(
            v2,
            /You said no on 23 November 2026.*I did that course last year.*Refer to the thinking skills course/s,
          )
          assert.match(await history.version(1).innerText(), /Changed by Staff comA/)
        },
        PHONE,
      ),
    ))

  it('when the person and the COM edit at once, the second to save sees what changed and loses nothing', () =>
    withPage(browser, app.baseUrl, async com =>
      withPage(browser, app.baseUrl, async person => {
        const personId = app.fixture.people.ofComA.id
        await SignInPage.signInAs(person, 'person')
        await new PersonHomePage(person, 'Test').verifyOnPage()
        await person.goto(`/people/${personId}/plan`)
        const own = await new YourPlanPage(person).verifyOnPage()
        await own.changeGoal('See my daughter every week')
        const goal = await new PlanItemFormPage(person, 'Change your goal').verifyOnPage()
        await goal.fill('Your goal', 'See my daughter every Saturday')

        // Meanwhile the COM saves first.
        await SignInPage.signInAs(com, 'comA')
        await new StaffHomePage(com, 'Staff comA').verifyOnPage()
        const plan = await PlanPage.visit(com, personId)
        await plan.addControl()
        const control = await new PlanItemFormPage(com, 'Add: internal control').verifyOnPage()
        await control.choose('What kind of internal control?', 'What helps them cope')
        await control.fill('In the person’s words', 'Ringing my sister')
        await control.save()
        await new PlanPage(com).verifyOnPage()

        await goal.save()
        await goal.verifyOnPage()
        assert.match((await goal.errorLinks())[0]!.text, /Staff comA changed the plan while you were editing it/)
        assert.match(await goal.changedMeanwhile.innerText(), /Internal control added: Ringing my sister/)
        assert.equal(await goal.field('Your goal').inputValue(), 'See my daughter every Saturday', 'their words kept')
        await goal.save()
        const after = await new YourPlanPage(person).verifyOnPage()
        assert.ok((await after.goalTexts()).includes('See my daughter every Saturday'))
        assert.match(await after.bodyText(), /Ringing my sister/, 'the COM’s change is kept too')
      }),
    ))

  it('a COM links a strength to the plan’s goals, and an achieved goal becomes an achievement', () =>
    withPage(browser, app.baseUrl, async com => {
      const personId = app.fixture.people.ofComA.id
      await SignInPage.signInAs(com, 'comA')
      await new StaffHomePage(com, 'Staff comA').verifyOnPage()
      // Two goals of the plan to link to, whatever the plan held before.
      const [first, second] = ['Cook for my family', 'Pass my driving test']
      const api = await new Client(app.baseUrl).signIn('comA')
      for (const text of [first, second]) {
        const { revision } = (await api.json('GET', `/api/v1/people/${personId}/plan`)).body.plan
        const added = await api.json('POST', `/api/v1/people/${personId}/plan/goals`, { text, kind: 'own', revision })
        assert.equal(added.status, 201)
      }
      let plan = await PlanPage.visit(com, personId)

      // The plan's strengths are the profile's: "Change strengths" leads there.
      await plan.follow('change-strengths')
      let strengths = await new StrengthsPage(com).verifyOnPage()
      await strengths.follow('add-strength')
      let form = await new JourneyPage(com, 'Add a strength').verifyOnPage()
      await form.choose('Skill')
      await form.fill('The strength, in the person’s words', 'Good with my hands')
      await form.choose(first)
      await form.press('Add strength')
      strengths = await new StrengthsPage(com).verifyOnPage()
      assert.equal(await strengths.savedMessage(), 'Strength added: Good with my hands')
      assert.deepEqual(await com.getByTestId('strength-goals').locator('li').allInnerTexts(), [first])

      // Changed: linked to the second goal instead of the first.
      await loadingNewPage(com, () => com.getByRole('link', { name: 'Change Good with my hands' }).click())
      form = await new JourneyPage(com, 'Change a strength').verifyOnPage()
      assert.equal(await com.getByLabel(first, { exact: true }).isChecked(), true)
      await com.getByLabel(first, { exact: true }).uncheck()
      await form.choose(second)
      await form.press('Save changes')
      strengths = await new StrengthsPage(com).verifyOnPage()
      assert.equal(await strengths.savedMessage(), 'Strength changed: Good with my hands')
      assert.deepEqual(await com.getByTestId('strength-goals').locator('li').allInnerTexts(), [second])

      // The plan shows it under the goal that builds on it.
      plan = await PlanPage.visit(com, personId)
      const secondCard = plan.goals.filter({ has: com.getByRole('heading', { name: second }) })
      assert.match(await secondCard.getByTestId('goal-strengths').innerText(), /Skill: Good with my hands/)
      assert.match(await com.getByTestId('plan-strengths').innerText(), /Good with my hands/)

      // The second goal is achieved: the confirmation offers to record it, and the form is filled in from it.
      await loadingNewPage(com, () => secondCard.getByTestId('mark-achieved').click())
      await new PlanPage(com).verifyOnPage()
      assert.match(await com.getByTestId('goal-achieved').innerText(), new RegExp(`Goal marked as achieved: ${second}`))
      await loadingNewPage(com, () => com.getByTestId('record-achievement').click())
      form = await new JourneyPage(com, 'Record an achievement').verifyOnPage()
      assert.equal(await com.getByLabel('What was achieved', { exact: true }).inputValue(), second)
      assert.equal(await com.getByLabel('A milestone I chose', { exact: true }).isChecked(), true)
      await form.press('Record achievement')
      strengths = await new StrengthsPage(com).verifyOnPage()
      assert.equal(await strengths.savedMessage(), `Achievement recorded: ${second}`)

      // The first goal too, added from the achievements page in one click; then nothing is left to offer.
      plan = await PlanPage.visit(com, personId)
      const firstCard = plan.goals.filter({ has: com.getByRole('heading', { name: first }) })
      await loadingNewPage(com, () => firstCard.getByTestId('mark-achieved').click())
      await new PlanPage(com).verifyOnPage()
      await StrengthsPage.visit(com, personId)
      assert.match(await com.getByTestId('achieved-goals').innerText(), new RegExp(first))
      assert.doesNotMatch(await com.getByTestId('achieved-goals').innerText(), new RegExp(second), 'recorded once')
      const offered = com.getByTestId('achieved-goals').locator('li', { hasText: first })
      await loadingNewPage(com, () => offered.getByTestId('add-goal-achievement').click())
      strengths = await new StrengthsPage(com).verifyOnPage()
      assert.equal(await strengths.savedMessage(), `Achievement recorded: ${first}`)
      assert.equal(await com.getByTestId('achieved-goals').count(), 0)
      assert.match(await com.getByTestId('achievements').innerText(), new RegExp(`${first}[\\s\\S]*Confirmed`))
    }))
})
