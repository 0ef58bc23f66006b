import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { hashPassword } from '../../platform/auth/password.ts'
import type { Db } from '../../platform/db/database.ts'
import type { Role } from '../../platform/db/schema.ts'
import { addDays, addMonths, type IsoDate } from '../../platform/dates/calendar-date.ts'
import { seedContinuityDemo } from '../continuity/continuity.demo.ts'
import { seedHandoverDemo } from '../handover/handover.demo.ts'
import { seedNeedsDemo } from '../needs/needs.demo.ts'
import { seedPlansDemo } from '../plans/plans.demo.ts'
import { seedReadinessDemo } from '../readiness/readiness.demo.ts'
import { seedReleaseDemo } from '../release/release.demo.ts'
import { seedRecallDemo } from '../recall/recall.demo.ts'
import { demoLicenceCases, seedSupervisionDemo } from '../supervision/supervision.demo.ts'
import { AREAS, FIRST_NAMES, LAST_NAMES, PRONOUNS } from './demo-names.ts'
import { STAGES, demoIndeterminate, demoSentence, episodeColumns, type DemoSentence } from './demo-stages.ts'
import { seededRandom, type Random } from './random.ts'

export const DEMO_ACCOUNTS = ['com', 'pom', 'manager', 'partner', 'admin', 'person'] as const

const ORGANISATION = {
  regions: [
    {
      code: 'SW',
      name: 'South West',
      pdus: [
        ['SWB', 'Bristol and South Gloucestershire', ['SWB1', 'SWB2']],
        ['SWG', 'Gloucestershire', ['SWG1']],
      ],
    },
    {
      code: 'WA',
      name: 'Wales',
      pdus: [
        ['WAC', 'Cardiff and the Vale', ['WAC1', 'WAC2']],
        ['WAS', 'Swansea, Neath and Port Talbot', ['WAS1']],
      ],
    },
  ],
  prisons: [
    ['HBR', 'HMP Brackenridge'],
    ['HWF', 'HMP Westerford'],
  ],
  partners: ['Harbour Housing Trust', 'Next Step Employment', 'Open Door Recovery'],
} as const

interface Staff {
  id: string
  username: string
  displayName: string
  role: Role
  teamId: string | null
  prisonId: string | null
  partnerOrganisationId: string | null
  personId: string | null
}

/** Loads the fictional demo organisation, staff and about three hundred people at every stage. */
export async function seedDemo(db: Db, options: { today: IsoDate; people?: number; password: string }) {
  const random = seededRandom(20_261_123)
  const passwordHash = await hashPassword(options.password)
  return db.transaction().execute(async tx => {
    if (await tx.selectFrom('region').select('id').limit(1).executeTakeFirst()) return { seeded: false as const }
    const org = await insertOrganisation(tx)
    const staff = buildStaff(org, random)
    const people = buildPeople(options.people ?? 300, options.today, random, org.prisonIds, staff)
    await insertPeople(tx, people)
    const personUser = people.find(p => p.forPersonAccount)!
    staff.push(account('person', 'Demo person', 'person', { personId: personUser.id }))
    await tx
      .insertInto('app_user')
      .values(staff.map(s => ({ ...userColumns(s), password_hash: passwordHash, demo: true })))
      .execute()
    await linkAllocations(tx, people)
    await insertLimitedAccess(tx, people, staff, options.today)
    await seedHandoverDemo(tx, options.today)
    await seedReadinessDemo(tx, options.today)
    await seedNeedsDemo(tx, options.today)
    await seedReleaseDemo(tx, options.today)
    await seedPlansDemo(tx, options.today)
    await seedSupervisionDemo(tx, options.today)
    await seedRecallDemo(tx, options.today, await demoLicenceCases(tx, 12))
    await seedContinuityDemo(tx)
    return { seeded: true as const, people: people.length, staff: staff.length }
  })
}

