/** Arranging handover cases for the integration tests, through the API as a practitioner would. */
import { addDays, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { Client, TestApp } from '../../../test/support/test-app.ts'

export const TODAY = '2026-11-23'

let crnCounter = 0

/**
 * A new person added by `client` (a COM, who is then their COM), with one determinate custody episode in
 * prison 1 from 10 January 2025 and the conditional release date given: the handover date is then
 * 8 months and 14 days before it.
 */
export async function newCase(app: TestApp, client: Client, conditionalReleaseDate: IsoDate, extra: object = {}) {
  crnCounter += 1
  const crn = `H${String(900_000 + crnCounter).padStart(6, '0')}`
  const person = await client.json('POST', '/api/v1/people', {
    firstName: 'Case',
    lastName: `Handover${crnCounter}`,
    dateOfBirth: '1988-04-02',
    crn,
  })
  if (person.status !== 201) throw new Error(`could not add a person: ${JSON.stringify(person.body)}`)
  const episode = await client.json('POST', `/api/v1/people/${person.body.id}/custody-episodes`, {
    prisonId: app.fixture.org.prison1,
    sentenceType: 'determinate',
    arrivalDate: '2025-01-10',
    sentenceStartDate: '2025-01-10',
    conditionalReleaseDate,
    licenceExpiryDate: addDays(conditionalReleaseDate, 700),
    ...extra,
  })
  if (episode.status !== 201) throw new Error(`could not add an episode: ${JSON.stringify(episode.body)}`)
  return person.body.id as string
}

/** A meeting the rules accept for the fixture's Alpha (COM comA, POM pom1), on the day given. */
export const meeting = (meetingDate: IsoDate, extra: object = {}) => ({
  meetingDate,
  attendees: ['com', 'pom', 'person'],
  notes: 'Talked through the licence and the first night.',
  ...extra,
})

export const contact = (contactDate: IsoDate, extra: object = {}) => ({
  contactDate,
  contactType: 'visit',
  met: true,
  note: 'Legal visit at the prison.',
  ...extra,
})

/** The request context of a fixture user, for calling a service directly. */
export function contextOf(app: TestApp, username: keyof TestApp['fixture']['staff']): RequestContext {
  const staff = app.fixture.staff[username]!
  return {
    user: {
      id: staff.id,
      username,
      displayName: `Staff ${username}`,
      role: staff.role,
      teamId: staff.team ?? null,
      prisonId: staff.prison ?? null,
      partnerOrganisationId: staff.partner ?? null,
      personId: null,
    },
    correlationId: 'test',
  }
}

/** The actions audited for a person, in order. */
export async function auditedActions(app: TestApp, personId: string) {
  const rows = await app.services.handle.db
    .selectFrom('audit_event')
    .select(['action', 'outcome', 'actor_username'])
    .where('subject_person_id', '=', personId)
    .orderBy('id')
    .execute()
  return rows
}

/** How many meetings (and their versions) and contacts are recorded, to show that a refusal wrote nothing. */
export async function handoverCounts(app: TestApp) {
  const db = app.services.handle.db
  const meetings = await db
    .selectFrom('handover_meeting')
    .select(eb => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('version').as('versions')])
    .executeTakeFirstOrThrow()
  const contacts = await db
    .selectFrom('handover_contact')
    .select(eb => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return { meetings: Number(meetings.n), versions: Number(meetings.versions ?? 0), contacts: Number(contacts.n) }
}
