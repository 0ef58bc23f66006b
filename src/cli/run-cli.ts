import { ConfigError, loadConfig } from '../platform/config/config.ts'
import { backupCommand } from './backup.command.ts'
import type { Command } from './commands.ts'
import { createUserCommand } from './create-user.command.ts'
import { disclosureCommand } from './disclosure.command.ts'
import { generateCommand } from './generate.command.ts'
import { keyDatesCommand } from './key-dates.command.ts'
import { linkSsoCommand } from './link-sso.command.ts'
import { migrateCommand } from './migrate.command.ts'
import { restoreCommand } from './restore.command.ts'
import { retentionReviewCommand } from './retention-review.command.ts'
import { seedDemoCommand } from './seed-demo.command.ts'
import { verifyAuditCommand } from './verify-audit.command.ts'
import { workloadCommand } from './workload.command.ts'

const COMMANDS: Command[] = [
  migrateCommand,
  seedDemoCommand,
  createUserCommand,
  linkSsoCommand,
  verifyAuditCommand,
  keyDatesCommand,
  disclosureCommand,
  workloadCommand,
  generateCommand,
  backupCommand,
  restoreCommand,
  retentionReviewCommand,
]

function usage(): string {
  const width = Math.max(...COMMANDS.map(c => c.name.length))
  return `Usage: npm run resettle -- <command> [options]

Commands:
${COMMANDS.map(c => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run a command with --help to see its options.
`
}

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  readStdin: () => Promise<string>
  env: NodeJS.ProcessEnv
}

/** Runs one command and returns its exit code; the process entry point and the tests both call this. */
export async function runCli(argv: string[], { stdout, stderr, readStdin, env }: CliIo): Promise<number> {
  const [name, ...args] = argv
  if (!name || name === '--help' || name === 'help') {
    stdout(usage())
    return name ? 0 : 1
  }
  const command = COMMANDS.find(c => c.name === name)
  if (!command) {
    stderr(`Unknown command "${name}".\n\n${usage()}`)
    return 1
  }
  if (args.includes('--help')) {
    stdout(`${command.help}\n`)
    return 0
  }
  try {
    return await command.run({ args, config: loadConfig(env), stdout, stderr, readStdin })
  } catch (error) {
    const e = error as Error & { code?: string }
    if (error instanceof ConfigError) stderr(`${error.message}\n`)
    else if (e.code?.startsWith('ERR_PARSE_ARGS')) stderr(`${e.message}\nRun with --help to see the options.\n`)
    else stderr(`${e.stack ?? e.message}\n`)
    return 1
  }
}
