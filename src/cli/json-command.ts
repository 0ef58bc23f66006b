import type { z } from 'zod'
import type { Command } from './commands.ts'

/**
 * A command that reads one JSON object on standard input and prints one JSON object: the same contract
 * as its API route. Bad input exits non-zero with a message naming each field on standard error.
 */
export function jsonCommand<S extends z.ZodType>(options: {
  name: string
  summary: string
  help: string
  schema: S
  answer: (input: z.output<S>) => unknown
}): Command {
  return {
    name: options.name,
    summary: options.summary,
    help: options.help,
    async run({ stdout, stderr, readStdin }) {
      let body: unknown
      try {
        body = JSON.parse(await readStdin())
      } catch {
        stderr('Standard input must be one JSON object.\n')
        return 2
      }
      const parsed = options.schema.safeParse(body)
      if (!parsed.success) {
        for (const issue of parsed.error.issues) stderr(`${issue.path.join('.') || 'input'}: ${issue.message}\n`)
        return 2
      }
      stdout(`${JSON.stringify(options.answer(parsed.data))}\n`)
      return 0
    },
  }
}
