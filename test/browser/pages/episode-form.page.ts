import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** Dates are typed as a date picker takes them: d/m/yyyy. */
export interface EpisodeDetails {
  prison?: string
  sentenceType?: 'Determinate' | 'Indeterminate (life or IPP)' | 'Recall' | 'Immigration detention'
  arrivalDate?: string
  sentenceStartDate?: string
  conditionalReleaseDate?: string
  licenceExpiryDate?: string
  sentenceExpiryDate?: string
}

export class EpisodeFormPage extends ResettlePage {
  constructor(
    page: Page,
    heading: 'Add a custody episode' | 'Change sentence and key dates' = 'Add a custody episode',
  ) {
    super(page, heading)
  }

  get prison(): Locator {
    return this.page.getByLabel('Prison', { exact: true })
  }

  get arrivalDate(): Locator {
    return this.page.getByLabel('Date of arrival in custody')
  }

  get sentenceStartDate(): Locator {
    return this.page.getByLabel('Sentence start date')
  }

  get conditionalReleaseDate(): Locator {
    return this.page.getByLabel('Conditional release date (optional)')
  }

  get licenceExpiryDate(): Locator {
    return this.page.getByLabel('Licence expiry date (optional)')
  }

  get sentenceExpiryDate(): Locator {
    return this.page.getByLabel('Sentence expiry date (optional)')
  }

  sentenceType(name: NonNullable<EpisodeDetails['sentenceType']>): Locator {
    return this.page.getByRole('group', { name: 'Sentence type' }).getByLabel(name, { exact: true })
  }

  async fill(details: EpisodeDetails): Promise<void> {
    if (details.prison) await this.prison.selectOption({ label: details.prison })
    if (details.sentenceType) await this.sentenceType(details.sentenceType).check()
    if (details.arrivalDate !== undefined) await this.arrivalDate.fill(details.arrivalDate)
    if (details.sentenceStartDate !== undefined) await this.sentenceStartDate.fill(details.sentenceStartDate)
    if (details.conditionalReleaseDate !== undefined) {
      await this.conditionalReleaseDate.fill(details.conditionalReleaseDate)
    }
    if (details.licenceExpiryDate !== undefined) await this.licenceExpiryDate.fill(details.licenceExpiryDate)
    if (details.sentenceExpiryDate !== undefined) await this.sentenceExpiryDate.fill(details.sentenceExpiryDate)
  }

  async save(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name: 'Save', exact: true }).click())
  }
}
