// AppInfo: the app plus what GET /v2/apps embeds (counts, deployments, tasks, lastTaskFailure, taskStats,
// readinessCheckResults). Counts follow Marathon's TaskCounts: staged = no status yet or TASK_STAGING, running =
// TASK_RUNNING, healthy = every health result alive, unhealthy = some result not alive.
import type { AppDefinition } from '../app-definition/index.js';
import type { Instance } from '../model/index.js';
import { appJson } from './app-json.js';
import { isListedTask, taskJson } from './task-json.js';
import type { EmbedSet, HealthCheckResult, ReadinessCheckResult, TaskFailure } from './types.js';

/** What the framework knows about an app at the moment of the request. */
export interface AppView {
  /** The app's instances; scheduled and terminal ones are skipped. */
  readonly instances: readonly Instance[];
  /** Deployments that affect the app. */
  readonly deployments: readonly { readonly id: string }[];
  readonly lastTaskFailure?: TaskFailure;
  /** Health results of an instance; without it (or with no results) `instance.healthy` decides. */
  readonly healthResults?: (instanceId: string) => readonly HealthCheckResult[];
  /** Readiness results of the app's running deployment, for `embed=apps.readiness`. */
  readonly readiness?: readonly ReadinessCheckResult[];
  /** ISO time now: taskStats shows task life times only when given. */
  readonly now?: string;
}

export interface TaskCounts {
  readonly staged: number;
  readonly running: number;
  readonly healthy: number;
  readonly unhealthy: number;
}

export function appInfoJson(app: AppDefinition, view: AppView, embed: EmbedSet): Record<string, unknown> {
  const out = appJson(app);
  const tasks = view.instances.filter(isListedTask);
  const counts = countTasks(tasks, view);
  out.tasksStaged = counts.staged;
  out.tasksRunning = counts.running;
  out.tasksHealthy = counts.healthy;
  out.tasksUnhealthy = counts.unhealthy;
  out.deployments = view.deployments.map((d) => ({ id: d.id }));
  if (embed.readiness) out.readinessCheckResults = (view.readiness ?? []).map(readinessResultJson);
  if (embed.tasks) out.tasks = tasks.map((i) => taskJson(i, app, view.healthResults?.(i.instanceId)));
  if (embed.lastTaskFailure && view.lastTaskFailure !== undefined) out.lastTaskFailure = taskFailureJson(view.lastTaskFailure);
  if (embed.taskStats) out.taskStats = taskStatsJson(app, tasks, view);
  return out;
}

export function countTasks(tasks: readonly Instance[], view: Pick<AppView, 'healthResults'>): TaskCounts {
  let staged = 0;
  let running = 0;
  let healthy = 0;
  let unhealthy = 0;
  for (const t of tasks) {
    if (t.condition === 'provisioned' || t.condition === 'staging') staged++;
    if (t.condition === 'running') running++;
    const health = healthOf(t, view);
    if (health === true) healthy++;
    if (health === false) unhealthy++;
  }
  return { staged, running, healthy, unhealthy };
}

function healthOf(t: Instance, view: Pick<AppView, 'healthResults'>): boolean | undefined {
  const results = view.healthResults?.(t.instanceId) ?? [];
  if (results.length > 0) return results.every((r) => r.alive);
  return t.healthy;
}

export function taskFailureJson(f: TaskFailure): Record<string, unknown> {
  const out: Record<string, unknown> = {
    appId: f.appId, host: f.host, message: f.message, state: f.state, taskId: f.taskId, timestamp: f.timestamp, version: f.version,
  };
  if (f.slaveId !== undefined) out.slaveId = f.slaveId;
  return out;
}

export function readinessResultJson(r: ReadinessCheckResult): Record<string, unknown> {
  const out: Record<string, unknown> = { name: r.name, taskId: r.taskId, ready: r.ready };
  if (r.lastResponse !== undefined) {
    out.lastResponse = { status: r.lastResponse.status, contentType: r.lastResponse.contentType, body: r.lastResponse.body };
  }
  return out;
}

/**
 * Marathon's TaskStatsByVersion: each group appears only when it has tasks, so an app without tasks gives `{}`.
 * The version groups need versionInfo (Marathon's FullVersionInfo).
 */
export function taskStatsJson(app: AppDefinition, tasks: readonly Instance[], view: AppView): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const vi = app.versionInfo;
  if (vi !== undefined) {
    const lastScaling = Date.parse(vi.lastScalingAt);
    const lastConfig = Date.parse(vi.lastConfigChangeAt);
    addStats(out, 'startedAfterLastScaling', tasks.filter((t) => t.stagedAt !== undefined && Date.parse(t.stagedAt) >= lastScaling), view);
    addStats(out, 'withLatestConfig', tasks.filter((t) => Date.parse(t.appVersion) >= lastConfig), view);
    addStats(out, 'withOutdatedConfig', tasks.filter((t) => Date.parse(t.appVersion) < lastConfig), view);
  }
  addStats(out, 'totalSummary', tasks, view);
  return out;
}

function addStats(out: Record<string, unknown>, key: string, tasks: readonly Instance[], view: AppView): void {
  if (tasks.length === 0) return;
  const stats: Record<string, unknown> = { counts: countTasks(tasks, view) };
  const life = view.now === undefined ? undefined : lifeTime(tasks, Date.parse(view.now));
  if (life !== undefined) stats.lifeTime = life;
  out[key] = { stats };
}

function lifeTime(tasks: readonly Instance[], now: number): { averageSeconds: number; medianSeconds: number } | undefined {
  const ages = tasks
    .flatMap((t) => (t.startedAt === undefined ? [] : [(now - Date.parse(t.startedAt)) / 1000]))
    .sort((a, b) => a - b);
  if (ages.length === 0) return undefined;
  const mid = Math.floor(ages.length / 2);
  const median = ages.length % 2 === 1 ? (ages[mid] ?? 0) : ((ages[mid - 1] ?? 0) + (ages[mid] ?? 0)) / 2;
  return { averageSeconds: ages.reduce((s, a) => s + a, 0) / ages.length, medianSeconds: median };
}
