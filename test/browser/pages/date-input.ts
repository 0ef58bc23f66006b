import type { Page } from 'playwright-core'

/** Types a date, given as day/month/year, into the GOV.UK date input whose legend is `legend`. */
export async function fillDateInput(page: Page, legend: string, date: string): Promise<void> {
  const [day = '', month = '', year = ''] = date.split('/')
  const group = page.getByRole('group', { name: legend })
  await group.getByLabel('Day').fill(day)
  await group.getByLabel('Month').fill(month)
  await group.getByLabel('Year').fill(year)
}
