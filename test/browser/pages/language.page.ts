import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** Any page of the person's, in whichever language: its heading, the `lang` of the page and the language toggle. */
export class PersonLanguagePage extends ResettlePage {
  constructor(page: Page, heading: string | RegExp) {
    super(page, heading)
  }

  static async visit(page: Page, path: string, heading: string | RegExp): Promise<PersonLanguagePage> {
    await page.goto(path)
    return new PersonLanguagePage(page, heading).verifyOnPage()
  }

  /** The `lang` of the whole page, which screen readers use to choose a voice. */
  htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang')
  }

  get toggle(): Locator {
    return this.page.getByTestId('language-toggle')
  }

  /** The toggle's choice of the other language ("Cymraeg" on an English page, "English" on a Welsh one). */
  choice(language: 'en' | 'cy'): Locator {
    return this.page.getByTestId(`language-${language}`)
  }

  /** The language in use, marked in the toggle. */
  current(): Promise<string> {
    return this.toggle.locator('[aria-current="true"]').innerText()
  }

  async choose(language: 'en' | 'cy'): Promise<void> {
    await loadingNewPage(this.page, () => this.choice(language).click())
  }

  /** Chooses with the keyboard alone: the choice takes the focus, then Enter. */
  async chooseWithKeyboard(language: 'en' | 'cy'): Promise<void> {
    await this.choice(language).focus()
    await loadingNewPage(this.page, () => this.page.keyboard.press('Enter'))
  }
}
