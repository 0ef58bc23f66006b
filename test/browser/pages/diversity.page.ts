import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** A person's diversity record and the prompts it raises. */
export class DiversityPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Diversity and responsive prompts')
  }

  static async open(page: Page, personId: string): Promise<DiversityPage> {
    await loadingNewPage(page, () => page.goto(`/people/${personId}/diversity`))
    return new DiversityPage(page).verifyOnPage()
  }

  prompt(key: string): Locator {
    return this.page.getByTestId(`prompt-${key}`)
  }

  get noDirectory(): Locator {
    return this.page.getByTestId('no-directory')
  }

  async edit(): Promise<DiversityFormPage> {
    await loadingNewPage(this.page, () => this.page.getByTestId('edit').click())
    return new DiversityFormPage(this.page).verifyOnPage()
  }
}

/** The form that records diversity: a radio group or a select per question. */
export class DiversityFormPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Record diversity')
  }

  async choose(question: string, answer: string): Promise<void> {
    await this.page.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check()
  }

  async selectEthnicGroup(label: string): Promise<void> {
    await this.page.getByLabel('What is their ethnic group?').selectOption({ label })
  }

  async save(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('save').click())
  }
}
