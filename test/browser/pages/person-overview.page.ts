import assert from 'node:assert/strict'
import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** A case's overview: what needs doing, then each custody episode's key dates, who is allocated, personal details. */
export class PersonOverviewPage extends ResettlePage {
  /** `listName` is the name in the case header, as "Smith, John". */
  constructor(
    page: Page,
    private readonly listName: string,
  ) {
    super(page, 'Overview')
  }

  override async verifyOnPage(): Promise<this> {
    await super.verifyOnPage()
    assert.equal((await this.caseName.innerText()).trim(), this.listName, `the case of ${this.listName}`)
    return this
  }

  get caseName(): Locator {
    return this.page.getByTestId('case-name')
  }

  /** The CRN, and the prison number when there is one, as the case header shows them: "X123456 · A1234BC". */
  async identifiers(): Promise<string> {
    const crn = (await this.page.getByTestId('case-crn').innerText()).trim()
    const prisonNumber = (await this.page.getByTestId('case-prison-number').innerText()).trim()
    return prisonNumber === 'None' ? crn : `${crn} · ${prisonNumber}`
  }

  /** What needs doing, as shown: each line's text, overdue first. */
  async toDo(): Promise<string[]> {
    const lines = await this.page.getByTestId('what-needs-doing').locator('li').allInnerTexts()
    return lines.map(line => line.replace(/\s+/g, ' ').trim())
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
    const headings = await this.page.getByTestId('episode-heading').allInnerTexts()
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
