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
export function groupCommit<T>(write: (items: T[]) => Promise<void>, maxBatch = 500): GroupCommit<T> {
  let queue: Waiting<T>[] = []
  let writing = false
  let drained: Promise<void> = Promise.resolve()

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

  const add = (item: T) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ item, resolve, reject })
      if (!writing) drained = drain()
    })
  // Settles when every item handed in so far is written or failed: the caller's own promise says which.
  add.flushed = () => drained
  return add
}

export interface GroupCommit<T> {
  (item: T): Promise<void>
  /** Resolves once nothing is waiting or being written, as at shutdown. */
  flushed(): Promise<void>
}
