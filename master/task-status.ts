// Statuses the master writes itself (lost, unreachable, refused, reconciliation answers). Mesos semantics: they carry
// no uuid, so they are not retried and need no acknowledgement.
import { v1, type pb } from '../shared/protocol/index.js';

export function masterStatus(
  taskId: string,
  agentId: string | undefined,
  state: pb.TaskState,
  reason: pb.TaskStatus.Reason,
  message: string,
  nowMs: number,
): pb.TaskStatus.$Properties {
  return {
    taskId: { value: taskId },
    ...(agentId === undefined || agentId === '' ? {} : { agentId: { value: agentId } }),
    state,
    reason,
    message,
    source: v1.TaskStatus.Source.SOURCE_MASTER,
    timestamp: nowMs / 1000,
  };
}

export function hasCapability(info: pb.FrameworkInfo.$Properties, capability: pb.FrameworkInfo.Capability.Type): boolean {
  return (info.capabilities ?? []).some((entry) => entry.type === capability);
}

export function isPartitionAware(info: pb.FrameworkInfo.$Properties): boolean {
  return hasCapability(info, v1.FrameworkInfo.Capability.Type.PARTITION_AWARE);
}
