// The fetcher cache (Mesos fetcher cache): downloads of URIs with `cache: true`, kept per user and URI in one
// directory under a size bound. Least recently used entries are evicted to make room, never one that is being copied
// or extracted right now; a download too large for the cache is used once and dropped. Concurrent requests for the
// same URI wait for the one download in flight. Entries survive agent restarts (oldest by mtime go first).
import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { randomToken } from '../../shared/ids/index.js';

export type CacheOutcome = 'hit' | 'miss' | 'bypass';

export interface FetcherCacheOptions {
  readonly dir: string;
  /** Total size bound of the cached files; 0 disables caching. */
  readonly maxBytes: number;
}

interface Entry {
  readonly path: string;
  readonly size: number;
  /** Users copying or extracting it right now: it is not evicted while above 0. */
  pins: number;
}

const ENTRY_NAME = /^[0-9a-f]{64}$/;

export class FetcherCache {
  /** In least-recently-used-first order (a hit moves its entry to the end). */
  private readonly entries = new Map<string, Entry>();
  /** Downloads in flight by key: resolves true once the entry is in the cache, false when it was too large. */
  private readonly pending = new Map<string, Promise<boolean>>();
  /** Bytes of the entries plus the room reserved for downloads being admitted. */
  private used = 0;
  private loading: Promise<boolean> | undefined;

  constructor(private readonly options: FetcherCacheOptions) {}

  /** The cache key of a URI for a user: separate users never share an entry (undefined: the agent's own user). */
  static key(user: string | undefined, uri: string): string {
    return createHash('sha256').update(`${user ?? ''}\0${uri}`).digest('hex');
  }

  get enabled(): boolean {
    return this.options.maxBytes > 0;
  }

  /** Bytes held by the cache now (entries and reservations). */
  get sizeBytes(): number {
    return this.used;
  }

  /** Whether the cache directory could be set up (once); a cache that cannot be used is bypassed. */
  ready(): Promise<boolean> {
    this.loading ??= this.load().then(() => true, () => false);
    return this.loading;
  }

  /**
   * Runs `consume` on a cached copy of the key's content, downloading it first with `download` (into the path it is
   * given; resolves with the size) when the cache has none. The copy stays in place while `consume` runs.
   */
  async use<T>(key: string, download: (into: string) => Promise<number>,
    consume: (path: string, outcome: CacheOutcome) => Promise<T>): Promise<T> {
    for (;;) {
      const entry = this.entries.get(key);
      if (entry !== undefined) return this.consumeEntry(key, entry, consume, 'hit');
      const inFlight = this.pending.get(key);
      if (inFlight === undefined) break;
      // Another task downloads it right now: wait for that (its failure is this one's too).
      if (!await inFlight) break; // too large to be cached: fetch a copy of our own
    }
    return this.fill(key, download, consume);
  }

  private async consumeEntry<T>(key: string, entry: Entry, consume: (path: string, outcome: CacheOutcome) => Promise<T>,
    outcome: CacheOutcome): Promise<T> {
    // Pinned before anything awaits, so no concurrent eviction can take it.
    entry.pins += 1;
    this.entries.delete(key);
    this.entries.set(key, entry);
    try {
      return await consume(entry.path, outcome);
    } finally {
      entry.pins -= 1;
    }
  }

  private async fill<T>(key: string, download: (into: string) => Promise<number>,
    consume: (path: string, outcome: CacheOutcome) => Promise<T>): Promise<T> {
    let settle: (admitted: boolean) => void = () => undefined;
    let fail: (error: unknown) => void = () => undefined;
    const admitted = new Promise<boolean>((resolve, reject) => { settle = resolve; fail = reject; });
    void admitted.catch(() => undefined); // nobody may be waiting
    this.pending.set(key, admitted);
    const part = join(this.options.dir, `${key}.${randomToken()}.part`);
    let entry: Entry | undefined;
    try {
      const size = await download(part);
      entry = await this.admit(key, part, size);
      settle(entry !== undefined);
    } catch (error) {
      fail(error);
      await rm(part, { force: true });
      throw error;
    } finally {
      this.pending.delete(key);
    }
    if (entry === undefined) {
      try {
        return await consume(part, 'bypass');
      } finally {
        await rm(part, { force: true });
      }
    }
    try {
      return await consume(entry.path, 'miss');
    } finally {
      entry.pins -= 1;
    }
  }

  /** Makes room (evicting least recently used entries) and moves the download in; undefined when it cannot fit. */
  private async admit(key: string, part: string, size: number): Promise<Entry | undefined> {
    const victims = this.victimsFor(size);
    if (victims === undefined) return undefined;
    this.used += size; // reserved before anything awaits: concurrent admissions see it
    await Promise.all(victims.map((victim) => rm(victim.path, { force: true })));
    const path = join(this.options.dir, key);
    try {
      await rename(part, path);
    } catch (error) {
      this.used -= size;
      throw error;
    }
    const entry: Entry = { path, size, pins: 1 };
    this.entries.set(key, entry);
    return entry;
  }

  /** The entries to evict so that `size` more bytes fit (already taken out of the books), or undefined if none do. */
  private victimsFor(size: number): Entry[] | undefined {
    const limit = this.options.maxBytes;
    if (size > limit) return undefined;
    const chosen: Array<[string, Entry]> = [];
    let freed = 0;
    for (const candidate of this.entries) {
      if (this.used - freed + size <= limit) break;
      if (candidate[1].pins > 0) continue;
      chosen.push(candidate);
      freed += candidate[1].size;
    }
    if (this.used - freed + size > limit) return undefined;
    for (const [key] of chosen) this.entries.delete(key);
    this.used -= freed;
    return chosen.map(([, entry]) => entry);
  }

  /** Takes over what an earlier run left: complete entries are kept (oldest first), partial downloads removed. */
  private async load(): Promise<void> {
    const dir = this.options.dir;
    // Only the agent reads the cache; tasks get copies in their sandboxes.
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const found: Array<{ key: string; path: string; size: number; mtimeMs: number }> = [];
    for (const name of await readdir(dir)) {
      const path = join(dir, name);
      if (!ENTRY_NAME.test(name)) {
        await rm(path, { recursive: true, force: true });
        continue;
      }
      const info = await stat(path).catch(() => undefined);
      if (info?.isFile() !== true) continue;
      found.push({ key: name, path, size: info.size, mtimeMs: info.mtimeMs });
    }
    found.sort((a, b) => a.mtimeMs - b.mtimeMs);
    for (const { key, path, size } of found) {
      this.entries.set(key, { path, size, pins: 0 });
      this.used += size;
    }
    // The bound may have shrunk since: evict down to it.
    const excess = this.victimsFor(0) ?? [];
    await Promise.all(excess.map((victim) => rm(victim.path, { force: true })));
  }
}
