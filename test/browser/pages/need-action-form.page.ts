import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

export interface ActionDetails {
  need?: string
  description?: string
  owner?: string
  ownerName?: string
  dueDate?: string
  progress?: 'Not started' | 'In progress' | 'Done'
  progressNote?: string
}

/** Adding an action against a need, or updating its owner, due date and progress. */
export class NeedActionFormPage extends ResettlePage {
  constructor(page: Page, heading: 'Add an action' | 'Update an action' = 'Add an action') {
    super(page, heading)
  }

  get description(): Locator {
    return this.page.getByLabel('What will be done')
  }

  /** The needs offered, in order. */
  async needs(): Promise<string[]> {
    const group = this.page.getByRole('group', { name: 'Which need is it for?' })
    return (await group.locator('label').allInnerTexts()).map(text => text.trim())
  }

  async fill(details: ActionDetails): Promise<void> {
    if (details.need) {
      await this.page.getByRole('group', { name: 'Which need is it for?' }).getByLabel(details.need).check()
    }
    if (details.description !== undefined) await this.description.fill(details.description)
    if (details.owner) {
      await this.page.getByRole('group', { name: 'Who will do it?' }).getByLabel(details.owner, { exact: true }).check()
    }
    if (details.ownerName !== undefined) {
      await this.page.getByLabel('Name of the organisation or person (optional)').fill(details.ownerName)
    }
    if (details.dueDate !== undefined) await this.fillDateInput('Due date', details.dueDate)
    if (details.progress) {
      await this.page.getByRole('group', { name: 'Progress' }).getByLabel(details.progress, { exact: true }).check()
    }
    if (details.progressNote !== undefined)
      await this.page.getByLabel('Progress note (optional)').fill(details.progressNote)
  }

  async save(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('save').click())
  }
}
