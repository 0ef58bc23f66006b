import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

export class AllocationPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Change allocation')
  }

  get communityOffenderManager(): Locator {
    return this.page.getByLabel('Community offender manager')
  }

  async selectedCommunityOffenderManager(): Promise<string> {
    return (await this.communityOffenderManager.locator('option:checked').innerText()).trim()
  }

  async allocateCommunityOffenderManager(optionText: string): Promise<void> {
    await this.communityOffenderManager.selectOption({ label: optionText })
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name: 'Save allocation' }).click())
  }
}
