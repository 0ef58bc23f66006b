import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import { NotFound } from '../../platform/errors/errors.ts'
import type { Language } from '../../platform/i18n/i18n.ts'
import type { LanguageAuditAction } from './language.audit.ts'
import { mayChooseLanguage } from './language.policy.ts'
import type { LanguageRepository } from './language.repository.ts'

interface Dependencies {
  repository: LanguageRepository
  audit: AuditLog<LanguageAuditAction>
}

/**
 * The person's choice of English or Welsh for their pages and letters, kept with their account: the session
 * reads it with the account on every request, so it follows them to any device and needs no cookie of its own.
 */
export function createLanguageService({ repository, audit }: Dependencies) {
  return {
    async choose(ctx: RequestContext, language: Language) {
      if (!mayChooseLanguage(ctx.user)) throw new NotFound()
      await repository.set(ctx.user.id, language)
      await audit.record({
        ...actorOf(ctx, ctx.user.personId ?? undefined),
        action: 'language.chosen',
        details: { language },
      })
      return { language }
    },
  }
}

export type LanguageService = ReturnType<typeof createLanguageService>
