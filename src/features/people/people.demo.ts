import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { addDays, addMonths, earliest, latest, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import type { DemoSeeder } from '../../platform/sample-data/demo-seeder.ts'
import { AREAS, FIRST_NAMES, LAST_NAMES, PRONOUNS } from '../../platform/sample-data/names.ts'
import { seededRandom, type Random } from '../../platform/sample-data/random.ts'
import { keyDatesForEpisode } from '../key-dates/index.ts'
import { STAGES, demoIndeterminate, demoSentence, episodeColumns, type DemoSentence } from './people-demo-sentences.ts'

const ALLOCATION_SEED = 2_026_112_301

interface StaffRow {
  id: string
  username: string
  role: string
  team_id: string | null
  prison_id: string | null
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

/**
 * About three hundred fictional people at every stage of the journey, with their custody episodes and who is
 * allocated, over the organisation's staff; and the demo person's own account, linked to one of them.
 */
export const seedPeopleDemo: DemoSeeder = async ({ tx, today, random, passwordHash, people: count }) => {
  const staff = await tx
    .selectFrom('app_user')
    .select(['id', 'username', 'role', 'team_id', 'prison_id'])
    .orderBy('username')
    .execute()
  const prisonIds = (await tx.selectFrom('prison').select('id').orderBy('code').execute()).map(p => p.id)
  const people = buildPeople(count, today, random, prisonIds, staff)
  await insertPeople(tx, people)
  const personUser = people.find(p => p.forPersonAccount)!
  await tx
    .insertInto('app_user')
    .values({
      username: 'person',
      display_name: 'Demo person',
      role: 'person',
      person_id: personUser.id,
      password_hash: passwordHash,
      demo: true,
    })
    .execute()
  await linkAllocations(tx, people, staff, today)
}

function buildPeople(count: number, today: IsoDate, random: Random, prisonIds: string[], staff: StaffRow[]) {
  const coms = staff.filter(s => s.role === 'com')
  const demoCom = staff.find(s => s.username === 'com')!
  const people: DemoPerson[] = []
  for (let i = 0; i < count; i++) {
    const stage = STAGES[i % STAGES.length]!
    const sentence = i % 40 === 7 ? demoIndeterminate(today, random) : demoSentence(stage, today, random)
    const prisonId = prisonIds[i % prisonIds.length]!
    const poms = staff.filter(s => s.role === 'pom' && s.prison_id === prisonId)
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
      areaTeamId: com.team_id!,
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

/**
 * Who is allocated, and by whom and when, as it would have happened: a POM of the prison allocates a POM a few days
 * after arrival; the COM's team manager allocates a COM around the handover (soon after the start when the COM is
 * responsible from it), never before the sentence began, never after today and always before release.
 */
async function linkAllocations(tx: Db, people: DemoPerson[], staff: StaffRow[], today: IsoDate) {
  // Its own sequence, so that the days drawn here leave every later seeder's draws as they were.
  const random = seededRandom(ALLOCATION_SEED)
  const managerOf = (teamId: string | null) => staff.find(s => s.role === 'manager' && s.team_id === teamId)!.id
  const prisonAllocator = (prisonId: string) =>
    (
      staff.find(s => s.username === 'pom' && s.prison_id === prisonId) ??
      staff.find(s => s.role === 'pom' && s.prison_id === prisonId)!
    ).id
  const yesterday = addDays(today, -1)
  const at = (date: IsoDate) => `${date}T${String(random.int(9, 16)).padStart(2, '0')}:${random.int(10, 59)}:00Z`
  const rows = people.flatMap(p => {
    const pom = p.pomId
      ? [
          {
            kind: 'pom' as const,
            staff_id: p.pomId,
            allocated_by: prisonAllocator(p.prisonId),
            on: pomAllocatedOn(p.sentence, yesterday, random),
          },
        ]
      : []
    const comTeam = staff.find(s => s.id === p.comId)?.team_id ?? null
    const com = p.comId
      ? [
          {
            kind: 'com' as const,
            staff_id: p.comId,
            allocated_by: managerOf(comTeam),
            on: comAllocatedOn(p.sentence, yesterday, random),
          },
        ]
      : []
    return [...pom, ...com].map(({ on, ...row }) => ({ person_id: p.id, ...row, allocated_at: at(on) }))
  })
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

/** A few days after arrival, and by yesterday at the latest (unless they arrived today). */
function pomAllocatedOn(s: DemoSentence, yesterday: IsoDate, random: Random): IsoDate {
  return latest(s.arrivalDate, earliest(addDays(s.arrivalDate, random.int(1, 4)), yesterday))!
}

/** Around the handover the key-date rules give, or soon after the start when the COM is responsible from it. */
function comAllocatedOn(s: DemoSentence, yesterday: IsoDate, random: Random): IsoDate {
  const handover = keyDatesForEpisode(s)?.keyDates.handoverDate
  const planned = handover ? addDays(handover, -random.int(0, 21)) : addDays(s.sentenceStartDate, random.int(1, 10))
  const beforeRelease = s.releaseDate ? addDays(s.releaseDate, -1) : null
  return latest(s.sentenceStartDate, earliest(planned, yesterday, beforeRelease))!
}
