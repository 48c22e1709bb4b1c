// The embedded on-disk Store for the single-machine default, on LMDB (the `lmdb` package).
//
// Layout: one LMDB environment (a directory) with two named databases: `entries` holds each key's raw value
// bytes with its revision as the LMDB entry version, `meta` holds the last revision handed out. Revisions come from
// that one counter (as in JetStream KV), so a key deleted and created again never reuses an old revision.
//
// Every write runs as one asynchronous LMDB write transaction that reads the current revision, checks the
// expectation and writes: LMDB has a single writer, so the check and the write are atomic even across processes
// sharing the directory. A write resolves only once its commit is flushed to disk.
//
// watch() sees the changes made through this store instance only (LMDB has no change notification); another
// process writing the same directory is not observed.
import { mkdirSync } from 'node:fs';
import { open, type Database, type RootDatabase } from 'lmdb';
import { DroverError } from '../errors/index.js';
import { ChangeFeed } from './change-feed.js';
import {
  assertExpectedRevision,
  assertStoreKey,
  assertStorePrefix,
  revisionMismatch,
} from './keys.js';
import { OperationGate } from './operation-gate.js';
import type { Store, StoreChange, StoreEntry, StoreWatch } from './types.js';

const LAST_REVISION = 'lastRevision';

type Write =
  | { readonly kind: 'put'; readonly value: Uint8Array; readonly expectedRevision?: number }
  | { readonly kind: 'delete'; readonly expectedRevision?: number };

type WriteOutcome =
  | { readonly kind: 'written'; readonly revision: number }
  | { readonly kind: 'absent' }
  | { readonly kind: 'mismatch'; readonly currentRevision: number };

/** A committed change waiting for its transaction's commit before watchers may see it. */
interface PendingChange {
  readonly order: number;
  readonly change: StoreChange;
}

export async function openLmdbStore(path: string): Promise<LmdbStore> {
  try {
    mkdirSync(path, { recursive: true });
    // noSubdir false: `path` is always a directory, even when its name has a dot in it.
    const root = open({ path, noSubdir: false, maxDbs: 4 });
    const entries = root.openDB<Buffer, string>({ name: 'entries', encoding: 'binary', useVersions: true });
    const meta = root.openDB<number, string>({ name: 'meta', encoding: 'msgpack' });
    return await Promise.resolve(new LmdbStore(root, entries, meta));
  } catch (error) {
    throw new DroverError('STORE_IO', `cannot open LMDB store at ${path}: ${String(error)}`, { cause: error });
  }
}

export class LmdbStore implements Store {
  private readonly feed = new ChangeFeed();
  private readonly gate = new OperationGate();
  // Transaction callbacks run one at a time in commit order; `order` numbers them so that watchers get the changes
  // of every committed transaction in that order, and never a change whose transaction failed.
  private readonly pending: PendingChange[] = [];
  private nextOrder = 1;

  /** Use openLmdbStore(). */
  constructor(
    private readonly root: RootDatabase,
    private readonly entries: Database<Buffer, string>,
    private readonly meta: Database<number, string>,
  ) {}

  get(key: string): Promise<StoreEntry | undefined> {
    return this.gate.run(() => {
      assertStoreKey(key);
      const entry = this.entries.getEntry(key);
      return entry === undefined ? undefined : toStoreEntry(key, entry.value, entry.version);
    });
  }

  async put(key: string, value: Uint8Array): Promise<number> {
    assertStoreKey(key);
    const outcome = await this.write(key, { kind: 'put', value });
    return revisionOf(key, outcome, undefined);
  }

  async compareAndSwap(key: string, value: Uint8Array, expectedRevision: number): Promise<number> {
    assertStoreKey(key);
    assertExpectedRevision(key, expectedRevision);
    const outcome = await this.write(key, { kind: 'put', value, expectedRevision });
    return revisionOf(key, outcome, expectedRevision);
  }

  async delete(key: string, expectedRevision?: number): Promise<void> {
    assertStoreKey(key);
    if (expectedRevision !== undefined) assertExpectedRevision(key, expectedRevision);
    const outcome = await this.write(
      key,
      expectedRevision === undefined ? { kind: 'delete' } : { kind: 'delete', expectedRevision },
    );
    if (outcome.kind === 'mismatch') throw revisionMismatch(key, expectedRevision ?? 0, outcome.currentRevision);
  }