async function insertOrganisation(tx: Db) {
  const teamIds: string[] = []
  for (const region of ORGANISATION.regions) {
    const { id: regionId } = await tx
      .insertInto('region')
      .values({ code: region.code, name: region.name })
      .returning('id')
      .executeTakeFirstOrThrow()
    for (const [code, name, teams] of region.pdus) {
      const { id: pduId } = await tx
        .insertInto('pdu')
        .values({ region_id: regionId, code, name })
        .returning('id')
        .executeTakeFirstOrThrow()
      for (const [index, teamCode] of teams.entries()) {
        const team = await tx
          .insertInto('team')
          .values({ pdu_id: pduId, code: teamCode, name: `${name} team ${index + 1}` })
          .returning('id')
          .executeTakeFirstOrThrow()
        teamIds.push(team.id)
      }
    }
  }
  const prisons = await tx
    .insertInto('prison')
    .values(ORGANISATION.prisons.map(([code, name]) => ({ code, name })))
    .returning('id')
    .execute()
  const partners = await tx
    .insertInto('partner_organisation')
    .values(ORGANISATION.partners.map(name => ({ name })))
    .returning('id')
    .execute()
  return { teamIds, prisonIds: prisons.map(p => p.id), partnerIds: partners.map(p => p.id) }
}

function account(username: string, displayName: string, role: Role, scope: Partial<Staff> = {}): Staff {
  return {
    id: randomUUID(),
    username,
    displayName,
    role,
    teamId: null,
    prisonId: null,
    partnerOrganisationId: null,
    personId: null,
    ...scope,
  }
}

/** The six named demo accounts, then practitioners spread over every team and prison. */
function buildStaff(org: { teamIds: string[]; prisonIds: string[]; partnerIds: string[] }, random: Random): Staff[] {
  const staffName = () => `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`
  const staff: Staff[] = [
    account('com', 'Demo COM', 'com', { teamId: org.teamIds[0] }),
    account('pom', 'Demo POM', 'pom', { prisonId: org.prisonIds[0] }),
    account('manager', 'Demo Manager', 'manager', { teamId: org.teamIds[0] }),
    account('partner', 'Demo Partner', 'partner', { partnerOrganisationId: org.partnerIds[0] }),
    account('admin', 'Demo Admin', 'admin'),
  ]
  org.teamIds.forEach((teamId, t) => {
    for (let i = 1; i <= 3; i++) staff.push(account(`com.${t + 1}.${i}`, staffName(), 'com', { teamId }))
    if (t > 0) staff.push(account(`manager.${t + 1}`, staffName(), 'manager', { teamId }))
  })
  org.prisonIds.forEach((prisonId, p) => {
    for (let i = 1; i <= 3; i++) staff.push(account(`pom.${p + 1}.${i}`, staffName(), 'pom', { prisonId }))
  })
  return staff
}

interface DemoPerson {
  id: string
  crn: string
  prisonNumber: string
  firstName: string
  lastName: string
  preferredName: string | null
  pronouns: string | null
  dateOfBirth: IsoDate
  communityArea: string
  prisonId: string
  sentence: DemoSentence
  comId: string | null
  pomId: string | null
  /** The team of the COM they have or will have: their PDU is that team's, so managers see who waits for one. */
  areaTeamId: string
  forPersonAccount: boolean
}

function buildPeople(count: number, today: IsoDate, random: Random, prisonIds: string[], staff: Staff[]): DemoPerson[] {
  const coms = staff.filter(s => s.role === 'com')
  const demoCom = staff.find(s => s.username === 'com')!
  const people: DemoPerson[] = []
  for (let i = 0; i < count; i++) {
    const stage = STAGES[i % STAGES.length]!
    const sentence = i % 40 === 7 ? demoIndeterminate(today, random) : demoSentence(stage, today, random)
    const prisonId = prisonIds[i % prisonIds.length]!
    const poms = staff.filter(s => s.role === 'pom' && s.prisonId === prisonId)
    // Everyone past the handover has a COM; the demo COM carries a realistic caseload.
    const needsCom = sentence.releaseDate !== null || stage === 'due-out' || random.chance(0.4)
    const com = i % 8 === 0 ? demoCom : random.pick(coms)
    const firstName = random.pick(FIRST_NAMES)
    people.push({
      id: randomUUID(),
      crn: `${String.fromCharCode(65 + (i % 26))}${String(100_000 + i * 37).padStart(6, '0')}`,
      prisonNumber: `${String.fromCharCode(65 + (i % 7))}${String(1000 + i).padStart(4, '0')}${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + ((i * 7) % 26))}`,
      firstName,
      lastName: random.pick(LAST_NAMES),
      preferredName: random.chance(0.1) ? firstName.slice(0, 3) : null,
      pronouns: random.pick(PRONOUNS),
      dateOfBirth: addDays(addMonths(today, -12 * random.int(19, 64)), -random.int(0, 364)),
      communityArea: random.pick(AREAS),
      prisonId,
      sentence,
      comId: needsCom ? com.id : null,
      pomId: sentence.releaseDate === null ? random.pick(poms).id : null,
      areaTeamId: com.teamId!,
      forPersonAccount: false,
    })
  }
  const dueOut = people.find(
    p => p.comId === demoCom.id && p.sentence.releaseDate === null && p.sentence.sentenceType === 'determinate',
  )
  if (dueOut) dueOut.forPersonAccount = true
  return people
}

