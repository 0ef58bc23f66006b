import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { permutations } from './disclosure.test-support.ts'

const TODAY = '2026-11-23'
let app: TestApp
before(async () => {
  app = await startTestApp({ today: TODAY })
})
after(() => app.close())

const ISSUE_EXAMPLE = {
  dateOfBirth: '1990-05-01',
  records: [
    {
      kind: 'conviction',
      date: '2016-03-10',
      disposals: [{ type: 'custodial_sentence', length: { amount: 18, unit: 'months' } }, { type: 'fine' }],
    },
    { kind: 'caution', date: '2019-07-01', disposals: [{ type: 'simple_caution' }] },
  ],
}

describe('POST /api/v1/disclosure/check', () => {
  it("answers the issue's example without sign-in and stores nothing", async () => {
    const before = await app.services.handle.db
      .selectFrom('audit_event')
      .select(eb => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    const { status, body } = await new Client(app.baseUrl).json('POST', '/api/v1/disclosure/check', ISSUE_EXAMPLE)
    assert.equal(status, 200)
    assert.deepEqual(
      body.records.map((r: { spent: string }) => r.spent),
      ['2021-09-10', 'immediately'],
    )
    assert.ok(body.records.every((r: { explanation: string; filtering: object }) => r.explanation && r.filtering))
    assert.deepEqual(body.records[0].asOf, {
      date: TODAY,
      spent: true,
      onBasicCheck: false,
      onStandardAndEnhancedCheck: true,
    })
    const afterCount = await app.services.handle.db
      .selectFrom('audit_event')
      .select(eb => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    assert.equal(Number(afterCount.n), Number(before.n))
  })

  it('answers never spent for all three convictions of issue 20, in all six orders', async () => {
    const prison = {
      kind: 'conviction',
      date: '2010-01-01',
      disposals: [{ type: 'custodial_sentence', length: { amount: 3, unit: 'years' } }],
    }
    const fine = { kind: 'conviction', date: '2012-01-01', disposals: [{ type: 'fine' }] }
    const schedule18 = {
      kind: 'conviction',
      date: '2015-01-01',
      disposals: [{ type: 'custodial_sentence', length: { amount: 5, unit: 'years' }, seriousOffence: true }],
    }
    const client = new Client(app.baseUrl)
    const answer = (records: object[]) =>
      client.json('POST', '/api/v1/disclosure/check', { dateOfBirth: '1980-01-01', records })
    for (const records of permutations([prison, fine, schedule18])) {
      const { status, body } = await answer(records)
      assert.equal(status, 200)
      assert.deepEqual(
        body.records.map((r: { spent: string }) => r.spent),
        ['never', 'never', 'never'],
      )
    }
    const { body } = await answer([prison, fine])
    assert.deepEqual(
      body.records.map((r: { spent: string }) => r.spent),
      ['2017-01-01', '2017-01-01'],
    )
    const entered = await answer([prison, fine, schedule18])
    assert.match(
      entered.body.records[1].explanation,
      /section 1\(1\)\(b\) with section 6\(4\)\), so the order does not matter/,
    )
  })

  it('names the field of a custodial sentence with no length', async () => {
    const { status, body } = await new Client(app.baseUrl).json('POST', '/api/v1/disclosure/check', {
      dateOfBirth: '1990-05-01',
      records: [{ kind: 'conviction', date: '2016-03-10', disposals: [{ type: 'custodial_sentence' }] }],
    })
    assert.equal(status, 400)
    assert.equal(body.errors[0].field, 'records.0.disposals.0.length')
  })

  it('is documented as public, with the answer it gives', async () => {
    const { body } = await new Client(app.baseUrl).json('GET', '/api/v1/openapi.json')
    const check = body.paths['/api/v1/disclosure/check'].post
    assert.deepEqual(check.security, [])
    const answer = check.responses['200'].content['application/json'].schema
    assert.ok(answer.properties.records.items.properties.filtering)
  })
})
