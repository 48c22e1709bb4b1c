// The executors of this agent, by (framework, executor) and by (framework, task).
import { streamKey } from '../status-update-manager.js';
import { executorKey, type ExecutorTask, type ManagedExecutor } from './executor-record.js';

export class ExecutorTable {
  private readonly executors = new Map<string, ManagedExecutor>();
  /** streamKey(frameworkId, taskId) → the executor running the task. */
  private readonly byTask = new Map<string, ManagedExecutor>();

  get(frameworkId: string, executorId: string): ManagedExecutor | undefined {
    return this.executors.get(executorKey(frameworkId, executorId));
  }

  has(executor: ManagedExecutor): boolean {
    return this.executors.get(executor.key) === executor;
  }

  ofTask(frameworkId: string, taskId: string): ManagedExecutor | undefined {
    return this.byTask.get(streamKey(frameworkId, taskId));
  }

  all(): ManagedExecutor[] {
    return [...this.executors.values()];
  }

  add(executor: ManagedExecutor): void {
    this.executors.set(executor.key, executor);
    for (const task of executor.tasks.values()) this.byTask.set(streamKey(executor.frameworkId, task.taskId), executor);
  }

  remove(executor: ManagedExecutor): void {
    if (!this.has(executor)) return;
    this.executors.delete(executor.key);
    for (const task of executor.tasks.values()) this.byTask.delete(streamKey(executor.frameworkId, task.taskId));
  }

  track(executor: ManagedExecutor, task: ExecutorTask): void {
    executor.tasks.set(task.taskId, task);
    this.byTask.set(streamKey(executor.frameworkId, task.taskId), executor);
  }

  untrack(executor: ManagedExecutor, task: ExecutorTask): void {
    executor.tasks.delete(task.taskId);
    this.byTask.delete(streamKey(executor.frameworkId, task.taskId));
  }
}
