// What a real `drover agent` may leave behind after a benchmark: task supervisors (they outlive an agent by design)
// and the cgroups under the benchmark's own cgroup root. Removed after the agent has stopped, even after a failure.
import { readFileSync } from 'node:fs';
import { readdir, readFile, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isSameLiveProcess } from '../../agent/containerizer/process/index.js';
import { signalPid } from './processes.js';

export interface ProcessCheckpoint {
  readonly supervisorPid: number;
  readonly supervisorStartTime: string;
  readonly pid: number;
  readonly pidStartTime: string;
}

/** The process containerizer's checkpoints: <agentWorkDir>/meta/containers/<containerId>/process.json. */
export async function containerCheckpoints(agentWorkDir: string): Promise<ProcessCheckpoint[]> {
  const root = join(agentWorkDir, 'meta', 'containers');
  const found: ProcessCheckpoint[] = [];
  for (const containerId of await readdir(root).catch(() => [])) {
    try {
      const value = JSON.parse(await readFile(join(root, containerId, 'process.json'), 'utf8')) as Partial<ProcessCheckpoint>;
      if (typeof value.supervisorPid === 'number' && typeof value.pid === 'number') {
        found.push({ supervisorPid: value.supervisorPid, supervisorStartTime: String(value.supervisorStartTime ?? ''),
          pid: value.pid, pidStartTime: String(value.pidStartTime ?? '') });
      }
    } catch {
      // Not a process container, or gone meanwhile.
    }
  }
  return found;
}

/** Mount points of every cgroup hierarchy (v1 and v2), from /proc/self/mountinfo. */
function cgroupMounts(): string[] {
  let text: string;
  try {
    text = readFileSync('/proc/self/mountinfo', 'utf8');
  } catch {
    return [];
  }
  const mounts: string[] = [];
  for (const line of text.split('\n')) {
    const fields = line.split(' ');
    const fsType = fields[fields.indexOf('-') + 1];
    const mountPoint = fields[4];
    if ((fsType === 'cgroup' || fsType === 'cgroup2') && mountPoint !== undefined && !mounts.includes(mountPoint)) {
      mounts.push(mountPoint.replace(/\\([0-7]{3})/g, (_m, octal: string) => String.fromCharCode(parseInt(octal, 8))));
    }
  }
  return mounts;
}

/** Kills whatever is left in `dir` (depth first) and removes the cgroups; the root name is the benchmark's alone. */
async function removeCgroupTree(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => undefined);
  if (entries === undefined) return;
  for (const entry of entries) if (entry.isDirectory()) await removeCgroupTree(join(dir, entry.name));
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const procs = await readFile(join(dir, 'cgroup.procs'), 'utf8').catch(() => '');
    for (const pid of procs.split('\n').map(Number).filter((pid) => pid > 1)) signalPid(pid, 'SIGKILL');
    try {
      await rmdir(dir);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      await new Promise((resolve) => setTimeout(resolve, 50)); // EBUSY until the killed processes are reaped
    }
  }
}

/** Supervisors and tasks the stopped agent left (checked by start time, so no recycled pid is hit), then the cgroups. */
export async function removeAgentLeftovers(agentWorkDir: string, cgroupsRoot: string): Promise<void> {
  for (const checkpoint of await containerCheckpoints(agentWorkDir)) {
    if (await isSameLiveProcess(checkpoint.pid, checkpoint.pidStartTime)) signalPid(-checkpoint.pid, 'SIGKILL');
    if (await isSameLiveProcess(checkpoint.supervisorPid, checkpoint.supervisorStartTime)) signalPid(checkpoint.supervisorPid, 'SIGKILL');
  }
  for (const mount of cgroupMounts()) await removeCgroupTree(join(mount, cgroupsRoot));
}

/** Containers under the cgroup root per hierarchy: shows which isolation was in effect. */
export async function countContainerCgroups(cgroupsRoot: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const mount of cgroupMounts()) {
    const entries = await readdir(join(mount, cgroupsRoot), { withFileTypes: true }).catch(() => []);
    const dirs = entries.filter((entry) => entry.isDirectory()).length;
    if (dirs > 0) counts[mount.split('/').pop() ?? mount] = dirs;
  }
  return counts;
}
