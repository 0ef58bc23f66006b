import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** The practitioner's plan page. */
export class PlanPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Resettlement plan')
  }

  static async visit(page: Page, personId: string): Promise<PlanPage> {
    await page.goto(`/people/${personId}/plan`)
    return new PlanPage(page).verifyOnPage()
  }

  get agreementStatus(): Locator {
    return this.page.getByTestId('agreement-status')
  }

  get caseHeader(): Locator {
    return this.page.getByTestId('case-header')
  }

  get balanceWarning(): Locator {
    return this.page.getByTestId('balance-warning')
  }

  get goals(): Locator {
    return this.page.getByTestId('goal')
  }

  async follow(qa: 'add-goal' | 'add-step' | 'history' | 'change-strengths'): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId(qa).click())
  }

  async openStep(text: string): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByRole('link', { name: text, exact: true }).click())
  }

  async addControl(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('add-control').click())
  }
}

/** The person's own plan, in plain words. */
export class YourPlanPage extends ResettlePage {
  /** Headed "Eich cynllun" in Welsh. */
  constructor(page: Page, heading = 'Your plan') {
    super(page, heading)
  }

  get agreementStatus(): Locator {
    return this.page.getByTestId('agreement-status')
  }

  get caseHeader(): Locator {
    return this.page.getByTestId('case-header')
  }

  get licenceRules(): Locator {
    return this.page.getByTestId('licence-rules')
  }

  get namedPractitioner(): Locator {
    return this.page.getByTestId('named-practitioner')
  }

  async addGoal(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('add-goal').click())
  }

  async answer(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('answer').click())
  }

  async changeGoal(text: string): Promise<void> {
    await loadingNewPage(this.page, () =>
      this.page.getByRole('link', { name: 'Change this goal' }).filter({ hasText: text }).click(),
    )
  }

  async goalTexts(): Promise<string[]> {
    return this.page.getByTestId('goal').locator('h3').allInnerTexts()
  }

  async openHistory(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('history').click())
  }
}
