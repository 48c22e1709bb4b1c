// Turns what the scheduler, the deployment executor and the health checks report into Marathon's /v2/events.
import type { Clock } from '../../../shared/clock/index.js';
import type { TaskStatus } from '../../sdk/index.js';
import type { AppDefinition } from '../app-definition/index.js';
import type { DeploymentObserver } from '../deployments/index.js';
import {
  deploymentFailedEvent, deploymentInfoEvent, deploymentStepSuccessEvent, deploymentSuccessEvent, instanceChangedEvent,
  instanceHealthChangedEvent, marathonEvent, type MarathonEventBus,
} from '../events/index.js';
import type { HealthUpdate } from '../health/index.js';
import type { Instance } from '../model/index.js';
import type { SchedulerObserver } from '../scheduler/index.js';
import type { DeploymentRecord } from '../state/index.js';
import type { HealthObserver } from './health-coordinator.js';

export class EventPublisher implements SchedulerObserver, DeploymentObserver, HealthObserver {
  /** Last condition and health published per instance: instance events only on a real change. */
  private readonly published = new Map<string, string>();

  constructor(private readonly bus: MarathonEventBus, private readonly clock: Clock) {}

  private get at(): Date {
    return new Date(this.clock.now());
  }

  apiPost(clientIp: string, uri: string, app: AppDefinition): void {
    this.bus.publish(marathonEvent('api_post_event', { clientIp, uri, appDefinition: app }, this.at));
  }

  statusUpdate(status: TaskStatus, instance: Instance | undefined, app: AppDefinition | undefined): void {
    const host = instance?.agent?.hostname ?? '';
    this.bus.publish(marathonEvent('status_update_event', {
      slaveId: status.agentId ?? '',
      taskId: status.taskId,
      taskStatus: status.state,
      message: status.message,
      appId: instance?.appId ?? app?.id ?? '',
      host,
      ipAddresses: host === '' ? [] : [{ ipAddress: host, protocol: 'IPv4' as const }],
      ports: instance?.hostPorts ?? [],
      version: instance?.appVersion ?? app?.version ?? '',
    }, this.at));
  }

  instanceChanged(instance: Instance): void {
    const key = `${instance.taskId ?? ''}|${instance.condition}`;
    const health = `${instance.healthy ?? ''}`;
    const before = this.published.get(instance.instanceId);
    this.published.set(instance.instanceId, `${key}|${health}`);
    if (before === `${key}|${health}`) return;
    if (before === undefined || !before.startsWith(`${key}|`)) this.bus.publish(instanceChangedEvent(instance, this.at));
    else this.bus.publish(instanceHealthChangedEvent(instance, this.at));
  }

  unhealthyKill(instance: Instance, reason: string): void {
    this.bus.publish(marathonEvent('unhealthy_instance_kill_event', {
      appId: instance.appId, taskId: instance.taskId ?? '', instanceId: instance.instanceId, version: instance.appVersion,
      reason, host: instance.agent?.hostname ?? '', slaveId: instance.agent?.agentId ?? null,
    }, this.at));
  }

  healthResult(update: HealthUpdate): void {
    if (update.failed) {
      this.bus.publish(marathonEvent('failed_health_check_event', {
        appId: update.appId, taskId: update.instanceId, instanceId: update.instanceId, healthCheck: update.check,
      }, this.at));
    }
    if (update.aliveChanged) {
      this.bus.publish(marathonEvent('health_status_changed_event', {
        appId: update.appId, instanceId: update.instanceId, version: update.version, alive: update.alive,
      }, this.at));
    }
  }

  started(record: DeploymentRecord): void {
    const step = record.plan.steps[record.currentStep];
    if (step !== undefined) this.bus.publish(deploymentInfoEvent(record.plan, step, this.at));
  }

  stepSucceeded(record: DeploymentRecord): void {
    const done = record.plan.steps[record.currentStep - 1];
    if (done !== undefined) this.bus.publish(deploymentStepSuccessEvent(record.plan, done, this.at));
    const next = record.plan.steps[record.currentStep];
    if (next !== undefined) this.bus.publish(deploymentInfoEvent(record.plan, next, this.at));
  }

  succeeded(record: DeploymentRecord): void {
    this.bus.publish(deploymentSuccessEvent(record.plan, this.at));
  }

  failed(record: DeploymentRecord, reason: string): void {
    this.bus.publish(deploymentFailedEvent(record.plan, this.at, reason));
  }

  appTerminated(appId: string): void {
    this.bus.publish(marathonEvent('app_terminated_event', { appId }, this.at));
  }
}
