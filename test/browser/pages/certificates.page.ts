import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** Any page of the strengths and certificate journey: follow a link or press a button and land on the next. */
export class JourneyPage extends ResettlePage {
  constructor(page: Page, heading: string | RegExp) {
    super(page, heading)
  }

  async follow(testId: string): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId(testId).click())
  }

  async press(name: string): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name }).click())
  }

  async fill(label: string, value: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(value)
  }

  async choose(label: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).check()
  }

  get main(): Locator {
    return this.page.getByRole('main')
  }
}

/** The person's own page of their strengths. */
export class YourStrengthsPage extends JourneyPage {
  constructor(page: Page) {
    super(page, 'Your strengths')
  }
}

/** The strengths section of a case. */
export class StrengthsPage extends JourneyPage {
  constructor(page: Page) {
    super(page, 'Strengths and achievements')
  }

  static async visit(page: Page, personId: string): Promise<StrengthsPage> {
    await page.goto(`/people/${personId}/strengths`)
    return new StrengthsPage(page).verifyOnPage()
  }
}

/** The certificate section of a case, and one certificate. */
export class CertificatePage extends JourneyPage {
  constructor(page: Page) {
    super(page, 'Certificate of rehabilitation')
  }

  static async visit(page: Page, personId: string): Promise<CertificatePage> {
    await page.goto(`/people/${personId}/certificates`)
    return new CertificatePage(page).verifyOnPage()
  }

  get status(): Locator {
    return this.page.getByTestId('certificate-status')
  }

  get code(): Locator {
    return this.page.getByTestId('verification-code')
  }
}

/** The public page where anyone checks a code. */
export class VerifyPage extends JourneyPage {
  constructor(page: Page, heading: string | RegExp = /certificate/) {
    super(page, heading)
  }

  static async visit(page: Page): Promise<VerifyPage> {
    await page.goto('/verify')
    return new VerifyPage(page, 'Check a certificate of rehabilitation').verifyOnPage()
  }

  /** Types a code and checks it, landing on the answer. */
  async check(code: string, heading: string): Promise<VerifyPage> {
    await this.fill('Verification code', code)
    await this.press('Check')
    return new VerifyPage(this.page, heading).verifyOnPage()
  }
}
