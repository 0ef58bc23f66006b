import type { CurrentUser } from '../../platform/auth/current-user.ts'

/** Only the person chooses a language: staff pages are in English. */
export const mayChooseLanguage = (user: CurrentUser): boolean => user.role === 'person'
