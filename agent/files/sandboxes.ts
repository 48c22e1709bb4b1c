// Finding sandboxes in the agent's work directory: <workDir>/agents/<agentId>/frameworks/<frameworkId>/tasks/
// <taskId>/runs/<runId>/. Runs are ordered by their directory's mtime: run ids are random, and a run directory
// stops changing once its task has ended, so the newest run is the most recently touched one.
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { invalidIdReason } from '../../shared/ids/index.js';
import { refuse, type FilesRefusal } from './refusal.js';

export interface RunDirectory {
  readonly agentId: string;
  readonly frameworkId: string;
  readonly taskId: string;
  readonly runId: string;
  readonly path: string;
  readonly mtimeMs: number;
}

export interface SandboxMatch extends RunDirectory {
  readonly refused: false;
}

/** Names of the real subdirectories of `path` (no symlinks: a task must not steer the agent outside), [] if none. */
async function subdirectories(path: string): Promise<Array<{ name: string; mtimeMs: number }>> {
  let names: string[];
  try {
    names = await readdir(path);
  } catch {
    return [];
  }
  const found: Array<{ name: string; mtimeMs: number }> = [];
  for (const name of names) {
    try {
      const stats = await lstat(join(path, name));
      if (stats.isDirectory()) found.push({ name, mtimeMs: stats.mtimeMs });
    } catch {
      // removed meanwhile
    }
  }
  return found;
}

export function agentsDirectory(workDir: string): string {
  return join(workDir, 'agents');
}

/** Every run directory below `<workDir>/agents` (of one agent id when given), in no particular order. */
export async function listRunDirectories(workDir: string, agentId?: string, frameworkId?: string,
  taskId?: string): Promise<RunDirectory[]> {
  const runs: RunDirectory[] = [];
  const agents = agentId === undefined ? (await subdirectories(agentsDirectory(workDir))).map((entry) => entry.name) : [agentId];
  for (const agent of agents) {
    const frameworksDir = join(agentsDirectory(workDir), agent, 'frameworks');
    const frameworks = frameworkId === undefined ? (await subdirectories(frameworksDir)).map((entry) => entry.name) : [frameworkId];
    for (const framework of frameworks) {
      const tasksDir = join(frameworksDir, framework, 'tasks');
      const tasks = taskId === undefined ? (await subdirectories(tasksDir)).map((entry) => entry.name) : [taskId];
      for (const task of tasks) {
        const runsDir = join(tasksDir, task, 'runs');
        for (const run of await subdirectories(runsDir)) {
          runs.push({ agentId: agent, frameworkId: framework, taskId: task, runId: run.name, path: join(runsDir, run.name), mtimeMs: run.mtimeMs });
        }
      }
    }
  }
  return runs;
}

/** Pure: newest first (mtime, then run id so the order is total). */
export function newestFirst(runs: readonly RunDirectory[]): RunDirectory[] {
  return [...runs].sort((a, b) => b.mtimeMs - a.mtimeMs || (a.runId < b.runId ? 1 : a.runId > b.runId ? -1 : 0));
}

/**
 * The sandbox of a task's newest run on this agent. Without a framework id the task id must be unambiguous:
 * the same id under two frameworks is a 409 that names them.
 */
export async function findSandbox(workDir: string, agentId: string, taskId: string, frameworkId?: string): Promise<SandboxMatch | FilesRefusal> {
  for (const [what, id] of [['agent id', agentId], ['task id', taskId], ['framework id', frameworkId]] as const) {
    if (id === undefined) continue;
    const reason = invalidIdReason(id);
    if (reason !== undefined) return refuse('INVALID_ARGUMENT', `invalid ${what} '${id}': ${reason}`);
  }
  const runs = await listRunDirectories(workDir, agentId, frameworkId, taskId);
  const newest = newestFirst(runs)[0];
  if (newest === undefined) {
    const under = frameworkId === undefined ? '' : ` of framework ${frameworkId}`;
    return refuse('NOT_FOUND', `no sandbox for task ${taskId}${under} on agent ${agentId}`);
  }
  const frameworks = [...new Set(runs.map((run) => run.frameworkId))].sort();
  if (frameworks.length > 1) {
    return refuse('AMBIGUOUS_TASK', `task ${taskId} has sandboxes under several frameworks (${frameworks.join(', ')}): name one with framework_id`);
  }
  return { refused: false, ...newest };
}
