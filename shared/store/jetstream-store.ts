// The clustered Store on NATS JetStream KV (replicated by NATS; R3 in production).
//
// Mapping: a store key is a KV key; a revision is the stream sequence of the key's last write (it grows with every
// write to the bucket, so also with each write to the key); compareAndSwap is a publish with an expected last
// subject sequence, which the server checks atomically; a delete writes a tombstone. list() and watch() narrow the
// stream with a subject filter (`a.b.>` for the prefix `a.b.`; the enclosing whole tokens for a prefix that stops
// inside a token, then filtered here). watch() sees every writer of the bucket, not only this process.
import { connect, KvWatchInclude, type KV, type KvEntry, type NatsConnection } from 'nats';
import { DroverError, isDroverError } from '../errors/index.js';
import { deliverChange } from './change-feed.js';
import {
  assertExpectedRevision,
  assertStoreKey,
  assertStorePrefix,
  revisionMismatch,
} from './keys.js';
import { OperationGate } from './operation-gate.js';
import type { Store, StoreChange, StoreEntry, StoreWatch } from './types.js';

export interface JetStreamStoreOptions {
  readonly servers: string | string[];
  readonly bucket: string;
  /** Copies of the bucket kept by the NATS cluster (default 1; 3 in production). */
  readonly replicas?: number;
  /** Values kept per key (default 1: only the latest). */
  readonly history?: number;
  /** An existing connection to use (and leave open on close()); otherwise the store connects to `servers`. */
  readonly connection?: NatsConnection;
}

const BUCKET_PATTERN = /^[-\w]+$/;
/** Server error code for "wrong last sequence" (JSStreamWrongLastSequenceErr). */
const WRONG_LAST_SEQUENCE = 10071;
/** Gets in flight at once while listing, so a large prefix cannot flood the connection. */
const LIST_CONCURRENCY = 256;

export async function openJetStreamStore(options: JetStreamStoreOptions): Promise<JetStreamStore> {
  if (!BUCKET_PATTERN.test(options.bucket)) {
    throw new DroverError('INVALID_ARGUMENT', `invalid KV bucket name ${JSON.stringify(options.bucket)}`);
  }
  let connection = options.connection;
  if (connection === undefined) {
    try {
      connection = await connect({ servers: options.servers });
    } catch (error) {
      throw new DroverError('STORE_IO', `cannot connect to NATS at ${String(options.servers)}: ${String(error)}`, {
        cause: error,
      });
    }
  }
  try {
    // Binds to the bucket when it exists, creates it otherwise.
    const kv = await connection.jetstream().views.kv(options.bucket, {
      replicas: options.replicas ?? 1,
      history: options.history ?? 1,
    });
    return new JetStreamStore(connection, kv, options.connection === undefined);
  } catch (error) {
    if (options.connection === undefined) await connection.close();
    throw new DroverError('STORE_IO', `cannot open KV bucket ${options.bucket}: ${String(error)}`, { cause: error });
  }
}

export class JetStreamStore implements Store {
  private readonly gate = new OperationGate();
  private readonly watches = new Set<StoreWatch>();

  /** Use openJetStreamStore(). */
  constructor(
    private readonly connection: NatsConnection,
    private readonly kv: KV,
    private readonly ownsConnection: boolean,
  ) {}

  get(key: string): Promise<StoreEntry | undefined> {
    return this.gate.run(() => {
      assertStoreKey(key);
      return this.read(key);
    });
  }

  put(key: string, value: Uint8Array): Promise<number> {
    return this.gate.run(() => {
      assertStoreKey(key);
      return this.backend(key, () => this.kv.put(key, value));
    });
  }

  compareAndSwap(key: string, value: Uint8Array, expectedRevision: number): Promise<number> {
    return this.gate.run(() => {
      assertStoreKey(key);
      assertExpectedRevision(key, expectedRevision);
      // create() also succeeds over a tombstone (a key deleted before), which a plain expected sequence 0 would not.
      const write = expectedRevision === 0
        ? (): Promise<number> => this.kv.create(key, value)
        : (): Promise<number> => this.kv.update(key, value, expectedRevision);
      return this.backend(key, write, expectedRevision);
    });
  }

