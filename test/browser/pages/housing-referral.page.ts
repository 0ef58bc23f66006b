import type { Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

export interface Referral {
  council?: string
  sentOn?: string
  consent?: boolean
}

/** Recording a referral to a council under the duty to refer. */
export class HousingReferralPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Referral to a council under the duty to refer')
  }

  async fill(referral: Referral): Promise<void> {
    if (referral.council !== undefined) await this.page.getByLabel('Council', { exact: true }).fill(referral.council)
    if (referral.sentOn !== undefined) await this.fillDateInput('Date the referral was sent', referral.sentOn)
    if (referral.consent) await this.page.getByLabel('The person agreed to this referral').check()
  }

  async save(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name: 'Save referral' }).click())
  }
}
