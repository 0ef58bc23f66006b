import type { Db } from '../../platform/db/database.ts'
import type { Language } from '../../platform/i18n/i18n.ts'

export function createLanguageRepository(db: Db) {
  return {
    async set(userId: string, language: Language) {
      await db.updateTable('app_user').set({ language }).where('id', '=', userId).execute()
    },
  }
}

export type LanguageRepository = ReturnType<typeof createLanguageRepository>