  delete(key: string, expectedRevision?: number): Promise<void> {
    return this.gate.run(async () => {
      assertStoreKey(key);
      if (expectedRevision !== undefined) assertExpectedRevision(key, expectedRevision);
      if (expectedRevision !== undefined && expectedRevision > 0) {
        await this.backend(key, () => this.kv.delete(key, { previousSeq: expectedRevision }), expectedRevision);
        return;
      }
      // Only a live key gets a tombstone, so deleting an absent key writes (and tells watchers) nothing, as in the
      // other stores. The tombstone names the revision it deletes; a write racing in between makes us look again.
      for (;;) {
        const current = await this.read(key);
        if (current === undefined) return;
        if (expectedRevision === 0) throw revisionMismatch(key, 0, current.revision);
        try {
          await this.backend(key, () => this.kv.delete(key, { previousSeq: current.revision }), current.revision);
          return;
        } catch (error) {
          if (!isDroverError(error, 'STORE_REVISION_MISMATCH')) throw error;
        }
      }
    });
  }

  list(prefix: string): Promise<StoreEntry[]> {
    return this.gate.run(async () => {
      assertStorePrefix(prefix);
      const keys: string[] = [];
      const iterator = await this.backend(prefix, () => this.kv.keys(subjectFilter(prefix)));
      for await (const key of iterator) {
        if (key.startsWith(prefix)) keys.push(key);
      }
      keys.sort();
      const found: StoreEntry[] = [];
      for (let start = 0; start < keys.length; start += LIST_CONCURRENCY) {
        const batch = keys.slice(start, start + LIST_CONCURRENCY);
        const entries = await Promise.all(batch.map((key) => this.backend(key, () => this.kv.get(key))));
        for (const entry of entries) {
          const storeEntry = toStoreEntry(entry);
          if (storeEntry !== undefined) found.push(storeEntry);
        }
      }
      return found;
    });
  }

  watch(prefix: string, onChange: (change: StoreChange) => void): Promise<StoreWatch> {
    return this.gate.run(async () => {
      assertStorePrefix(prefix);
      const iterator = await this.backend(prefix, () =>
        this.kv.watch({ key: subjectFilter(prefix), include: KvWatchInclude.UpdatesOnly }),
      );
      let active = true;
      const watch: StoreWatch = {
        stop: () => {
          active = false;
          this.watches.delete(watch);
          iterator.stop();
        },
      };
      this.watches.add(watch);
      void (async () => {
        try {
          for await (const entry of iterator) {
            if (!active) break;
            if (entry.key.startsWith(prefix)) deliverChange(onChange, toStoreChange(entry));
          }
        } catch {
          // The iterator fails only when its subscription dies (connection closed): the watch has ended.
        }
      })();
      return watch;
    });
  }

  async close(): Promise<void> {
    if (this.gate.closed) return;
    await this.gate.close();
    for (const watch of [...this.watches]) watch.stop();
    if (this.ownsConnection) await this.connection.close();
  }

  private async read(key: string): Promise<StoreEntry | undefined> {
    return toStoreEntry(await this.backend(key, () => this.kv.get(key)));
  }

  /** Runs one KV call, turning its failures into DroverErrors. */
  private async backend<T>(subject: string, call: () => Promise<T>, expectedRevision?: number): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (isDroverError(error)) throw error;
      if (expectedRevision !== undefined && isWrongLastSequence(error)) {
        throw revisionMismatch(subject, expectedRevision);
      }
      throw new DroverError('STORE_IO', `NATS KV operation on ${JSON.stringify(subject)} failed: ${String(error)}`, {
        cause: error,
      });
    }
  }
}

/** The narrowest subject filter that covers every key starting with `prefix`. */
export function subjectFilter(prefix: string): string {
  const lastDot = prefix.lastIndexOf('.');
  return lastDot < 0 ? '>' : `${prefix.slice(0, lastDot + 1)}>`;
}

function isWrongLastSequence(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const apiError = (error as { api_error?: { err_code?: unknown } }).api_error;
  if (apiError?.err_code === WRONG_LAST_SEQUENCE) return true;
  return error instanceof Error && error.message.includes('wrong last sequence');
}

function toStoreEntry(entry: KvEntry | null): StoreEntry | undefined {
  if (entry === null || entry.operation !== 'PUT') return undefined;
  return { key: entry.key, value: entry.value, revision: entry.revision };
}

function toStoreChange(entry: KvEntry): StoreChange {
  return entry.operation === 'PUT'
    ? { kind: 'put', key: entry.key, value: entry.value, revision: entry.revision }
    : { kind: 'delete', key: entry.key };
}
