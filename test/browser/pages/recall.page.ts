import type { Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** A person's breach and recall reviews. */
export class RecallPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Breach and recall')
  }

  static async openFromOverview(page: Page): Promise<RecallPage> {
    await loadingNewPage(page, () => page.getByTestId('case-section-recall').click())
    return new RecallPage(page).verifyOnPage()
  }

  async recordBreach(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('record-breach').click())
  }

  async openReview(breachDate: string): Promise<void> {
    await loadingNewPage(this.page, () =>
      this.page.getByTestId('reviews').getByRole('link', { name: breachDate }).click(),
    )
  }
}
