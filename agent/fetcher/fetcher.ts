// The agent's fetcher (Mesos fetcher): brings a task's CommandInfo.uris into its sandbox, in order, before the task
// is launched. Each URI is copied (file://, absolute path) or downloaded (http, https), directly or through the
// cache, then made executable (`executable`: 0755, never extracted) or unpacked next to itself (`extract` and an
// archive's extension); other files are 0644. With a task user, the sandbox and everything fetched belong to that user
// and archives are unpacked as that user. Any failure ends the fetch with FETCH, naming the URI and the cause.
import { chmod, copyFile, lchown, mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DroverError, errorMessage } from '../../shared/errors/index.js';
import { randomToken } from '../../shared/ids/index.js';
import type { pb } from '../../shared/protocol/index.js';
import { silentLogger, type Logger } from '../logger.js';
import { FetcherCache, type CacheOutcome } from './cache.js';
import { archiveKind, extractArchive, type ArchiveKind, type RunAs } from './extract.js';
import { placeInSandbox, validOutputFile } from './sandbox-path.js';
import { resolveTaskUser } from './task-user.js';
import { defaultFileName, displayUri, download, uriSource, type UriSource } from './uri-source.js';

/** Mesos' default --fetcher_cache_size is small; Drover's is 2 GiB. */
export const DEFAULT_FETCHER_CACHE_BYTES = 2 * 1024 ** 3;
/** The cache directory under the agent's work dir. */
export const FETCHER_CACHE_DIR = 'fetcher-cache';

export interface FetcherOptions {
  /** Where cached downloads live (usually <workDir>/fetcher-cache); undefined: `cache: true` is ignored. */
  readonly cacheDir?: string;
  /** Size bound of the cache; default 2 GiB; 0 disables it. */
  readonly cacheMaxBytes?: number;
  /** A download that receives nothing for this long fails; default 60 s. */
  readonly stallTimeoutMs?: number;
  readonly logger?: Logger;
}

export interface FetchRequest {
  readonly uris: readonly pb.CommandInfo.URI.$Properties[];
  /** The run's sandbox; created when missing. */
  readonly sandbox: string;
  /** The task's Unix user (the agent switches to it): fetched files are given to it. Undefined: the agent's user. */
  readonly user?: string;
}

export interface FetchedUri {
  readonly uri: string;
  /** Where the fetched file is (with a cached archive that was unpacked: where it would have been). */
  readonly path: string;
  readonly extracted: boolean;
  /** 'off': fetched without the cache (not asked for, or no cache). */
  readonly cache: CacheOutcome | 'off';
}

/** What the task manager needs of a fetcher. */
export interface TaskFetcher {
  fetch(request: FetchRequest): Promise<FetchedUri[]>;
}

interface Plan {
  readonly value: string;
  readonly source: UriSource;
  readonly relative: string;
  readonly executable: boolean;
  readonly extract: ArchiveKind | undefined;
  readonly cached: boolean;
}

export class Fetcher implements TaskFetcher {
  private readonly cache: FetcherCache | undefined;
  private readonly logger: Logger;

  constructor(private readonly options: FetcherOptions = {}) {
    const maxBytes = options.cacheMaxBytes ?? DEFAULT_FETCHER_CACHE_BYTES;
    this.cache = options.cacheDir === undefined || maxBytes <= 0 ? undefined : new FetcherCache({ dir: options.cacheDir, maxBytes });
    this.logger = options.logger ?? silentLogger;
  }

  /** Fetches every URI in order; throws DroverError FETCH ("fetch of <uri> failed: <cause>") at the first failure. */
  async fetch(request: FetchRequest): Promise<FetchedUri[]> {
    if (request.uris.length === 0) return [];
    let owner: RunAs | undefined;
    try {
      owner = await resolveTaskUser(request.user);
      await mkdir(request.sandbox, { recursive: true });
      if (owner !== undefined) await lchown(request.sandbox, owner.uid, owner.gid);
    } catch (error) {
      throw new DroverError('FETCH', `fetch failed: ${errorMessage(error)}`, { cause: error });
    }
    const fetched: FetchedUri[] = [];
    for (const uri of request.uris) {
      const value = uri.value ?? '';
      try {
        fetched.push(await this.fetchOne(plan(uri), request.sandbox, owner, request.user));
      } catch (error) {
        throw new DroverError('FETCH', `fetch of ${displayUri(value)} failed: ${errorMessage(error)}`, { cause: error });
      }
    }
    return fetched;
  }

  private async fetchOne(planned: Plan, sandbox: string, owner: RunAs | undefined, user: string | undefined): Promise<FetchedUri> {
    const destination = await placeInSandbox(sandbox, planned.relative, owner);
    const cache = planned.cached && this.cache !== undefined && await this.cache.ready() ? this.cache : undefined;
    let outcome: CacheOutcome | 'off' = 'off';
    let keep = true; // a cached archive that is unpacked leaves only what it held (Mesos)
    if (cache === undefined) {
      await this.moveIn(destination, (temp) => download(planned.source, temp, this.downloadOptions()));
    } else {
      await cache.use(FetcherCache.key(user, planned.value), (into) => download(planned.source, into, this.downloadOptions()),
        async (cached, how) => {
          outcome = how;
          keep = planned.extract === undefined;
          await this.moveIn(destination, (temp) => copyFile(cached, temp));
        });
    }
    if (owner !== undefined) await lchown(destination, owner.uid, owner.gid);
    await chmod(destination, planned.executable ? 0o755 : 0o644);
    if (planned.extract !== undefined) {
      try {
        await extractArchive(destination, dirname(destination), planned.extract, owner);
      } finally {
        if (!keep) await rm(destination, { force: true });
      }
    }
    this.logger.info({ uri: displayUri(planned.value), path: destination, cache: outcome, extracted: planned.extract !== undefined },
      'fetched a URI into the sandbox');
    return { uri: planned.value, path: destination, extracted: planned.extract !== undefined, cache: outcome };
  }

  /** Writes through a temporary name next to the destination, then renames: a symlink there is replaced, not followed. */
  private async moveIn(destination: string, write: (temp: string) => Promise<unknown>): Promise<void> {
    const temp = join(dirname(destination), `.${basename(destination)}.fetching-${randomToken()}`);
    try {
      await write(temp);
      await rename(temp, destination);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  private downloadOptions(): { stallTimeoutMs?: number } {
    return this.options.stallTimeoutMs === undefined ? {} : { stallTimeoutMs: this.options.stallTimeoutMs };
  }
}

/** What to do with one URI, decided before anything is written (so a refused URI leaves no trace). */
function plan(uri: pb.CommandInfo.URI.$Properties): Plan {
  const value = uri.value ?? '';
  const source = uriSource(value);
  const relative = uri.outputFile ? validOutputFile(uri.outputFile) : defaultFileName(source);
  const executable = uri.executable === true;
  // proto3: an unset `extract` reads false, so only an explicit true unpacks (the SDK sends true by default).
  const extract = !executable && uri.extract === true ? archiveKind(basename(relative)) : undefined;
  return { value, source, relative, executable, extract, cached: uri.cache === true };
}
