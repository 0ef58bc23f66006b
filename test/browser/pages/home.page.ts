import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** A COM's, POM's or manager's home: their caseload and the way in to the people list. */
export class StaffHomePage extends ResettlePage {
  constructor(page: Page, displayName: string) {
    super(page, `Hello, ${displayName}`)
  }

  get caseloadCount(): Locator {
    return this.page.getByTestId('caseload-count')
  }

  get findAPerson(): Locator {
    return this.page.getByRole('link', { name: 'Find a person' })
  }

  async addAPerson(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByRole('link', { name: 'Add a person' }).click())
  }
}

/** A partner's or an administrator's home: no case content. */
export class OtherHomePage extends ResettlePage {
  constructor(page: Page, displayName: string) {
    super(page, `Hello, ${displayName}`)
  }

  get emptyState(): Locator {
    return this.page.getByTestId('empty-state')
  }

  get auditTrailLink(): Locator {
    return this.page.getByTestId('audit-link')
  }

  async openAuditTrail(): Promise<void> {
    await loadingNewPage(this.page, () => this.auditTrailLink.click())
  }
}

/** The person's own home, in plain language. */
export class PersonHomePage extends ResettlePage {
  constructor(page: Page, name: string) {
    super(page, `Hello, ${name}`)
  }

  get namedPractitioner(): Locator {
    return this.page.getByTestId('named-practitioner')
  }
}
