import type { Config } from '../platform/config/config.ts'

export interface CommandContext {
  args: string[]
  config: Config
  stdout: (text: string) => void
  stderr: (text: string) => void
  readStdin: () => Promise<string>
}

export interface Command {
  name: string
  summary: string
  help: string
  /** Returns the process exit code. */
  run(context: CommandContext): Promise<number>
}
