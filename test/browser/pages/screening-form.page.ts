import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

export interface PathwayAnswer {
  status: 'No need' | 'Need identified' | 'In progress' | 'Support declined' | 'Done'
  urgency?: 'Low' | 'Medium' | 'High' | 'Urgent'
  ownWords?: string
}

/** The screening on arrival and the pre-release review: the questions for women, then a fieldset per pathway. */
export class ScreeningFormPage extends ResettlePage {
  constructor(page: Page, heading: 'Screening on arrival' | 'Pre-release review' = 'Screening on arrival') {
    super(page, heading)
  }

  get deadline(): Locator {
    return this.page.getByTestId('deadline')
  }

  async womensQuestionsApply(answer: 'Yes' | 'No'): Promise<void> {
    const group = this.page.getByRole('group', { name: 'Do the questions for women apply to this person?' })
    await group.getByLabel(answer, { exact: true }).first().check()
  }

  /** Answers one of the questions for women, found by its question. */
  async answerForWomen(question: string, answer: 'Yes' | 'No' | 'Did not want to say'): Promise<void> {
    await this.page.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check()
  }

  pathway(label: string): Locator {
    return this.page.getByRole('group', { name: label, exact: true })
  }

  async answer(label: string, { status, urgency, ownWords }: PathwayAnswer): Promise<void> {
    const pathway = this.pathway(label)
    await pathway.getByRole('group', { name: 'Status' }).getByLabel(status, { exact: true }).check()
    if (urgency) await pathway.getByRole('group', { name: 'How pressing is it?' }).getByLabel(urgency).check()
    if (ownWords !== undefined)
      await pathway.getByLabel('What the person says, in their own words (optional)').fill(ownWords)
  }

  ownWords(label: string): Locator {
    return this.pathway(label).getByLabel('What the person says, in their own words (optional)')
  }

  async save(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('save').click())
  }
}
