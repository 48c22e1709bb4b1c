// Builds the wire layer's views of an app from the framework's state (instances, deployments, health, failures).
import type { AppDefinition } from '../app-definition/index.js';
import type { HealthCheckResult as RunnerHealthResult } from '../health/index.js';
import type { AppView, HealthCheckResult } from '../wire/index.js';
import type { ApiContext } from './context.js';

export function appView(context: ApiContext, app: AppDefinition): AppView {
  const failure = context.state.lastFailure(app.id);
  return {
    instances: context.state.instances(app.id),
    deployments: context.state.deploymentsOf(app.id).map((record) => ({ id: record.plan.id })),
    ...(failure === undefined ? {} : { lastTaskFailure: failure }),
    healthResults: (instanceId) => healthResults(context, instanceId),
    readiness: context.health.readinessResults(app.id).map((result) => ({
      name: result.name, taskId: result.taskId, ready: result.ready,
      ...(result.lastResponse === undefined ? {} : { lastResponse: result.lastResponse }),
    })),
    now: new Date(context.clock.now()).toISOString(),
  };
}

export function healthResults(context: ApiContext, instanceId: string): HealthCheckResult[] {
  return context.health.healthResults(instanceId).map(wireHealth);
}

function wireHealth(result: RunnerHealthResult): HealthCheckResult {
  return {
    alive: result.alive,
    consecutiveFailures: result.consecutiveFailures,
    instanceId: result.instanceId,
    ...(result.firstSuccess === null ? {} : { firstSuccess: result.firstSuccess }),
    ...(result.lastFailure === null ? {} : { lastFailure: result.lastFailure }),
    ...(result.lastSuccess === null ? {} : { lastSuccess: result.lastSuccess }),
    ...(result.lastFailureCause === null ? {} : { lastFailureCause: result.lastFailureCause }),
  };
}
