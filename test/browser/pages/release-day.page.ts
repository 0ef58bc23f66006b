import type { Locator, Page } from 'playwright-core'
import { ResettlePage } from './page.ts'

/** The person's plan for the day they leave prison, on screen and printed. */
export class ReleaseDayPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Your plan for the day you leave prison')
  }

  get plan(): Locator {
    return this.page.getByTestId('plan')
  }

  async planText(): Promise<string> {
    return (await this.plan.innerText()).replace(/\s+/g, ' ')
  }

  async whatToBring(): Promise<string[]> {
    return (await this.page.getByTestId('bring').locator('li').allInnerTexts()).map(t => t.trim())
  }

  /** What only practitioners see: the case's sections and the plan-earlier warnings. */
  get staffOnly(): Locator {
    return this.page.getByTestId('staff-only')
  }
}
