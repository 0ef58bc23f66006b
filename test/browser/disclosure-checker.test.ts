import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Locator, Page } from 'playwright-core'
import { startTestApp, type TestApp } from '../support/test-app.ts'
import { PersonHomePage, StaffHomePage } from './pages/home.page.ts'
import { ResettlePage } from './pages/page.ts'
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

/** The start page of the public checker. */
class CheckerStartPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Check when your caution or conviction is spent')
  }

  static async visit(page: Page): Promise<CheckerStartPage> {
    await page.goto('/check-your-record')
    return new CheckerStartPage(page).verifyOnPage()
  }

  async start(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name: 'Start now' }).click())
  }
}

/** One question of the checker: its heading is the question. */
class QuestionPage extends ResettlePage {
  get caption(): Locator {
    return this.page.getByTestId('caption')
  }

  async choose(label: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).check()
  }

  async fillDate(day: string, month: string, year: string, group?: string): Promise<void> {
    const scope = group ? this.page.getByRole('group', { name: group }) : this.page
    await scope.getByLabel('Day', { exact: true }).fill(day)
    await scope.getByLabel('Month', { exact: true }).fill(month)
    await scope.getByLabel('Year', { exact: true }).fill(year)
  }

  async fillLength(amount: string, unit: string, label = 'Number'): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(amount)
    await this.page.getByLabel('Days, weeks, months or years').selectOption(unit)
  }

  async continue(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('continue').click())
  }

  async back(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('back').click())
  }
}

class CheckAnswersPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Check your answers')
  }

  async change(hiddenText: string): Promise<void> {
    await loadingNewPage(this.page, () =>
      this.page.getByRole('button', { name: `Change ${hiddenText}`, exact: true }).click(),
    )
  }

  async seeResult(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('see-result').click())
  }
}

class ResultPage extends ResettlePage {
  constructor(page: Page, heading = 'When your cautions and convictions are spent') {
    super(page, heading)
  }

  /** Each record's headline ("Spent on …"), in order. */
  async headlines(): Promise<string[]> {
    return (await this.page.getByTestId('headline').allInnerTexts()).map(text => text.replace(/\s+/g, ' ').trim())
  }
}

/** Answers the question on the page, after checking that it is the one expected. */
async function answer(page: Page, heading: string, fill: (q: QuestionPage) => Promise<void>): Promise<QuestionPage> {
  const question = await new QuestionPage(page, heading).verifyOnPage()
  await fill(question)
  await question.continue()
  return question
}

