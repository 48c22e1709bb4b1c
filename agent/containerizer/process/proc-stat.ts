// Whether a checkpointed process is still the one the agent started: alive, not a zombie, and the same incarnation
// of its pid (the start time in /proc/<pid>/stat tells a reused pid from the process the agent checkpointed).
import { readFile } from 'node:fs/promises';
import { parseProcStat, type ProcStat } from '../../isolation/posix-proc.js';

export { parseProcStat, type ProcStat };

export async function readProcStat(pid: number): Promise<ProcStat | undefined> {
  try {
    return parseProcStat(await readFile(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Alive and the same incarnation: not gone, not a zombie waiting for a parent that will never reap it. */
export async function isSameLiveProcess(pid: number, startTime: string): Promise<boolean> {
  const stat = await readProcStat(pid);
  return stat !== undefined && stat.state !== 'Z' && stat.state !== 'X' && stat.startTime === startTime;
}
