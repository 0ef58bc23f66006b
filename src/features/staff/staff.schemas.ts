import { z } from 'zod'
import { STAFF_ROLES } from '../../platform/auth/current-user.ts'
import { optionalText, pageNumber, requiredText, uuidField } from '../../platform/validation/fields.ts'

const blank = (value: unknown) => (value === '' ? undefined : value)
const role = z.enum(STAFF_ROLES, { error: 'Select a role' })
const optionalRole = z.preprocess(blank, z.enum(STAFF_ROLES, { error: 'Select a role from the list' }).optional())
const optionalTeam = z.preprocess(blank, uuidField('a team').optional())

/** Who works where: a COM or manager in a team, a POM in a prison, a partner in an organisation, an admin anywhere. */
const scope = {
  role,
  teamCode: optionalText('the team', 20),
  prisonCode: optionalText('the prison', 20),
  partnerName: optionalText('the partner organisation', 200),
}

const NEEDS: Record<string, ['teamCode' | 'prisonCode' | 'partnerName', string]> = {
  com: ['teamCode', 'Select the team of this COM'],
  manager: ['teamCode', 'Select the team this manager runs'],
  pom: ['prisonCode', 'Select the prison of this POM'],
  partner: ['partnerName', 'Select the partner organisation'],
}

function needsScope(
  value: { role: string } & Partial<Record<'teamCode' | 'prisonCode' | 'partnerName', string>>,
  ctx: z.RefinementCtx,
) {
  const need = NEEDS[String(value?.role)]
  if (need && !value[need[0]]) ctx.addIssue({ code: 'custom', path: [need[0]], message: need[1] })
}

// Checked even when other fields are wrong, so that every problem is shown at once.
const everyProblem = { when: () => true }

export const staffQuery = z.object({ role: optionalRole, teamId: optionalTeam, page: pageNumber() })
export type StaffQuery = z.infer<typeof staffQuery>

export const staffParams = z.object({ userId: uuidField('the staff member') })

// In the order of the form, so that the error summary lists problems as the fields come.
export const newStaffSchema = z
  .object({
    displayName: requiredText('the name', 100),
    username: z
      .string({ error: 'Enter a username' })
      .trim()
      .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/i, 'A username has 2 to 40 letters, numbers, dots, dashes or underscores'),
    password: z
      .string({ error: 'Enter a first password' })
      .min(12, 'A password must be at least 12 characters long')
      .max(200, 'A password must be 200 characters or fewer'),
    ...scope,
  })
  .superRefine(needsScope, everyProblem)
export type NewStaff = z.infer<typeof newStaffSchema>

export const changeStaffSchema = z.object(scope).superRefine(needsScope, everyProblem)
export type ChangeStaff = z.infer<typeof changeStaffSchema>

export const activeSchema = z.object({
  active: z.preprocess(
    value => (value === 'true' ? true : value === 'false' ? false : value),
    z.boolean({ error: 'Say whether the account is active' }),
  ),
})

export const newTeamSchema = z.object({
  code: z
    .string({ error: 'Enter a team code' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{2,10}$/, 'A team code has 2 to 10 letters or numbers'),
  name: requiredText('the team name', 100),
  pduId: uuidField('a probation delivery unit'),
})
export type NewTeam = z.infer<typeof newTeamSchema>

const member = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(STAFF_ROLES),
  active: z.boolean(),
  worksIn: z.string().nullable(),
  teamCode: z.string().nullable(),
  prisonCode: z.string().nullable(),
  partnerName: z.string().nullable(),
  mfa: z.boolean(),
})

export const staffMemberResponse = member
export const staffListResponse = z.object({
  staff: z.array(member),
  total: z.number().int(),
  page: z.number().int(),
  pageCount: z.number().int(),
})
export const createdResponse = z.object({ id: z.uuid(), username: z.string() })
const team = z.object({ id: z.uuid(), code: z.string(), name: z.string(), pduName: z.string(), staffCount: z.number() })
export const teamsResponse = z.object({ teams: z.array(team) })
export const teamResponse = z.object({ id: z.uuid(), code: z.string(), name: z.string() })
