import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** Dates are given as d/m/yyyy and typed into the day, month and year of the GOV.UK date input. */
export interface EpisodeDetails {
  prison?: string
  sentenceType?: 'Determinate' | 'Indeterminate (life or IPP)' | 'Recall' | 'Immigration detention'
  arrivalDate?: string
  sentenceStartDate?: string
  conditionalReleaseDate?: string
  licenceExpiryDate?: string
  sentenceExpiryDate?: string
}

type DateName = Exclude<keyof EpisodeDetails, 'prison' | 'sentenceType'>

const LEGENDS: Record<DateName, string> = {
  arrivalDate: 'Date of arrival in custody',
  sentenceStartDate: 'Sentence start date',
  conditionalReleaseDate: 'Conditional release date (optional)',
  licenceExpiryDate: 'Licence expiry date (optional)',
  sentenceExpiryDate: 'Sentence expiry date (optional)',
}

const PARTS = ['Day', 'Month', 'Year'] as const

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

  /** One part of a date: the date input is a group named by its legend. */
  datePart(name: DateName, part: (typeof PARTS)[number]): Locator {
    return this.page.getByRole('group', { name: LEGENDS[name], exact: true }).getByLabel(part, { exact: true })
  }

  /** A date as its three parts show it, d/m/yyyy. */
  async dateValue(name: DateName): Promise<string> {
    const parts = await Promise.all(PARTS.map(part => this.datePart(name, part).inputValue()))
    return parts.join('/')
  }

  sentenceType(name: NonNullable<EpisodeDetails['sentenceType']>): Locator {
    return this.page.getByRole('group', { name: 'Sentence type' }).getByLabel(name, { exact: true })
  }

  async fill(details: EpisodeDetails): Promise<void> {
    if (details.prison) await this.prison.selectOption({ label: details.prison })
    if (details.sentenceType) await this.sentenceType(details.sentenceType).check()
    for (const name of Object.keys(LEGENDS) as DateName[]) {
      const date = details[name]
      if (date === undefined) continue
      const [day = '', month = '', year = ''] = date.split('/')
      for (const [part, value] of [
        ['Day', day],
        ['Month', month],
        ['Year', year],
      ] as const) {
        await this.datePart(name, part).fill(value)
      }
    }
  }

  async save(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name: 'Save', exact: true }).click())
  }
}
