interface Waiting<T> {
  item: T
  resolve: () => void
  reject: (error: unknown) => void
}

/**
 * Group commit: items handed in while a write is in flight wait for it to finish and then go together in the next
 * write, so that many concurrent requests share one statement and one commit instead of queueing for one each.
 * A lone item is written at once. Each caller's promise settles only when its own item is committed (or failed), so
 * nothing is acknowledged before it is durable. If a write of several items fails, each is retried on its own, so
 * that one bad item cannot fail the requests it happened to share a batch with.
 */
export function groupCommit<T>(write: (items: T[]) => Promise<void>, maxBatch = 500): (item: T) => Promise<void> {
  let queue: Waiting<T>[] = []
  let writing = false

  async function settle(batch: Waiting<T>[]) {
    try {
      await write(batch.map(w => w.item))
      for (const w of batch) w.resolve()
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error)
      for (const w of batch) await settle([w])
    }
  }

  async function drain() {
    writing = true
    while (queue.length) {
      const batch = queue.slice(0, maxBatch)
      queue = queue.slice(maxBatch)
      await settle(batch)
    }
    writing = false
  }

  return item =>
    new Promise<void>((resolve, reject) => {
      queue.push({ item, resolve, reject })
      if (!writing) void drain()
    })
}
