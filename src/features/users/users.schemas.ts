import { z } from 'zod'
import { ROLES } from '../../platform/auth/current-user.ts'
import { passwordProblem } from '../auth/index.ts'

export const createUserSchema = z
  .object({
    username: z
      .string({ error: 'Enter a username' })
      .trim()
      .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/i, 'A username has 2 to 40 letters, numbers, dots, dashes or underscores'),
    displayName: z
      .string({ error: 'Enter the name' })
      .trim()
      .min(1, 'Enter the name')
      .max(100, 'The name must be 100 characters or fewer'),
    role: z.enum(ROLES, { error: `Role must be one of ${ROLES.join(', ')}` }),
    teamCode: z.string().trim().optional(),
    prisonCode: z.string().trim().optional(),
    partnerName: z.string().trim().optional(),
    personCrn: z.string().trim().toUpperCase().optional(),
    password: z.string({ error: 'Enter a password' }),
  })
  .superRefine((user, ctx) => {
    const needs: Record<string, [keyof typeof user, string]> = {
      com: ['teamCode', 'A COM needs a team: give --team'],
      manager: ['teamCode', 'A manager needs a team: give --team'],
      pom: ['prisonCode', 'A POM needs a prison: give --prison'],
      partner: ['partnerName', 'A partner needs an organisation: give --partner'],
      person: ['personCrn', 'A person account needs the CRN of their record: give --crn'],
    }
    // The password rules (auth/password.rules.ts) say what to fix; they see the username to refuse a password holding it.
    const problem = passwordProblem(user.password, { username: user.username })
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem })
    const need = needs[user.role]
    if (need && !user[need[0]]) ctx.addIssue({ code: 'custom', path: [need[0]], message: need[1] })
  })

export type CreateUser = z.infer<typeof createUserSchema>
