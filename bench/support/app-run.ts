// One measured Marathon app, through the /v2 API only: POST it, time every task from the POST to its first
// TASK_RUNNING (status_update_event on /v2/events), check /v2/apps agrees, then DELETE it and time every TASK_KILLED.
import { performance } from 'node:perf_hooks';
import { percentile, round } from './machine.js';
import { marathonCall, TaskEventLog } from './marathon-client.js';
import type { Waiter } from './waiter.js';

export interface AppRunInput {
  readonly marathonUrl: string;
  readonly appId: string;
  readonly instances: number;
  readonly cmd: string;
  readonly resources: { readonly cpus: number; readonly mem: number };
  readonly waiter: Waiter;
  /** Called at the marks (before the POST, all running, all killed) so CPU use can be read per phase. */
  readonly mark?: (phase: 'launch' | 'running' | 'killed') => Promise<void>;
}

export interface Spread {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

export interface AppRunFigures {
  readonly instances: number;
  /** The POST's own answer (validation, plan, store write). */
  readonly postResponseMs: number;
  /** POST → the last task's first TASK_RUNNING event. */
  readonly allRunningSeconds: number;
  readonly tasksPerSecond: number;
  /** Per task, POST → its TASK_RUNNING event. */
  readonly postToRunningMs: Spread;
  readonly firstRunningMs: number;
  /** POST → deployment_success of the POST's deployment. */
  readonly deploymentSuccessMs: number | null;
  readonly tasksRunningReported: number;
  readonly delete: {
    readonly responseMs: number;
    /** DELETE → the last task's TASK_KILLED event. */
    readonly allKilledSeconds: number;
    readonly deleteToKilledMs: Spread;
    readonly deploymentSuccessMs: number | null;
    readonly updatesAfterKilled: number;
    readonly updatesAfterKilledExamples?: readonly string[];
  };
  /** Epoch ms of the POST, to line up with what other processes saw. */
  readonly postedAtEpochMs: number;
}

const FAILED = new Set(['TASK_FAILED', 'TASK_ERROR', 'TASK_LOST', 'TASK_DROPPED', 'TASK_GONE', 'TASK_GONE_BY_OPERATOR',
  'TASK_UNREACHABLE', 'TASK_UNKNOWN']);
const KILLED = new Set(['TASK_KILLED']);

function spread(sortedMs: readonly number[]): Spread {
  return { p50: Math.round(percentile(sortedMs, 0.5)), p99: Math.round(percentile(sortedMs, 0.99)), max: Math.round(sortedMs.at(-1) ?? Number.NaN) };
}

function sinceSorted(times: readonly number[], origin: number): number[] {
  return times.map((time) => time - origin).sort((a, b) => a - b);
}

export async function runApp(input: AppRunInput): Promise<AppRunFigures> {
  const { marathonUrl, appId, instances, waiter } = input;
  const timeoutMs = Math.max(60_000, instances * 60);
  let killing = false;
  const events = await TaskEventLog.open(marathonUrl, () => waiter.wake());
  // Anything terminal before the DELETE is a failed run (the framework would relaunch it; the figures would lie).
  const check = (): void => {
    if (events.broken !== undefined) throw new Error(events.broken);
    const failed = killing ? events.tasksIn(appId, FAILED, 'TASK_KILLED') : events.tasksIn(appId, new Set([...FAILED, ...KILLED]));
    if (failed.length > 0) throw new Error(`${failed.length} tasks of ${appId} ended: ${failed.slice(0, 5).join('; ')}`);
  };
  try {
    await input.mark?.('launch');
    const postedAtEpochMs = Date.now();
    const posted = performance.now();
    const created = await marathonCall(marathonUrl, 'POST', '/v2/apps', {
      id: appId, cmd: input.cmd, instances, cpus: input.resources.cpus, mem: input.resources.mem,
    });
    const postResponseMs = performance.now() - posted;
    if (created.status !== 201) throw new Error(`POST /v2/apps answered ${created.status}: ${JSON.stringify(created.body)}`);
    const deploymentId = created.headers.get('marathon-deployment-id') ?? '';
    await waiter.until(() => { check(); return events.count(appId, 'TASK_RUNNING') >= instances; },
      `${instances} tasks of ${appId} TASK_RUNNING (${events.summary(appId)})`, timeoutMs);
    await input.mark?.('running');
    const running = sinceSorted(events.times(appId, 'TASK_RUNNING'), posted);
    const allRunningMs = running.at(-1) ?? Number.NaN;
    await waiter.until(() => events.deploymentsDone.has(deploymentId), `deployment ${deploymentId} to finish`, 30_000, 50)
      .catch(() => undefined); // reported as null: the tasks' figures stand on their own
    const deployed = events.deploymentsDone.get(deploymentId);
    const app = await marathonCall<{ app?: { tasksRunning?: number } }>(marathonUrl, 'GET', `/v2/apps${appId}`);
    const tasksRunningReported = app.body.app?.tasksRunning ?? -1;
    if (tasksRunningReported !== instances) throw new Error(`/v2/apps${appId} says ${tasksRunningReported} tasks running, not ${instances}`);

    killing = true;
    const deleted = performance.now();
    const removal = await marathonCall<{ deploymentId?: string }>(marathonUrl, 'DELETE', `/v2/apps${appId}`);
    const deleteResponseMs = performance.now() - deleted;
    if (removal.status !== 200) throw new Error(`DELETE /v2/apps${appId} answered ${removal.status}: ${JSON.stringify(removal.body)}`);
    await waiter.until(() => { check(); return events.count(appId, 'TASK_KILLED') >= instances; },
      `${instances} tasks of ${appId} TASK_KILLED (${events.summary(appId)})`, timeoutMs);
    await input.mark?.('killed');
    const killed = sinceSorted(events.times(appId, 'TASK_KILLED'), deleted);
    const removalId = removal.body.deploymentId ?? '';
    await waiter.until(() => events.deploymentsDone.has(removalId), `deployment ${removalId} to finish`, 30_000, 50).catch(() => undefined);
    const removed = events.deploymentsDone.get(removalId);
    const afterKilled = events.updatesAfter(appId, 'TASK_KILLED');
    return {
      instances,
      postResponseMs: Math.round(postResponseMs),
      allRunningSeconds: round(allRunningMs / 1000, 3),
      tasksPerSecond: round(instances / (allRunningMs / 1000), 1),
      postToRunningMs: spread(running),
      firstRunningMs: Math.round(running[0] ?? Number.NaN),
      deploymentSuccessMs: deployed?.ok === true ? Math.round(deployed.at - posted) : null,
      tasksRunningReported,
      delete: {
        responseMs: Math.round(deleteResponseMs),
        allKilledSeconds: round((killed.at(-1) ?? Number.NaN) / 1000, 3),
        deleteToKilledMs: spread(killed),
        deploymentSuccessMs: removed?.ok === true ? Math.round(removed.at - deleted) : null,
        /** Status updates a task got after its TASK_KILLED (seen so far): none expected. */
        updatesAfterKilled: afterKilled.length,
        ...(afterKilled.length === 0 ? {} : { updatesAfterKilledExamples: afterKilled.slice(0, 3) }),
      },
      postedAtEpochMs,
    };
  } finally {
    events.close();
  }
}
