// The latest health result per instance and check index, for `/v2` (healthCheckResults, tasksHealthy) and for
// deployments. Pure bookkeeping: it stores what the HealthCheckRunner reports and what agents report for
// agent-run checks (MESOS_HTTP, MESOS_HTTPS, MESOS_TCP, COMMAND) in the `healthy` field of task status updates.
import { emptyHealth, isoTime, withFailure, withSuccess } from './health-state.js';
import type { HealthCheckResult, HealthUpdate } from './types.js';

/** The fields of a HealthUpdate the registry keeps. */
export type HealthRecord = Pick<HealthUpdate,
  'instanceId' | 'checkIndex' | 'alive' | 'consecutiveFailures' | 'firstSuccess' | 'lastSuccess' | 'lastFailure' | 'lastFailureCause'>;

export class HealthRegistry {
  private readonly byInstance = new Map<string, Map<number, HealthCheckResult>>();

  /** Stores a result from the HealthCheckRunner (a HealthUpdate fits). */
  record(update: HealthRecord): HealthCheckResult {
    const result: HealthCheckResult = {
      alive: update.alive,
      consecutiveFailures: update.consecutiveFailures,
      firstSuccess: update.firstSuccess ?? null,
      lastFailure: update.lastFailure ?? null,
      lastSuccess: update.lastSuccess ?? null,
      lastFailureCause: update.lastFailureCause ?? null,
      instanceId: update.instanceId,
    };
    this.checksOf(update.instanceId).set(update.checkIndex, result);
    return result;
  }

  /**
   * Folds an agent's verdict into the result of an agent-run check, as Marathon does with the `healthy` of a status
   * update (an unhealthy one carries an empty cause). An app has at most one such check and cannot mix it with
   * framework-run ones, so it sits at check index 0 unless told otherwise.
   */
  recordMesosHealth(instanceId: string, healthy: boolean, at: Date, checkIndex = 0): HealthCheckResult {
    const checks = this.checksOf(instanceId);
    const before = checks.get(checkIndex) ?? emptyHealth(instanceId);
    const result = healthy ? withSuccess(before, isoTime(at.getTime())) : withFailure(before, isoTime(at.getTime()), '');
    checks.set(checkIndex, result);
    return result;
  }

  /** The known results of the instance, in check order (checks without a result yet are left out, as in Marathon). */
  resultsFor(instanceId: string): HealthCheckResult[] {
    const checks = this.byInstance.get(instanceId);
    if (checks === undefined) return [];
    return [...checks.entries()].sort(([a], [b]) => a - b).map(([, result]) => result);
  }

  /**
   * Healthy only when each of the app's `checkCount` checks has a result and every one is alive. An app without
   * health checks (checkCount 0) has nothing to fail, so its instances count as healthy.
   */
  isHealthy(instanceId: string, checkCount: number): boolean {
    if (checkCount <= 0) return true;
    const checks = this.byInstance.get(instanceId);
    if (checks === undefined) return false;
    for (let index = 0; index < checkCount; index += 1) {
      if (checks.get(index)?.alive !== true) return false;
    }
    return true;
  }

  forget(instanceId: string): void {
    this.byInstance.delete(instanceId);
  }

  private checksOf(instanceId: string): Map<number, HealthCheckResult> {
    let checks = this.byInstance.get(instanceId);
    if (checks === undefined) {
      checks = new Map();
      this.byInstance.set(instanceId, checks);
    }
    return checks;
  }
}
