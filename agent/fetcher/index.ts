// The agent's fetcher: a task's CommandInfo.uris into its sandbox before launch (Mesos fetcher semantics).
export {
  DEFAULT_FETCHER_CACHE_BYTES, FETCHER_CACHE_DIR, Fetcher, type FetchRequest, type FetchedUri, type FetcherOptions,
  type TaskFetcher,
} from './fetcher.js';
export { FetcherCache, type CacheOutcome, type FetcherCacheOptions } from './cache.js';
export { archiveKind, extractArchive, extractTools, type ArchiveKind, type ExtractTools, type RunAs } from './extract.js';
export { placeInSandbox, validOutputFile } from './sandbox-path.js';
export { resolveTaskUser } from './task-user.js';
export {
  DEFAULT_STALL_TIMEOUT_MS, defaultFileName, displayUri, download, uriSource, type DownloadOptions, type UriSource,
} from './uri-source.js';
