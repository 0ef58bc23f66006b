import type { Locator, Page } from 'playwright-core'
import { PASSWORD } from '../../support/fixture.ts'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

export class SignInPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Sign in to Resettle')
  }

  static async visit(page: Page): Promise<SignInPage> {
    await page.goto('/sign-in')
    return new SignInPage(page).verifyOnPage()
  }

  /** Signs in through the form as one of the fixture's users; the caller checks where it lands. */
  static async signInAs(page: Page, username: string, password = PASSWORD): Promise<void> {
    await (await SignInPage.visit(page)).signIn(username, password)
  }

  get username(): Locator {
    return this.page.getByLabel('Username', { exact: true })
  }

  get password(): Locator {
    return this.page.getByLabel('Password', { exact: true })
  }

  get signInButton(): Locator {
    return this.page.getByRole('button', { name: 'Sign in', exact: true })
  }

  /** "Sign in with <organisation>", shown when single sign-on is configured. */
  get ssoButton(): Locator {
    return this.page.getByTestId('sign-in-sso')
  }

  /** Fills the form and sends it; the caller checks where it lands. */
  async signIn(username: string, password: string): Promise<void> {
    await this.username.fill(username)
    await this.password.fill(password)
    await loadingNewPage(this.page, () => this.signInButton.click())
  }
}
