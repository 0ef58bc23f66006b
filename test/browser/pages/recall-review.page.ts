import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** One recall review: the breach record, and the manager's countersigned decision or the form to make it. */
export class RecallReviewPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Recall review')
  }

  get awaiting(): Locator {
    return this.page.getByTestId('awaiting')
  }

  get explanation(): Locator {
    return this.page.getByTestId('explanation')
  }

  get letter(): Locator {
    return this.page.getByTestId('letter')
  }

  async countersign(decision: 'No recall' | 'Fixed-term recall' | 'Standard recall', rationale: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Your decision' }).getByLabel(decision, { exact: true }).check()
    await this.page.getByLabel('Rationale').fill(rationale)
    await loadingNewPage(this.page, () => this.page.getByTestId('countersign').click())
  }
}
