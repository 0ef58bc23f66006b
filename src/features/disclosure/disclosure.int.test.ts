import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'

let app: TestApp
before(async () => {
  app = await startTestApp()
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
    const afterCount = await app.services.handle.db
      .selectFrom('audit_event')
      .select(eb => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    assert.equal(Number(afterCount.n), Number(before.n))
  })

  it('names the field of a custodial sentence with no length', async () => {
    const { status, body } = await new Client(app.baseUrl).json('POST', '/api/v1/disclosure/check', {
      dateOfBirth: '1990-05-01',
      records: [{ kind: 'conviction', date: '2016-03-10', disposals: [{ type: 'custodial_sentence' }] }],
    })
    assert.equal(status, 400)
    assert.equal(body.errors[0].field, 'records.0.disposals.0.length')
  })
})
