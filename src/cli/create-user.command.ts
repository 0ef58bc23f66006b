import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { auditKeyOf } from '../platform/audit/audit-chain.ts'
import { createAuditLog } from '../platform/audit/audit-log.ts'
import { ValidationFailed } from '../platform/errors/errors.ts'
import { createUserSchema, createUsersRepository, createUsersService } from '../features/users/index.ts'
import { parseInput } from '../platform/validation/parse.ts'
import type { Command } from './commands.ts'
import { withDatabase } from './with-database.ts'

export const createUserCommand: Command = {
  name: 'create-user',
  summary: 'Create a staff or person account',
  help: `Usage: npm run resettle -- create-user --username NAME --name "Full Name" --role ROLE [scope] [--password-stdin]

Roles and the scope each needs:
  com, manager   --team CODE       the team they work in
  pom            --prison CODE     the prison they work in
  partner        --partner NAME    their organisation
  person         --crn CRN         the record the account belongs to
  admin          (none)

The password is read from standard input with --password-stdin (at least 12 characters, not a common
or easily guessed one: the command says what to fix);
otherwise a random one is generated and printed once.`,
  async run({ args, config, stdout, stderr, readStdin }) {
    const { values } = parseArgs({
      args,
      options: {
        username: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        team: { type: 'string' },
        prison: { type: 'string' },
        partner: { type: 'string' },
        crn: { type: 'string' },
        'password-stdin': { type: 'boolean' },
      },
    })
    const password = values['password-stdin']
      ? (await readStdin()).replace(/\r?\n$/, '')
      : randomBytes(12).toString('base64url')
    const input = {
      username: values.username,
      displayName: values.name,
      role: values.role,
      teamCode: values.team,
      prisonCode: values.prison,
      partnerName: values.partner,
      personCrn: values.crn,
      password,
    }
    try {
      const account = parseInput(createUserSchema, input)
      const user = await withDatabase(config, handle => {
        const users = createUsersService(
          createUsersRepository(handle.db),
          createAuditLog(handle.db, { key: auditKeyOf(config.audit) }),
        )
        return users.create(account, 'command-line')
      })
      stdout(`Created ${user.username}.\n`)
      if (!values['password-stdin']) stdout(`Password: ${password}\n`)
      return 0
    } catch (error) {
      if (!(error instanceof ValidationFailed)) throw error
      for (const problem of error.fieldErrors) stderr(`${problem.field}: ${problem.message}\n`)
      return 1
    }
  },
}
