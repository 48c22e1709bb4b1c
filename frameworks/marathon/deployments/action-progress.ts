// What one deployment action needs next, given the app's instances now (pure). The executor calls this after every
// change of the app's instances and carries out the answer; an action is done when the answer says so. The same
// evaluation, for a Scale to app.instances, is the steady-state check that keeps an app at its instance count when no
// deployment runs (Marathon's scale check).
import type { AppDefinition } from '../app-definition/index.js';
import { ACTIVE_CONDITIONS, type DeploymentActionName, type Instance } from '../model/index.js';
import { restartDecision, selectForKill } from '../planner/index.js';

export interface InstanceJudge {
  /** Running, and healthy when the app has health checks. */
  healthy(instance: Instance): boolean;
  /** Passed the app's readiness check (true when it has none). */
  ready(instance: Instance): boolean;
}

export interface ActionNeeds {
  /** New instances to schedule, of the app's current configuration. */
  readonly create: number;
  /** Instances to kill and forget. */
  readonly decommission: readonly Instance[];
  readonly done: boolean;
}

/** The version of an app's configuration; scaling does not change it, so instances survive scaling. */
export function configVersion(app: AppDefinition): string {
  return app.versionInfo?.lastConfigChangeAt ?? app.version ?? '';
}

/** Instances that count toward the app's instance count: wanted running and not written off as unreachable. */
export function countedInstances(instances: readonly Instance[]): Instance[] {
  return instances.filter((instance) => instance.goal === 'running' && instance.condition !== 'unreachable_inactive');
}

export function evaluateAction(
  action: DeploymentActionName, app: AppDefinition, instances: readonly Instance[], judge: InstanceJudge,
): ActionNeeds {
  const leaving = instances.filter((instance) => instance.goal !== 'running');
  switch (action) {
    case 'StartApplication':
      return { create: 0, decommission: [], done: true };
    case 'StopApplication':
      // Every instance still wanted goes, unreachable ones included: nothing else will expunge them once the app is gone.
      return { create: 0, decommission: instances.filter((instance) => instance.goal === 'running'), done: instances.length === 0 };
    case 'ScaleApplication':
      return scaleNeeds(app, instances, leaving, judge);
    case 'RestartApplication':
      return restartNeeds(app, instances, leaving, judge);
  }
}

function scaleNeeds(app: AppDefinition, instances: readonly Instance[], leaving: readonly Instance[], judge: InstanceJudge): ActionNeeds {
  const counted = countedInstances(instances);
  const excess = counted.length - app.instances;
  const decommission = excess > 0 ? selectForKill(counted, excess, app.killSelection) : [];
  const create = Math.max(0, -excess);
  const done = excess === 0 && leaving.length === 0
    && counted.every((instance) => judge.healthy(instance) && judge.ready(instance));
  return { create, decommission, done };
}

function restartNeeds(app: AppDefinition, instances: readonly Instance[], leaving: readonly Instance[], judge: InstanceJudge): ActionNeeds {
  const version = configVersion(app);
  const counted = countedInstances(instances);
  const old = counted.filter((instance) => instance.appVersion !== version);
  const fresh = counted.filter((instance) => instance.appVersion === version);
  const newReadyHealthy = fresh.filter((instance) => judge.healthy(instance) && judge.ready(instance)).length;
  // Old instances being killed still hold capacity until they end; they are never killed twice.
  const stopping = leaving.filter((instance) => instance.appVersion !== version && ACTIVE_CONDITIONS.has(instance.condition)).length;
  if (old.length === 0 && stopping === 0) {
    // Only new instances remain: finishing is a plain scale to the target.
    return scaleNeeds(app, instances, leaving, judge);
  }
  const decision = restartDecision({
    target: app.instances,
    minimumHealthCapacity: app.upgradeStrategy.minimumHealthCapacity,
    maximumOverCapacity: app.upgradeStrategy.maximumOverCapacity,
    oldActive: old.length + stopping,
    oldStopping: stopping,
    oldHealthy: old.filter((instance) => judge.healthy(instance)).length,
    newActive: fresh.length,
    newReadyHealthy,
  });
  if (decision.killOld === 0 && decision.startNew === 0 && stopping === 0) {
    // Stuck: no room to start and no healthy instance to spare. An old instance that is not healthy costs no health
    // when it goes, so one goes (Marathon waits for its health check to kill it, which may never happen).
    const unhealthy = old.filter((instance) => !judge.healthy(instance));
    return { create: 0, decommission: selectForKill(unhealthy, 1, app.killSelection), done: false };
  }
  return {
    create: decision.startNew,
    decommission: decision.killOld > 0 ? selectForKill(old, decision.killOld, app.killSelection) : [],
    done: false,
  };
}
