import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common'

/**
 * What a new password must be (OWASP ASVS 5.0 6.2): at least 12 characters of any kind, spaces allowed, no
 * composition rules; but not one that an attacker tries first: only spaces, one character or group repeated, a run
 * of characters in order, a common password (with a few digits or symbols added), the username, or anything else
 * the zxcvbn estimator can guess in fewer than 10^8 tries.
 */
export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 200
/** zxcvbn's score 3: "safely unguessable", about 10^8 guesses or more. */
const MIN_SCORE = 3

export const PASSWORD_MESSAGES = {
  tooShort: `A password must be at least ${MIN_PASSWORD_LENGTH} characters long`,
  tooLong: `A password must be ${MAX_PASSWORD_LENGTH} characters or fewer`,
  onlySpaces: 'A password cannot be only spaces',
  repeated: 'A password cannot be one character or a short group of characters repeated, like aaaaaaaaaaaa',
  sequence: 'A password cannot be characters in order, like abcdefghijkl or 123456789012',
  common:
    'This password is on a list of common passwords that attackers try first. Choose another, such as three or more unrelated words',
  username: 'A password cannot contain the username',
  guessable: 'This password is too easy to guess. Make it longer, for example three or more unrelated words',
} as const

const COMMON = new Set(dictionary['passwords-common'])
let estimator: ZxcvbnFactory | undefined

/** Code points, not UTF-16 units: an emoji or a Welsh ŵ counts as one character. */
export function passwordLength(password: string): number {
  return [...password].length
}

/** The one thing to fix about a new password, or undefined when it may be used. */
export function passwordProblem(password: string, context: { username?: string } = {}): string | undefined {
  const length = passwordLength(password)
  if (length < MIN_PASSWORD_LENGTH) return PASSWORD_MESSAGES.tooShort
  if (length > MAX_PASSWORD_LENGTH) return PASSWORD_MESSAGES.tooLong
  if (password.trim() === '') return PASSWORD_MESSAGES.onlySpaces
  const folded = password.normalize('NFKC').toLowerCase()
  if (isRepeated(folded)) return PASSWORD_MESSAGES.repeated
  if (isSequence(folded)) return PASSWORD_MESSAGES.sequence
  if (isCommon(folded)) return PASSWORD_MESSAGES.common
  const username = context.username?.trim().toLowerCase()
  if (username && username.length >= 3 && folded.includes(username)) return PASSWORD_MESSAGES.username
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs })
  const { score } = estimator.check(password, username ? [username] : [])
  return score < MIN_SCORE ? PASSWORD_MESSAGES.guessable : undefined
}

/** One character or group of characters, repeated to the end (spaces between them ignored): `abcabcabcabc`. */
export function isRepeated(password: string): boolean {
  const squeezed = [...password.replace(/\s+/gu, '')]
  for (let size = 1; size <= squeezed.length / 2; size++) {
    if (squeezed.length % size === 0 && squeezed.every((ch, i) => ch === squeezed[i % size])) return true
  }
  return squeezed.length <= 1
}

/** Every character one up or one down from the last, digits going round from 9 to 0: `123456789012`, `lkjihgfedcba`. */
export function isSequence(password: string): boolean {
  const points = [...password].map(ch => ch.codePointAt(0)!)
  const step = (a: number, b: number) => {
    if (isDigit(a) && isDigit(b)) return ((b - a + 10) % 10 === 1 ? 1 : 0) - ((a - b + 10) % 10 === 1 ? 1 : 0)
    return b - a
  }
  const first = step(points[0]!, points[1]!)
  if (first !== 1 && first !== -1) return false
  return points.every((point, i) => i === 0 || step(points[i - 1]!, point) === first)
}

const isDigit = (point: number) => point >= 48 && point <= 57

/** A listed password as it is, or with up to four digits or symbols before it and six after: `password1234`. */
export function isCommon(folded: string): boolean {
  if (COMMON.has(folded)) return true
  const core = folded.replace(/^[\p{N}\p{P}\p{S}\s]{1,4}/u, '').replace(/[\p{N}\p{P}\p{S}\s]{1,6}$/u, '')
  return core !== folded && core.length > 0 && COMMON.has(core)
}
