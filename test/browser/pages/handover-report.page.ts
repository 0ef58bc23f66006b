import type { Locator, Page } from 'playwright-core'
import { ResettlePage } from './page.ts'

/** The printable handover report, made from the record. */
export class HandoverReportPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Handover report')
  }

  /** The report's section headings, in order. */
  async sectionTitles(): Promise<string[]> {
    return (await this.page.locator('.app-report-section h2').allInnerTexts()).map(title => title.trim())
  }

  section(id: string): Locator {
    return this.page.getByTestId(`report-${id}`)
  }

  /** A row of a section's summary list. */
  async value(section: string, key: string): Promise<string> {
    const row = this.section(section)
      .locator('.govuk-summary-list__row')
      .filter({ has: this.page.locator('.govuk-summary-list__key', { hasText: new RegExp(`^\\s*${key}\\s*$`) }) })
    return (await row.locator('.govuk-summary-list__value').innerText()).trim()
  }

  get caseNavigation(): Locator {
    return this.page.getByRole('navigation', { name: 'Sections of this case' })
  }
}
