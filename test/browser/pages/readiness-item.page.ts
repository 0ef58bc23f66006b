import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** The form of one readiness item: its heading is the item's title. */
export class ReadinessItemPage extends ResettlePage {
  constructor(page: Page, title: string) {
    super(page, title)
  }

  get due(): Locator {
    return this.page.getByTestId('due')
  }

  async status(label: 'Not started' | 'In progress' | 'Met' | 'Not needed'): Promise<void> {
    await this.page.getByRole('group', { name: 'Status' }).getByLabel(label, { exact: true }).check()
  }

  /** Picks an answer of a question asked with radios. */
  async choose(question: string, answer: string): Promise<void> {
    await this.page.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check()
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true })
  }

  async fill(label: string, value: string): Promise<void> {
    await this.field(label).fill(value)
  }

  async tick(label: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).check()
  }

  async save(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name: 'Save', exact: true }).click())
  }
}
