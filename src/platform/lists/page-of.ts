export const PAGE_SIZE = 50

/** One page of a list already in order; a page past the last shows the last, so a stale link still shows something. */
export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE) {
  const pageCount = Math.max(1, Math.ceil(items.length / size))
  const shown = Math.min(Math.max(1, page), pageCount)
  return { items: items.slice((shown - 1) * size, shown * size), total: items.length, page: shown, pageCount }
}
