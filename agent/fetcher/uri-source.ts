// Where a URI's bytes come from: a local file (file:// or an absolute path) or an HTTP(S) server. Other schemes
// (hdfs, s3, ftp...) need clients this agent does not have: they are refused by name, never guessed at.
import { createWriteStream } from 'node:fs';
import { copyFile, stat } from 'node:fs/promises';
import { posix } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { DroverError, errorMessage } from '../../shared/errors/index.js';

export type UriSource =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'http'; readonly url: URL };

/** How long a download may go without receiving a byte (Mesos --fetcher_stall_timeout); default 60 s. */
export const DEFAULT_STALL_TIMEOUT_MS = 60_000;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Where the URI's content is; throws FETCH for a URI the fetcher cannot handle. */
export function uriSource(value: string): UriSource {
  if (value === '') throw new DroverError('FETCH', 'the URI is empty');
  if (value.startsWith('/')) return { kind: 'file', path: posix.normalize(value) };
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    throw new DroverError('FETCH', 'a relative path needs a scheme (file://, http://, https://) or to be absolute');
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DroverError('FETCH', 'the URI is malformed');
  }
  if (scheme === 'file') {
    if (url.hostname !== '' && url.hostname !== 'localhost') {
      throw new DroverError('FETCH', `file URIs must name a local file (host '${url.hostname}' is not this machine)`);
    }
    return { kind: 'file', path: fileURLToPath(url) };
  }
  if (scheme === 'http' || scheme === 'https') return { kind: 'http', url };
  throw new DroverError('FETCH',
    `unsupported URI scheme '${scheme}' (this fetcher handles file://, absolute paths, http:// and https://)`);
}

/** The URI as it may appear in messages and logs: a password in it is masked. */
export function displayUri(value: string): string {
  try {
    const url = new URL(value);
    if (url.password === '') return value;
    url.password = '***';
    return url.toString();
  } catch {
    return value;
  }
}

/** The file name the URI's content gets when no output_file names it: the last segment of its path. */
export function defaultFileName(source: UriSource): string {
  const path = source.kind === 'file' ? source.path : safeDecode(source.url.pathname);
  const name = posix.basename(path);
  if (name === '' || name === '.' || name === '..' || name.includes('\0')) {
    throw new DroverError('FETCH', 'the URI names no file (its path ends in a directory): set output_file');
  }
  return name;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export interface DownloadOptions {
  readonly stallTimeoutMs?: number;
}

/** Copies or downloads the URI's content to `destination` (created or replaced); resolves with its size in bytes. */
export async function download(source: UriSource, destination: string, options: DownloadOptions = {}): Promise<number> {
  if (source.kind === 'file') return copyLocal(source.path, destination);
  return downloadHttp(source.url, destination, options.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS);
}

async function copyLocal(path: string, destination: string): Promise<number> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new DroverError('FETCH', `${path} is not a regular file`);
    size = info.size;
  } catch (error) {
    if (error instanceof DroverError) throw error;
    throw new DroverError('FETCH', (error as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file ${path}` : errorMessage(error));
  }
  await copyFile(path, destination);
  return size;
}

async function downloadHttp(url: URL, destination: string, stallTimeoutMs: number): Promise<number> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let stalled = false;
  // A stall timeout rather than a total one: a large file on a slow link is fine as long as bytes keep coming.
  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => { stalled = true; controller.abort(); }, stallTimeoutMs);
  };
  let size = 0;
  try {
    arm();
    const { target, headers } = withoutCredentials(url);
    const response = await fetch(target, { signal: controller.signal, redirect: 'follow', headers });
    if (!response.ok || response.body === null) {
      await response.body?.cancel().catch(() => undefined);
      throw new DroverError('FETCH', `HTTP ${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`}`);
    }
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done): void {
        size += chunk.length;
        arm();
        done(null, chunk);
      },
    });
    await pipeline(Readable.fromWeb(response.body), counter, createWriteStream(destination));
    return size;
  } catch (error) {
    if (stalled) throw new DroverError('FETCH', `no data for ${stallTimeoutMs} ms (stall timeout)`, { cause: error });
    if (error instanceof DroverError) throw error;
    throw new DroverError('FETCH', networkMessage(error), { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/** fetch() refuses URLs with user info: they travel as Basic credentials instead, as curl sends them. */
function withoutCredentials(url: URL): { target: URL; headers: Record<string, string> } {
  if (url.username === '' && url.password === '') return { target: url, headers: {} };
  const target = new URL(url);
  target.username = '';
  target.password = '';
  const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return { target, headers: { authorization: `Basic ${Buffer.from(credentials).toString('base64')}` } };
}

/** undici says "fetch failed" and hides the reason (ECONNREFUSED, ENOTFOUND...) in `cause`. */
function networkMessage(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  return cause === undefined ? errorMessage(error) : `${errorMessage(error)}: ${errorMessage(cause)}`;
}
