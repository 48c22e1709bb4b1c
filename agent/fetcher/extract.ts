// Unpacks fetched archives with the system's own tools: GNU tar (it detects gzip, bzip2 and xz by itself) and
// Info-ZIP unzip, else busybox's unzip. Both refuse members that climb out of the target with `..`; running them as
// the task's user (the fetcher does) keeps a hostile archive from writing anywhere that user could not.
import { spawn } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { DroverError } from '../../shared/errors/index.js';

export type ArchiveKind = 'tar' | 'zip';

/** The extensions Mesos' fetcher unpacks. Compressed single files (.gz alone) are left as they are. */
const ARCHIVE_SUFFIXES: ReadonlyArray<readonly [string, ArchiveKind]> = [
  ['.tar', 'tar'], ['.tgz', 'tar'], ['.tar.gz', 'tar'], ['.tbz2', 'tar'], ['.tar.bz2', 'tar'], ['.txz', 'tar'],
  ['.tar.xz', 'tar'], ['.zip', 'zip'],
];

/** The archive format a file name hints at, or undefined when it is not an archive (it is then left as it is). */
export function archiveKind(fileName: string): ArchiveKind | undefined {
  const lower = fileName.toLowerCase();
  return ARCHIVE_SUFFIXES.find(([suffix]) => lower.endsWith(suffix))?.[1];
}

/** Whom the extraction runs as (the task's user); undefined: the agent's own user. */
export interface RunAs {
  readonly uid: number;
  readonly gid: number;
}

export interface ExtractTools {
  readonly tar: string;
  /** The program and the arguments before the usual unzip ones (`busybox unzip`). */
  readonly unzip: readonly string[] | undefined;
}

let tools: Promise<ExtractTools> | undefined;

/** tar and unzip as found on PATH (once per process): unzip, else busybox's applet. */
export function extractTools(): Promise<ExtractTools> {
  tools ??= findTools();
  return tools;
}

async function findTools(): Promise<ExtractTools> {
  const tar = await findExecutable('tar') ?? 'tar';
  const unzip = await findExecutable('unzip');
  if (unzip !== undefined) return { tar, unzip: [unzip] };
  const busybox = await findExecutable('busybox');
  return { tar, unzip: busybox === undefined ? undefined : [busybox, 'unzip'] };
}

async function findExecutable(name: string): Promise<string | undefined> {
  const dirs = [...(process.env['PATH'] ?? '').split(delimiter), '/usr/bin', '/bin', '/usr/sbin', '/sbin'];
  for (const dir of dirs) {
    if (dir === '') continue;
    const path = join(dir, name);
    try {
      await access(path, constants.X_OK);
      return path;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Unpacks `archive` into `directory` (which exists); throws FETCH with the tool's complaint. */
export async function extractArchive(archive: string, directory: string, kind: ArchiveKind, runAs?: RunAs): Promise<void> {
  const found = await extractTools();
  if (kind === 'tar') {
    // --no-same-owner: members belong to whoever extracts them, never to the uids recorded in the archive.
    await run([found.tar, '--no-same-owner', '-C', directory, '-xf', archive], directory, runAs, 0);
    return;
  }
  if (found.unzip === undefined) throw new DroverError('FETCH', 'cannot extract a zip archive: neither unzip nor busybox is installed');
  // -o: replace files without asking (there is no one to ask), -q: quiet. Status 1 is unzip's "warnings, but
  // done" (e.g. a member it skipped because it would leave the directory).
  await run([...found.unzip, '-o', '-q', archive, '-d', directory], directory, runAs, 1);
}

const STDERR_LIMIT = 2000;

function run(argv: readonly string[], cwd: string, runAs: RunAs | undefined, worstSuccess: number): Promise<void> {
  const [file, ...args] = argv;
  return new Promise((resolve, reject) => {
    const child = spawn(file ?? '', args, {
      cwd, stdio: ['ignore', 'ignore', 'pipe'],
      ...(runAs === undefined ? {} : { uid: runAs.uid, gid: runAs.gid }),
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < STDERR_LIMIT) stderr += chunk;
    });
    child.once('error', (error) => reject(new DroverError('FETCH', `could not run ${file}: ${error.message}`, { cause: error })));
    child.once('close', (code, signal) => {
      if (code !== null && code <= worstSuccess) {
        resolve();
        return;
      }
      const how = signal === null ? `exited with status ${code}` : `was killed by ${signal}`;
      const said = stderr.trim().slice(0, STDERR_LIMIT);
      reject(new DroverError('FETCH', `extraction failed: ${posixName(file)} ${how}${said === '' ? '' : `: ${said}`}`));
    });
  });
}

function posixName(path: string | undefined): string {
  return (path ?? '').split('/').at(-1) ?? '';
}
