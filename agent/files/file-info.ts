// One entry of a Mesos /files/browse listing, and the `ls -l` style mode string it carries.
import type { Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** Mesos FileInfo as /files/browse returns it; uid and gid are user and group names where known. */
export interface FileInfo {
  readonly path: string;
  readonly nlink: number;
  readonly size: number;
  readonly mode: string;
  readonly uid: string;
  readonly gid: string;
  /** Seconds since the epoch. */
  readonly mtime: number;
}

const FILE_TYPES: ReadonlyArray<readonly [number, string]> = [
  [0o040000, 'd'], [0o100000, '-'], [0o120000, 'l'], [0o020000, 'c'], [0o060000, 'b'], [0o010000, 'p'], [0o140000, 's'],
];

/** Pure: `st_mode` as `ls -l` prints it, e.g. 0o100644 -> "-rw-r--r--", 0o41777 -> "drwxrwxrwt". */
export function modeString(mode: number): string {
  const type = FILE_TYPES.find(([bits]) => (mode & 0o170000) === bits)?.[1] ?? '?';
  const triple = (shift: number, special: number, setChar: string): string => {
    const bits = (mode >> shift) & 7;
    const execute = (bits & 1) !== 0;
    const specialSet = (mode & special) !== 0;
    const x = specialSet ? (execute ? setChar : setChar.toUpperCase()) : (execute ? 'x' : '-');
    return `${(bits & 4) !== 0 ? 'r' : '-'}${(bits & 2) !== 0 ? 'w' : '-'}${x}`;
  };
  return type + triple(6, 0o4000, 's') + triple(3, 0o2000, 's') + triple(0, 0o1000, 't');
}

export interface OwnerNames {
  user(uid: number): string;
  group(gid: number): string;
}

/** Pure: the id -> name map of an /etc/passwd or /etc/group text (name:x:id:...). */
export function parseIdFile(text: string): Map<number, string> {
  const names = new Map<number, string>();
  for (const line of text.split('\n')) {
    const fields = line.split(':');
    const id = Number(fields[2]);
    if (fields[0] && Number.isInteger(id) && !names.has(id)) names.set(id, fields[0]);
  }
  return names;
}

let ownerNames: Promise<OwnerNames> | undefined;

/** Names from /etc/passwd and /etc/group, read once; ids without a name read as their number. */
export function systemOwnerNames(): Promise<OwnerNames> {
  ownerNames ??= (async () => {
    const read = async (path: string): Promise<Map<number, string>> => {
      try {
        return parseIdFile(await readFile(path, 'utf8'));
      } catch {
        return new Map();
      }
    };
    const [users, groups] = await Promise.all([read('/etc/passwd'), read('/etc/group')]);
    return { user: (uid) => users.get(uid) ?? String(uid), group: (gid) => groups.get(gid) ?? String(gid) };
  })();
  return ownerNames;
}

export function fileInfo(path: string, stats: Stats, owners: OwnerNames): FileInfo {
  return {
    path,
    nlink: stats.nlink,
    size: stats.size,
    mode: modeString(stats.mode),
    uid: owners.user(stats.uid),
    gid: owners.group(stats.gid),
    mtime: Math.floor(stats.mtimeMs / 1000),
  };
}
