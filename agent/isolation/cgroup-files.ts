// Reading and writing cgroup control files. A missing file means "this kernel or this cgroup does not have it" (or
// the container is gone): readers answer undefined for it; anything else is a fault with the file's name in it.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { DroverError, errorMessage } from '../../shared/errors/index.js';

// Limits at or above this are the kernel's "unlimited" (v1 writes 2^63 rounded down to a page, PAGE_COUNTER_MAX...).
const UNLIMITED_THRESHOLD = 2 ** 60;

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENODEV' || code === 'ENOTDIR';
}

/** The file's text, or undefined when it does not exist. */
export async function readControlFile(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw new DroverError('ISOLATION', `cannot read ${path}: ${errorMessage(error)}`, { cause: error });
  }
}

export async function writeControlFile(path: string, value: string): Promise<void> {
  try {
    await writeFile(path, value);
  } catch (error) {
    throw new DroverError('ISOLATION', `cannot write '${value}' to ${path}: ${errorMessage(error)}`, { cause: error });
  }
}

/** Writes the file only when it exists (optional knobs such as memory.memsw.limit_in_bytes); true when written. */
export async function writeOptionalControlFile(path: string, value: string): Promise<boolean> {
  // Not open(r+): kernfs refuses to open write-only files (cgroup.kill) for reading.
  try {
    await stat(path);
  } catch (error) {
    if (isMissing(error)) return false;
    throw new DroverError('ISOLATION', `cannot look at ${path}: ${errorMessage(error)}`, { cause: error });
  }
  await writeControlFile(path, value);
  return true;
}

/** `key value` lines (cpu.stat, memory.stat, memory.events, pids.events, cpuacct.stat, memory.oom_control). */
export function parseFlatKeyed(text: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [key, value] = line.trim().split(/\s+/);
    if (key === undefined || key === '' || value === undefined) continue;
    const number = Number(value);
    if (Number.isFinite(number)) values.set(key, number);
  }
  return values;
}

/** A single number; undefined for 'max', 'unlimited'-sized values and anything unparsable. */
export function parseLimit(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.trim());
  if (!Number.isFinite(value) || value < 0 || value >= UNLIMITED_THRESHOLD) return undefined;
  return value;
}

/** Pids listed in a `cgroup.procs` file (0 stands for processes outside our pid namespace and is dropped). */
export function parsePids(text: string | undefined): number[] {
  if (text === undefined) return [];
  return text.split('\n').map(Number).filter((pid) => Number.isInteger(pid) && pid > 0);
}

export async function readFlatKeyed(path: string): Promise<Map<string, number> | undefined> {
  const text = await readControlFile(path);
  return text === undefined ? undefined : parseFlatKeyed(text);
}
