import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'

let app: TestApp
before(async () => {
  app = await startTestApp()
})
after(() => app.close())

describe('POST /api/v1/key-dates', () => {
  it('answers the same JSON as the rules module, without sign-in', async () => {
    const client = new Client(app.baseUrl)
    const { status, body } = await client.json('POST', '/api/v1/key-dates', {
      sentenceType: 'indeterminate',
      arrivalDate: '2015-03-01',
      sentenceStartDate: '2015-03-01',
      tariffExpiryDate: '2027-05-31',
    })
    assert.equal(status, 200)
    assert.deepEqual(body, {
      earliestReleaseDate: '2027-05-31',
      handoverDate: '2026-05-31',
      comResponsibleFromStart: false,
      comAllocationOverdueFrom: '2026-06-02',
      screeningDueDate: '2015-03-04',
      preReleaseReviewDueDate: '2027-03-08',
    })
  })

  it('refuses bad input with field errors', async () => {
    const { status, body } = await new Client(app.baseUrl).json('POST', '/api/v1/key-dates', {
      sentenceType: 'life',
      arrivalDate: '2026-02-30',
    })
    assert.equal(status, 400)
    const fields = body.errors.map((e: { field: string }) => e.field)
    assert.ok(
      fields.includes('sentenceType') && fields.includes('arrivalDate') && fields.includes('sentenceStartDate'),
      fields.join(),
    )
  })
})
