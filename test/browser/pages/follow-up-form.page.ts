import type { Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** Recording one follow-up after release: its heading is the follow-up's title. */
export class FollowUpFormPage extends ResettlePage {
  constructor(page: Page, title: string) {
    super(page, title)
  }

  /** Picks an answer of the question asked with radios. */
  async choose(question: string, answer: string): Promise<void> {
    await this.page.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check()
  }

  async save(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('save').click())
  }
}
