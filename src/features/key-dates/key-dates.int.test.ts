import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Client, startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { createKeyDatesRepository } from './key-dates.repository.ts'
import { KEY_DATES_POLICY_ID, refreshStoredKeyDates } from './key-dates.service.ts'

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

describe('stored deadlines', () => {
  it('are derived for every episode, and derived again when the policy that set them changes', async () => {
    const db = app.services.handle.db
    const episode = await db
      .selectFrom('custody_episode')
      .select(['id', 'earliest_release_date', 'handover_date', 'key_dates_policy'])
      .where('person_id', '=', app.fixture.people.ofComA.id)
      .executeTakeFirstOrThrow()
    // The fixture's determinate sentence: CRD 1 March 2027, less 8 months (1 July 2026), less 14 days.
    assert.equal(episode.earliest_release_date, '2027-03-01')
    assert.equal(episode.handover_date, '2026-06-17')
    assert.equal(episode.key_dates_policy, KEY_DATES_POLICY_ID)

    await db
      .updateTable('custody_episode')
      .set({ key_dates_policy: 'an older policy', handover_date: null })
      .where('id', '=', episode.id)
      .execute()
    assert.equal(await refreshStoredKeyDates(db, createKeyDatesRepository(db)), 1)
    const again = await db
      .selectFrom('custody_episode')
      .select('handover_date')
      .where('id', '=', episode.id)
      .executeTakeFirstOrThrow()
    assert.equal(again.handover_date, '2026-06-17')
  })
})
