// Public surface of the store component: durable key-value state with compare-and-swap (ARCHITECTURE.md §4).
export type { Store, StoreChange, StoreEntry, StoreWatch } from './types.js';
export { MemoryStore } from './memory-store.js';
export { LmdbStore, openLmdbStore } from './lmdb-store.js';
export { JetStreamStore, openJetStreamStore, subjectFilter, type JetStreamStoreOptions } from './jetstream-store.js';
export { DEFAULT_KV_BUCKET, openStore, parseNatsSpec } from './open-store.js';
export { assertStoreKey, assertStorePrefix, isValidStoreKey } from './keys.js';
