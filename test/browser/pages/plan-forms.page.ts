import type { Locator } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** A form for one part of a plan: a goal, a step, a strength… Its heading says which. */
export class PlanItemFormPage extends ResettlePage {
  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true })
  }

  async fill(label: string, value: string): Promise<void> {
    await this.field(label).fill(value)
  }

  async choose(question: string, answer: string): Promise<void> {
    await this.page.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check()
  }

  async select(label: string, option: string): Promise<void> {
    await this.field(label).selectOption({ label: option })
  }

  get changedMeanwhile(): Locator {
    return this.page.getByTestId('changed-meanwhile')
  }

  /** Saves with the keyboard alone: the person's pages must work without a mouse. */
  async saveWithKeyboard(): Promise<void> {
    await this.page.getByTestId('save').focus()
    await loadingNewPage(this.page, () => this.page.keyboard.press('Enter'))
  }

  async save(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('save').click())
  }
}

/** The person's answer to a version of their plan. */
export class PlanAgreementPage extends ResettlePage {
  async answer(agreed: 'Yes' | 'No', options: { steps?: string[]; comments?: string } = {}): Promise<void> {
    await this.page.getByLabel(agreed, { exact: true }).check()
    for (const step of options.steps ?? []) await this.page.getByLabel(step, { exact: true }).check()
    if (options.comments) await this.page.getByLabel('What do you think?').fill(options.comments)
    await loadingNewPage(this.page, () => this.page.getByTestId('save').click())
  }

  /** Sends the form as it is, in whichever language the page is in. */
  async send(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('save').click())
  }

  /** What the character count under a text area says now (GOV.UK Frontend's script writes it). */
  characterCount(): Locator {
    return this.page.locator('.govuk-character-count__status')
  }
}

/** Every version of the plan, who changed it and the person's answers. */
export class PlanHistoryPage extends ResettlePage {
  version(number: number): Locator {
    return this.page.getByTestId(`version-${number}`)
  }
}
