import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** A GOV.UK date input, found by its legend, filled from "24/11/2026" as a person would type it in three boxes. */
export class DateInput {
  private readonly group: Locator

  constructor(page: Page, legend: string) {
    this.group = page.getByRole('group', { name: legend })
  }

  async fill(dayMonthYear: string): Promise<void> {
    const [day = '', month = '', year = ''] = dayMonthYear.split('/')
    await this.group.getByLabel('Day', { exact: true }).fill(day)
    await this.group.getByLabel('Month', { exact: true }).fill(month)
    await this.group.getByLabel('Year', { exact: true }).fill(year)
  }

  /** What the three boxes hold, as "24/11/2026". */
  async value(): Promise<string> {
    const parts = ['Day', 'Month', 'Year'].map(part => this.group.getByLabel(part, { exact: true }).inputValue())
    return (await Promise.all(parts)).join('/')
  }
}

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

  get date(): DateInput {
    return new DateInput(this.page, 'Date of the contact')
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
