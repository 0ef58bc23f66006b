import type { Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** A person's journey on the MoJ timeline, newest first, with a filter by kind. */
export class TimelinePage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Timeline')
  }

  /** Follows "Timeline" in the case navigation of any page of the case. */
  static async openFromCaseNavigation(page: Page): Promise<TimelinePage> {
    const nav = page.getByRole('navigation', { name: 'Sections of this case' })
    await loadingNewPage(page, () => nav.getByRole('link', { name: 'Timeline', exact: true }).click())
    return new TimelinePage(page).verifyOnPage()
  }

  /** The title of each moment, in the order shown. */
  async titles(): Promise<string[]> {
    const titles = await this.page.locator('.moj-timeline__title').allInnerTexts()
    return titles.map(title => title.trim())
  }

  async show(kind: string): Promise<void> {
    await this.page.getByLabel('Show').selectOption({ label: kind })
    await loadingNewPage(this.page, () => this.page.getByTestId('filter').click())
  }
}
