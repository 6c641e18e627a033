/**
 * The clusterer's read-modify-write (read candidate stories, then write the story an item joins or starts) must
 * not interleave with another item's: two reports of one event clustered at once would start two stories.
 * Only that step is serialized; relevance, figures and the (possibly slow, LLM) summary run in parallel.
 */
export interface ClusterLock {
  /**
   * Run `step` while holding the lock (shared by every process using the same stores). A lock may hand the
   * step a `HeldLock`: the step's last store write may then release the lock with it (one round trip less).
   * `opts.deferred`: the step takes the lock itself before its first read (`HeldLock.pending`): a lock may
   * then hand it over untaken, for a store to take along with that read (one round trip less again).
   */
  run<T>(step: (held?: HeldLock) => Promise<T>, opts?: { deferred?: boolean }): Promise<T>;
  /** Release what the lock holds open (a connection), if anything. */
  close?(): void;
}

/**
 * The lock as its step holds it. A store that released it along with a write (atomically, only while this
 * holder still owns it) sets `released`, and the lock skips its own release. Pass it only to a write after
 * which the step does nothing that needs the lock.
 */
export interface HeldLock {
  released: boolean;
  /**
   * True while the lock is not taken yet (a deferred run): the step must take it before it reads what the lock
   * guards, with `acquire()` or by handing it to a store read that takes it first (`StoryStore.lookup`).
   */
  pending?: boolean;
  /** Take a pending lock (waiting for it as the lock does); nothing when taken already. */
  acquire?(): Promise<void>;
}

/**
 * A store read handed a pending lock found it held by another holder (nothing was read): the step waits with
 * `lock.acquire()` and reads again.
 */
export class LockBusyError extends Error {
  constructor(readonly lock: HeldLock) {
    super('cluster lock is held by another holder');
  }
}

/** A FIFO mutex for one process: the memory stores' lock, and the first stage of the Redis lock. */
export class LocalMutex implements ClusterLock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(step: () => Promise<T>): Promise<T> {
    const result = this.tail.then(step, step);
    // The next step waits for this one to settle, whatever its outcome.
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
