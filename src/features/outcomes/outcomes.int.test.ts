import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { released, seedReleases } from './outcomes.test-support.ts'

const TODAY = '2026-11-23'
let app: TestApp
const clients = new Map<string, Client>()
before(async () => {
  app = await startTestApp({ today: TODAY })
  for (const username of ['comA', 'managerA', 'managerB', 'partner', 'admin', 'person'])
    clients.set(username, await new Client(app.baseUrl).signIn(username))
  await seedReleases(app)
})
after(() => app.close())

const as = (username: string) => clients.get(username)!
type Measure = {
  key: string
  total: { numerator: number; denominator: number; percent: number } | null
  groups: { value: string; figure: { numerator: number; denominator: number } | null; highlighted: boolean }[]
}
const measure = (body: { measures: Measure[] }, key: string) => body.measures.find(m => m.key === key)!
const group = (m: Measure, value: string) => m.groups.find(g => g.value === value)!

describe('the outcomes dashboard', () => {
  it("counts the team's releases of the quarter, each release once, unknown excluded", async () => {
    const { status, body } = await as('managerA').json('GET', '/api/v1/outcomes?level=team&quarter=2026-Q1&by=sex')
    assert.equal(status, 200)
    const housed = measure(body, 'housed-on-release')
    assert.deepEqual({ n: housed.total!.numerator, d: housed.total!.denominator }, { n: 23, d: 29 })
    assert.deepEqual(group(housed, 'male').figure, { ...group(housed, 'male').figure, numerator: 14, denominator: 14 })
    const employed = measure(body, 'employed-6-weeks')
    // 5 of the 10 available men; a measure of 10 whose only groups are one shown and the rest empty.
    assert.equal(employed.total!.denominator, 10)
    assert.equal(employed.total!.numerator, 5)
  })

  it('hides the 3 who preferred not to say, and the women with them so the 3 cannot be worked out', async () => {
    const { body } = await as('managerA').json('GET', '/api/v1/outcomes?level=team&quarter=2026-Q1&by=sex')
    const housed = measure(body, 'housed-on-release')
    assert.equal(group(housed, 'prefer-not-to-say').figure, null)
    assert.equal(group(housed, 'female').figure, null)
    assert.equal(group(housed, 'not-recorded').figure, null)
    assert.doesNotMatch(JSON.stringify(housed.groups), /"denominator":(3|12|15),/)
  })

  it('shows a gap and the national level; the CSV holds every table with hidden figures as words', async () => {
    const page = await (await as('managerA').get('/outcomes?level=team&quarter=2026-Q1&by=age')).text()
    assert.match(page, /<svg/)
    assert.match(page, /National level: 84% \(2024\/25\)/)
    assert.match(page, /data-qa="table-housed-on-release"/)
    const csv = await (await as('managerA').get('/outcomes.csv?level=team&quarter=2026-Q1')).text()
    const lines = csv.trim().split('\r\n')
    assert.equal(
      lines[0],
      'characteristic,group,measure,numerator,denominator,percent,ci_95_low,ci_95_high,gap_points_vs_rest,gap_highlighted,national_percent',
    )
    assert.ok(
      lines.includes('Sex,All,Housed on the first night,23,29,79.3,61.6,90.2,,false,84'),
      lines.slice(0, 5).join('\n'),
    )
    assert.ok(lines.some(l => l.startsWith('Sex,Female,Housed on the first night,suppressed,suppressed')))
    assert.ok(lines.some(l => l.startsWith('Ethnic group,')))
  })

  it("counts the PDU's releases for a manager's PDU, and only the admin sees the nation", async () => {
    const pdu = await as('managerA').json('GET', '/api/v1/outcomes?level=pdu&quarter=2026-Q1')
    assert.equal(measure(pdu.body, 'housed-on-release').total!.denominator, 30)
    assert.equal((await as('managerA').json('GET', '/api/v1/outcomes?level=nation')).status, 404)
    const nation = await as('admin').json('GET', '/api/v1/outcomes?level=nation&quarter=2026-Q1')
    assert.equal(nation.status, 200)
    assert.ok(measure(nation.body, 'housed-on-release').total!.denominator >= 30)
    assert.equal((await as('admin').json('GET', '/api/v1/outcomes?level=team')).status, 404)
  })

  for (const role of ['comA', 'partner', 'person'])
    it(`is not there for ${role}`, async () => {
      assert.equal((await as(role).get('/outcomes')).status, 404)
      assert.equal((await as(role).get('/outcomes.csv')).status, 404)
      assert.equal((await as(role).json('GET', '/api/v1/outcomes')).status, 404)
    })

  it('reads again once anything it reads has changed, and not before', async () => {
    const path = '/api/v1/outcomes?level=team&quarter=2026-Q1'
    const before = measure((await as('managerA').json('GET', path)).body, 'housed-on-release').total!.denominator
    assert.equal(measure((await as('managerA').json('GET', path)).body, 'housed-on-release').total!.denominator, before)
    await released(app, app.fixture.staff.comA!.id, 'male', [{ on: '2026-03-01', firstNight: 'settled' }])
    const after = measure((await as('managerA').json('GET', path)).body, 'housed-on-release').total!.denominator
    assert.equal(after, before + 1)
  })

  it('refuses a quarter not on the list, and audits each view with its scope', async () => {
    assert.equal((await as('managerA').json('GET', '/api/v1/outcomes?quarter=2019-Q1')).status, 400)
    const rows = await app.services.handle.db
      .selectFrom('audit_event')
      .select(['action', 'details'])
      .where('action', 'in', ['outcomes.viewed', 'outcomes.downloaded'])
      .execute()
    assert.ok(rows.some(r => r.action === 'outcomes.downloaded'))
    assert.ok(rows.every(r => 'level' in r.details && 'quarter' in r.details))
  })
})
