import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

export interface AuditEntry {
  who: string
  action: string
  outcome: string
  person: string
}

export class AuditTrailPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Audit trail')
  }

  get action(): Locator {
    return this.page.getByLabel('Action', { exact: true })
  }

  get resultCount(): Locator {
    return this.page.getByTestId('result-count')
  }

  get person(): Locator {
    return this.page.getByLabel('Person', { exact: true })
  }

  get exportLink(): Locator {
    return this.page.getByTestId('export-csv')
  }

  async filterByAction(action: string): Promise<void> {
    await this.action.selectOption(action)
    await loadingNewPage(this.page, () => this.page.getByTestId('filter').click())
  }

  /** Keeps the other filters and narrows the trail to one person, by name or CRN. */
  async filterByPerson(nameOrCrn: string): Promise<void> {
    await this.person.fill(nameOrCrn)
    await loadingNewPage(this.page, () => this.page.getByTestId('filter').click())
  }

  /** Keeps the other filters and narrows the trail to the days from and to, each written d/m/yyyy. */
  async filterByDates(from: string, to: string): Promise<void> {
    await this.fillDateInput('From', from)
    await this.fillDateInput('To', to)
    await loadingNewPage(this.page, () => this.page.getByTestId('filter').click())
  }

  /** The table's rows, by its column headings. */
  async entries(): Promise<AuditEntry[]> {
    const table = this.page.getByTestId('audit-table')
    const headings = (await table.locator('thead th').allInnerTexts()).map(text => text.trim())
    const column = (name: string) => headings.indexOf(name)
    const rows = await table.locator('tbody tr').all()
    return Promise.all(
      rows.map(async row => {
        const cells = (await row.locator('td, th').allInnerTexts()).map(text => text.trim())
        return {
          who: cells[column('Who')] ?? '',
          action: cells[column('Action')] ?? '',
          outcome: cells[column('Outcome')] ?? '',
          person: cells[column('Person')] ?? '',
        }
      }),
    )
  }
}
