import { v1, type pb } from '../../../shared/protocol/index.js';

/** The LAUNCH operation for ACCEPT. */
export function launchOperation(tasks: readonly pb.TaskInfo.$Properties[]): pb.Offer.Operation.$Properties {
  return { type: v1.Offer.Operation.Type.LAUNCH, launch: { taskInfos: [...tasks] } };
}
