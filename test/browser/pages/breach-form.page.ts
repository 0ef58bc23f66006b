import type { Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

export interface BreachDetails {
  date: string
  whatHappened: string
  personAccount: string
  alternatives: string[]
  risk: 'Low' | 'Medium' | 'High' | 'Very high'
  riskNotes: string
  recommendation: 'No recall' | 'Fixed-term recall' | 'Standard recall'
  reason: string
  expectedNow: string
  contactNumber: string
}

/** "Record a breach": the structured breach record and the practitioner's recommendation. */
export class BreachFormPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Record a breach')
  }

  async fill(breach: BreachDetails): Promise<void> {
    await this.fillDateInput('Date of the breach', breach.date)
    await this.page.getByLabel('What happened').fill(breach.whatHappened)
    await this.page.getByLabel('The person’s own account').fill(breach.personAccount)
    const alternatives = this.page.getByRole('group', { name: 'Alternatives to recall considered' })
    for (const alternative of breach.alternatives) await alternatives.getByLabel(alternative, { exact: true }).check()
    await this.page.getByRole('group', { name: 'Risk now' }).getByLabel(breach.risk, { exact: true }).check()
    await this.page.getByLabel('Why the risk is at that level now').fill(breach.riskNotes)
    await this.page
      .getByRole('group', { name: 'Your recommendation' })
      .getByLabel(breach.recommendation, { exact: true })
      .check()
    await this.page.getByLabel('Reason for your recommendation').fill(breach.reason)
    await this.page.getByLabel('What is expected of the person now').fill(breach.expectedNow)
    await this.page.getByLabel('Contact number for the person').fill(breach.contactNumber)
  }

  async send(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name: 'Send for countersignature' }).click())
  }
}
