import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
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
  // Without this, a missing browser shows as a test that never ends rather than an error.
  if (!existsSync(CHROMIUM.executablePath)) {
    throw new Error(`No Chromium at ${CHROMIUM.executablePath}: apt-get install -y chromium, or set CHROMIUM_PATH`)
  }
  return chromium.launch(CHROMIUM)
}

/** What happened on a page during a test: which of its loads axe scanned, and anything that broke. */
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
 * the test loaded and that no page had a script error, a console error (a CSP refusal shows as one), a GOV.UK
 * component that failed to start, or an asset that failed to load. The context is closed whatever happens.
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
      // GOV.UK Frontend logs a component that failed to start (an ElementError) rather than throwing it.
      // A page answered with 4xx (a form sent back with errors) also logs "Failed to load resource": assets are
      // checked below, by their responses.
      const text = message.text()
      if (text.startsWith('Failed to load resource')) return
      if (message.type() === 'error' || /^\w*Error\b/.test(text)) {
        watch.problems.push(`console ${message.type()} on ${page.url()}: ${text}`)
      }
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

/**
 * Markup already scanned in this test file, with its result. A page whose markup, address and viewport are the same
 * as one scanned before (the sign-in page, seen again by every role) gives the same result, so it is not scanned
 * twice; anything that differs, down to one character of text, is scanned.
 */
const scanned = new Map<string, string[]>()

/** Fails on serious or critical WCAG 2.2 AA violations on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const key = await markupKey(page)
  let blocking = scanned.get(key)
  if (!blocking) {
    // Resettle's pages have no frames, so axe can finish its run in the page itself (legacy mode) rather than
    // in a blank page opened for each scan, which takes twice as long.
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode().analyze()
    blocking = violations
      .filter(v => BLOCKING_IMPACTS.has(v.impact ?? ''))
      .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`)
    scanned.set(key, blocking)
  }
  assert.deepEqual(blocking, [], `no serious accessibility violations on ${page.url()}`)
  const watch = watches.get(page)
  if (watch) watch.scannedLoad = watch.loads
}

/** The page's address, viewport and markup, without the per-response nonce and anti-forgery tokens. */
async function markupKey(page: Page): Promise<string> {
  const html = await page.evaluate(() => document.documentElement.outerHTML)
  const markup = html.replace(/ nonce="[^"]*"/g, '').replace(/(name="_csrf" value=")[^"]*"/g, '$1"')
  const { pathname, search } = new URL(page.url())
  const viewport = page.viewportSize()
  return createHash('sha256')
    .update(`${pathname}${search} ${viewport?.width}x${viewport?.height}\n${markup}`)
    .digest('hex')
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
