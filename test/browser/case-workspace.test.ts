import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { startTestApp, type TestApp } from '../support/test-app.ts'
import { SignInPage } from './pages/sign-in.page.ts'
import { expectNoAxeViolations, launchBrowser, withPage } from './support/browser.ts'

/**
 * Every role, signed in, walks every case page it can reach from its own pages: each page it is shown has the case
 * header and the sub-navigation, passes axe, and no link on it answers 403 or 404 to this user.
 */
let app: TestApp
let browser: Browser

before(async () => {
  ;[app, browser] = await Promise.all([startTestApp(), launchBrowser()])
})

after(async () => {
  await browser?.close()
  await app?.close()
})

const ROLES = ['comA', 'managerA', 'pom1', 'person', 'partner', 'admin'] as const
/** Links that act rather than show (sign-out is a form) or leave the service. */
const SKIPPED = /^\/(assets|sign-out)|^#|^https?:|^mailto:|^tel:/

/** The links of the page, as paths within the service, each once. */
async function linksOn(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href]').evaluateAll(anchors => anchors.map(a => a.getAttribute('href') ?? ''))
  return [
    ...new Set(hrefs.filter(href => href.startsWith('/') && !SKIPPED.test(href)).map(href => href.split('#')[0]!)),
  ]
}

const isCasePage = (path: string) => /^\/people\/[0-9a-f-]{36}(\/[a-z-]+)?$/.test(path)

/** Opens a page, scans it, checks every link on it, and gives back the case pages it links to. */
async function visit(page: Page, path: string, checked: Map<string, number>, staff: boolean): Promise<string[]> {
  const response = await page.goto(path)
  assert.equal(response?.status(), 200, `${path} opens`)
  await expectNoAxeViolations(page)
  if (!staff) assert.equal(await page.getByTestId('case-header').count(), 0, `${path} is not a staff case page`)
  else if (isCasePage(path)) {
    assert.equal(await page.getByTestId('case-header').count(), 1, `${path} has the case header`)
    assert.equal(await page.getByTestId('case-navigation').count(), 1, `${path} has the case sub-navigation`)
    const current = page.getByTestId('case-navigation').locator('[aria-current="page"]')
    assert.equal(await current.count(), 1, `${path} marks its own tab`)
  }
  const links = await linksOn(page)
  for (const link of links) {
    if (!checked.has(link)) checked.set(link, (await page.request.get(link, { maxRedirects: 0 })).status())
    assert.ok(![403, 404].includes(checked.get(link)!), `${path} links to ${link}, which answers ${checked.get(link)}`)
  }
  return links.filter(isCasePage)
}

describe('the case workspace', () => {
  for (const username of ROLES) {
    it(`shows ${username} only links they may follow, and every case page with its header and tabs`, () =>
      withPage(browser, app.baseUrl, async page => {
        await SignInPage.signInAs(page, username)
        await expectNoAxeViolations(page)
        const checked = new Map<string, number>()
        const staff = ['comA', 'managerA', 'pom1'].includes(username)
        const queue = ['/', '/caseload', '/people']
        const seen = new Set<string>()
        const people = new Set<string>()
        while (queue.length) {
          const path = queue.shift()!
          if (seen.has(path)) continue
          seen.add(path)
          if (!isCasePage(path) && path !== '/') {
            const status = (await page.request.get(path, { maxRedirects: 0 })).status()
            if (status !== 200) continue
          }
          // Two people are enough to see every tab a role is shown; the rest of the list adds only time.
          const personId = /^\/people\/([0-9a-f-]{36})/.exec(path)?.[1]
          if (personId && !people.has(personId)) {
            if (people.size >= 2) continue
            people.add(personId)
          }
          queue.push(...(await visit(page, path, checked, staff)))
        }
        const casePages = [...seen].filter(isCasePage)
        if (staff) assert.ok(casePages.length >= 10, `${username} reaches the case pages (${casePages.length})`)
      }))
  }
})
