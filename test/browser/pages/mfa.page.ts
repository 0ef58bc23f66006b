import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** A staff member's own multi-factor authentication: on or off, and the way to set it up. */
export class MfaAccountPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Multi-factor authentication')
  }

  async setUp(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('set-up-mfa').click())
  }
}

/** The QR code, the key to type instead, and the first code from the app. */
export class MfaSetUpPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Set up multi-factor authentication')
  }

  get qrCode(): Locator {
    return this.page.getByRole('img', { name: 'QR code for setting up your authenticator app' })
  }

  async secret(): Promise<string> {
    return (await this.page.getByTestId('secret').innerText()).replace(/\s/g, '')
  }

  async enterCode(code: string): Promise<void> {
    await this.page.getByLabel('Code from your authenticator app').fill(code)
    await loadingNewPage(this.page, () => this.page.getByTestId('submit-code').click())
  }
}

export class RecoveryCodesPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Your recovery codes')
  }

  async codes(): Promise<string[]> {
    return this.page.getByTestId('recovery-codes').locator('li').allInnerTexts()
  }

  async continue(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('continue').click())
  }
}

/** The second step of signing in. */
export class SignInCodePage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Enter the code from your authenticator app')
  }

  async enterCode(code: string): Promise<void> {
    await this.page.getByTestId('code').fill(code)
    await loadingNewPage(this.page, () => this.page.getByTestId('submit-code').click())
  }
}
