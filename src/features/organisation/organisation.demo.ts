import { randomUUID } from 'node:crypto'
import type { Db } from '../../platform/db/database.ts'
import type { Role } from '../../platform/db/schema.ts'
import type { DemoSeeder } from '../../platform/sample-data/demo-seeder.ts'
import { FIRST_NAMES, LAST_NAMES } from '../../platform/sample-data/names.ts'
import { workPhone } from '../../platform/sample-data/phone-numbers.ts'
import type { Random } from '../../platform/sample-data/random.ts'

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
  display_name: string
  role: Role
  team_id: string | null
  prison_id: string | null
  partner_organisation_id: string | null
}

/**
 * The demo organisation: two regions, four PDUs, six teams, two prisons, three partner organisations, and the staff
 * (the named demo accounts, then three COMs a team, a manager a team and three POMs a prison).
 */
export const seedOrganisationDemo: DemoSeeder = async ({ tx, random, passwordHash }) => {
  const org = await insertOrganisation(tx)
  const staff = buildStaff(org, random)
  await tx
    .insertInto('app_user')
    .values(
      staff.map((s, n) => ({
        ...s,
        person_id: null,
        password_hash: passwordHash,
        demo: true,
        phone: workPhone(s.role, n),
      })),
    )
    .execute()
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
      const rows = teams.map((teamCode, index) => ({
        pdu_id: pduId,
        code: teamCode,
        name: `${name} team ${index + 1}`,
      }))
      teamIds.push(...(await tx.insertInto('team').values(rows).returning('id').execute()).map(t => t.id))
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
    display_name: displayName,
    role,
    team_id: null,
    prison_id: null,
    partner_organisation_id: null,
    ...scope,
  }
}

function buildStaff(org: { teamIds: string[]; prisonIds: string[]; partnerIds: string[] }, random: Random): Staff[] {
  const staffName = () => `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`
  const staff: Staff[] = [
    account('com', 'Demo COM', 'com', { team_id: org.teamIds[0] }),
    account('pom', 'Demo POM', 'pom', { prison_id: org.prisonIds[0] }),
    account('manager', 'Demo Manager', 'manager', { team_id: org.teamIds[0] }),
    account('partner', 'Demo Partner', 'partner', { partner_organisation_id: org.partnerIds[0] }),
    account('admin', 'Demo Admin', 'admin'),
  ]
  org.teamIds.forEach((teamId, t) => {
    for (let i = 1; i <= 3; i++) staff.push(account(`com.${t + 1}.${i}`, staffName(), 'com', { team_id: teamId }))
    if (t > 0) staff.push(account(`manager.${t + 1}`, staffName(), 'manager', { team_id: teamId }))
  })
  org.prisonIds.forEach((prisonId, p) => {
    for (let i = 1; i <= 3; i++) staff.push(account(`pom.${p + 1}.${i}`, staffName(), 'pom', { prison_id: prisonId }))
  })
  return staff
}
