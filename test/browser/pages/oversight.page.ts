import type { Locator, Page } from 'playwright-core'
import { loadingNewPage } from '../support/browser.ts'
import { ResettlePage } from './page.ts'

/** The manager's queue as it shows on their home page and on its own page. */
export class ManagerQueue {
  constructor(private readonly page: Page) {}

  get share(): Locator {
    return this.page.getByTestId('oversight-share')
  }

  /** The rows of the queue about a person, found by the "Last, First" their row shows. */
  itemsOf(listName: string): Locator {
    return this.page.getByTestId('oversight-item').filter({ hasText: listName })
  }

  item(listName: string, label: string | RegExp): Locator {
    return this.itemsOf(listName).filter({ has: this.page.getByTestId('item-link').getByText(label) })
  }

  /** Follows an item's link to the page where it is done. */
  async follow(listName: string, label: string | RegExp): Promise<void> {
    await loadingNewPage(this.page, () => this.item(listName, label).getByTestId('item-link').click())
  }

  async signOff(listName: string, label: string | RegExp): Promise<void> {
    await loadingNewPage(this.page, () => this.item(listName, label).getByTestId('sign-off-link').click())
  }

  async openHistory(): Promise<void> {
    await loadingNewPage(this.page, () => this.page.getByTestId('oversight-history-link').click())
  }
}

/** The queue on its own page, with every page of it. */
export class QueuePage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Your team’s queue')
  }

  get queue(): ManagerQueue {
    return new ManagerQueue(this.page)
  }
}

export class SignOffPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Sign off an item')
  }

  async signOff(note: string): Promise<void> {
    await this.page.getByLabel('Note (optional)').fill(note)
    await loadingNewPage(this.page, () => this.page.getByTestId('sign-off').click())
  }
}

export class SignOffHistoryPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'Items signed off')
  }

  get rows(): Locator {
    return this.page.getByTestId('history-row')
  }
}
