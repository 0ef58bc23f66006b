import type { Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** "Schedule an appointment". */
export class ScheduleAppointmentPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Schedule an appointment')
  }

  async schedule(date: string, time: string, kind: 'Office' | 'Home visit' | 'Phone call' | 'Video call') {
    await this.fillDateInput('Date', date)
    await this.page.getByLabel('Time (optional)').fill(time)
    await this.page.getByRole('group', { name: 'Type of appointment' }).getByLabel(kind, { exact: true }).check()
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name: 'Schedule the appointment' }).click())
  }
}

/** "Record an appointment": what happened, the notes and what the person wants next time. */
export class RecordAppointmentPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Record an appointment')
  }

  async record(outcome: 'Attended' | 'Acceptable absence' | 'Unacceptable absence', nextTime: string) {
    await this.page.getByRole('group', { name: 'What happened' }).getByLabel(outcome, { exact: true }).check()
    await this.page.getByLabel('What the person wants to work on next time (optional)').fill(nextTime)
    await loadingNewPage(this.page, () => this.page.getByRole('button', { name: 'Save' }).click())
  }
}
