// Builders for the Call messages the driver sends. Pure: they turn plain arguments into wire properties.
import { v1, type pb } from '../../../shared/protocol/index.js';

export interface FilterOptions {
  /** Seconds during which the declined or unused resources are not offered again (the master's default is 5). */
  readonly refuseSeconds?: number;
}

export interface KillPolicyOptions {
  readonly gracePeriodSeconds: number;
}

export interface TaskToReconcile {
  readonly taskId: string;
  readonly agentId?: string;
}

const T = v1.Call.Type;

type CallBody = Omit<pb.Call.$Properties, 'frameworkId'>;

export function filtersToProto(filters: FilterOptions | undefined): pb.Filters.$Properties | undefined {
  return filters?.refuseSeconds === undefined ? undefined : { refuseSeconds: filters.refuseSeconds };
}

export function subscribeCall(frameworkInfo: pb.FrameworkInfo.$Properties, eventSubject: string, suppressedRoles: readonly string[]): CallBody {
  return {
    type: T.SUBSCRIBE,
    subscribe: { frameworkInfo, eventSubject, suppressedRoles: [...suppressedRoles] },
  };
}

export function acceptCall(offerIds: readonly string[], operations: readonly pb.Offer.Operation.$Properties[], filters?: FilterOptions): CallBody {
  const accept: pb.Call.Accept.$Properties = { offerIds: offerIds.map((value) => ({ value })), operations: [...operations] };
  const proto = filtersToProto(filters);
  if (proto !== undefined) accept.filters = proto;
  return { type: T.ACCEPT, accept };
}

export function declineCall(offerIds: readonly string[], filters?: FilterOptions): CallBody {
  const decline: pb.Call.Decline.$Properties = { offerIds: offerIds.map((value) => ({ value })) };
  const proto = filtersToProto(filters);
  if (proto !== undefined) decline.filters = proto;
  return { type: T.DECLINE, decline };
}

export function reviveCall(roles: readonly string[]): CallBody {
  return { type: T.REVIVE, revive: { roles: [...roles] } };
}

export function suppressCall(roles: readonly string[]): CallBody {
  return { type: T.SUPPRESS, suppress: { roles: [...roles] } };
}

export function killCall(taskId: string, agentId?: string, killPolicy?: KillPolicyOptions): CallBody {
  const kill: pb.Call.Kill.$Properties = { taskId: { value: taskId } };
  if (agentId !== undefined) kill.agentId = { value: agentId };
  if (killPolicy !== undefined) kill.killPolicy = { gracePeriodSeconds: killPolicy.gracePeriodSeconds };
  return { type: T.KILL, kill };
}

export function acknowledgeCall(agentId: string, taskId: string, uuid: Uint8Array): CallBody {
  return { type: T.ACKNOWLEDGE, acknowledge: { agentId: { value: agentId }, taskId: { value: taskId }, uuid } };
}

/** An empty list asks for every non-terminal task of the framework (implicit reconciliation). */
export function reconcileCall(tasks: readonly TaskToReconcile[]): CallBody {
  return {
    type: T.RECONCILE,
    reconcile: {
      tasks: tasks.map((task) => {
        const entry: pb.Call.Reconcile.Task.$Properties = { taskId: { value: task.taskId } };
        if (task.agentId !== undefined) entry.agentId = { value: task.agentId };
        return entry;
      }),
    },
  };
}

export function messageCall(agentId: string, executorId: string, data: Uint8Array): CallBody {
  return { type: T.MESSAGE, message: { agentId: { value: agentId }, executorId: { value: executorId }, data } };
}

export function shutdownCall(executorId: string, agentId: string): CallBody {
  return { type: T.SHUTDOWN, shutdown: { executorId: { value: executorId }, agentId: { value: agentId } } };
}

export function teardownCall(): CallBody {
  return { type: T.TEARDOWN };
}

export function updateFrameworkCall(frameworkInfo: pb.FrameworkInfo.$Properties, suppressedRoles: readonly string[]): CallBody {
  return { type: T.UPDATE_FRAMEWORK, updateFramework: { frameworkInfo, suppressedRoles: [...suppressedRoles] } };
}

export type { CallBody };
