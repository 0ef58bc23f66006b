import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** The administrator's list of staff accounts. */
export class StaffListPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Staff')
  }

  get table(): Locator {
    return this.page.getByTestId('staff-table')
  }

  async addStaffMember(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('add-staff').click())
  }

  async openOwnMfa(): Promise<void> {
    await loadingNewPage(this.page, () =>
      this.page.getByRole('link', { name: 'Your multi-factor authentication' }).click(),
    )
  }
}

export interface NewStaffMember {
  name: string
  username: string
  role: string
  team?: string
  password: string
}

export class AddStaffPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Add a staff member')
  }

  async add(member: NewStaffMember): Promise<void> {
    await this.page.getByLabel('Full name').fill(member.name)
    await this.page.getByLabel('Username').fill(member.username)
    await this.page.getByRole('radio', { name: member.role, exact: true }).check()
    if (member.team) await this.page.getByLabel('Team', { exact: true }).selectOption({ label: member.team })
    await this.page.getByLabel('First password').fill(member.password)
    await loadingNewPage(this.page, () => this.page.getByTestId('save').click())
  }
}

export class StaffMemberPage extends ResettlePage {
  constructor(page: Page, name: string) {
    super(page, name)
  }
}
