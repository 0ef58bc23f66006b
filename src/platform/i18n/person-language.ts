import type { RequestContext } from '../auth/current-user.ts'
import type { Db } from '../db/database.ts'
import type { Language } from './i18n.ts'

/**
 * The language of a letter or printed page for the person: the one they chose, whoever prints it. A person who
 * prints their own has it on their account already; staff printing one for them read it from the person's account
 * (English when they have none).
 */
export async function languageForPerson(db: Db, ctx: RequestContext, personId: string): Promise<Language> {
  if (ctx.user.role === 'person') return ctx.user.language ?? 'en'
  const row = await db
    .selectFrom('app_user')
    .select('language')
    .where('person_id', '=', personId)
    .where('role', '=', 'person')
    .executeTakeFirst()
  return row?.language ?? 'en'
}
