/**
 * How big each part of a generated organisation is, from the number of people. National scale follows
 * DOMAIN.md: 12 regions, about 100 PDUs and 1,000 teams, about 11,000 staff, 120 prisons, 250,000 people
 * and tens of millions of audit entries. Pure: tested without a database.
 */
export const SCALES = { pdu: 2_500, national: 250_000 } as const
export type ScaleName = keyof typeof SCALES

export interface ScaleProfile {
  people: number
  regions: number
  pdus: number
  teams: number
  prisons: number
  partners: number
  comsPerTeam: number
  pomsPerPrison: number
  auditEntries: number
}

/** About 250 people a team (8 COMs of about 30 cases each, and a manager), 10 teams a PDU. */
export function profileFor(people: number): ScaleProfile {
  const teams = Math.max(2, Math.round(people / 250))
  const pdus = Math.max(1, Math.round(teams / 10))
  const prisons = Math.min(120, Math.max(3, Math.round(people / 2_083)))
  return {
    people,
    regions: Math.min(12, Math.max(1, Math.round(pdus / 8.3))),
    pdus,
    teams,
    prisons,
    partners: Math.max(3, Math.round(people / 1_000)),
    comsPerTeam: 8,
    // About 40% of people are in custody, about 45 to a POM.
    pomsPerPrison: Math.max(3, Math.round((people * 0.4) / prisons / 45)),
    auditEntries: people * 48,
  }
}
