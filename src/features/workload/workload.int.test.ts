import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { calculateWorkload } from './workload.rules.ts'

let app: TestApp
before(async () => {
  app = await startTestApp()
})
after(() => app.close())

const PATH = '/api/v1/workload/calculate'
const INPUT = {
  grade: 'PO',
  contractedHours: 36.3,
  reductionHours: 17.8,
  cases: [
    { tier: 'A3', type: 'licence', count: 2 },
    { tier: 'B2', type: 'community', count: 10 },
    { tier: 'D0', type: 'community', count: 1 },
  ],
  courtReports: { standard: 1, fast: 1 },
} as const

describe('POST /api/v1/workload/calculate', () => {
  it('answers signed-in staff with the same JSON as the rules and the command line', async () => {
    for (const username of ['comA', 'pom1', 'managerA', 'partner', 'admin']) {
      const client = await new Client(app.baseUrl).signIn(username)
      const { status, body } = await client.json('POST', PATH, INPUT)
      assert.equal(status, 200, username)
      assert.deepEqual(body, { points: 1820, availablePoints: 1088, capacityPercent: 167.3 })
      assert.deepEqual(body, calculateWorkload({ ...INPUT, cases: [...INPUT.cases] }))
    }
  })

  it('answers null capacity when no points are available', async () => {
    const client = await new Client(app.baseUrl).signIn('comA')
    const { status, body } = await client.json('POST', PATH, {
      grade: 'PSO',
      contractedHours: 10,
      reductionHours: 10,
      cases: [],
    })
    assert.equal(status, 200)
    assert.deepEqual(body, { points: 0, availablePoints: 0, capacityPercent: null })
  })

  it('refuses bad input with an error for each field', async () => {
    const client = await new Client(app.baseUrl).signIn('comA')
    const { status, body } = await client.json('POST', PATH, {
      grade: 'SPO',
      contractedHours: 30,
      reductionHours: 31,
      cases: [{ tier: 'E1', type: 'licence', count: -1 }],
    })
    assert.equal(status, 400)
    const fields = body.errors.map((e: { field: string }) => e.field).sort()
    assert.deepEqual(fields, ['cases.0.count', 'cases.0.tier', 'grade', 'reductionHours'])
    const zero = await client.json('POST', PATH, { grade: 'PO', contractedHours: 0, cases: [] })
    assert.equal(zero.status, 400)
    assert.deepEqual(
      zero.body.errors.map((e: { field: string }) => e.field),
      ['contractedHours'],
    )
  })

  it('needs sign-in, and is not there for the person on probation', async () => {
    const anonymous = await new Client(app.baseUrl).json('POST', PATH, INPUT)
    assert.equal(anonymous.status, 401)
    const person = await new Client(app.baseUrl).signIn('person')
    assert.equal((await person.json('POST', PATH, INPUT)).status, 404)
  })

  it('is declared in the OpenAPI document with its body and response', async () => {
    const { body } = await new Client(app.baseUrl).json('GET', '/api/v1/openapi.json')
    const operation = body.paths['/api/v1/workload/calculate']?.post
    assert.ok(operation, 'the route is in the document')
    assert.ok(JSON.stringify(operation).includes('contractedHours'))
    assert.ok(JSON.stringify(operation).includes('capacityPercent'))
  })
})
