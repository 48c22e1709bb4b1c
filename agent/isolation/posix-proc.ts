// A container's processes without cgroups: the task's first process, its descendants (by parent pid) and whatever
// stayed in its process group after its parent died, read from /proc.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** /proc/<pid>/stat counts cpu time in USER_HZ ticks, 100 per second on Linux. */
export const CLOCK_TICKS_PER_SECOND = 100;

export interface ProcStat {
  readonly pid: number;
  /** R, S, D, Z (zombie), T, ... */
  readonly state: string;
  readonly ppid: number;
  readonly pgrp: number;
  /** Ticks of the process itself. */
  readonly utime: number;
  readonly stime: number;
  /** Ticks of its children that ended and were reaped (so they still count once they are gone from /proc). */
  readonly cutime: number;
  readonly cstime: number;
  /** Clock ticks after boot when it started (field 22): tells a reused pid from the process it used to be. */
  readonly startTime: string;
}

/** Parses /proc/<pid>/stat; the command name is in parentheses and may itself hold spaces and parentheses. */
export function parseProcStat(text: string): ProcStat | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const pid = Number(text.slice(0, open).trim());
  // After the name: state(3) ppid(4) pgrp(5) session(6) tty_nr(7) tpgid(8) flags(9) minflt(10) cminflt(11)
  // majflt(12) cmajflt(13) utime(14) stime(15) cutime(16) cstime(17) ... starttime(22); `rest[0]` is field 3.
  const rest = text.slice(close + 1).trim().split(/\s+/);
  const field = (index: number): number => Number(rest[index - 3] ?? Number.NaN);
  const numbers = {
    pid, ppid: field(4), pgrp: field(5), utime: field(14), stime: field(15), cutime: field(16), cstime: field(17),
  };
  const state = rest[0];
  const startTime = rest[22 - 3];
  if (state === undefined || startTime === undefined || !Object.values(numbers).every(Number.isFinite)) return undefined;
  return { ...numbers, state, startTime };
}

/** Every process now in /proc; ones that end while being read are skipped. */
export async function listProcesses(procDir = '/proc'): Promise<ProcStat[]> {
  const names = (await readdir(procDir)).filter((name) => /^\d+$/.test(name));
  const stats = await Promise.all(names.map(async (name) => {
    try {
      return parseProcStat(await readFile(join(procDir, name, 'stat'), 'utf8'));
    } catch {
      return undefined;
    }
  }));
  return stats.filter((stat): stat is ProcStat => stat !== undefined);
}

/** `rootPid`, its descendants, and the members of its process group; empty when it is gone. */
export function processTree(processes: readonly ProcStat[], rootPid: number): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const proc of processes) {
    const siblings = children.get(proc.ppid) ?? [];
    siblings.push(proc);
    children.set(proc.ppid, siblings);
  }
  const found = new Map<number, ProcStat>();
  const queue = processes.filter((proc) => proc.pid === rootPid || proc.pgrp === rootPid);
  while (queue.length > 0) {
    const proc = queue.pop();
    if (proc === undefined || found.has(proc.pid)) continue;
    found.set(proc.pid, proc);
    queue.push(...(children.get(proc.pid) ?? []));
  }
  return [...found.values()];
}

/** Resident memory of a process (VmRSS of /proc/<pid>/status) in bytes; undefined for a zombie or a gone one. */
export async function residentBytes(pid: number, procDir = '/proc'): Promise<number | undefined> {
  try {
    const status = await readFile(join(procDir, String(pid), 'status'), 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
    return match?.[1] === undefined ? undefined : Number(match[1]) * 1024;
  } catch {
    return undefined;
  }
}
