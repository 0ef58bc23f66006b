import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** Recording the release: its date, where the person stayed on the first night, and the address. */
export class ReleaseFormPage extends ResettlePage {
  constructor(page: Page, heading: 'Record the release' | 'Change the release' = 'Record the release') {
    super(page, heading)
  }

  /** The date of release, as day/month/year. */
  async date(date: string): Promise<void> {
    await this.fillDateInput('Date of release', date)
  }

  get address(): Locator {
    return this.page.getByLabel('Address', { exact: true })
  }

  async firstNight(label: string): Promise<void> {
    const group = this.page.getByRole('group', { name: 'Where did the person stay on the first night?' })
    await group.getByLabel(label, { exact: true }).check()
  }

  async save(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('save').click())
  }
}
