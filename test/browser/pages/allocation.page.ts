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

  get continuityWarning(): Locator {
    return this.page.getByTestId('continuity-warning')
  }

  async comChanges(): Promise<string> {
    return (await this.page.getByTestId('com-changes').innerText()).trim()
  }

  /** Why the practitioner changes, and the note the new one is given: a reallocation needs both. */
  async giveReason(reason: string, handoverNote: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Reason for the change' }).getByLabel(reason, { exact: true }).check()
    await this.page.getByLabel('Handover note for the new practitioner').fill(handoverNote)
  }

  async allocateCommunityOffenderManager(optionText: string): Promise<void> {
    await this.communityOffenderManager.selectOption({ label: optionText })
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name: 'Save allocation' }).click())
  }
}
