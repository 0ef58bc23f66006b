import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** A person's release and the follow-ups after it, each with its due date and a GOV.UK tag. */
export class ReleasePage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Release and after')
  }

  /** Follows "Release" in the case navigation of any page of the case. */
  static async openFromCaseNavigation(page: Page): Promise<ReleasePage> {
    const nav = page.getByRole('navigation', { name: 'Sections of this case' })
    await loadingNewPage(page, () => nav.getByRole('link', { name: 'Release', exact: true }).click())
    return new ReleasePage(page).verifyOnPage()
  }

  /** The follow-ups the banner asks for, one line each. */
  get followUpsDue(): Locator {
    return this.page.getByTestId('follow-ups-due')
  }

  releaseDetail(key: string): Promise<string> {
    return this.summaryValue('release', key)
  }

  /** The tag of a follow-up: "Due", "Overdue", "Not yet due" or "Recorded". */
  async state(kind: string): Promise<string> {
    return (await this.page.getByTestId(`state-${kind}`).innerText()).trim()
  }

  /** Each follow-up as the table shows it: follow-up, due, status, answer. */
  async followUps(): Promise<string[][]> {
    const rows = await this.page.getByTestId('follow-ups').locator('tbody tr').all()
    return Promise.all(
      rows.map(async row =>
        (await row.locator('td').allInnerTexts()).slice(0, 4).map(cell => cell.replace(/\s+/g, ' ').trim()),
      ),
    )
  }

  async recordRelease(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('record-release').click())
  }

  async recordFollowUp(kind: string): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId(`record-${kind}`).click())
  }
}
