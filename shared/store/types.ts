// Durable key-value state with optimistic concurrency. Three implementations (memory, embedded LMDB on disk, NATS
// JetStream KV) pass one conformance suite (test/shared/store-conformance.ts).
//
// Keys are dot-separated tokens of [A-Za-z0-9_=/-] (the NATS KV alphabet), e.g. `registry.agents.<id>`.
// Every key has a revision > 0 that grows with each write to it; compareAndSwap with expectedRevision 0 means
// "create only if absent". All writes that decide anything use compareAndSwap: nothing reads-then-acts.

export interface StoreEntry {
  readonly key: string;
  readonly value: Uint8Array;
  readonly revision: number;
}

export type StoreChange =
  | { readonly kind: 'put'; readonly key: string; readonly value: Uint8Array; readonly revision: number }
  | { readonly kind: 'delete'; readonly key: string };

export interface StoreWatch {
  stop(): void;
}

export interface Store {
  get(key: string): Promise<StoreEntry | undefined>;
  /** Unconditional write; returns the new revision. */
  put(key: string, value: Uint8Array): Promise<number>;
  /**
   * Writes only when the key's current revision equals `expectedRevision` (0: the key must not exist); returns the
   * new revision, or throws DroverError STORE_REVISION_MISMATCH.
   */
  compareAndSwap(key: string, value: Uint8Array, expectedRevision: number): Promise<number>;
  /** Deletes the key (no error when absent); with `expectedRevision`, only when it still matches. */
  delete(key: string, expectedRevision?: number): Promise<void>;
  /** Every entry whose key starts with `prefix`, in key order. */
  list(prefix: string): Promise<StoreEntry[]>;
  /** Calls `onChange` for each later change under `prefix`, in order. */
  watch(prefix: string, onChange: (change: StoreChange) => void): Promise<StoreWatch>;
  close(): Promise<void>;
}
