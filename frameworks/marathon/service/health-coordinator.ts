// Connects instances to health and readiness checks: framework-run checks (HTTP/HTTPS/TCP) are probed while an
// instance runs; agent-run checks arrive on status updates. It answers the deployment executor's two questions —
// is this instance healthy, is it ready — and kills instances whose checks gave up on them.
import type { Clock } from '../../../shared/clock/index.js';
import type { AppDefinition } from '../app-definition/index.js';
import type { InstanceJudge } from '../deployments/index.js';
import {
  HealthCheckRunner, HealthRegistry, ReadinessCheckRunner, isFrameworkRunCheck,
  type HealthCheckResult, type HealthUpdate, type ReadinessCheckResult,
} from '../health/index.js';
import type { Instance } from '../model/index.js';
import type { MarathonScheduler } from '../scheduler/index.js';
import type { MarathonState, StateChange } from '../state/index.js';

export interface HealthObserver {
  healthResult(update: HealthUpdate): void;
}

export class HealthCoordinator implements InstanceJudge {
  readonly registry = new HealthRegistry();
  private readonly healthRunner: HealthCheckRunner;
  private readonly readinessRunner: ReadinessCheckRunner;
  private readonly readyInstances = new Set<string>();
  private readonly readiness = new Map<string, ReadinessCheckResult>();

  constructor(
    private readonly state: MarathonState,
    private readonly scheduler: MarathonScheduler,
    clock: Clock,
    private readonly observer: HealthObserver,
  ) {
    this.healthRunner = new HealthCheckRunner({ clock, onResult: (update) => this.onHealth(update) });
    this.readinessRunner = new ReadinessCheckRunner({ clock, onResult: (result) => this.onReadiness(result) });
    state.onChange((change) => this.onStateChange(change));
  }

  /** Starts checks for instances already running (after a restart of the framework). */
  resume(): void {
    for (const instance of this.state.instances()) this.follow(instance);
  }

  stop(): void {
    this.healthRunner.stop();
    this.readinessRunner.stop();
  }

  healthy(instance: Instance): boolean {
    if (instance.condition !== 'running') return false;
    const app = this.state.app(instance.appId);
    if (app === undefined || app.healthChecks.length === 0) return true;
    return instance.healthy === true;
  }

  ready(instance: Instance): boolean {
    const app = this.state.app(instance.appId);
    return app === undefined || app.readinessChecks.length === 0 || this.readyInstances.has(instance.instanceId);
  }

  healthResults(instanceId: string): HealthCheckResult[] {
    return this.registry.resultsFor(instanceId);
  }

  readinessResults(appId: string): ReadinessCheckResult[] {
    return [...this.readiness.values()].filter((result) => this.state.instance(result.instanceId)?.appId === appId);
  }

  private onStateChange(change: StateChange): void {
    if (change.kind !== 'instance') return;
    if (change.removed) this.forget(change.instance.instanceId);
    else this.follow(change.instance);
  }

  private follow(instance: Instance): void {
    const app = this.state.app(instance.appId);
    const running = instance.condition === 'running' && instance.goal === 'running' && instance.agent !== undefined && instance.taskId !== undefined;
    if (!running || app === undefined) {
      this.forget(instance.instanceId);
      return;
    }
    if (app.healthChecks.some(isFrameworkRunCheck) && !this.healthRunner.isTracking(instance.instanceId)) {
      this.healthRunner.track({
        instanceId: instance.instanceId, taskId: instance.taskId ?? '', appId: app.id, version: instance.appVersion,
        host: instance.agent?.address ?? instance.agent?.hostname ?? '', hostPorts: instance.hostPorts,
        startedAt: new Date(instance.startedAt ?? instance.conditionSince), checks: app.healthChecks,
      });
    }
    if (instance.healthy !== undefined && app.healthChecks.some((check) => !isFrameworkRunCheck(check))) {
      this.registry.recordMesosHealth(instance.instanceId, instance.healthy, new Date(instance.conditionSince));
    }
    const check = app.readinessChecks[0];
    if (check !== undefined && !this.readyInstances.has(instance.instanceId) && !this.readinessRunner.isTracking(instance.instanceId)) {
      this.readinessRunner.track({
        instanceId: instance.instanceId, taskId: instance.taskId ?? '', host: instance.agent?.address ?? instance.agent?.hostname ?? '',
        hostPorts: instance.hostPorts, portIndexByName: portIndexByName(app), check,
      });
    }
  }

  private forget(instanceId: string): void {
    this.healthRunner.untrack(instanceId);
    this.readinessRunner.untrack(instanceId);
    this.registry.forget(instanceId);
    this.readyInstances.delete(instanceId);
    this.readiness.delete(instanceId);
  }

  private onHealth(update: HealthUpdate): void {
    this.registry.record(update);
    this.observer.healthResult(update);
    const app = this.state.app(update.appId);
    if (update.aliveChanged && app !== undefined) {
      const checks = app.healthChecks.filter(isFrameworkRunCheck).length;
      void this.scheduler.setHealth(update.instanceId, this.registry.isHealthy(update.instanceId, checks));
    }
    const instance = this.state.instance(update.instanceId);
    if (update.shouldKill && instance !== undefined) {
      this.scheduler.killUnhealthy(instance, update.lastFailureCause ?? 'health check failed');
    }
  }

  private onReadiness(result: ReadinessCheckResult): void {
    this.readiness.set(result.instanceId, result);
    if (!result.ready) return;
    this.readyInstances.add(result.instanceId);
    this.scheduler.notifyChanged(this.state.instance(result.instanceId)?.appId ?? '');
  }
}

function portIndexByName(app: AppDefinition): Record<string, number> {
  // Host networking names its ports in portDefinitions; bridge and container networks in the port mappings.
  const names: Array<string | undefined> = app.networks[0]?.mode === 'host'
    ? app.portDefinitions.map((definition) => definition.name)
    : (app.container?.portMappings ?? []).map((mapping) => mapping.name);
  const byName: Record<string, number> = {};
  names.forEach((name, index) => { if (name !== undefined) byName[name] = index; });
  return byName;
}
