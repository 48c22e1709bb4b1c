// Marathon's event objects exactly as they go on the wire (/v2/events data lines): field names and shapes follow
// Marathon's Events.scala and its JSON writers (api/v2/json/Formats.scala). Every event has `eventType` and an ISO 8601
// `timestamp` with milliseconds and `Z`. Strict clients reject unknown event types and unknown keys, so this union is
// closed: nothing Drover-specific goes in here.
import type { AppDefinition, HealthCheck } from '../app-definition/index.js';
import type { DeploymentActionName } from '../model/index.js';

/** Every event type Marathon emits that Drover may emit (marathon.md §10). */
export const MARATHON_EVENT_TYPES = [
  'api_post_event', 'status_update_event', 'instance_changed_event', 'unknown_instance_terminated_event',
  'instance_health_changed_event', 'app_terminated_event', 'add_health_check_event', 'remove_health_check_event',
  'failed_health_check_event', 'health_status_changed_event', 'unhealthy_task_kill_event',
  'unhealthy_instance_kill_event', 'framework_message_event', 'subscribe_event', 'unsubscribe_event',
  'event_stream_attached', 'event_stream_detached', 'pod_created_event', 'pod_updated_event', 'pod_deleted_event',
  'group_change_success', 'group_change_failed', 'deployment_info', 'deployment_success', 'deployment_failed',
  'deployment_step_success', 'deployment_step_failure',
] as const;

export type MarathonEventType = (typeof MARATHON_EVENT_TYPES)[number];

/** The deployment events: the ones whose `plan` `?plan-format=light` reduces. */
export const DEPLOYMENT_EVENT_TYPES: ReadonlySet<MarathonEventType> = new Set<MarathonEventType>([
  'deployment_info', 'deployment_success', 'deployment_failed', 'deployment_step_success', 'deployment_step_failure',
]);

interface EventBase<T extends MarathonEventType> {
  readonly eventType: T;
  /** ISO 8601 with milliseconds and `Z`. */
  readonly timestamp: string;
}

/** Marathon's Condition names (`Running`, `Staging`, `GoneByOperator`, …) as they appear in instance events. */
export type MarathonConditionName =
  | 'Scheduled' | 'Provisioned' | 'Staging' | 'Starting' | 'Running' | 'Killing' | 'Finished' | 'Failed' | 'Killed'
  | 'Error' | 'Dropped' | 'Gone' | 'GoneByOperator' | 'Unreachable' | 'UnreachableInactive' | 'Unknown';

export interface IpAddressJson {
  readonly ipAddress: string;
  readonly protocol: 'IPv4' | 'IPv6';
}

// ---- deployment plans as events carry them ----

export interface DeploymentActionJson {
  readonly action: DeploymentActionName;
  readonly app: string;
}

export interface DeploymentStepJson {
  readonly actions: readonly DeploymentActionJson[];
}

/** A group as the heavy plan's `original` / `target` carry it (Marathon's Group RAML of the heavy-event era). */
export interface GroupJson {
  readonly id: string;
  readonly apps: readonly AppDefinition[];
  readonly groups: readonly GroupJson[];
  readonly pods: readonly never[];
  readonly dependencies: readonly string[];
  readonly version: string;
}

/** The light plan (`?plan-format=light`): the heavy plan without `original` and `target`. */
export interface LightDeploymentPlanJson {
  readonly id: string;
  readonly steps: readonly DeploymentStepJson[];
  readonly version: string;
}

/** The heavy plan Marathon ≤ 1.7 sent by default: root groups before and after, plus the steps. */
export interface DeploymentPlanJson extends LightDeploymentPlanJson {
  readonly original: GroupJson;
  readonly target: GroupJson;
}

// ---- the events ----

export interface ApiPostEvent extends EventBase<'api_post_event'> {
  readonly clientIp: string;
  readonly uri: string;
  readonly appDefinition: AppDefinition;
}

export interface StatusUpdateEvent extends EventBase<'status_update_event'> {
  readonly slaveId: string;
  readonly taskId: string;
  /** A Mesos task state name: TASK_STAGING, TASK_RUNNING, TASK_FAILED, … */
  readonly taskStatus: string;
  readonly message: string;
  readonly appId: string;
  readonly host: string;
  readonly ipAddresses: readonly IpAddressJson[];
  readonly ports: readonly number[];
  /** The app version the task runs. */
  readonly version: string;
}

export interface InstanceChangedEvent extends EventBase<'instance_changed_event'> {
  readonly instanceId: string;
  readonly condition: MarathonConditionName;
  readonly runSpecId: string;
  /** null while the instance has no agent (Marathon writes its Option as null). */
  readonly agentId: string | null;
  readonly host: string | null;
  readonly runSpecVersion: string;
}

export interface UnknownInstanceTerminatedEvent extends EventBase<'unknown_instance_terminated_event'> {
  readonly instanceId: string;
  readonly runSpecId: string;
  readonly condition: MarathonConditionName;
}

export interface InstanceHealthChangedEvent extends EventBase<'instance_health_changed_event'> {
  readonly instanceId: string;
  readonly runSpecId: string;
  /** null when no health result is known. */
  readonly healthy: boolean | null;
  readonly runSpecVersion: string;
}

export interface AppTerminatedEvent extends EventBase<'app_terminated_event'> {
  readonly appId: string;
}

