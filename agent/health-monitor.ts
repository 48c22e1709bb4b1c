// Starts a HealthChecker for every running task that has a health check and stops it when the task ends. The
// verdicts become RUNNING updates with `healthy` set; acting on them (killing) is the framework's business.
import type { Clock } from '../shared/clock/index.js';
import type { Containerizer } from './containerizer/index.js';
import { HealthChecker } from './health/index.js';
import type { Logger } from './logger.js';
import { streamKey } from './status-update-manager.js';
import type { RunningTaskView } from './task-manager.js';

export class HealthMonitor {
  private readonly checkers = new Map<string, HealthChecker>();

  constructor(
    private readonly containerizer: Containerizer,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly onChange: (frameworkId: string, taskId: string, healthy: boolean, message: string) => void,
  ) {}

  started(task: RunningTaskView): void {
    const check = task.info.healthCheck;
    if (check === undefined || check === null) return;
    const endpoint = this.containerizer.endpoint(task.containerId);
    if (endpoint === undefined) return;
    const key = streamKey(task.frameworkId, task.taskId);
    this.checkers.get(key)?.stop();
    const checker = new HealthChecker({
      check, endpoint, clock: this.clock, logger: this.logger,
      onChange: (healthy, message) => this.onChange(task.frameworkId, task.taskId, healthy, message),
    });
    this.checkers.set(key, checker);
    checker.start();
  }

  ended(frameworkId: string, taskId: string): void {
    const key = streamKey(frameworkId, taskId);
    this.checkers.get(key)?.stop();
    this.checkers.delete(key);
  }

  stopAll(): void {
    for (const checker of this.checkers.values()) checker.stop();
    this.checkers.clear();
  }
}
