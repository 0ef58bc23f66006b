import { parseArgs } from 'node:util'
import { auditKeyOf } from '../platform/audit/audit-chain.ts'
import { createAuditLog } from '../platform/audit/audit-log.ts'
import { createSessionStore } from '../platform/auth/session-store.ts'
import { Conflict, ValidationFailed } from '../platform/errors/errors.ts'
import { parseInput } from '../platform/validation/parse.ts'
import { createSsoRepository, createSsoService, linkSsoSchema } from '../features/sso/index.ts'
import type { Command } from './commands.ts'
import { withDatabase } from './with-database.ts'

export const linkSsoCommand: Command = {
  name: 'link-sso',
  summary: 'Link a staff account to its single sign-on identity',
  help: `Usage: npm run resettle -- link-sso --username NAME --subject SUB [--issuer URL]
       npm run resettle -- link-sso --username NAME --unlink [--issuer URL]

Links a staff account to the identity the organisation's provider gives it: the ID token's "sub"
(a refused sign-in shows it, and the audit trail records it). The provider is OIDC_ISSUER unless
--issuer names another. An identity links to one account, and an account to one identity at each
provider: unlink first to change it. Nobody is linked by email address.`,
  async run({ args, config, stdout, stderr }) {
    const { values } = parseArgs({
      args,
      options: {
        username: { type: 'string' },
        subject: { type: 'string' },
        issuer: { type: 'string' },
        unlink: { type: 'boolean' },
      },
    })
    try {
      const input = parseInput(linkSsoSchema, { ...values, subject: values.unlink ? '-' : values.subject })
      return await withDatabase(config, async handle => {
        const sso = createSsoService({
          settings: config.sso,
          repository: createSsoRepository(handle.db),
          sessions: createSessionStore(handle.db),
          audit: createAuditLog(handle.db, { key: auditKeyOf(config.audit) }),
        })
        if (values.unlink) {
          const subject = await sso.unlink({ ...input, by: 'command-line' })
          stdout(subject ? `Unlinked ${input.username} from ${subject}.\n` : `${input.username} was not linked.\n`)
          return 0
        }
        const linked = await sso.link({ ...input, by: 'command-line' })
        stdout(`Linked ${input.username} to ${linked.subject} at ${linked.issuer}.\n`)
        return 0
      })
    } catch (error) {
      if (error instanceof Conflict) {
        stderr(`${error.message}\n`)
        return 1
      }
      if (!(error instanceof ValidationFailed)) throw error
      for (const problem of error.fieldErrors) stderr(`${problem.field}: ${problem.message}\n`)
      return 1
    }
  },
}
