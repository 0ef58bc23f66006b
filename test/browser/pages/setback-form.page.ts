import type { Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

export interface SetbackDetails {
  date: string
  kind: 'Lapse' | 'Relapse' | 'Missed appointment' | 'New concern'
  whatHappened: string
  response: 'Talk it through' | 'Adjust the plan' | 'More contact' | 'A warning' | 'A referral' | 'Consider recall'
  reason: string
}

/** "Record a setback": what happened and the response chosen, with its reason. */
export class SetbackFormPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Record a setback')
  }

  async fill(setback: SetbackDetails): Promise<void> {
    await this.fillDateInput('When it happened', setback.date)
    await this.page
      .getByRole('group', { name: 'What kind of setback' })
      .getByLabel(setback.kind, { exact: true })
      .check()
    await this.page.getByLabel('What happened').fill(setback.whatHappened)
    await this.page.getByRole('group', { name: 'Your response' }).getByLabel(setback.response, { exact: true }).check()
    await this.page.getByLabel('Why this response').fill(setback.reason)
  }

  async save(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name: 'Save the setback' }).click())
  }
}
