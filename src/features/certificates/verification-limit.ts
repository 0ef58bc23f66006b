/**
 * How often one address may look up a code: a fixed window per source address, kept in memory (one instance's
 * count; behind several instances each counts its own). Old windows are dropped as new ones start.
 */
export function createVerificationLimit({ limit = 30, windowMs = 15 * 60 * 1000, now = () => Date.now() } = {}) {
  const windows = new Map<string, { start: number; count: number }>()
  return {
    /** Counts a lookup from `address`; false when it is one too many for this window. */
    take(address: string): boolean {
      const at = now()
      if (windows.size > 10_000) for (const [key, w] of windows) if (at - w.start >= windowMs) windows.delete(key)
      const current = windows.get(address)
      if (!current || at - current.start >= windowMs) {
        windows.set(address, { start: at, count: 1 })
        return true
      }
      current.count += 1
      return current.count <= limit
    },
  }
}

export type VerificationLimit = ReturnType<typeof createVerificationLimit>
