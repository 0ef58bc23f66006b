import { isIP } from 'node:net'

/**
 * Limits by source address (OWASP ASVS 6.3.1, password spraying): at most SOURCE_MAX_FAILURES failed sign-ins from
 * one source in a window of SOURCE_WINDOW_MINUTES, whatever the usernames. An IPv6 source is its /64, the block
 * one household or server is given, so that walking through its addresses does not get round the limit.
 */
export const SOURCE_MAX_FAILURES = 20
export const SOURCE_WINDOW_MINUTES = 15

export interface SourceWindow {
  /** Attempts counted in the window, this one included. */
  failures: number
  windowStartedAt: Date
}

/** The key an address is counted under: IPv4 as it is (also when mapped into IPv6), IPv6 as its /64. */
export function sourceKey(address: string | undefined): string {
  if (!address) return 'unknown'
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return mapped[1]!
  if (isIP(address) !== 6) return address
  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`
}

function expandIpv6(address: string): string[] {
  const [head = '', tail] = address.split('%')[0]!.toLowerCase().split('::') as [string, string | undefined]
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  // An IPv4 tail (::1.2.3.4) holds two groups.
  const groups = (parts: string[]) =>
    parts.flatMap(part => (part.includes('.') ? ipv4Groups(part) : [part.padStart(4, '0')]))
  const leftGroups = groups(left)
  const rightGroups = groups(right)
  const missing = tail === undefined ? 0 : 8 - leftGroups.length - rightGroups.length
  return [...leftGroups, ...Array.from({ length: missing }, () => '0000'), ...rightGroups]
}

function ipv4Groups(dotted: string): string[] {
  const [a = 0, b = 0, c = 0, d = 0] = dotted.split('.').map(Number)
  return [((a << 8) | b).toString(16).padStart(4, '0'), ((c << 8) | d).toString(16).padStart(4, '0')]
}

/** How many seconds until the source may try again, or 0 when this attempt is within the limit. */
export function sourceRetryAfterSeconds(window: SourceWindow, now: Date): number {
  if (window.failures <= SOURCE_MAX_FAILURES) return 0
  const ends = window.windowStartedAt.getTime() + SOURCE_WINDOW_MINUTES * 60_000
  return Math.max(1, Math.ceil((ends - now.getTime()) / 1000))
}
