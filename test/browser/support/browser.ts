import assert from 'node:assert/strict'
import { AxeBuilder } from '@axe-core/playwright'
import { chromium, selectors, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'

/** The system Chromium, never a downloaded one, quiet and without a sandbox so that it runs in CI containers. */
const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const BLOCKING_IMPACTS = new Set(['serious', 'critical'])

/** Once per test file: Chromium takes a second to start, a fresh context per test keeps tests apart. */
export async function launchBrowser(): Promise<Browser> {
  selectors.setTestIdAttribute('data-qa')
  return chromium.launch(CHROMIUM)
}

/** What a page did that a user would notice or that breaks the page: script errors, blocked or missing assets. */
interface PageWatch {
  loads: number
  scannedLoad: number
  currentUrl: string
  unscanned: string[]
  problems: string[]
}

const watches = new WeakMap<Page, PageWatch>()

/**
 * Runs `body` with a page in a new browser context (its own cookies), then checks that axe ran on every page
 * the test loaded and that no page had a script error, a console error (a CSP refusal shows as one) or an
 * asset that failed to load. The context is closed whatever happens.
 */
export async function withPage(
  browser: Browser,
  baseURL: string,
  body: (page: Page) => Promise<void>,
  options: BrowserContextOptions = {},
): Promise<void> {
  const context = await browser.newContext({ baseURL, ...options })
  try {
    const page = await context.newPage()
    const watch: PageWatch = { loads: 0, scannedLoad: 0, currentUrl: '', unscanned: [], problems: [] }
    watches.set(page, watch)
    page.on('load', () => {
      if (watch.loads > watch.scannedLoad) watch.unscanned.push(watch.currentUrl)
      watch.loads += 1
      watch.currentUrl = page.url()
    })
    page.on('pageerror', error => watch.problems.push(`script error on ${page.url()}: ${error.message}`))
    page.on('console', message => {
      if (message.type() === 'error') watch.problems.push(`console error on ${page.url()}: ${message.text()}`)
    })
    page.on('response', response => {
      if (response.request().resourceType() !== 'document' && response.status() >= 400) {
        watch.problems.push(`${response.status()} for ${response.url()}`)
      }
    })
    await body(page)
    if (watch.loads > watch.scannedLoad) watch.unscanned.push(watch.currentUrl)
    assert.deepEqual(watch.unscanned, [], 'every page the test visits is scanned with axe')
    assert.deepEqual(watch.problems, [], 'pages load their assets and run their scripts without errors')
  } finally {
    await context.close()
  }
}

/** Fails on serious or critical WCAG 2.2 AA violations on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const blocking = violations
    .filter(v => BLOCKING_IMPACTS.has(v.impact ?? ''))
    .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`)
  assert.deepEqual(blocking, [], `no serious accessibility violations on ${page.url()}`)
  const watch = watches.get(page)
  if (watch) watch.scannedLoad = watch.loads
}

/**
 * Does something that loads a new page (a click, a key press) and waits until that page has loaded, so that
 * what follows looks at the new page and not the old one, even when both have the same heading.
 */
export async function loadingNewPage(page: Page, action: () => Promise<unknown>): Promise<void> {
  const loaded = page.waitForEvent('load')
  await action()
  await loaded
}
