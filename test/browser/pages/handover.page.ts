import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** A person's handover: the meeting and its status, the COM's contacts before release, the flags. */
export class HandoverPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Handover')
  }

  /** Follows the link on the person's overview. */
  static async openFromOverview(page: Page): Promise<HandoverPage> {
    await loadingNewPage(page, () => page.getByTestId('case-section-handover').click())
    return new HandoverPage(page).verifyOnPage()
  }

  get meetingOverdueFlag(): Locator {
    return this.page.getByTestId('meeting-overdue-flag')
  }

  get comNotMetFlag(): Locator {
    return this.page.getByTestId('com-not-met-flag')
  }

  /** The GOV.UK notification banner that says what was just saved. */
  get savedBanner(): Locator {
    return this.page.getByTestId('saved')
  }

  get meetingStatus(): Locator {
    return this.page.getByTestId('meeting-status')
  }

  get contactStatus(): Locator {
    return this.page.getByTestId('contact-status')
  }

  meetingDetail(key: string): Promise<string> {
    return this.summaryValue('meeting', key)
  }

  /** Each contact as the table shows it: date, type, met, COM, note. */
  async contacts(): Promise<string[][]> {
    const rows = await this.page.getByTestId('contacts').locator('tbody tr').all()
    return Promise.all(rows.map(async row => (await row.locator('td').allInnerTexts()).map(cell => cell.trim())))
  }

  async addContact(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('add-contact').click())
  }

  async recordMeeting(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('record-meeting').click())
  }

  async viewReport(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('view-report').click())
  }
}
