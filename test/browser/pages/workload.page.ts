import type { Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** The manager's team dashboard. */
export class TeamWorkloadPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Team workload')
  }

  /** The capacity and cases shown for one practitioner. */
  async row(name: string): Promise<{ capacity: string; cases: string }> {
    const row = this.page.getByTestId('practitioner-row').filter({ hasText: name })
    return {
      capacity: (await row.getByTestId('capacity').innerText()).trim(),
      cases: (await row.getByTestId('cases').innerText()).trim(),
    }
  }

  async openPractitioner(name: string): Promise<void> {
    await loadingNewPage(this.page, () =>
      this.page.getByTestId('practitioners').getByRole('link', { name, exact: true }).click(),
    )
  }

  async allocate(personName: string): Promise<void> {
    await loadingNewPage(this.page, () =>
      this.page
        .getByTestId('unallocated')
        .getByRole('link', { name: `Allocate ${personName}` })
        .click(),
    )
  }
}

/** The allocation advice for one person. */
export class AllocationAdvicePage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Allocation advice')
  }

  async ranking(): Promise<string[]> {
    const rows = await this.page.getByTestId('candidate').all()
    return Promise.all(rows.map(async row => (await row.locator('td').nth(1).innerText()).split('\n')[0]!.trim()))
  }

  async choose(name: string, reason: string): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`\\. ${name} \\(`) }).check()
    await this.page.getByLabel('Why this practitioner').fill(reason)
    await loadingNewPage(this.page, () => this.page.getByTestId('allocate').click())
  }
}

/** A person's tier. */
export class TierPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Tier')
  }

  static async openFromOverview(page: Page): Promise<TierPage> {
    await loadingNewPage(page, () => page.getByTestId('case-section-tier').click())
    return new TierPage(page).verifyOnPage()
  }

  async currentTier(): Promise<string> {
    return (await this.page.getByTestId('current-tier').innerText()).trim()
  }

  async record(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('record-tier').click())
  }
}

export class TierFormPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Record the tier')
  }

  async fill({ rosh, rsr, mappa }: { rosh: string; rsr: string; mappa: string }): Promise<void> {
    await this.page.getByRole('radio', { name: rosh, exact: true }).check()
    await this.page.getByLabel('RSR score').fill(rsr)
    await this.page.getByRole('radio', { name: mappa, exact: true }).check()
  }

  async save(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('save').click())
  }
}

/** One practitioner's workload. */
export class PractitionerWorkloadPage extends ResettlePage {
  constructor(page: Page, name: string) {
    super(page, `Workload: ${name}`)
  }

  async summary(key: string): Promise<string> {
    const row = this.page.getByTestId('workload-now').locator('.govuk-summary-list__row').filter({ hasText: key })
    return (await row.locator('.govuk-summary-list__value').innerText()).trim()
  }

  async reductionStates(): Promise<string[]> {
    const rows = await this.page.getByTestId('reductions').locator('tbody tr').all()
    return Promise.all(rows.map(async row => (await row.locator('td').last().innerText()).trim()))
  }

  async changeHours(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByRole('link', { name: 'Change grade and hours' }).click())
  }

  async addReduction(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByRole('link', { name: 'Add a reduction' }).click())
  }

  /** The points now, from "n of m available". */
  async points(): Promise<number> {
    return Number.parseInt(await this.summary('Points'), 10)
  }

  async addCourtReport(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByRole('link', { name: 'Add a court report' }).click())
  }

  /** Each court report listed: its court and whether it counts in the workload. */
  async courtReports(): Promise<{ court: string; counts: string }[]> {
    const rows = await this.page.getByTestId('court-report').all()
    return Promise.all(
      rows.map(async row => ({
        court: (await row.locator('td').nth(1).innerText()).trim(),
        counts: (await row.locator('td').nth(4).innerText()).trim(),
      })),
    )
  }

  async removeCourtReport(court: string): Promise<void> {
    await loadingNewPage(this.page, () =>
      this.page.getByRole('button', { name: new RegExp(`^Remove the report for ${court}`) }).click(),
    )
  }
}

/** The grade and hours form, and the reduction form. */
export class WorkloadFormPage extends ResettlePage {
  async fill(label: string, value: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(value)
  }

  async choose(name: string): Promise<void> {
    await this.page.getByRole('radio', { name, exact: true }).check()
  }

  async save(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('save').click())
  }
}
