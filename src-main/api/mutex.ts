/**
 * Runs tasks one at a time, in the order they were given; a task that fails does not stop the
 * ones after it. The kiosk's one lock (device reconfiguration, link queries, PIN checks).
 */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `task` once every task given before it has settled; resolves or rejects as `task` does. */
  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every task given so far has settled. */
  async idle(): Promise<void> {
    await this.tail;
  }
}

/** One `Mutex` per key (a role, a device): tasks for different keys run side by side. */
export class KeyedMutex<K> {
  private readonly locks = new Map<K, Mutex>();

  run<T>(key: K, task: () => T | Promise<T>): Promise<T> {
    let lock = this.locks.get(key);
    if (!lock) {
      lock = new Mutex();
      this.locks.set(key, lock);
    }
    return lock.run(task);
  }
}
