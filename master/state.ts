// The master's in-memory view of the cluster: agents, frameworks, tasks and outstanding offers. Plain data plus
// bookkeeping; no I/O. Agents are the authority on what runs: this view is rebuilt from their re-registration.
import type { pb } from '../shared/protocol/index.js';
import type { Resources } from '../shared/resources/index.js';
import type { TimerHandle } from '../shared/clock/index.js';

export type AgentStatus = 'active' | 'unreachable';

export interface AgentEntry {
  readonly id: string;
  info: pb.AgentInfo.$Properties;
  total: Resources;
  status: AgentStatus;
  /** Consecutive pings without an answer. */
  missedPings: number;
  registeredAt: number;
  /** When it became unreachable (ms). */
  unreachableSince: number | undefined;
  /** Keys of the tasks that run on it (`frameworkId/taskId`). */
  readonly taskKeys: Set<string>;
  readonly offerIds: Set<string>;
}

export interface FrameworkEntry {
  readonly id: string;
  info: pb.FrameworkInfo.$Properties;
  /** Where its events go; undefined until it subscribes (e.g. known only from an agent's re-registration). */
  eventSubject: string | undefined;
  connected: boolean;
  /** Seen on a SUBSCRIBE from this master (not only recovered from the registry or an agent). */
  subscribedHere: boolean;
  registeredAt: number;
  disconnectedAt: number | undefined;
  failoverTimer: TimerHandle | undefined;
  missedHeartbeats: number;
  readonly tasks: Map<string, TaskEntry>;
  readonly completedTasks: TaskEntry[];
  readonly offerIds: Set<string>;
}

export interface TaskStateChange {
  readonly state: pb.TaskState;
  readonly timestamp: number;
}

export interface TaskEntry {
  readonly taskId: string;
  readonly frameworkId: string;
  readonly agentId: string;
  readonly info: pb.TaskInfo.$Properties;
  readonly resources: Resources;
  readonly role: string;
  state: pb.TaskState;
  latestStatus: pb.TaskStatus.$Properties | undefined;
  readonly history: TaskStateChange[];
  /** Resources already handed back to the allocator (after the first terminal update). */
  resourcesRecovered: boolean;
}

export interface OfferEntry {
  readonly id: string;
  readonly frameworkId: string;
  readonly agentId: string;
  readonly role: string;
  readonly resources: Resources;
  readonly createdAt: number;
  timeout: TimerHandle | undefined;
}

export function taskKey(frameworkId: string, taskId: string): string {
  return `${frameworkId}/${taskId}`;
}

/** Completed tasks kept per framework for /state (Mesos --max_completed_tasks_per_framework). */
export const MAX_COMPLETED_TASKS_PER_FRAMEWORK = 1000;

export class MasterState {
  readonly agents = new Map<string, AgentEntry>();
  readonly frameworks = new Map<string, FrameworkEntry>();
  readonly offers = new Map<string, OfferEntry>();
  /** Frameworks torn down by this master; their ids cannot subscribe again. */
  readonly removedFrameworks = new Map<string, FrameworkEntry>();

  task(frameworkId: string, taskId: string): TaskEntry | undefined {
    return this.frameworks.get(frameworkId)?.tasks.get(taskId);
  }

  addTask(task: TaskEntry): void {
    const framework = this.frameworks.get(task.frameworkId);
    if (framework === undefined) throw new Error(`no framework ${task.frameworkId} for task ${task.taskId}`);
    framework.tasks.set(task.taskId, task);
    this.agents.get(task.agentId)?.taskKeys.add(taskKey(task.frameworkId, task.taskId));
  }

  /** Moves a task that reached a terminal state to its framework's completed list. */
  completeTask(task: TaskEntry): void {
    const framework = this.frameworks.get(task.frameworkId);
    if (framework === undefined) return;
    if (framework.tasks.get(task.taskId) === task) {
      framework.tasks.delete(task.taskId);
      framework.completedTasks.push(task);
      if (framework.completedTasks.length > MAX_COMPLETED_TASKS_PER_FRAMEWORK) framework.completedTasks.shift();
    }
    this.agents.get(task.agentId)?.taskKeys.delete(taskKey(task.frameworkId, task.taskId));
  }

  tasksOnAgent(agentId: string): TaskEntry[] {
    const agent = this.agents.get(agentId);
    if (agent === undefined) return [];
    const tasks: TaskEntry[] = [];
    for (const key of agent.taskKeys) {
      const slash = key.indexOf('/');
      const task = this.task(key.slice(0, slash), key.slice(slash + 1));
      if (task !== undefined) tasks.push(task);
    }
    return tasks;
  }

  addOffer(offer: OfferEntry): void {
    this.offers.set(offer.id, offer);
    this.frameworks.get(offer.frameworkId)?.offerIds.add(offer.id);
    this.agents.get(offer.agentId)?.offerIds.add(offer.id);
  }

  removeOffer(offerId: string): OfferEntry | undefined {
    const offer = this.offers.get(offerId);
    if (offer === undefined) return undefined;
    this.offers.delete(offerId);
    offer.timeout?.cancel();
    this.frameworks.get(offer.frameworkId)?.offerIds.delete(offerId);
    this.agents.get(offer.agentId)?.offerIds.delete(offerId);
    return offer;
  }
}
