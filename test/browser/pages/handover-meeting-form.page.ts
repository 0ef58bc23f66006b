import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { DateInput } from './handover-contact-form.page.ts'
import { ResettlePage } from './page.ts'

/** "Record the handover meeting" and "Change the handover meeting" are the same form. */
export class HandoverMeetingFormPage extends ResettlePage {
  constructor(page: Page, heading: 'Record the handover meeting' | 'Change the handover meeting') {
    super(page, heading)
  }

  get date(): DateInput {
    return new DateInput(this.page, 'Date of the meeting')
  }

  get whoAttended(): Locator {
    return this.page.getByRole('group', { name: 'Who attended' })
  }

  /** Ticks an attendee by the start of their label ("Community offender manager", "A supporter", …). */
  async tick(attendee: string | RegExp): Promise<void> {
    await this.whoAttended.getByLabel(attendee).check()
  }

  get supporterName(): Locator {
    return this.page.getByLabel('Supporter’s name')
  }

  get supporterRelationship(): Locator {
    return this.page.getByLabel('How they know the person')
  }

  get notes(): Locator {
    return this.page.getByLabel('Notes (optional)')
  }

  async save(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name: 'Save the handover meeting' }).click())
  }
}
