import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** A person's release readiness: the RAG summary, the checklist, the housing duty and the release day. */
export class ReadinessPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Release readiness')
  }

  /** "Red", "Amber" or "Green". */
  async rag(): Promise<string> {
    return (await this.page.getByTestId('readiness-summary').getByTestId('rag').innerText()).trim()
  }

  get explanation(): Locator {
    return this.page.getByTestId('summary-explanation')
  }

  private task(title: string): Locator {
    return this.page
      .getByTestId('checklist')
      .locator('.govuk-task-list__item')
      .filter({ has: this.page.getByText(title, { exact: true }) })
  }

  /** The tag of an item in the checklist: "Met", "Not started", "Overdue"… */
  async itemStatus(title: string): Promise<string> {
    return (await this.task(title).locator('.govuk-task-list__status').innerText()).trim()
  }

  /** The line under an item: its due date, or what was recorded when it is met. */
  async itemHint(title: string): Promise<string> {
    return (await this.task(title).locator('.govuk-task-list__hint').innerText()).trim()
  }

  async openItem(title: string): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByRole('link', { name: title, exact: true }).click())
  }

  get housingReferrals(): Locator {
    return this.page.getByTestId('housing-referrals')
  }

  async recordReferral(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('record-referral').click())
  }

  async openReleaseDayPlan(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('release-day-link').click())
  }
}
