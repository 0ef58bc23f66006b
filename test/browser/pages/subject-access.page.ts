import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** The administrator's search for the person who asked for their information. */
export class SubjectAccessSearchPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Subject access')
  }

  static async open(page: Page): Promise<SubjectAccessSearchPage> {
    await loadingNewPage(page, () =>
      page.locator('.govuk-service-navigation').getByRole('link', { name: 'Subject access', exact: true }).click(),
    )
    return new SubjectAccessSearchPage(page).verifyOnPage()
  }

  get resultCount(): Locator {
    return this.page.getByTestId('result-count')
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('search-input').fill(text)
    await loadingNewPage(this.page, () => this.page.getByTestId('search-button').click())
  }

  async openPerson(name: string): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('person-link').filter({ hasText: name }).click())
  }
}

/** What is held about one person, with the downloads. */
export class SubjectAccessPersonPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'What is held about this person')
  }

  get downloadPdf(): Locator {
    return this.page.getByTestId('download-pdf')
  }

  get downloadJson(): Locator {
    return this.page.getByTestId('download-json')
  }

  /** The kinds of record held and how many of each, as the table shows them. */
  async sections(): Promise<Map<string, number>> {
    const rows = await this.page.getByTestId('sections-table').locator('tbody tr').all()
    const entries = await Promise.all(
      rows.map(async row => {
        const [label, count] = (await row.locator('td').allInnerTexts()).map(text => text.trim())
        return [label ?? '', Number(count)] as const
      }),
    )
    return new Map(entries)
  }
}

/** The records due for a retention review. */
export class RetentionReviewPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Retention review')
  }

  get resultCount(): Locator {
    return this.page.getByTestId('result-count')
  }
}