describe('the public checker', () => {
  it('walks from the start page to a result, with errors, a back link and a change, scanning every page', () =>
    withPage(browser, app.baseUrl, async page => {
      const start = await CheckerStartPage.visit(page)
      assert.match(await start.bodyText(), /We do not save anything you type in/)
      assert.match(await start.bodyText(), /This is not legal advice/)
      await start.start()

      const dateOfBirth = await new QuestionPage(page, 'What is your date of birth?').verifyOnPage()
      await dateOfBirth.fillDate('1', '5', '')
      await dateOfBirth.continue()
      await dateOfBirth.verifyOnPage()
      assert.match(await page.title(), /^Error: /)
      assert.deepEqual(await dateOfBirth.errorLinks(), [
        { text: 'Your date of birth must include a year', href: '#dateOfBirth' },
      ])
      assert.equal(await dateOfBirth.fieldError('dateOfBirth'), 'Your date of birth must include a year')
      await dateOfBirth.fillDate('1', '5', '1990')
      await dateOfBirth.continue()

      // The back link carries the answers back to the last question, and forward again.
      const kind = await new QuestionPage(page, 'Was it a caution or a conviction?').verifyOnPage()
      await kind.back()
      const again = await new QuestionPage(page, 'What is your date of birth?').verifyOnPage()
      assert.equal(await page.getByLabel('Year', { exact: true }).inputValue(), '1990')
      await again.continue()

      await answer(page, 'Was it a caution or a conviction?', q => q.choose('A conviction'))
      await answer(page, 'When were you convicted?', q => q.fillDate('10', '3', '2016'))
      await answer(page, 'What sentence did you get?', q => q.choose('Prison or youth detention'))
      const length = await new QuestionPage(page, 'How long was the sentence?').verifyOnPage()
      await length.continue()
      await length.verifyOnPage()
      assert.deepEqual(await length.errorLinks(), [
        { text: 'Enter how long it was, as a number', href: '#length' },
        { text: 'Select days, weeks, months or years', href: '#length-unit' },
      ])
      await length.fillLength('18', 'months')
      await length.continue()
      await answer(page, 'Did you get another sentence for this conviction?', q => q.choose('Yes'))
      await answer(page, 'What sentence did you get?', q => q.choose('Fine'))
      await answer(page, 'Did you get another sentence for this conviction?', q => q.choose('No'))
      await answer(page, 'Do you have another caution or conviction?', q => q.choose('Yes'))
      await answer(page, 'Was it a caution or a conviction?', q => q.choose('A caution'))
      await answer(page, 'When were you given the caution?', q => q.fillDate('1', '7', '2019'))
      await answer(page, 'What type of caution was it?', q => q.choose('Conditional caution'))
      await answer(page, 'Do you know when the rules of the caution ended?', q => q.choose('Yes'))
      await answer(page, 'When did the rules of the caution end?', q => q.fillDate('20', '8', '2019'))
      await answer(page, 'Was it for a listed offence?', q => q.choose('No'))
      await answer(page, 'Do you have another caution or conviction?', q => q.choose('No'))

      const check = await new CheckAnswersPage(page).verifyOnPage()
      assert.match(await check.bodyText(), /Sentence 1\s+Prison or youth detention/)
      await check.change('the date of conviction 1')
      const date = await new QuestionPage(page, 'When were you convicted?').verifyOnPage()
      assert.equal(await page.getByLabel('Month', { exact: true }).inputValue(), '3')
      await date.fillDate('10', '4', '2016')
      await date.continue()

      const checked = await new CheckAnswersPage(page).verifyOnPage()
      assert.match(await checked.bodyText(), /10 April 2016/)
      await checked.seeResult()

      const result = await new ResultPage(page).verifyOnPage()
      assert.deepEqual(await result.headlines(), ['Spent Spent on 10 October 2021', 'Spent Spent on 20 August 2019'])
      assert.match(await result.bodyText(), /It always shows on these checks/)
      await page.getByText('How this was worked out').first().click()
      assert.match(
        await result.bodyText(),
        /A custodial sentence of over 12 months and up to 4 years is spent 4 years after it ends/,
      )
    }))

  it('works on a small phone screen', () =>
    withPage(
      browser,
      app.baseUrl,
      async page => {
        const start = await CheckerStartPage.visit(page)
        await start.start()
        await answer(page, 'What is your date of birth?', q => q.fillDate('15', '6', '2005'))
        await answer(page, 'Was it a caution or a conviction?', q => q.choose('A conviction'))
        await answer(page, 'When were you convicted?', q => q.fillDate('1', '1', '2020'))
        await answer(page, 'What sentence did you get?', q => q.choose('Referral order'))
        await answer(page, 'How long did the referral order last?', q => q.choose('For a set time'))
        await answer(page, 'How long was the referral order?', q => q.fillLength('12', 'months'))
        await answer(page, 'Did you get another sentence for this conviction?', q => q.choose('No'))
        await answer(page, 'Was it for a listed offence?', q => q.choose('I do not know'))
        await answer(page, 'Do you have another caution or conviction?', q => q.choose('No'))
        await (await new CheckAnswersPage(page).verifyOnPage()).seeResult()
        const result = await new ResultPage(page).verifyOnPage()
        assert.deepEqual(await result.headlines(), ['Spent Spent on 1 January 2021'])
        const width = await page.evaluate(() => document.documentElement.scrollWidth)
        assert.ok(width <= 320, `nothing is wider than the screen (${width}px)`)
      },
      { viewport: { width: 320, height: 640 } },
    ))
})

describe('convictions on the caseload', () => {
  it('a COM records a conviction and sees when it is spent; the person sees it in plain words', () =>
    withPage(browser, app.baseUrl, async page => {
      const person = app.fixture.people.ofComA
      await SignInPage.signInAs(page, 'comA')
      await new StaffHomePage(page, 'Staff comA').verifyOnPage()
      await page.goto(`/people/${person.id}/disclosure`)
      const disclosure = await new ResultPage(page, 'When convictions become spent').verifyOnPage()
      await loadingNewPage(page, () => page.getByTestId('edit-convictions').click())
      const form = await new QuestionPage(page, 'Earlier cautions and convictions').verifyOnPage()
      await form.choose('Conviction')
      await form.fillDate('10', '1', '2025', 'Date of the conviction or caution')
      await page.getByLabel('Sentence or type of caution').selectOption('community_order')
      await form.choose('After a set time (give the length)')
      await form.fillLength('2', 'years', 'Length')
      await loadingNewPage(page, () => page.getByTestId('save').click())
      await form.verifyOnPage()
      assert.equal(await form.savedMessage(), 'Conviction added')
      assert.match(await form.bodyText(), /10 January 2025\s+Conviction\s+Community order/)
      await page.goto(`/people/${person.id}/disclosure`)
      await disclosure.verifyOnPage()
      assert.equal(await disclosure.summaryValue('spent-summary', 'Spent'), 'Will be spent on 10 January 2027')
      await disclosure.signOut()
      await new SignedOutPage(page).verifyOnPage()

      await SignInPage.signInAs(page, 'person')
      await new PersonHomePage(page, 'Test').verifyOnPage()
      await loadingNewPage(page, () => page.getByTestId('your-record').click())
      const own = await new ResultPage(page, 'When your convictions become spent').verifyOnPage()
      assert.deepEqual(await own.headlines(), ['Not spent Will be spent on 10 January 2027'])
    }))
})
