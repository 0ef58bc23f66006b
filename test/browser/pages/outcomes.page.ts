import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** The outcomes dashboard: a chart and a table per measure. */
export class OutcomesPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Outcomes by group')
  }

  measure(key: string): Locator {
    return this.page.getByTestId(`measure-${key}`)
  }

  async show(choices: { level?: string; quarter?: string; by?: string }): Promise<void> {
    if (choices.level) await this.page.getByLabel('Level').selectOption({ label: choices.level })
    if (choices.quarter) await this.page.getByLabel('Released in').selectOption({ label: choices.quarter })
    if (choices.by) await this.page.getByLabel('Broken down by').selectOption({ label: choices.by })
    await loadingNewPage(this.page, () => this.page.getByTestId('show').click())
  }
}
