import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** Your sessions: where the user is signed in, and the buttons that end the others. */
export class YourSessionsPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Your sessions')
  }

  /** Goes there by the link in the service navigation, as a user does. */
  static async fromNavigation(page: Page): Promise<YourSessionsPage> {
    await loadingNewPage(page, () => page.getByTestId('your-sessions').click())
    return new YourSessionsPage(page).verifyOnPage()
  }

  get otherSessions(): Locator {
    return this.page.getByTestId('other-sessions').getByTestId('session')
  }

  get savedBanner(): Locator {
    return this.page.getByTestId('saved')
  }

  get noOtherSessions(): Locator {
    return this.page.getByTestId('no-other-sessions')
  }

  async endAllOthers(): Promise<YourSessionsPage> {
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name: 'End all other sessions' }).click())
    return new YourSessionsPage(this.page).verifyOnPage()
  }

  async endFirstOther(): Promise<YourSessionsPage> {
    await loadingNewPage(this.page, () => this.otherSessions.first().getByRole('button', { name: /^End/ }).click())
    return new YourSessionsPage(this.page).verifyOnPage()
  }
}
