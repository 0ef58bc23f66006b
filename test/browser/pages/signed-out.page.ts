import type { Page } from 'playwright-core'
import { ResettlePage } from './page.ts'

export class SignedOutPage extends ResettlePage {
  constructor(page: Page) {
    super(page, 'You have signed out')
  }
}
