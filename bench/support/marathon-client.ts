// The benchmark's view of a Marathon-like framework: its /v2 REST API, and its /v2/events stream, from which each
// task's first arrival in each state is timed (status_update_event), as any Marathon client would see it.
import { performance } from 'node:perf_hooks';
import { EventSource } from 'eventsource';

export interface MarathonResponse<T> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

export async function marathonCall<T = unknown>(url: string, method: string, path: string, body?: unknown): Promise<MarathonResponse<T>> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    // Not JSON: kept as text.
  }
  return { status: response.status, headers: response.headers, body: parsed as T };
}

interface StatusUpdateEventJson {
  readonly appId?: string;
  readonly taskId?: string;
  readonly taskStatus?: string;
  readonly message?: string;
}

interface DeploymentEventJson {
  readonly id?: string;
}

/** performance.now() when each task of an app first reached each state, and when deployments ended. */
export class TaskEventLog {
  /** appId → state → taskId → performance.now() at arrival. */
  private readonly firstAt = new Map<string, Map<string, Map<string, number>>>();
  private readonly messages = new Map<string, string>();
  /** taskId → every state reported, in arrival order. */
  private readonly history = new Map<string, string[]>();
  readonly deploymentsDone = new Map<string, { readonly at: number; readonly ok: boolean }>();
  /** Set when the stream broke: events may have been lost, so the figures cannot be trusted. */
  broken: string | undefined;

  private constructor(private readonly source: EventSource, private readonly onChange: () => void) {}

  /** Opens /v2/events (status updates and deployment outcomes only) and resolves once the stream is attached. */
  static async open(marathonUrl: string, onChange: () => void): Promise<TaskEventLog> {
    const query = ['status_update_event', 'deployment_success', 'deployment_failed'].map((type) => `event_type=${type}`).join('&');
    const source = new EventSource(`${marathonUrl}/v2/events?${query}`);
    const log = new TaskEventLog(source, onChange);
    source.addEventListener('status_update_event', (event) => log.onStatus(String(event.data)));
    source.addEventListener('deployment_success', (event) => log.onDeployment(String(event.data), true));
    source.addEventListener('deployment_failed', (event) => log.onDeployment(String(event.data), false));
    await new Promise<void>((resolve, reject) => {
      source.onopen = () => resolve();
      source.onerror = (error) => reject(new Error(`/v2/events: ${error.message ?? 'could not connect'}`));
    });
    source.onerror = (error) => {
      log.broken ??= `the /v2/events stream broke: ${error.message ?? 'disconnected'}`;
      onChange();
    };
    return log;
  }

  /** performance.now() values at which the app's tasks first reached `state`, in arrival order. */
  times(appId: string, state: string): number[] {
    return [...(this.firstAt.get(appId)?.get(state)?.values() ?? [])];
  }

  count(appId: string, state: string): number {
    return this.firstAt.get(appId)?.get(state)?.size ?? 0;
  }

  /**
   * Tasks of the app that reached one of `states` (with the update's message and every state the task went through),
   * except those that had reached `excusedAfter` before: what follows a kill is reported, not fatal.
   */
  tasksIn(appId: string, states: ReadonlySet<string>, excusedAfter?: string): string[] {
    const found: string[] = [];
    for (const [state, tasks] of this.firstAt.get(appId) ?? []) {
      if (!states.has(state)) continue;
      for (const taskId of tasks.keys()) {
        const history = this.history.get(taskId) ?? [];
        if (excusedAfter !== undefined && history.indexOf(excusedAfter) >= 0 && history.indexOf(excusedAfter) < history.indexOf(state)) continue;
        found.push(`${taskId} ${state} (${this.messages.get(`${taskId} ${state}`) ?? ''}) after ${history.join(' → ')}`);
      }
    }
    return found;
  }

  /** Tasks of the app that got another status update after reaching `state`, as `<task> <state> → <later states>`. */
  updatesAfter(appId: string, state: string): string[] {
    const found: string[] = [];
    for (const taskId of this.firstAt.get(appId)?.get(state)?.keys() ?? []) {
      const history = this.history.get(taskId) ?? [];
      const later = history.slice(history.indexOf(state) + 1);
      if (later.length > 0) found.push(`${taskId} ${state} → ${later.join(' → ')} (${later.map((next) => this.messages.get(`${taskId} ${next}`) ?? '').join('; ')})`);
    }
    return found;
  }

  /** How many tasks of the app are in each state they reached, e.g. `TASK_STARTING 1000, TASK_RUNNING 990`. */
  summary(appId: string): string {
    const states = this.firstAt.get(appId);
    if (states === undefined) return 'no status updates';
    return [...states].map(([state, tasks]) => `${state} ${tasks.size}`).join(', ');
  }

  close(): void {
    this.source.close();
  }

  private onStatus(data: string): void {
    const now = performance.now();
    let event: StatusUpdateEventJson;
    try {
      event = JSON.parse(data) as StatusUpdateEventJson;
    } catch {
      return;
    }
    const { appId, taskId, taskStatus } = event;
    if (appId === undefined || taskId === undefined || taskStatus === undefined) return;
    const history = this.history.get(taskId);
    if (history === undefined) this.history.set(taskId, [taskStatus]);
    else history.push(taskStatus);
    let states = this.firstAt.get(appId);
    if (states === undefined) this.firstAt.set(appId, states = new Map<string, Map<string, number>>());
    let tasks = states.get(taskStatus);
    if (tasks === undefined) states.set(taskStatus, tasks = new Map<string, number>());
    if (tasks.has(taskId)) return;
    tasks.set(taskId, now);
    if (event.message !== undefined && event.message !== '') this.messages.set(`${taskId} ${taskStatus}`, event.message);
    this.onChange();
  }

  private onDeployment(data: string, ok: boolean): void {
    try {
      const id = (JSON.parse(data) as DeploymentEventJson).id;
      if (id !== undefined) this.deploymentsDone.set(id, { at: performance.now(), ok });
    } catch {
      return;
    }
    this.onChange();
  }
}
