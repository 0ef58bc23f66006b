import { startTestApp } from '../support/test-app.ts'
import { launchBrowser, expectNoAxeViolations, loadingNewPage } from './support/browser.ts'
import { PASSWORD } from '../support/fixture.ts'
let t = Date.now()
const lap = (s: string) => { console.log(s, Date.now() - t); t = Date.now() }
const app = await startTestApp(); lap('app')
const browser = await launchBrowser(); lap('browser')
for (const u of ['comA', 'pom1']) {
const ctx = await browser.newContext({ baseURL: app.baseUrl }); const page = await ctx.newPage(); lap('ctx')
await page.goto('/sign-in'); lap('goto')
await expectNoAxeViolations(page); lap('axe signin')
await page.getByLabel('Username', { exact: true }).fill(u)
await page.getByLabel('Password', { exact: true }).fill(PASSWORD); lap('fill')
await loadingNewPage(page, () => page.getByRole('button', { name: 'Sign in', exact: true }).click()); lap('signin')
await expectNoAxeViolations(page); lap('axe home')
await loadingNewPage(page, () => page.getByRole('button', { name: 'Sign out' }).click()); lap('signout')
await expectNoAxeViolations(page); lap('axe signedout')
await page.goto('/'); lap('goto /')
await expectNoAxeViolations(page); lap('axe signin2')
await ctx.close(); lap('close')
}
await browser.close(); await app.close(); lap('close')
