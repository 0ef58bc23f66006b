/**
 * Builders for the needs tests: screening bodies as the API takes them, and a person who has just arrived in custody,
 * added through the API as a practitioner would.
 */
import type { Client, TestApp } from '../../../test/support/test-app.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { Db } from '../../platform/db/database.ts'
import { addDays, addYears } from '../../platform/dates/calendar-date.ts'
import { PATHWAY_KEYS, type PathwayKey } from './needs.catalogue.ts'

type Answer = { status: string; urgency?: string; ownWords?: string }

/** A screening with "no need" in every pathway but those given. */
export function screening(pathways: Partial<Record<PathwayKey, Answer>> = {}, extra: Record<string, unknown> = {}) {
  return {
    womensNeedsApply: false,
    pathways: Object.fromEntries(PATHWAY_KEYS.map(key => [key, pathways[key] ?? { status: 'no-need' }])),
    ...extra,
  }
}

let added = 0

/** Adds a person in prison 1 who arrived the day before `today`, with an earliest release in about a year. */
export async function newlyArrived(app: TestApp, pom: Client, today: string, lastName = 'Arrived') {
  added += 1
  const crn = `N${String(100_000 + added).padStart(6, '0')}`
  const person = await pom.json('POST', '/api/v1/people', {
    firstName: 'Nova',
    lastName,
    dateOfBirth: '1994-07-08',
    crn,
  })
  if (person.status !== 201) throw new Error(`adding a person failed with ${person.status}`)
  const arrivalDate = addDays(today, -1)
  const release = addYears(today, 1)
  const episode = await pom.json('POST', `/api/v1/people/${person.body.id}/custody-episodes`, {
    prisonId: app.fixture.org.prison1,
    sentenceType: 'determinate',
    arrivalDate,
    sentenceStartDate: arrivalDate,
    conditionalReleaseDate: release,
    licenceExpiryDate: addYears(today, 2),
  })
  if (episode.status !== 201) throw new Error(`adding a custody episode failed with ${episode.status}`)
  return { id: person.body.id as string, crn, arrivalDate, releaseDate: release }
}

/** The text of a page's main landmark, tags removed and spaces collapsed, for short readable assertions. */
export function mainText(html: string): string {
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? html
  return main
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&rsquo;/g, '’')
    .replace(/\s+/g, ' ')
    .trim()
}

/** What a service method receives when this user makes a request, for calling services directly. */
export async function contextFor(db: Db, username: string): Promise<RequestContext> {
  const user = await db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirstOrThrow()
  return {
    correlationId: `needs-test-${username}`,
    user: {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      role: user.role,
      teamId: user.team_id,
      prisonId: user.prison_id,
      partnerOrganisationId: user.partner_organisation_id,
      personId: user.person_id,
    },
  }
}
