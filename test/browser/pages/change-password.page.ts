import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** Change your password: the current one, then the new one twice. */
export class ChangePasswordPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Change your password')
  }

  /** Goes there by the link in the service navigation, beside "Your sessions", as a user does. */
  static async fromNavigation(page: Page): Promise<ChangePasswordPage> {
    await loadingNewPage(page, () => page.getByTestId('your-password').click())
    return new ChangePasswordPage(page).verifyOnPage()
  }

  get savedBanner(): Locator {
    return this.page.getByTestId('saved')
  }

  async change(current: string, next: string, confirm = next): Promise<ChangePasswordPage> {
    await this.page.getByLabel('Current password', { exact: true }).fill(current)
    await this.page.getByLabel('New password', { exact: true }).fill(next)
    await this.page.getByLabel('Confirm new password', { exact: true }).fill(confirm)
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name: 'Change password' }).click())
    return new ChangePasswordPage(this.page).verifyOnPage()
  }
}
