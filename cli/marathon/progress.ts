// The one-line progress shown while a command waits for a deployment, e.g.
//   [12s] step 1/2 StartApplication /web · /web 2/5 running, 1 healthy · /web: no offer fits: InsufficientMemory (3 of 3 offers) (gives up on placement in 18s)
// `status` changes only when something happens; `elapsed` and `note` tick. A terminal redraws both in place; a log gets a new
// line only when `status` changes.
import type { AppView } from './app-view.js';
import { formatDeclineReasons } from './placement.js';
import { formatActions } from './render-deployments.js';
import type { ProgressSnapshot } from './watch-state.js';

export interface ProgressLine {
  status: string;
  elapsed: string;
  /** A ticking remark after the status, e.g. when placement will be given up. */
  note?: string;
}

/** 12s, 2m05s, 1h02m. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

function appProgress(app: AppView): string {
  const parts = [`${app.tasksRunning}/${app.instances} running`];
  if (app.tasksStaged > 0) parts.push(`${app.tasksStaged} staged`);
  if (app.healthCheckCount > 0) parts.push(`${app.tasksHealthy} healthy`);
  return `${app.id} ${parts.join(', ')}`;
}

export function renderProgress(snapshot: ProgressSnapshot): ProgressLine {
  const { deployment } = snapshot;
  const actions = formatActions(deployment.currentActions);
  const parts = [`step ${deployment.currentStep}/${deployment.totalSteps}${actions === '' ? '' : ` ${actions}`}`];
  for (const app of snapshot.apps) parts.push(appProgress(app));
  for (const stuck of snapshot.stuck) {
    parts.push(`${stuck.runSpecId}: no offer fits: ${formatDeclineReasons(stuck.evidence.reasons)}`);
  }
  // The ticking parts stay out of `status`, so a log gets a line per change, not per poll.
  const earliest = Math.min(...snapshot.stuck.map((stuck) => stuck.since));
  const line: ProgressLine = { status: parts.join(' · '), elapsed: formatDuration(snapshot.elapsedMs) };
  if (Number.isFinite(earliest)) {
    line.note = `gives up on placement in ${formatDuration(earliest + snapshot.placementTimeoutMs - snapshot.nowMs + 999)}`;
  }
  return line;
}
