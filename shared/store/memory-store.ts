// The in-memory Store: for tests and `drover dev`. Revisions come from one counter shared by all keys (as in
// JetStream KV), so a key deleted and created again never reuses a revision a stale writer might still hold.
import { ChangeFeed } from './change-feed.js';
import {
  assertExpectedRevision,
  assertStoreKey,
  assertStorePrefix,
  revisionMismatch,
  storeClosed,
} from './keys.js';
import type { Store, StoreChange, StoreEntry, StoreWatch } from './types.js';

interface Stored {
  readonly value: Uint8Array;
  readonly revision: number;
}

export class MemoryStore implements Store {
  private readonly entries = new Map<string, Stored>();
  private readonly feed = new ChangeFeed();
  private lastRevision = 0;
  private closed = false;

  get(key: string): Promise<StoreEntry | undefined> {
    return this.run(() => {
      assertStoreKey(key);
      const stored = this.entries.get(key);
      return stored === undefined ? undefined : toEntry(key, stored);
    });
  }

  put(key: string, value: Uint8Array): Promise<number> {
    return this.run(() => {
      assertStoreKey(key);
      return this.write(key, value);
    });
  }

  compareAndSwap(key: string, value: Uint8Array, expectedRevision: number): Promise<number> {
    return this.run(() => {
      assertStoreKey(key);
      assertExpectedRevision(key, expectedRevision);
      const current = this.entries.get(key)?.revision ?? 0;
      if (current !== expectedRevision) throw revisionMismatch(key, expectedRevision, current);
      return this.write(key, value);
    });
  }

  delete(key: string, expectedRevision?: number): Promise<void> {
    return this.run(() => {
      assertStoreKey(key);
      const current = this.entries.get(key)?.revision ?? 0;
      if (expectedRevision !== undefined) {
        assertExpectedRevision(key, expectedRevision);
        if (current !== expectedRevision) throw revisionMismatch(key, expectedRevision, current);
      }
      if (current === 0) return;
      this.entries.delete(key);
      this.lastRevision += 1;
      this.feed.publish({ kind: 'delete', key });
    });
  }

  list(prefix: string): Promise<StoreEntry[]> {
    return this.run(() => {
      assertStorePrefix(prefix);
      const found: StoreEntry[] = [];
      for (const [key, stored] of this.entries) {
        if (key.startsWith(prefix)) found.push(toEntry(key, stored));
      }
      return found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    });
  }

  watch(prefix: string, onChange: (change: StoreChange) => void): Promise<StoreWatch> {
    return this.run(() => {
      assertStorePrefix(prefix);
      return this.feed.subscribe(prefix, onChange);
    });
  }

  close(): Promise<void> {
    this.closed = true;
    this.feed.stopAll();
    return Promise.resolve();
  }

  private write(key: string, value: Uint8Array): number {
    this.lastRevision += 1;
    const stored: Stored = { value: Uint8Array.from(value), revision: this.lastRevision };
    this.entries.set(key, stored);
    this.feed.publish({ kind: 'put', key, value: Uint8Array.from(value), revision: stored.revision });
    return stored.revision;
  }

  /** Runs `operation` on an open store, turning a throw into a rejection as the async backends do. */
  private run<T>(operation: () => T): Promise<T> {
    try {
      if (this.closed) throw storeClosed();
      return Promise.resolve(operation());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

function toEntry(key: string, stored: Stored): StoreEntry {
  // A copy, so a caller mutating what it read cannot change the store.
  return { key, value: Uint8Array.from(stored.value), revision: stored.revision };
}
