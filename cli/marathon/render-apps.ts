// Table output of the `drover app` commands.
import { appStatus } from './app-status.js';
import type { AppView, TaskView } from './app-view.js';
import type { QueueItemView } from './queue-view.js';
import { formatNumber, renderKeyValues, renderTable } from './table.js';

/** `2/0` healthy/unhealthy, or `-` when the app has no health checks. */
export function healthCell(app: Pick<AppView, 'healthCheckCount' | 'tasksHealthy' | 'tasksUnhealthy'>): string {
  return app.healthCheckCount === 0 ? '-' : `${app.tasksHealthy}/${app.tasksUnhealthy}`;
}

export function appListRows(apps: readonly AppView[], queue: readonly QueueItemView[]): string[][] {
  return [...apps]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((app) => [
      app.id,
      `${app.tasksRunning}/${app.instances}`,
      healthCell(app),
      formatNumber(app.cpus),
      formatNumber(app.mem),
      appStatus(app, queue),
    ]);
}

export function renderAppList(apps: readonly AppView[], queue: readonly QueueItemView[]): string {
  return renderTable(
    ['ID', { header: 'INSTANCES', align: 'right' }, { header: 'HEALTH', align: 'right' }, { header: 'CPUS', align: 'right' },
      { header: 'MEM', align: 'right' }, 'STATUS'],
    appListRows(apps, queue),
  );
}

function taskHealth(task: TaskView): string {
  if (task.healthy === undefined) return '-';
  return task.healthy ? 'healthy' : 'unhealthy';
}

export function renderTasks(tasks: readonly TaskView[]): string {
  return renderTable(
    ['ID', 'HOST', 'PORTS', 'STATE', 'HEALTH', 'STARTED', 'VERSION'],
    tasks.map((task) => [
      task.id, task.host, task.ports.join(',') || '-', task.state, taskHealth(task), task.startedAt ?? '-', task.version ?? '-',
    ]),
  );
}

function commandOf(app: AppView): string | undefined {
  if (app.cmd !== undefined) return app.cmd;
  if (app.args !== undefined) return JSON.stringify(app.args);
  return undefined;
}

/** `drover app show`: the app's settings and counts, then its tasks. */
export function renderAppDetail(app: AppView, queue: readonly QueueItemView[]): string {
  const failure = app.lastTaskFailure;
  const staged = app.tasksStaged > 0 ? `, ${app.tasksStaged} staged` : '';
  const summary = renderKeyValues([
    ['ID', app.id],
    ['STATUS', appStatus(app, queue)],
    ['INSTANCES', `${app.tasksRunning}/${app.instances} running${staged}`],
    ['HEALTH', app.healthCheckCount === 0 ? 'no health checks' : `${app.tasksHealthy} healthy, ${app.tasksUnhealthy} unhealthy`],
    ['CMD', commandOf(app)],
    ['IMAGE', app.image === undefined ? undefined : `${app.image}${app.containerType === undefined ? '' : ` (${app.containerType})`}`],
    ['RESOURCES', `cpus ${formatNumber(app.cpus)}, mem ${formatNumber(app.mem)} MB, disk ${formatNumber(app.disk)} MB${app.gpus > 0 ? `, gpus ${app.gpus}` : ''}`],
    ['CONSTRAINTS', app.constraints.length === 0 ? undefined : app.constraints.join(', ')],
    ['LABELS', Object.keys(app.labels).length === 0 ? undefined : Object.entries(app.labels).map(([key, value]) => `${key}=${value}`).join(', ')],
    ['VERSION', app.version],
    ['DEPLOYMENTS', app.deployments.length === 0 ? undefined : app.deployments.join(', ')],
    ['LAST FAILURE', failure === undefined
      ? undefined
      : `${failure.state}${failure.timestamp === undefined ? '' : ` at ${failure.timestamp}`}${failure.message === '' ? '' : `: ${failure.message}`}`],
  ]);
  return app.tasks.length === 0 ? summary : `${summary}\n\n${renderTasks(app.tasks)}`;
}

export function renderVersions(versions: readonly string[], current: string | undefined): string {
  return renderTable(['VERSION', 'CURRENT'], versions.map((version) => [version, version === current ? '*' : '']));
}
