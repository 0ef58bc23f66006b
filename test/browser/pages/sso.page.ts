import type { Locator, Page } from 'playwright-core'
import { ResettlePage } from './page.ts'

/** A sign-in through the organisation's provider that Resettle refused, saying why. */
export class SsoRefusedPage extends ResettlePage {
  constructor(page: Page, heading: string | RegExp) {
    super(page, heading)
  }

  /** The identity's reference, for the administrator who links it. */
  get subject(): Locator {
    return this.page.getByTestId('sso-subject')
  }

  get signInAgain(): Locator {
    return this.page.getByTestId('sign-in-again')
  }
}
