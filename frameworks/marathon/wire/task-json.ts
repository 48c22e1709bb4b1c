// A Marathon task (EnrichedTask) from an instance: the instance's current launch. Scheduled instances have no task
// and terminal ones are forgotten in Marathon, so /v2 lists only `isListedTask` instances.
import { DroverError } from '../../../shared/errors/index.js';
import type { AppDefinition } from '../app-definition/index.js';
import { TERMINAL_CONDITIONS, type Instance, type InstanceCondition } from '../model/index.js';
import { servicePorts } from './app-json.js';
import type { HealthCheckResult } from './types.js';

const MESOS_STATE: Readonly<Record<Exclude<InstanceCondition, 'scheduled'>, string>> = {
  // Provisioned = launched, no status yet: Marathon shows such tasks as staging.
  provisioned: 'TASK_STAGING',
  staging: 'TASK_STAGING',
  starting: 'TASK_STARTING',
  running: 'TASK_RUNNING',
  killing: 'TASK_KILLING',
  finished: 'TASK_FINISHED',
  failed: 'TASK_FAILED',
  killed: 'TASK_KILLED',
  error: 'TASK_ERROR',
  dropped: 'TASK_DROPPED',
  gone: 'TASK_GONE',
  gone_by_operator: 'TASK_GONE_BY_OPERATOR',
  unreachable: 'TASK_UNREACHABLE',
  unreachable_inactive: 'TASK_UNREACHABLE',
  unknown: 'TASK_UNKNOWN',
};

/** The Mesos task state name Marathon shows for a condition; undefined for `scheduled` (no task). */
export function mesosTaskState(condition: InstanceCondition): string | undefined {
  return condition === 'scheduled' ? undefined : MESOS_STATE[condition];
}

/** Whether /v2 shows the instance as a task: it has a launched task that is not terminal. */
export function isListedTask(instance: Instance): boolean {
  return instance.taskId !== undefined && instance.condition !== 'scheduled' && !TERMINAL_CONDITIONS.has(instance.condition);
}

/**
 * The model has no task IP yet; when it gains `ipAddresses`, taskJson reports them. Until then an agent whose
 * hostname is an IPv4 literal gives that address (what Mesos reports for host-networked tasks).
 */
type InstanceWithAddresses = Instance & { readonly ipAddresses?: readonly string[] };
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function taskJson(instance: Instance, app: AppDefinition | undefined, health?: readonly HealthCheckResult[]): Record<string, unknown> {
  const state = mesosTaskState(instance.condition);
  if (instance.taskId === undefined || state === undefined) {
    throw new DroverError('INVALID_ARGUMENT', `instance ${instance.instanceId} has no task (condition ${instance.condition})`);
  }
  const out: Record<string, unknown> = {
    appId: instance.appId,
    healthCheckResults: (health ?? []).map(healthResultJson),
    host: instance.agent?.hostname ?? '',
    id: instance.taskId,
  };
  const addresses = ipAddresses(instance);
  if (addresses.length > 0) out.ipAddresses = addresses.map((ipAddress) => ({ ipAddress, protocol: ipAddress.includes(':') ? 'IPv6' : 'IPv4' }));
  out.ports = [...instance.hostPorts];
  out.servicePorts = app === undefined ? [] : servicePorts(app);
  if (instance.agent !== undefined) out.slaveId = instance.agent.agentId;
  out.state = state;
  if (instance.stagedAt !== undefined) out.stagedAt = instance.stagedAt;
  if (instance.startedAt !== undefined) out.startedAt = instance.startedAt;
  out.version = instance.appVersion;
  // Reservations of resident tasks are not modelled yet, so there are no local volume ids to show.
  out.localVolumes = [];
  return out;
}

export function healthResultJson(h: HealthCheckResult): Record<string, unknown> {
  const out: Record<string, unknown> = { alive: h.alive, consecutiveFailures: h.consecutiveFailures };
  if (h.firstSuccess !== undefined) out.firstSuccess = h.firstSuccess;
  if (h.lastFailure !== undefined) out.lastFailure = h.lastFailure;
  if (h.lastSuccess !== undefined) out.lastSuccess = h.lastSuccess;
  if (h.lastFailureCause !== undefined) out.lastFailureCause = h.lastFailureCause;
  out.instanceId = h.instanceId;
  return out;
}

function ipAddresses(instance: Instance): readonly string[] {
  const known = (instance as InstanceWithAddresses).ipAddresses;
  if (known !== undefined) return known;
  const hostname = instance.agent?.hostname;
  return hostname !== undefined && IPV4.test(hostname) ? [hostname] : [];
}
