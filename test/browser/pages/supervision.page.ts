import type { Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** A person's supervision: appointments to come, and the journey of progress and setbacks. */
export class SupervisionPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Supervision')
  }

  static async openFromOverview(page: Page): Promise<SupervisionPage> {
    await loadingNewPage(page, () => page.getByTestId('case-section-supervision').click())
    return new SupervisionPage(page).verifyOnPage()
  }

  async schedule(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('schedule').click())
  }

  async recordFirstAppointment(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('record-appointment').first().click())
  }

  async recordSetback(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('record-setback').click())
  }

  /** Each step of the journey as "direction: text", in order. */
  async journey(): Promise<string[]> {
    const steps = await this.page.getByTestId('journey-step').all()
    return Promise.all(
      steps.map(
        async step =>
          `${await step.getAttribute('data-direction')}: ${(await step.innerText()).replace(/\s+/g, ' ').trim()}`,
      ),
    )
  }
}
