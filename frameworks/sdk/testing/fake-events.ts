// Builders for the events a FakeMaster sends: plain specs in, wire properties out.
import { newUuidBytes } from '../../../shared/ids/index.js';
import { v1, type pb } from '../../../shared/protocol/index.js';
import { parseAttributes, parseResources, resourcesToProto, type Resources } from '../../../shared/resources/index.js';
import { recordToAttributes, type AttributeValue } from '../views/attributes.js';
import type { TaskReasonName, TaskSourceName, TaskStateName } from '../views/task-status.js';

export interface FakeOfferSpec {
  /** Default `offer-<n>`. */
  readonly id?: string;
  /** Default `agent-1`. */
  readonly agentId?: string;
  /** Default `<agentId>.example`. */
  readonly hostname?: string;
  /** Text form (`cpus:4;mem:4096;ports:[31000-31009]`) or a resource list. */
  readonly resources: string | Resources;
  /** Text form (`rack:r1;zone:west`) or a record. */
  readonly attributes?: string | Readonly<Record<string, AttributeValue>>;
  /** The allocation role; default '*'. */
  readonly role?: string;
}

export interface FakeUpdateSpec {
  readonly taskId: string;
  readonly state: TaskStateName;
  readonly agentId?: string;
  /** Reliable updates (the default, as an agent sends them) carry a uuid and expect an ACKNOWLEDGE. */
  readonly reliable?: boolean;
  /** A fixed uuid instead of a random one (implies reliable). */
  readonly uuid?: Uint8Array;
  readonly message?: string;
  readonly reason?: TaskReasonName;
  readonly source?: TaskSourceName;
  readonly exitCode?: number;
  readonly healthy?: boolean;
  /** Seconds since the Unix epoch. */
  readonly timestamp?: number;
}

export function fakeOffer(spec: FakeOfferSpec, frameworkId: string, defaultId: string): pb.Offer.$Properties {
  const agentId = spec.agentId ?? 'agent-1';
  const resources = typeof spec.resources === 'string' ? parseResources(spec.resources) : spec.resources;
  const offer: pb.Offer.$Properties = {
    id: { value: spec.id ?? defaultId },
    frameworkId: { value: frameworkId },
    agentId: { value: agentId },
    hostname: spec.hostname ?? `${agentId}.example`,
    resources: resourcesToProto(resources),
    allocationRole: spec.role ?? '*',
  };
  if (spec.attributes !== undefined) {
    offer.attributes = typeof spec.attributes === 'string' ? parseAttributes(spec.attributes) : recordToAttributes(spec.attributes);
  }
  return offer;
}

export function fakeStatus(spec: FakeUpdateSpec, defaultAgentId: string | undefined, nowSeconds: number): pb.TaskStatus.$Properties {
  const status: pb.TaskStatus.$Properties = {
    taskId: { value: spec.taskId },
    state: v1.TaskState[spec.state],
    message: spec.message ?? '',
    timestamp: spec.timestamp ?? nowSeconds,
  };
  const agentId = spec.agentId ?? defaultAgentId;
  if (agentId !== undefined) status.agentId = { value: agentId };
  const reliable = spec.uuid !== undefined || (spec.reliable ?? true);
  if (reliable) status.uuid = spec.uuid ?? newUuidBytes();
  status.source = v1.TaskStatus.Source[spec.source ?? (reliable ? 'SOURCE_EXECUTOR' : 'SOURCE_MASTER')];
  if (spec.reason !== undefined) status.reason = v1.TaskStatus.Reason[spec.reason];
  if (spec.exitCode !== undefined) status.exitCode = spec.exitCode;
  if (spec.healthy !== undefined) status.healthy = spec.healthy;
  return status;
}
