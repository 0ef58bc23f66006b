/** The practitioners who work with people and whom the person is told to call. */
const WITH_A_PHONE = new Set(['com', 'pom', 'manager'])

/**
 * A fictional work phone number for the n-th member of staff: Ofcom keeps 01632 960000 to 960999 for drama, so
 * that no real line is ever shown. Staff who do not work with people have none.
 */
export function workPhone(role: string, n: number): string | null {
  return WITH_A_PHONE.has(role) ? `01632 960${String(n % 1000).padStart(3, '0')}` : null
}
