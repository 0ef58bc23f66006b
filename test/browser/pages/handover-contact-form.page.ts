import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

export interface ContactDetails {
  date?: string
  type?: 'Visit' | 'Video call' | 'Phone call' | 'Letter'
  met?: 'Yes' | 'No'
  note?: string
}

/** "Add a contact before release": one of the COM's contacts with the person in custody. */
export class HandoverContactFormPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Add a contact before release')
  }

  get date(): Locator {
    return this.page.getByLabel('Date of the contact')
  }

  get note(): Locator {
    return this.page.getByLabel('Note (optional)')
  }

  async fill(contact: ContactDetails): Promise<void> {
    if (contact.date !== undefined) await this.date.fill(contact.date)
    if (contact.type) {
      await this.page.getByRole('group', { name: 'Type of contact' }).getByLabel(contact.type, { exact: true }).check()
    }
    if (contact.met) await this.page.getByRole('group', { name: 'Did they meet?' }).getByLabel(contact.met).check()
    if (contact.note !== undefined) await this.note.fill(contact.note)
  }

  async save(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name: 'Save the contact' }).click())
  }
}
