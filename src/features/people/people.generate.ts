import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { addDays, addMonths, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import { AREAS, FIRST_NAMES, LAST_NAMES, PRONOUNS } from '../../platform/sample-data/names.ts'
import { STAGES, demoIndeterminate, demoSentence, episodeColumns, type DemoSentence } from './people-demo-sentences.ts'
import type { Random } from '../../platform/sample-data/random.ts'
import { storedKeyDates } from '../key-dates/index.ts'
import { bulkInsert, withIndexesRebuilt } from '../../platform/db/bulk-insert.ts'
import type { GeneratorContext, GeneratorPart } from '../../platform/sample-data/generator-part.ts'

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const CHANGE_REASONS = [
  'Practitioner left the team',
  'Caseload rebalanced',
  'Moved to another area',
  'Practitioner on long-term leave',
]

/** A unique CRN (X123456) and prison number (A1234BC) for the i-th person. */
export function identifiersFor(i: number): { crn: string; prisonNumber: string } {
  const n = Math.floor(i / 26)
  const k = Math.floor(n / 10_000)
  return {
    crn: `${LETTERS[i % 26]}${String(n).padStart(6, '0')}`,
    prisonNumber: `${LETTERS[i % 26]}${String(n % 10_000).padStart(4, '0')}${LETTERS[Math.floor(k / 26) % 26]}${LETTERS[k % 26]}`,
  }
}

interface Staffing {
  teams: { comIds: string[]; managerId: string }[]
  prisons: { id: string; pomIds: string[] }[]
}

async function staffing(tx: Db): Promise<Staffing> {
  const users = await tx
    .selectFrom('app_user')
    .select(['id', 'role', 'team_id', 'prison_id'])
    .where('role', 'in', ['com', 'manager', 'pom'])
    .orderBy('username')
    .execute()
  const teams = new Map<string, { comIds: string[]; managerId: string }>()
  const prisons = new Map<string, { id: string; pomIds: string[] }>()
  for (const u of users) {
    if (u.team_id) {
      const team = teams.get(u.team_id) ?? { comIds: [], managerId: '' }
      if (u.role === 'com') team.comIds.push(u.id)
      else team.managerId = u.id
      teams.set(u.team_id, team)
    } else if (u.prison_id) {
      const prison = prisons.get(u.prison_id) ?? { id: u.prison_id, pomIds: [] }
      prison.pomIds.push(u.id)
      prisons.set(u.prison_id, prison)
    }
  }
  // Sorted by username, the named accounts come first: the first team is the one `com` works in.
  return { teams: [...teams.values()], prisons: [...prisons.values()] }
}

const PERSON_COLUMNS = {
  id: 'uuid',
  crn: 'text',
  prison_number: 'text',
  first_name: 'text',
  last_name: 'text',
  preferred_name: 'text',
  pronouns: 'text',
  date_of_birth: 'date',
  community_area: 'text',
  com_id: 'uuid',
  pom_id: 'uuid',
}
const EPISODE_COLUMNS = {
  id: 'uuid',
  person_id: 'uuid',
  prison_id: 'uuid',
  sentence_type: 'text',
  parole: 'boolean',
  early_allocation: 'boolean',
  arrival_date: 'date',
  sentence_start_date: 'date',
  conditional_release_date: 'date',
  automatic_release_date: 'date',
  parole_eligibility_date: 'date',
  home_detention_curfew_eligibility_date: 'date',
  tariff_expiry_date: 'date',
  licence_expiry_date: 'date',
  sentence_expiry_date: 'date',
  release_date: 'date',
  earliest_release_date: 'date',
  handover_date: 'date',
  com_responsible_from_start: 'boolean',
  com_allocation_overdue_from: 'date',
  screening_due_date: 'date',
  pre_release_review_due_date: 'date',
  key_dates_policy: 'text',
}
const ALLOCATION_COLUMNS = {
  person_id: 'uuid',
  kind: 'text',
  staff_id: 'uuid',
  reason: 'text',
  allocated_by: 'uuid',
  allocated_at: 'timestamptz',
}

/** An episode row with the deadlines the key-date rules derive from it, exactly as a save stores them. */
function episodeRow(personId: string, prisonId: string, s: DemoSentence) {
  return { id: randomUUID(), ...episodeColumns(personId, prisonId, s), ...storedKeyDates(s) }
}

/** About one person in seven served an earlier sentence, ended years before this one began. */
function earlierSentence(current: DemoSentence, random: Random): DemoSentence | null {
  if (!random.chance(0.15)) return null
  return demoSentence('licence-ended', addMonths(current.sentenceStartDate, -random.int(6, 30)), random)
}

interface Built {
  people: Record<string, unknown>[]
  episodes: Record<string, unknown>[]
  allocations: Record<string, unknown>[]
}

/** One person: fictional name and dates, a sentence at the i-th stage, a COM in a team and a POM in custody. */
function buildPerson(i: number, context: GeneratorContext, staff: Staffing, out: Built) {
  const { random, today } = context
  const stage = STAGES[i % STAGES.length]!
  const sentence = i % 40 === 7 ? demoIndeterminate(today, random) : demoSentence(stage, today, random)
  const team = staff.teams[i % staff.teams.length]!
  const prison = staff.prisons[random.int(0, staff.prisons.length - 1)]!
  const inCustody = sentence.releaseDate === null
  const comId = !inCustody || stage === 'due-out' || random.chance(0.5) ? random.pick(team.comIds) : null
  const pomId = inCustody ? random.pick(prison.pomIds) : null
  const firstName = random.pick(FIRST_NAMES)
  const id = randomUUID()
  const { crn, prisonNumber } = identifiersFor(i)
  out.people.push({
    id,
    crn,
    prison_number: prisonNumber,
    first_name: firstName,
    last_name: random.pick(LAST_NAMES),
    preferred_name: random.chance(0.1) ? firstName.slice(0, 3) : null,
    pronouns: random.pick(PRONOUNS),
    date_of_birth: addDays(addMonths(today, -12 * random.int(19, 64)), -random.int(0, 364)),
    community_area: random.pick(AREAS),
    com_id: comId,
    pom_id: pomId,
  })
  const earlier = earlierSentence(sentence, random)
  if (earlier) out.episodes.push(episodeRow(id, random.pick(staff.prisons).id, earlier))
  out.episodes.push(episodeRow(id, prison.id, sentence))
  allocationsFor(id, sentence, { comId, pomId, team }, random, out.allocations)
}

/** The allocation history: a POM at arrival; a COM, and for about one in four a change of COM with its reason. */
function allocationsFor(
  personId: string,
  s: DemoSentence,
  current: { comId: string | null; pomId: string | null; team: Staffing['teams'][number] },
  random: Random,
  out: Record<string, unknown>[],
) {
  const at = (date: IsoDate) => `${date}T09:${String(random.int(10, 59))}:00Z`
  if (current.pomId)
    out.push({
      person_id: personId,
      kind: 'pom',
      staff_id: current.pomId,
      reason: null,
      allocated_by: null,
      allocated_at: at(s.arrivalDate),
    })
  if (!current.comId) return
  const allocated = addDays(s.sentenceStartDate, random.int(1, 60))
  const by = current.team.managerId
  const others = current.team.comIds.filter(id => id !== current.comId)
  if (others.length && random.chance(0.25)) {
    out.push({
      person_id: personId,
      kind: 'com',
      staff_id: random.pick(others),
      reason: 'Allocated at sentence start',
      allocated_by: by,
      allocated_at: at(allocated),
    })
    out.push({
      person_id: personId,
      kind: 'com',
      staff_id: current.comId,
      reason: random.pick(CHANGE_REASONS),
      allocated_by: by,
      allocated_at: at(addDays(allocated, random.int(30, 200))),
    })
  } else {
    out.push({
      person_id: personId,
      kind: 'com',
      staff_id: current.comId,
      reason: 'Allocated at sentence start',
      allocated_by: by,
      allocated_at: at(allocated),
    })
  }
}

const CHUNK = 10_000

/** Builds a chunk of people, yielding now and then so that the previous chunk's inserts go on meanwhile. */
async function buildChunk(start: number, end: number, context: GeneratorContext, staff: Staffing): Promise<Built> {
  const built: Built = { people: [], episodes: [], allocations: [] }
  for (let i = start; i < end; i++) {
    buildPerson(i, context, staff, built)
    if (i % 500 === 0) await new Promise(resolve => setImmediate(resolve))
  }
  return built
}

async function insertChunk(tx: Db, built: Built): Promise<number> {
  return (
    (await bulkInsert(tx, 'person', PERSON_COLUMNS, built.people)) +
    (await bulkInsert(tx, 'custody_episode', EPISODE_COLUMNS, built.episodes)) +
    (await bulkInsert(tx, 'allocation', ALLOCATION_COLUMNS, built.allocations))
  )
}

/** People, their custody episodes (with stored deadlines) and allocation histories, a chunk at a time. */
export const peoplePart: GeneratorPart = {
  name: 'people, custody episodes and allocations',
  async run(context) {
    const { tx, profile } = context
    const staff = await staffing(tx)
    let rows = 0
    await withIndexesRebuilt(tx, ['person', 'custody_episode', 'allocation'], async () => {
      let pending: Promise<void> = Promise.resolve()
      for (let start = 0; start < profile.people; start += CHUNK) {
        const end = Math.min(profile.people, start + CHUNK)
        const built = await buildChunk(start, end, context, staff)
        await pending
        pending = insertChunk(tx, built).then(n => {
          rows += n
          context.progress(end, profile.people)
        })
      }
      await pending
    })
    return rows + (await restrictSome(tx))
  },
}

/** One person in five hundred is restricted to their COM, so that limited access is exercised at scale. */
async function restrictSome(tx: Db): Promise<number> {
  const result = await sql`insert into limited_access (person_id, kind, user_id, start_date, message)
    select id, 'restriction', com_id, current_date - 30,
      'This case is restricted to named staff. Contact the team manager for access.'
    from person where com_id is not null and abs(hashtext(id::text)) % 500 = 0`.execute(tx)
  return Number(result.numAffectedRows ?? 0)
}
