import { join } from 'node:path';
import { invalidIdReason } from '../../shared/ids/index.js';

// A task run's sandbox: <workDir>/agents/<agentId>/frameworks/<frameworkId>/tasks/<taskId>/runs/<runId>/
// (Mesos: slaves/<aid>/frameworks/<fid>/executors/<eid>/runs/<cid>; the command executor's id is the task id).
export interface SandboxLocation {
  readonly workDir: string;
  readonly agentId: string;
  readonly frameworkId: string;
  readonly taskId: string;
  readonly runId: string;
}

/** Why these ids cannot name a sandbox (each becomes a directory name), or undefined when they can. */
export function invalidSandboxReason(location: Omit<SandboxLocation, 'workDir'>): string | undefined {
  for (const [what, id] of [['agent id', location.agentId], ['framework id', location.frameworkId],
    ['task id', location.taskId], ['run id', location.runId]] as const) {
    const reason = invalidIdReason(id);
    if (reason !== undefined) return `invalid ${what} '${id}': ${reason}`;
  }
  return undefined;
}

export function sandboxPath(location: SandboxLocation): string {
  return join(location.workDir, 'agents', location.agentId, 'frameworks', location.frameworkId, 'tasks',
    location.taskId, 'runs', location.runId);
}
