/**
 * Who may do what with strengths and achievements. Anyone who may see the person reads them (PeopleService
 * decides that). The person adds their own strengths and achievements, in their words, without write access to
 * their record; practitioners who may change the record add, remove and confirm. Only a practitioner confirms.
 */
import type { CurrentUser } from '../../platform/auth/current-user.ts'
import type { WrittenBy } from './strengths.wording.ts'

export const isThePerson = (user: CurrentUser): boolean => user.role === 'person'

export const writtenByOf = (user: CurrentUser): WrittenBy => (isThePerson(user) ? 'person' : 'practitioner')

/** Staff need write access to the record; the person writes on their own without it. */
export const needsRecordWrite = (user: CurrentUser): boolean => !isThePerson(user)

/** Confirming an achievement, removing a strength and recording giving back are the practitioner's. */
export const mayConfirm = (user: CurrentUser, canEditRecord: boolean): boolean =>
  canEditRecord && ['pom', 'com', 'manager'].includes(user.role)
