import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** A person's record: personal details, who is allocated, and each custody episode's key dates. */
export class PersonOverviewPage extends ResettlePage {
  /** `listName` is the heading, as "Smith, John". */
  constructor(page: Page, listName: string) {
    super(page, listName)
  }

  get caption(): Locator {
    return this.page.locator('.govuk-caption-l')
  }

  personalDetail(key: string): Promise<string> {
    return this.summaryValue('personal-details', key)
  }

  allocated(key: 'Community offender manager' | 'Prison offender manager'): Promise<string> {
    return this.summaryValue('allocation', key)
  }

  /** A key date of an episode, the most recent first. */
  keyDate(key: string, episode = 0): Promise<string> {
    return this.summaryValue('key-dates', key, episode)
  }

  async episodeHeadings(): Promise<string[]> {
    const headings = await this.page.getByRole('heading', { level: 3 }).allInnerTexts()
    return headings.map(heading => heading.replace(/\s+/g, ' ').trim())
  }

  get noEpisodes(): Locator {
    return this.page.getByTestId('no-episodes')
  }

  async changePersonalDetails(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('edit-person').click())
  }

  async addCustodyEpisode(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('add-episode').click())
  }

  async changeAllocation(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('change-allocation').click())
  }
}