export interface AddHealthCheckEvent extends EventBase<'add_health_check_event'> {
  readonly appId: string;
  readonly version: string;
  readonly healthCheck: HealthCheck;
}

export interface RemoveHealthCheckEvent extends EventBase<'remove_health_check_event'> {
  readonly appId: string;
}

export interface FailedHealthCheckEvent extends EventBase<'failed_health_check_event'> {
  readonly appId: string;
  /** Marathon ≥ 1.4 writes the instance id under this key. */
  readonly taskId: string;
  readonly instanceId?: string;
  readonly healthCheck: HealthCheck;
}

export interface HealthStatusChangedEvent extends EventBase<'health_status_changed_event'> {
  readonly appId: string;
  readonly instanceId: string;
  readonly version: string;
  readonly alive: boolean;
}

export interface UnhealthyTaskKillEvent extends EventBase<'unhealthy_task_kill_event'> {
  readonly appId: string;
  readonly taskId: string;
  readonly version: string;
  readonly reason: string;
  readonly host: string;
  readonly slaveId: string | null;
}

export interface UnhealthyInstanceKillEvent extends EventBase<'unhealthy_instance_kill_event'> {
  readonly appId: string;
  readonly taskId: string;
  readonly instanceId: string;
  readonly version: string;
  readonly reason: string;
  readonly host: string;
  readonly slaveId: string | null;
}

export interface FrameworkMessageEvent extends EventBase<'framework_message_event'> {
  readonly executorId: string;
  readonly slaveId: string;
  /** The message bytes, as Marathon writes a byte array: a JSON array of numbers. */
  readonly message: readonly number[];
}

export interface SubscribeEvent extends EventBase<'subscribe_event'> {
  readonly clientIp: string;
  readonly callbackUrl: string;
}

export interface UnsubscribeEvent extends EventBase<'unsubscribe_event'> {
  readonly clientIp: string;
  readonly callbackUrl: string;
}

export interface EventStreamAttachedEvent extends EventBase<'event_stream_attached'> {
  readonly remoteAddress: string;
}

export interface EventStreamDetachedEvent extends EventBase<'event_stream_detached'> {
  readonly remoteAddress: string;
}

export interface PodEvent<T extends 'pod_created_event' | 'pod_updated_event' | 'pod_deleted_event'> extends EventBase<T> {
  readonly clientIp: string;
  readonly uri: string;
}

export interface GroupChangeSuccessEvent extends EventBase<'group_change_success'> {
  readonly groupId: string;
  readonly version: string;
}

export interface GroupChangeFailedEvent extends EventBase<'group_change_failed'> {
  readonly groupId: string;
  readonly version: string;
  readonly reason: string;
}

export interface DeploymentInfoEvent extends EventBase<'deployment_info'> {
  readonly plan: DeploymentPlanJson;
  readonly currentStep: DeploymentStepJson;
}

export interface DeploymentSuccessEvent extends EventBase<'deployment_success'> {
  readonly id: string;
  readonly plan: DeploymentPlanJson;
}

export interface DeploymentFailedEvent extends EventBase<'deployment_failed'> {
  readonly id: string;
  readonly plan: DeploymentPlanJson;
  readonly reason?: string;
}

export interface DeploymentStepSuccessEvent extends EventBase<'deployment_step_success'> {
  readonly plan: DeploymentPlanJson;
  readonly currentStep: DeploymentStepJson;
}

export interface DeploymentStepFailureEvent extends EventBase<'deployment_step_failure'> {
  readonly plan: DeploymentPlanJson;
  readonly currentStep: DeploymentStepJson;
}

export type MarathonEvent =
  | ApiPostEvent | StatusUpdateEvent | InstanceChangedEvent | UnknownInstanceTerminatedEvent
  | InstanceHealthChangedEvent | AppTerminatedEvent | AddHealthCheckEvent | RemoveHealthCheckEvent
  | FailedHealthCheckEvent | HealthStatusChangedEvent | UnhealthyTaskKillEvent | UnhealthyInstanceKillEvent
  | FrameworkMessageEvent | SubscribeEvent | UnsubscribeEvent | EventStreamAttachedEvent | EventStreamDetachedEvent
  | PodEvent<'pod_created_event'> | PodEvent<'pod_updated_event'> | PodEvent<'pod_deleted_event'>
  | GroupChangeSuccessEvent | GroupChangeFailedEvent | DeploymentInfoEvent | DeploymentSuccessEvent
  | DeploymentFailedEvent | DeploymentStepSuccessEvent | DeploymentStepFailureEvent;

/** An event as `?plan-format=light` sends it: deployment events carry the light plan. */
export type LightMarathonEvent = MarathonEvent extends infer E
  ? E extends { readonly plan: DeploymentPlanJson } ? Omit<E, 'plan'> & { readonly plan: LightDeploymentPlanJson } : E
  : never;

/** The event object of one type. */
export type MarathonEventOf<T extends MarathonEventType> = Extract<MarathonEvent, { eventType: T }>;

/** What a caller supplies for an event of type T: everything but `eventType` and `timestamp`. */
export type MarathonEventFields<T extends MarathonEventType> = Omit<MarathonEventOf<T>, 'eventType' | 'timestamp'>;

/** Event time as constructors take it: a Date or an ISO 8601 string. */
export type EventTime = Date | string;
