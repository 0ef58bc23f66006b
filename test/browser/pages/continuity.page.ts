import type { Locator, Page } from 'playwright-core'
import { ResettlePage } from './page.ts'

/** A person's practitioners over time, the handover note and their continuity measures. */
export class ContinuityPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Practitioners and continuity')
  }

  get handoverNote(): Locator {
    return this.page.getByTestId('handover-note')
  }

  changes(): Promise<string> {
    return this.summaryValue('continuity-measures', 'Changes of community offender manager this sentence')
  }
}

/** A manager's team: continuity measures and each person's changes of COM. */
export class TeamContinuityPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Continuity in your team')
  }

  measure(key: string): Promise<string> {
    return this.summaryValue('team-measures', key)
  }
}

/** The person's own page: who their practitioner is, and any change. */
export class YourPractitionerPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Your probation worker')
  }

  get practitioner(): Locator {
    return this.page.getByTestId('practitioner')
  }

  get change(): Locator {
    return this.page.getByTestId('change')
  }
}
