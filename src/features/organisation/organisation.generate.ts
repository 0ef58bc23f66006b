import { randomUUID } from 'node:crypto'
import type { Role } from '../../platform/db/schema.ts'
import { FIRST_NAMES, LAST_NAMES } from '../../platform/sample-data/names.ts'
import { bulkInsert } from '../../platform/db/bulk-insert.ts'
import { workPhone } from '../../platform/sample-data/phone-numbers.ts'
import type { GeneratorContext, GeneratorPart } from '../../platform/sample-data/generator-part.ts'

/** The twelve probation regions of England and Wales (their public names: organisations, not people). */
const REGIONS = [
  'North East',
  'North West',
  'Yorkshire and the Humber',
  'Greater Manchester',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'Kent, Surrey and Sussex',
  'South Central',
  'South West',
  'Wales',
]
/** Fictional prison names: ten beginnings by twelve endings make 120, as many as there are prisons. */
const PRISON_START = ['Bracken', 'Wester', 'Ash', 'Holm', 'Stone', 'Fern', 'Marl', 'Oak', 'Thorn', 'Wil']
const PRISON_END = ['ridge', 'ford', 'moor', 'field', 'wood', 'dale', 'brook', 'hill', 'gate', 'ley', 'ton', 'bury']

/** The accounts the benchmark and a demo sign in as; the password is set by DEMO_PASSWORD at start. */
export const NAMED_ACCOUNTS = ['com', 'manager', 'pom', 'admin', 'partner'] as const

const pad = (n: number, width: number) => String(n).padStart(width, '0')

interface User {
  id: string
  username: string
  display_name: string
  role: Role
  team_id: string | null
  prison_id: string | null
  partner_organisation_id: string | null
  password_hash: string
  demo: boolean
}

/** Regions, PDUs, teams, prisons, partner organisations and their staff, one account per person working. */
export const organisationPart: GeneratorPart = {
  name: 'organisation and staff',
  async run(context) {
    const { tx, profile } = context
    const regions = REGIONS.slice(0, profile.regions).map((name, r) => ({
      id: randomUUID(),
      code: `R${pad(r + 1, 2)}`,
      name,
    }))
    const pdus = Array.from({ length: profile.pdus }, (_, p) => {
      const region = regions[p % regions.length]!
      return {
        id: randomUUID(),
        region_id: region.id,
        code: `PDU${pad(p + 1, 3)}`,
        name: `${region.name} PDU ${p + 1}`,
      }
    })
    const teams = Array.from({ length: profile.teams }, (_, t) => {
      const pdu = pdus[t % pdus.length]!
      return { id: randomUUID(), pdu_id: pdu.id, code: `T${pad(t + 1, 4)}`, name: `${pdu.name} team ${t + 1}` }
    })
    const prisons = Array.from({ length: profile.prisons }, (_, p) => ({
      id: randomUUID(),
      code: `PR${pad(p + 1, 3)}`,
      name: `HMP ${PRISON_START[p % 10]}${PRISON_END[Math.floor(p / 10) % 12]}${p >= 120 ? ` ${p + 1}` : ''}`,
    }))
    const partners = Array.from({ length: profile.partners }, (_, p) => ({
      id: randomUUID(),
      name: `${context.random.pick(PRISON_START)}${context.random.pick(['Housing', 'Works', 'Recovery', 'Futures'])} ${p + 1}`,
    }))
    const users = staffFor(context, teams, prisons, partners).map((u, n) => ({ ...u, phone: workPhone(u.role, n) }))
    let rows = 0
    rows += await bulkInsert(tx, 'region', { id: 'uuid', code: 'text', name: 'text' }, regions)
    rows += await bulkInsert(tx, 'pdu', { id: 'uuid', region_id: 'uuid', code: 'text', name: 'text' }, pdus)
    rows += await bulkInsert(tx, 'team', { id: 'uuid', pdu_id: 'uuid', code: 'text', name: 'text' }, teams)
    rows += await bulkInsert(tx, 'prison', { id: 'uuid', code: 'text', name: 'text' }, prisons)
    rows += await bulkInsert(tx, 'partner_organisation', { id: 'uuid', name: 'text' }, partners)
    rows += await bulkInsert(tx, 'app_user', USER_COLUMNS, users, done => context.progress(done, users.length))
    return rows
  },
}

const USER_COLUMNS = {
  id: 'uuid',
  username: 'text',
  display_name: 'text',
  role: 'text',
  team_id: 'uuid',
  prison_id: 'uuid',
  partner_organisation_id: 'uuid',
  password_hash: 'text',
  demo: 'boolean',
  phone: 'text',
}

/** A manager and eight COMs a team, POMs in every prison, one worker a partner organisation, one administrator. */
function staffFor(
  context: GeneratorContext,
  teams: { id: string }[],
  prisons: { id: string }[],
  partners: { id: string }[],
): User[] {
  const { random, passwordHash, profile } = context
  const user = (username: string, role: Role, scope: Partial<User> = {}): User => ({
    id: randomUUID(),
    username,
    display_name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
    role,
    team_id: null,
    prison_id: null,
    partner_organisation_id: null,
    password_hash: passwordHash,
    demo: false,
    ...scope,
  })
  const users: User[] = [user('admin', 'admin', { demo: true })]
  teams.forEach(({ id: team_id }, t) => {
    users.push(user(t === 0 ? 'manager' : `manager.${t + 1}`, 'manager', { team_id, demo: t === 0 }))
    for (let c = 1; c <= profile.comsPerTeam; c++) {
      const first = t === 0 && c === 1
      users.push(user(first ? 'com' : `com.${t + 1}.${c}`, 'com', { team_id, demo: first }))
    }
  })
  prisons.forEach(({ id: prison_id }, p) => {
    for (let n = 1; n <= profile.pomsPerPrison; n++) {
      const first = p === 0 && n === 1
      users.push(user(first ? 'pom' : `pom.${p + 1}.${n}`, 'pom', { prison_id, demo: first }))
    }
  })
  partners.forEach(({ id: partner_organisation_id }, p) =>
    users.push(user(p === 0 ? 'partner' : `partner.${p + 1}`, 'partner', { partner_organisation_id, demo: p === 0 })),
  )
  return users
}
