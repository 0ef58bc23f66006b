// A NUL ends a string in PostgreSQL's wire protocol and a lone surrogate is not Unicode: either would reach the
// database as a crash rather than as the user's mistake.
// eslint-disable-next-line no-control-regex -- finding the NUL is the point
const NUL = /\u0000/
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

export const UNSAFE_TEXT_MESSAGE = 'must not contain invisible control characters or broken characters'

export function isUnsafeText(text: string): boolean {
  return NUL.test(text) || LONE_SURROGATE.test(text)
}
