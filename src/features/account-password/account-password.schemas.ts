import { z } from 'zod'
import type { CurrentUser } from '../../platform/auth/current-user.ts'
import { messageKey } from '../../platform/validation/parse.ts'
import { PASSWORD_MESSAGES, passwordProblem } from '../auth/index.ts'

const RULE_KEYS = new Map<string, string>(
  Object.entries(PASSWORD_MESSAGES).map(([name, message]) => [message, `account-password:rules.${name}`]),
)

/** The password rule's problem as its locale key, so that the person's page says it in Welsh (the API in English). */
const ruleKey = (problem: string) => RULE_KEYS.get(problem) ?? problem

const text = (key: string) => z.string({ error: messageKey(key) }).default('')

/** Each field is checked in the refinement below, so that a missing one does not hide the others' problems. */
const fields = {
  currentPassword: text('account-password:errors.currentPassword'),
  newPassword: text('account-password:errors.newPassword'),
  confirmPassword: text('account-password:errors.confirmPassword'),
}

/**
 * The current password, the new one and the new one again, every problem found at once: a missing field, the
 * password rules for the new one (auth/password.rules.ts, the same words as creating an account; they see the
 * username) and whether the two copies match.
 */
export function changePasswordSchemaFor(username?: string) {
  return z.object(fields).superRefine((input, ctx) => {
    const problem = (path: keyof typeof fields, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message })
    if (input.currentPassword === '' || input.currentPassword.length > 200)
      problem('currentPassword', messageKey('account-password:errors.currentPassword'))
    const rule = input.newPassword === '' ? undefined : passwordProblem(input.newPassword, { username })
    if (input.newPassword === '') problem('newPassword', messageKey('account-password:errors.newPassword'))
    else if (rule) problem('newPassword', ruleKey(rule))
    if (input.confirmPassword === '') problem('confirmPassword', messageKey('account-password:errors.confirmPassword'))
    else if (input.newPassword !== input.confirmPassword)
      problem('confirmPassword', messageKey('account-password:errors.mismatch'))
  })
}

export const changePasswordSchema = changePasswordSchemaFor()
export const changePasswordFor = (user: CurrentUser) => changePasswordSchemaFor(user.username)

export type ChangePassword = z.infer<typeof changePasswordSchema>

export const passwordChangedResponse = z.object({ endedSessions: z.number().int() })
