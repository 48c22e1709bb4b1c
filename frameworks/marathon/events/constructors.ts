// Event constructors. Time is always a parameter (no hidden clock): `at` becomes the event's `timestamp`.
import type { DeploymentPlan, DeploymentStep, Instance, InstanceCondition } from '../model/index.js';
import { planJson, stepJson } from './plan-json.js';
import { toEventTimestamp } from './timestamp.js';
import type {
  DeploymentFailedEvent, DeploymentInfoEvent, DeploymentStepFailureEvent, DeploymentStepSuccessEvent,
  DeploymentSuccessEvent, EventStreamAttachedEvent, EventStreamDetachedEvent, EventTime, InstanceChangedEvent,
  InstanceHealthChangedEvent, MarathonConditionName, MarathonEventFields, MarathonEventOf, MarathonEventType,
} from './types.js';

/** Any event from its fields: `marathonEvent('app_terminated_event', { appId: '/web' }, now)`. */
export function marathonEvent<T extends MarathonEventType>(
  eventType: T, fields: MarathonEventFields<T>, at: EventTime,
): MarathonEventOf<T> {
  // Marathon writes eventType and timestamp after the event's own fields; key order is kept for readable streams.
  return { ...fields, eventType, timestamp: toEventTimestamp(at) } as unknown as MarathonEventOf<T>;
}

const CONDITION_NAMES: Readonly<Record<InstanceCondition, MarathonConditionName>> = {
  scheduled: 'Scheduled', provisioned: 'Provisioned', staging: 'Staging', starting: 'Starting', running: 'Running',
  killing: 'Killing', finished: 'Finished', failed: 'Failed', killed: 'Killed', error: 'Error', dropped: 'Dropped',
  gone: 'Gone', gone_by_operator: 'GoneByOperator', unreachable: 'Unreachable',
  unreachable_inactive: 'UnreachableInactive', unknown: 'Unknown',
};

/** Marathon's name for a Drover instance condition (`gone_by_operator` → `GoneByOperator`). */
export function marathonConditionName(condition: InstanceCondition): MarathonConditionName {
  return CONDITION_NAMES[condition];
}

export function instanceChangedEvent(instance: Instance, at: EventTime): InstanceChangedEvent {
  return marathonEvent('instance_changed_event', {
    instanceId: instance.instanceId,
    condition: marathonConditionName(instance.condition),
    runSpecId: instance.appId,
    agentId: instance.agent?.agentId ?? null,
    host: instance.agent?.hostname ?? null,
    runSpecVersion: instance.appVersion,
  }, at);
}

export function instanceHealthChangedEvent(instance: Instance, at: EventTime): InstanceHealthChangedEvent {
  return marathonEvent('instance_health_changed_event', {
    instanceId: instance.instanceId,
    runSpecId: instance.appId,
    healthy: instance.healthy ?? null,
    runSpecVersion: instance.appVersion,
  }, at);
}

export function eventStreamAttached(remoteAddress: string, at: EventTime): EventStreamAttachedEvent {
  return marathonEvent('event_stream_attached', { remoteAddress }, at);
}

export function eventStreamDetached(remoteAddress: string, at: EventTime): EventStreamDetachedEvent {
  return marathonEvent('event_stream_detached', { remoteAddress }, at);
}

/** `deployment_info`: the plan started (or moved on to) `currentStep`. */
export function deploymentInfoEvent(plan: DeploymentPlan, currentStep: DeploymentStep, at: EventTime): DeploymentInfoEvent {
  return marathonEvent('deployment_info', { plan: planJson(plan), currentStep: stepJson(currentStep) }, at);
}

export function deploymentStepSuccessEvent(
  plan: DeploymentPlan, currentStep: DeploymentStep, at: EventTime,
): DeploymentStepSuccessEvent {
  return marathonEvent('deployment_step_success', { plan: planJson(plan), currentStep: stepJson(currentStep) }, at);
}

export function deploymentStepFailureEvent(
  plan: DeploymentPlan, currentStep: DeploymentStep, at: EventTime,
): DeploymentStepFailureEvent {
  return marathonEvent('deployment_step_failure', { plan: planJson(plan), currentStep: stepJson(currentStep) }, at);
}

export function deploymentSuccessEvent(plan: DeploymentPlan, at: EventTime): DeploymentSuccessEvent {
  return marathonEvent('deployment_success', { id: plan.id, plan: planJson(plan) }, at);
}

/** `deployment_failed`; `reason` (Marathon ≥ 1.6) only when known. */
export function deploymentFailedEvent(plan: DeploymentPlan, at: EventTime, reason?: string): DeploymentFailedEvent {
  const fields = reason === undefined
    ? { id: plan.id, plan: planJson(plan) }
    : { id: plan.id, plan: planJson(plan), reason };
  return marathonEvent('deployment_failed', fields, at);
}
