import { randomUUID } from 'node:crypto'
import { hashPassword } from '../../src/platform/auth/password.ts'
import type { Db } from '../../src/platform/db/database.ts'
import type { Role } from '../../src/platform/db/schema.ts'

export const PASSWORD = 'correct horse battery staple'
let passwordHash: Promise<string> | undefined

/**
 * A small organisation that every access rule can be tried against: two teams in one PDU, a team in
 * another PDU, two prisons, and people allocated across them, two of them limited-access.
 */
export async function loadFixture(db: Db) {
  // Cheap parameters for the fixture only: sign-in still verifies a real scrypt hash.
  passwordHash ??= hashPassword(PASSWORD, { N: 2 ** 10, r: 8, p: 1 })
  const hash = await passwordHash
  const id = () => randomUUID()
  const org = {
    region: id(),
    pduNorth: id(),
    pduSouth: id(),
    teamA: id(),
    teamB: id(),
    teamC: id(),
    prison1: id(),
    prison2: id(),
    partner: id(),
  }
  await db.insertInto('region').values({ id: org.region, code: 'R1', name: 'Region One' }).execute()
  await db
    .insertInto('pdu')
    .values([
      { id: org.pduNorth, region_id: org.region, code: 'PN', name: 'North PDU' },
      { id: org.pduSouth, region_id: org.region, code: 'PS', name: 'South PDU' },
    ])
    .execute()
  await db
    .insertInto('team')
    .values([
      { id: org.teamA, pdu_id: org.pduNorth, code: 'TA', name: 'Team A' },
      { id: org.teamB, pdu_id: org.pduNorth, code: 'TB', name: 'Team B' },
      { id: org.teamC, pdu_id: org.pduSouth, code: 'TC', name: 'Team C' },
    ])
    .execute()
  await db
    .insertInto('prison')
    .values([
      { id: org.prison1, code: 'P1', name: 'HMP One' },
      { id: org.prison2, code: 'P2', name: 'HMP Two' },
    ])
    .execute()
  await db.insertInto('partner_organisation').values({ id: org.partner, name: 'Partner One' }).execute()

  const staff: Record<string, { id: string; role: Role; team?: string; prison?: string; partner?: string }> = {
    comA: { id: id(), role: 'com', team: org.teamA },
    comA2: { id: id(), role: 'com', team: org.teamA },
    comB: { id: id(), role: 'com', team: org.teamB },
    comC: { id: id(), role: 'com', team: org.teamC },
    managerA: { id: id(), role: 'manager', team: org.teamA },
    managerB: { id: id(), role: 'manager', team: org.teamB },
    pom1: { id: id(), role: 'pom', prison: org.prison1 },
    pom1b: { id: id(), role: 'pom', prison: org.prison1 },
    pom2: { id: id(), role: 'pom', prison: org.prison2 },
    partner: { id: id(), role: 'partner', partner: org.partner },
    admin: { id: id(), role: 'admin' },
  }
  await db
    .insertInto('app_user')
    .values(
      Object.entries(staff).map(([username, s]) => ({
        id: s.id,
        username,
        display_name: `Staff ${username}`,
        role: s.role,
        team_id: s.team ?? null,
        prison_id: s.prison ?? null,
        partner_organisation_id: s.partner ?? null,
        person_id: null,
        password_hash: hash,
        // One worker with a phone number on record, one (comA2) without: the person's pages say both.
        phone: username === 'comA' ? '01632 960001' : null,
      })),
    )
    .execute()

  const person = (
    crn: string,
    lastName: string,
    com: string | null,
    pom: string | null,
    pdu: string | null = null,
  ) => ({
    id: id(),
    crn,
    prison_number: null,
    first_name: 'Test',
    last_name: lastName,
    preferred_name: null,
    pronouns: null,
    date_of_birth: '1990-05-01',
    community_area: null,
    com_id: com,
    pom_id: pom,
    pdu_id: pdu,
  })
  const people = {
    ofComA: person('A000001', 'Alpha', staff.comA!.id, staff.pom1!.id),
    ofComA2: person('A000002', 'Bravo', staff.comA2!.id, null),
    ofComB: person('B000001', 'Charlie', staff.comB!.id, null),
    ofComC: person('C000001', 'Delta', staff.comC!.id, staff.pom2!.id),
    excludedForComA2: person('A000003', 'Echo', staff.comA!.id, null),
    restrictedToComA: person('A000004', 'Foxtrot', staff.comA!.id, null),
    unallocatedInPrison1: person('P000001', 'Golf', null, null),
    /** In prison 1, of the North PDU (teams A and B), past handover with no COM. */
    awaitingComInNorth: person('P000002', 'Hotel', null, null, org.pduNorth),
  }
  await db.insertInto('person').values(Object.values(people)).execute()
  const episode = (personId: string, prisonId: string, release: string | null) => ({
    person_id: personId,
    prison_id: prisonId,
    sentence_type: 'determinate' as const,
    parole: false,
    early_allocation: false,
    arrival_date: '2025-01-10',
    sentence_start_date: '2025-01-10',
    conditional_release_date: '2027-03-01',
    automatic_release_date: null,
    parole_eligibility_date: null,
    home_detention_curfew_eligibility_date: null,
    tariff_expiry_date: null,
    licence_expiry_date: '2029-01-10',
    sentence_expiry_date: '2029-01-10',
    top_up_supervision_end_date: null,
    release_date: release,
  })
  await db
    .insertInto('custody_episode')
    .values([
      episode(people.ofComA.id, org.prison1, null),
      episode(people.unallocatedInPrison1.id, org.prison1, null),
      episode(people.awaitingComInNorth.id, org.prison1, null),
      episode(people.ofComC.id, org.prison2, null),
      episode(people.ofComB.id, org.prison1, '2025-06-01'),
    ])
    .execute()
  const barredMessage = 'Contact the head of PDU'
  await db
    .insertInto('limited_access')
    .values([
      {
        person_id: people.excludedForComA2.id,
        kind: 'exclusion',
        user_id: staff.comA2!.id,
        start_date: '2020-01-01',
        end_date: null,
        message: barredMessage,
      },
      {
        person_id: people.restrictedToComA.id,
        kind: 'restriction',
        user_id: staff.comA!.id,
        start_date: '2020-01-01',
        end_date: null,
        message: barredMessage,
      },
      {
        person_id: people.restrictedToComA.id,
        kind: 'restriction',
        user_id: staff.managerA!.id,
        start_date: '2020-01-01',
        end_date: null,
        message: barredMessage,
      },
    ])
    .execute()
  const personUser = { id: id() }
  await db
    .insertInto('app_user')
    .values({
      id: personUser.id,
      username: 'person',
      display_name: 'Test Alpha',
      role: 'person',
      team_id: null,
      prison_id: null,
      partner_organisation_id: null,
      person_id: people.ofComA.id,
      password_hash: hash,
    })
    .execute()
  return { org, staff, people, personUser, barredMessage }
}

export type Fixture = Awaited<ReturnType<typeof loadFixture>>
