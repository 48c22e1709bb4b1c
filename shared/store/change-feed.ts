// In-process fan-out of store changes to watchers (memory and LMDB stores). Changes are delivered asynchronously
// (never inside the write call) and in the order they were published; a stopped watch gets nothing more.
import type { StoreChange, StoreWatch } from './types.js';

interface Watcher {
  readonly prefix: string;
  readonly onChange: (change: StoreChange) => void;
  active: boolean;
}

export class ChangeFeed {
  private readonly watchers = new Set<Watcher>();
  // Each change remembers the watchers that existed when it happened: a watch sees only later changes.
  private readonly queue: { change: StoreChange; targets: Watcher[] }[] = [];
  private draining = false;

  subscribe(prefix: string, onChange: (change: StoreChange) => void): StoreWatch {
    const watcher: Watcher = { prefix, onChange, active: true };
    this.watchers.add(watcher);
    return {
      stop: () => {
        watcher.active = false;
        this.watchers.delete(watcher);
      },
    };
  }

  publish(change: StoreChange): void {
    const targets = [...this.watchers].filter((watcher) => change.key.startsWith(watcher.prefix));
    if (targets.length === 0) return;
    this.queue.push({ change, targets });
    if (!this.draining) {
      this.draining = true;
      queueMicrotask(() => this.drain());
    }
  }

  stopAll(): void {
    for (const watcher of this.watchers) watcher.active = false;
    this.watchers.clear();
    this.queue.length = 0;
  }

  private drain(): void {
    for (let item = this.queue.shift(); item !== undefined; item = this.queue.shift()) {
      const { change, targets } = item;
      for (const watcher of targets) {
        if (watcher.active) deliverChange(watcher.onChange, change);
      }
    }
    this.draining = false;
  }
}

/**
 * Calls one watcher. A throwing watcher is a bug in its owner: its error is rethrown outside the store (an uncaught
 * exception) rather than swallowed, and the other watchers still get the change.
 */
export function deliverChange(onChange: (change: StoreChange) => void, change: StoreChange): void {
  try {
    onChange(change);
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}