async function insertPeople(tx: Db, people: DemoPerson[]) {
  await tx
    .insertInto('person')
    .values(
      people.map(p => ({
        id: p.id,
        crn: p.crn,
        prison_number: p.prisonNumber,
        first_name: p.firstName,
        last_name: p.lastName,
        preferred_name: p.preferredName,
        pronouns: p.pronouns,
        date_of_birth: p.dateOfBirth,
        community_area: p.communityArea,
      })),
    )
    .execute()
  await tx
    .insertInto('custody_episode')
    .values(people.map(({ id, prisonId, sentence }) => episodeColumns(id, prisonId, sentence)))
    .execute()
}

/** People are inserted before staff (a person account points at its record), so allocations follow. */
async function linkAllocations(tx: Db, people: DemoPerson[]) {
  const rows = people.flatMap(p => [
    ...(p.comId ? [{ person_id: p.id, kind: 'com' as const, staff_id: p.comId }] : []),
    ...(p.pomId ? [{ person_id: p.id, kind: 'pom' as const, staff_id: p.pomId }] : []),
  ])
  await tx.insertInto('allocation').values(rows).execute()
  await sql`update person p set
      com_id = (select staff_id from allocation a where a.person_id = p.id and a.kind = 'com'),
      pom_id = (select staff_id from allocation a where a.person_id = p.id and a.kind = 'pom')`.execute(tx)
  for (const teamId of new Set(people.map(p => p.areaTeamId))) {
    const ids = people.filter(p => p.areaTeamId === teamId).map(p => p.id)
    await sql`update person set pdu_id = (select pdu_id from team where id = ${teamId}) where id in (${sql.join(ids)})`.execute(
      tx,
    )
  }
}

/** Two limited-access cases in the demo COM's team, to show what a barred practitioner sees. */
async function insertLimitedAccess(tx: Db, people: DemoPerson[], staff: Staff[], today: IsoDate) {
  const demoCom = staff.find(s => s.username === 'com')!
  const manager = staff.find(s => s.username === 'manager')!
  const teamComIds = new Set(staff.filter(s => s.role === 'com' && s.teamId === demoCom.teamId).map(s => s.id))
  const teamPeople = people.filter(
    p => p.comId && teamComIds.has(p.comId) && p.comId !== demoCom.id && !p.forPersonAccount,
  )
  const [excluded, restricted] = teamPeople
  if (!excluded || !restricted) return
  await tx
    .insertInto('limited_access')
    .values([
      {
        person_id: excluded.id,
        kind: 'exclusion',
        user_id: demoCom.id,
        start_date: addDays(today, -30),
        end_date: null,
        message:
          'You are excluded from this case. Contact the head of the probation delivery unit if you need to know more.',
      },
      {
        person_id: restricted.id,
        kind: 'restriction',
        user_id: manager.id,
        start_date: addDays(today, -30),
        end_date: null,
        message: 'This case is restricted to named staff. Contact the team manager for access.',
      },
      {
        person_id: restricted.id,
        kind: 'restriction',
        user_id: restricted.comId!,
        start_date: addDays(today, -30),
        end_date: null,
        message: 'This case is restricted to named staff. Contact the team manager for access.',
      },
    ])
    .execute()
}

function userColumns(s: Staff) {
  return {
    id: s.id,
    username: s.username,
    display_name: s.displayName,
    role: s.role,
    team_id: s.teamId,
    prison_id: s.prisonId,
    partner_organisation_id: s.partnerOrganisationId,
    person_id: s.personId,
  }
}
