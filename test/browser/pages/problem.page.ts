import type { Locator, Page } from 'playwright-core'
import { ResettlePage } from './page.ts'

/** What a user sees for a record that is not there, or that they may not see: the same page. */
export class NotFoundPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Page not found')
  }
}

/** A limited-access record the user is barred from: the message instead of the record. */
export class LimitedAccessPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'This record has limited access')
  }

  get accessMessage(): Locator {
    return this.page.getByTestId('limited-access-message')
  }
}
