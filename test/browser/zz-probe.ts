import { AxeBuilder } from '@axe-core/playwright'
import { startTestApp } from '../support/test-app.ts'
import { launchBrowser } from './support/browser.ts'
import { PASSWORD } from '../support/fixture.ts'
let t = Date.now()
const lap = (s: string) => { console.log(s, Date.now() - t); t = Date.now() }
const app = await startTestApp(); lap('app')
const browser = await launchBrowser(); lap('browser')
const ctx = await browser.newContext({ baseURL: app.baseUrl }); const page = await ctx.newPage(); lap('ctx')
await page.goto('/sign-in'); lap('goto')
await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze(); lap('axe')
await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze(); lap('axe2')
await page.getByLabel('Username', { exact: true }).fill('comA')
await page.getByLabel('Password', { exact: true }).fill(PASSWORD); lap('fill')
await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Sign in', exact: true }).click()]); lap('signin')
await page.goto('/people'); lap('people')
await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze(); lap('axe3')
await page.screenshot({ path: '/tmp/probe-people.png', fullPage: true }); lap('shot')
await ctx.close(); await browser.close(); await app.close(); lap('close')
