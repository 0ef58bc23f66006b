import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

export interface PersonDetails {
  firstName?: string
  lastName?: string
  preferredName?: string
  dateOfBirth?: { day: string; month: string; year: string }
  crn?: string
  prisonNumber?: string
}

/** "Add a person" and "Change personal details" are the same form. */
export class PersonFormPage extends ResettlePage {
  constructor(page: Page, heading: 'Add a person' | 'Change personal details') {
    super(page, heading)
  }

  get firstName(): Locator {
    return this.page.getByLabel('First name', { exact: true })
  }

  get lastName(): Locator {
    return this.page.getByLabel('Last name', { exact: true })
  }

  get preferredName(): Locator {
    return this.page.getByLabel('Preferred name (optional)')
  }

  get crn(): Locator {
    return this.page.getByLabel('CRN', { exact: true })
  }

  get prisonNumber(): Locator {
    return this.page.getByLabel('Prison number (optional)')
  }

  dateOfBirthPart(part: 'Day' | 'Month' | 'Year'): Locator {
    return this.page.getByRole('group', { name: 'Date of birth' }).getByLabel(part, { exact: true })
  }

  /** Fills the fields given, leaving the others as they are. */
  async fill(details: PersonDetails): Promise<void> {
    if (details.firstName !== undefined) await this.firstName.fill(details.firstName)
    if (details.lastName !== undefined) await this.lastName.fill(details.lastName)
    if (details.preferredName !== undefined) await this.preferredName.fill(details.preferredName)
    if (details.dateOfBirth) {
      await this.dateOfBirthPart('Day').fill(details.dateOfBirth.day)
      await this.dateOfBirthPart('Month').fill(details.dateOfBirth.month)
      await this.dateOfBirthPart('Year').fill(details.dateOfBirth.year)
    }
    if (details.crn !== undefined) await this.crn.fill(details.crn)
    if (details.prisonNumber !== undefined) await this.prisonNumber.fill(details.prisonNumber)
  }

  get changeReason(): Locator {
    return this.page.getByLabel('Reason for the change (optional)')
  }

  /** The rows of "Changes to these details", newest first, by the table's column headings. */
  async detailChanges(): Promise<Record<string, string>[]> {
    const table = this.page.getByTestId('detail-changes')
    const headings = (await table.locator('thead th').allInnerTexts()).map(text => text.trim())
    const rows = await table.locator('tbody tr').all()
    return Promise.all(
      rows.map(async row => {
        const cells = (await row.locator('td, th').allInnerTexts()).map(text => text.trim())
        return Object.fromEntries(headings.map((heading, i) => [heading, cells[i] ?? '']))
      }),
    )
  }

  async save(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name: 'Save', exact: true }).click())
  }
}