  list(prefix: string): Promise<StoreEntry[]> {
    return this.gate.run(() => {
      assertStorePrefix(prefix);
      const found: StoreEntry[] = [];
      // Keys are ASCII strings in LMDB's ordered-binary encoding, so those sharing a prefix are contiguous.
      const range = this.entries.getRange(prefix === '' ? { versions: true } : { start: prefix, versions: true });
      for (const { key, value, version } of range) {
        if (!key.startsWith(prefix)) break;
        found.push(toStoreEntry(key, value, version));
      }
      return found;
    });
  }

  watch(prefix: string, onChange: (change: StoreChange) => void): Promise<StoreWatch> {
    return this.gate.run(() => {
      assertStorePrefix(prefix);
      return this.feed.subscribe(prefix, onChange);
    });
  }

  async close(): Promise<void> {
    if (this.gate.closed) return;
    await this.gate.close();
    this.feed.stopAll();
    await this.root.close();
  }

  private write(key: string, write: Write): Promise<WriteOutcome> {
    return this.gate.run(async () => {
      let order = 0;
      let outcome: WriteOutcome;
      try {
        outcome = await this.root.transaction(() => {
          const result = this.applyInTransaction(key, write);
          if (result.kind === 'written') {
            order = this.nextOrder++;
            const change: StoreChange =
              write.kind === 'put'
                ? { kind: 'put', key, value: Uint8Array.from(write.value), revision: result.revision }
                : { kind: 'delete', key };
            this.pending.push({ order, change });
          }
          return result;
        });
        await this.root.flushed;
      } catch (error) {
        this.dropPending(order);
        throw new DroverError('STORE_IO', `LMDB write of ${JSON.stringify(key)} failed: ${String(error)}`, {
          cause: error,
        });
      }
      this.releasePending(order);
      return outcome;
    });
  }

  /** Runs inside the write transaction: reads, checks and writes with no other writer in between. */
  private applyInTransaction(key: string, write: Write): WriteOutcome {
    const currentRevision = this.entries.getEntry(key)?.version ?? 0;
    if (write.expectedRevision !== undefined && write.expectedRevision !== currentRevision) {
      return { kind: 'mismatch', currentRevision };
    }
    if (write.kind === 'delete' && currentRevision === 0) return { kind: 'absent' };
    const revision = (this.meta.get(LAST_REVISION) ?? 0) + 1;
    this.meta.putSync(LAST_REVISION, revision);
    if (write.kind === 'put') {
      this.entries.putSync(key, Buffer.from(write.value.buffer, write.value.byteOffset, write.value.byteLength), {
        version: revision,
      });
    } else {
      this.entries.removeSync(key);
    }
    return { kind: 'written', revision };
  }

  /** Every pending change up to `order` is committed (transactions commit in callback order): publish them. */
  private releasePending(order: number): void {
    if (order === 0) return;
    while (this.pending.length > 0 && (this.pending[0]?.order ?? Infinity) <= order) {
      const next = this.pending.shift();
      if (next !== undefined) this.feed.publish(next.change);
    }
  }

  private dropPending(order: number): void {
    const index = this.pending.findIndex((pending) => pending.order === order);
    if (index >= 0) this.pending.splice(index, 1);
  }
}

function toStoreEntry(key: string, value: Buffer, version: number | undefined): StoreEntry {
  if (version === undefined) {
    throw new DroverError('STORE_IO', `LMDB entry ${JSON.stringify(key)} has no revision`);
  }
  // A fresh copy: LMDB may hand out buffers over memory it reuses.
  return { key, value: Uint8Array.from(value), revision: version };
}

function revisionOf(key: string, outcome: WriteOutcome, expectedRevision: number | undefined): number {
  if (outcome.kind === 'written') return outcome.revision;
  if (outcome.kind === 'mismatch') throw revisionMismatch(key, expectedRevision ?? 0, outcome.currentRevision);
  throw new DroverError('STORE_IO', `LMDB put of ${JSON.stringify(key)} wrote nothing`);
}
