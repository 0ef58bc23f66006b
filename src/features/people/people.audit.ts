/** What the people feature writes to the audit trail. */
export const PEOPLE_AUDIT_ACTIONS = [
  'people.searched',
  'person.viewed',
  'person.access-refused',
  'person.created',
  'person.updated',
  'custody-episode.created',
  'custody-episode.updated',
  'allocation.pom-changed',
  'allocation.com-changed',
] as const

export type PeopleAuditAction = (typeof PEOPLE_AUDIT_ACTIONS)[number]
