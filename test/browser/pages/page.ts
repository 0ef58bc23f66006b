import assert from 'node:assert/strict'
import type { Locator, Page } from 'playwright-core'
import { expectNoAxeViolations, loadingNewPage } from '../support/browser.ts'

export interface ErrorLink {
  text: string
  href: string
}

/** What every Resettle page has: a heading that says where the user is, the header, the error summary. */
export abstract class ResettlePage {
  constructor(
    readonly page: Page,
    private readonly heading: string | RegExp,
  ) {}

  get h1(): Locator {
    return this.page.getByRole('heading', { level: 1 })
  }

  /** The user is on this page (its heading) inside the GOV.UK landmarks, and it passes the accessibility scan. */
  async verifyOnPage(): Promise<this> {
    const text = (await this.h1.innerText()).trim()
    if (typeof this.heading === 'string') assert.equal(text, this.heading, `on the page headed "${this.heading}"`)
    else assert.match(text, this.heading)
    for (const landmark of ['banner', 'main', 'contentinfo'] as const) {
      assert.equal(await this.page.getByRole(landmark).count(), 1, `the page has one ${landmark} landmark`)
    }
    assert.equal(await this.page.getByRole('main').getByRole('heading', { level: 1 }).count(), 1, 'h1 is in main')
    await expectNoAxeViolations(this.page)
    return this
  }

  get errorSummary(): Locator {
    return this.page.locator('.govuk-error-summary')
  }

  /** The links of the GOV.UK error summary, in order. */
  async errorLinks(): Promise<ErrorLink[]> {
    const links = await this.errorSummary.locator('.govuk-error-summary__list a').all()
    return Promise.all(
      links.map(async link => ({
        text: (await link.innerText()).trim(),
        href: (await link.getAttribute('href')) ?? '',
      })),
    )
  }

  /** The message GOV.UK shows above a field in error, without its visually hidden "Error:" prefix. */
  async fieldError(id: string): Promise<string> {
    const message = this.page.locator(`#${id}-error`)
    return (await message.innerText()).replace(/^Error:\s*/, '').trim()
  }

  async focusedElementId(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.id ?? '')
  }

  async focusedElementClass(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.className ?? '')
  }

  /** A row's value in a GOV.UK summary list, found by the list's data-qa and the row's key. */
  async summaryValue(list: string, key: string, index = 0): Promise<string> {
    const row = this.page
      .getByTestId(list)
      .nth(index)
      .locator('.govuk-summary-list__row')
      .filter({ has: this.page.locator('.govuk-summary-list__key', { hasText: new RegExp(`^\\s*${key}\\s*$`) }) })
    return (await row.locator('.govuk-summary-list__value').innerText()).trim()
  }

  /** The things to ask about for this person (needs and plan pages, for staff who may see them). */
  get casePrompts(): Locator {
    return this.page.getByTestId('case-prompts')
  }

  casePrompt(key: string): Locator {
    return this.page.getByTestId(`case-prompt-${key}`)
  }

  /** What the success banner after a save says, once. */
  async savedMessage(): Promise<string> {
    return (await this.page.getByTestId('saved').locator('.govuk-notification-banner__heading').innerText()).trim()
  }

  /** Fills a GOV.UK date input, found by its legend, with a date written d/m/yyyy. */
  async fillDateInput(legend: string, date: string): Promise<void> {
    const [day = '', month = '', year = ''] = date.split('/')
    const group = this.page.getByRole('group', { name: legend, exact: true })
    await group.getByLabel('Day', { exact: true }).fill(day)
    await group.getByLabel('Month', { exact: true }).fill(month)
    await group.getByLabel('Year', { exact: true }).fill(year)
  }

  async signOut(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name: 'Sign out' }).click())
  }

  async bodyText(): Promise<string> {
    return this.page.locator('body').innerText()
  }
}
