import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

export class CaseloadPage extends ResettlePage {
  constructor(page: Page, heading: 'Your caseload' | "Your team's caseload" = 'Your caseload') {
    super(page, heading)
  }

  get resultCount(): Locator {
    return this.page.getByTestId('result-count')
  }

  async stages(): Promise<string[]> {
    const rows = this.page.getByTestId('caseload-table').locator('tbody tr')
    return (await rows.locator('td:nth-child(2)').allInnerTexts()).map(stage => stage.trim())
  }

  /** The people listed, as "Last, First". */
  async names(): Promise<string[]> {
    const rows = this.page.getByTestId('caseload-table').locator('tbody tr')
    return (await rows.locator('td:nth-child(1) a').allInnerTexts()).map(name => name.trim())
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Name or CRN').fill(text)
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name: 'Apply' }).click())
  }

  async filterByStage(label: string): Promise<void> {
    await this.page.getByLabel('Stage').selectOption({ label })
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name: 'Apply' }).click())
  }
}
