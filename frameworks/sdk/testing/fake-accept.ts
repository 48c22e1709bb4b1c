// The FakeMaster's check of an ACCEPT, following the master's rules: LAUNCH operations in order, each task with a
// valid id not used before, on the offers' agent, using resources that are left in the offers.
import { errorMessage } from '../../../shared/errors/index.js';
import { invalidIdReason } from '../../../shared/ids/index.js';
import { v1, type pb } from '../../../shared/protocol/index.js';
import {
  addResources, containsResources, formatResources, isEmptyResources, resourcesFromProto, subtractResources, type Resources,
} from '../../../shared/resources/index.js';

export interface RefusedLaunch {
  readonly task: pb.TaskInfo.$Properties;
  readonly message: string;
}

export interface AcceptCheck {
  readonly launched: pb.TaskInfo.$Properties[];
  /** Tasks the master answers with TASK_ERROR instead of launching. */
  readonly refused: RefusedLaunch[];
}

/** Splits the LAUNCHed tasks into those that launch and those refused; a string when the offers themselves are bad. */
export function checkAccept(
  offers: readonly pb.Offer.$Properties[],
  operations: readonly pb.Offer.Operation.$Properties[],
  usedTaskIds: ReadonlySet<string>,
): AcceptCheck | string {
  const agentIds = new Set(offers.map((offer) => offer.agentId?.value ?? ''));
  if (offers.length === 0) return 'no offer ids given';
  if (agentIds.size > 1) return 'all offers of one ACCEPT must be on the same agent';
  const agentId = [...agentIds][0] ?? '';
  let available: Resources = [];
  for (const offer of offers) available = addResources(available, resourcesFromProto(offer.resources));
  const launched: pb.TaskInfo.$Properties[] = [];
  const refused: RefusedLaunch[] = [];
  const ids = new Set(usedTaskIds);
  for (const operation of operations) {
    if (operation.type !== v1.Offer.Operation.Type.LAUNCH) continue; // Other operations are accepted and ignored.
    for (const task of operation.launch?.taskInfos ?? []) {
      const problem = taskProblem(task, agentId, available, ids);
      if (typeof problem === 'string') {
        refused.push({ task, message: problem });
        continue;
      }
      ids.add(task.taskId?.value ?? '');
      available = subtractResources(available, problem);
      launched.push(task);
    }
  }
  return { launched, refused };
}

function taskProblem(task: pb.TaskInfo.$Properties, agentId: string, available: Resources, ids: ReadonlySet<string>): Resources | string {
  const taskId = task.taskId?.value ?? '';
  const invalid = invalidIdReason(taskId);
  if (invalid !== undefined) return `task id '${taskId}' ${invalid}`;
  if (ids.has(taskId)) return `task id '${taskId}' is already in use`;
  const taskAgent = task.agentId?.value ?? '';
  if (taskAgent !== '' && taskAgent !== agentId) return `task '${taskId}' names agent '${taskAgent}', the offers are for '${agentId}'`;
  let resources: Resources;
  try {
    resources = resourcesFromProto(task.resources);
  } catch (error) {
    return `task '${taskId}' has invalid resources: ${errorMessage(error)}`;
  }
  if (isEmptyResources(resources)) return `task '${taskId}' uses no resources`;
  if (!containsResources(available, resources)) {
    return `task '${taskId}' needs ${formatResources(resources)}, more than the ${formatResources(available)} left in the offers`;
  }
  return resources;
}
