import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** A person's needs: the screening deadlines, the latest answer per pathway, and the work in custody. */
export class NeedsPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Needs')
  }

  /** Follows the link on the person's overview. */
  static async openFromOverview(page: Page): Promise<NeedsPage> {
    await loadingNewPage(page, () => page.getByTestId('case-section-needs').click())
    return new NeedsPage(page).verifyOnPage()
  }

  /** Where a deadline stands, as the page says it: 'Screening on arrival' or 'Pre-release review'. */
  deadline(kind: 'Screening on arrival' | 'Pre-release review'): Promise<string> {
    return this.summaryValue('needs-deadlines', kind)
  }

  overdueWarning(kind: 'arrival' | 'pre-release'): Locator {
    return this.page.getByTestId(`overdue-${kind}`)
  }

  async recordScreening(kind: 'arrival' | 'pre-release'): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId(`record-${kind}`).click())
  }

  /** Each pathway as the table shows it: pathway (with any women's needs), status, how pressing, own words. */
  async pathways(): Promise<string[][]> {
    return this.rowsOf('needs-table')
  }

  /** Each action as the table shows it: need, action, who, due, progress. */
  async actions(): Promise<string[][]> {
    return (await this.rowsOf('actions-table')).map(row => row.slice(0, 5))
  }

  get noActions(): Locator {
    return this.page.getByTestId('no-actions')
  }

  async addAction(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('add-action').click())
  }

  async markDone(action: string): Promise<void> {
    const button = this.page.getByRole('button', { name: `Mark as done – ${action}` })
    await loadingNewPage(this.page, () => button.click())
  }

  private async rowsOf(table: string): Promise<string[][]> {
    const rows = await this.page.getByTestId(table).locator('tbody tr').all()
    return Promise.all(
      rows.map(async row => (await row.locator('td').allInnerTexts()).map(cell => cell.replace(/\s+/g, ' ').trim())),
    )
  }
}
