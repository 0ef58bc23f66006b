import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

export class PeopleListPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'People')
  }

  get searchBox(): Locator {
    return this.page.getByLabel('Search by name, CRN or prison number')
  }

  get resultCount(): Locator {
    return this.page.getByTestId('result-count')
  }

  async search(terms: string): Promise<void> {
    await this.searchBox.fill(terms)
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name: 'Search' }).click())
  }

  /** The names listed, as the list shows them ("Smith, John"). */
  async names(): Promise<string[]> {
    return (await this.page.getByTestId('person-link').allInnerTexts()).map(name => name.trim())
  }

  /** The CRN column of each row, in the same order as the names. */
  async crns(): Promise<string[]> {
    const rows = this.page.getByTestId('people-table').locator('tbody tr')
    return (await rows.locator('td:nth-child(2)').allInnerTexts()).map(crn => crn.trim())
  }

  async openPerson(listName: string): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByRole('link', { name: listName, exact: true }).click())
  }
}
