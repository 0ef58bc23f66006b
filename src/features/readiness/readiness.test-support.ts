/** Shared by the readiness integration tests: people released on a chosen day, and items filled in to be met. */
import { addDays, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Client, TestApp } from '../../../test/support/test-app.ts'
import type { ItemKey } from './readiness.rules.ts'

export const TODAY = '2026-11-23'

/** Each item with the detail it needs to be met, for a release on `release`. */
export function metBody(item: ItemKey, release: IsoDate, version = 0): Record<string, unknown> {
  const details: Record<ItemKey, Record<string, unknown>> = {
    accommodation: { accommodationCategory: 'settled', address: '4 Harbour Road, Bristol BS1 4AA' },
    identity: { idType: 'passport', idStatus: 'held' },
    'bank-account': { bankName: 'Harbour Bank' },
    benefits: { benefit: 'universal-credit' },
    gp: { gpPractice: 'Quay Surgery, Bristol' },
    medication: { medicationArrangements: '7 days of tablets and a prescription' },
    'first-appointment': { appointmentDate: release, appointmentTime: '10:30', appointmentPlace: 'Probation office' },
    'licence-conditions': { explainedOn: TODAY, confirmedByPerson: true },
    travel: { travelArrangements: 'Train to Bristol Temple Meads' },
  }
  return { status: 'met', ...details[item], version }
}

let serial = 0

/** A person allocated to the client (a COM), in custody, whose conditional release is `days` from today. */
export async function personReleasedIn(client: Client, days: number): Promise<{ id: string; release: IsoDate }> {
  serial += 1
  // Each test file has its own database: a counter keeps CRNs unique within it.
  const crn = `R${900_000 + serial}`
  const created = await client.json('POST', '/api/v1/people', {
    firstName: 'Rene',
    lastName: `Ready${serial}`,
    dateOfBirth: '1990-01-01',
    crn,
  })
  if (created.status !== 201) throw new Error(`could not add a person: ${JSON.stringify(created.body)}`)
  const release = addDays(TODAY, days)
  const episode = await client.json('POST', `/api/v1/people/${created.body.id}/custody-episodes`, {
    sentenceType: 'determinate',
    arrivalDate: '2026-01-05',
    sentenceStartDate: '2026-01-05',
    conditionalReleaseDate: release,
  })
  if (episode.status !== 201) throw new Error(`could not add an episode: ${JSON.stringify(episode.body)}`)
  return { id: created.body.id, release }
}

export const readinessAudit = async (app: TestApp, personId: string) =>
  (
    await app.services.handle.db
      .selectFrom('audit_event')
      .select(['action', 'actor_username', 'outcome', 'details'])
      .where('subject_person_id', '=', personId)
      .orderBy('id')
      .execute()
  ).filter(e => e.action.startsWith('readiness.'))

export const countRows = async (app: TestApp, table: 'readiness_item' | 'housing_referral') =>
  Number(
    (
      await app.services.handle.db
        .selectFrom(table)
        .select(eb => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )
