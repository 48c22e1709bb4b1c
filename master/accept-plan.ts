// The pure half of ACCEPT: given what was offered and the operations a framework sent, decide which tasks launch,
// which are refused (with a reason the framework can read), what the agent's reservations become, and what is left
// over for the allocator. Operations apply in order; later ones see the effects of earlier ones (Mesos semantics).
import { v1, type pb } from '../shared/protocol/index.js';
import { invalidIdReason } from '../shared/ids/index.js';
import {
  addResources, containsResources, formatResources, isEmptyResources, resourcesFromProto, subtractResources,
  type Resources,
} from '../shared/resources/index.js';
import { errorMessage } from '../shared/errors/index.js';

export interface AcceptInput {
  readonly agentId: string;
  readonly offered: Resources;
  readonly operations: readonly pb.Offer.Operation.$Properties[];
  /** True when a non-terminal task of this framework already uses the id. */
  readonly isTaskIdInUse: (taskId: string) => boolean;
}

export interface PlannedLaunch {
  readonly task: pb.TaskInfo.$Properties;
  readonly resources: Resources;
}

export interface RefusedTask {
  readonly task: pb.TaskInfo.$Properties;
  readonly reason: pb.TaskStatus.Reason;
  readonly message: string;
}

export interface AcceptPlan {
  readonly launches: PlannedLaunch[];
  readonly refused: RefusedTask[];
  /** Operations dropped as a whole (e.g. an invalid RESERVE), with why. */
  readonly operationErrors: string[];
  /** Offered resources no operation used: handed back to the allocator with the framework's filter. */
  readonly remaining: Resources;
  /** Net change of the agent's total from RESERVE/UNRESERVE: subtract `removed`, then add `added`. */
  readonly removed: Resources;
  readonly added: Resources;
}

const OP = v1.Offer.Operation.Type;
const REASON = v1.TaskStatus.Reason;

export function planAccept(input: AcceptInput): AcceptPlan {
  const launches: PlannedLaunch[] = [];
  const refused: RefusedTask[] = [];
  const operationErrors: string[] = [];
  const idsInThisAccept = new Set<string>();
  let remaining = input.offered;
  let removed: Resources = [];
  let added: Resources = [];

  const checkTask = (task: pb.TaskInfo.$Properties, available: Resources): { resources: Resources } | { error: string } => {
    const taskId = task.taskId?.value ?? '';
    const idProblem = invalidIdReason(taskId);
    if (idProblem !== undefined) return { error: `task id '${taskId}' is invalid: it ${idProblem}` };
    if (idsInThisAccept.has(taskId)) return { error: `task id '${taskId}' is used twice in this ACCEPT` };
    if (input.isTaskIdInUse(taskId)) return { error: `task id '${taskId}' is already used by an active task of this framework` };
    const agentId = task.agentId?.value;
    if (agentId !== undefined && agentId !== '' && agentId !== input.agentId) {
      return { error: `task '${taskId}' names agent '${agentId}' but the offers are for agent '${input.agentId}'` };
    }
    let resources: Resources;
    try {
      resources = resourcesFromProto(task.resources);
    } catch (error) {
      return { error: `task '${taskId}' has invalid resources: ${errorMessage(error)}` };
    }
    if (isEmptyResources(resources)) return { error: `task '${taskId}' uses no resources` };
    if (!containsResources(available, resources)) {
      return {
        error: `task '${taskId}' uses more resources than offered: ${formatResources(resources)} is not contained in ` +
          `the remaining ${formatResources(available)}`,
      };
    }
    const hasCommand = (task.command?.value ?? '') !== '' || (task.command?.shell === false && (task.command.value ?? '') !== '');
    const hasImage = (task.container?.docker?.image ?? '') !== '';
    if (!hasCommand && !hasImage && task.executor === undefined) {
      return { error: `task '${taskId}' has no command, container image or executor` };
    }
    const grace = task.killPolicy?.gracePeriodSeconds;
    if (grace !== undefined && grace !== null && !(grace >= 0)) {
      return { error: `task '${taskId}' has a negative kill_policy.grace_period_seconds` };
    }
    return { resources };
  };

  for (const [index, operation] of input.operations.entries()) {
    switch (operation.type) {
      case OP.LAUNCH: {
        for (const task of operation.launch?.taskInfos ?? []) {
          const verdict = checkTask(task, remaining);
          if ('error' in verdict) {
            refused.push({ task, reason: REASON.REASON_TASK_INVALID, message: verdict.error });
            continue;
          }
          idsInThisAccept.add(task.taskId?.value ?? '');
          remaining = subtractResources(remaining, verdict.resources);
          launches.push({ task, resources: verdict.resources });
        }
        break;
      }
      case OP.LAUNCH_GROUP: {
        // A task group launches atomically: one invalid task refuses the whole group.
        const group = operation.launchGroup?.taskGroup ?? [];
        let groupRemaining = remaining;
        const accepted: PlannedLaunch[] = [];
        let groupError: string | undefined;
        if (group.length === 0) groupError = 'LAUNCH_GROUP has no tasks';
        for (const task of group) {
          if (groupError !== undefined) break;
          const verdict = checkTask(task, groupRemaining);
          if ('error' in verdict) {
            groupError = verdict.error;
            break;
          }
          idsInThisAccept.add(task.taskId?.value ?? '');
          groupRemaining = subtractResources(groupRemaining, verdict.resources);
          accepted.push({ task, resources: verdict.resources });
        }
        if (groupError === undefined) {
          remaining = groupRemaining;
          launches.push(...accepted);
        } else {
          for (const task of group) {
            idsInThisAccept.delete(task.taskId?.value ?? '');
            refused.push({ task, reason: REASON.REASON_TASK_GROUP_INVALID, message: `task group refused: ${groupError}` });
          }
          if (group.length === 0) operationErrors.push(`operation ${index}: ${groupError}`);
        }
        break;
      }
      case OP.RESERVE:
      case OP.UNRESERVE: {
        const reserving = operation.type === OP.RESERVE;
        const outcome = planReservation(reserving, reserving ? operation.reserve?.resources : operation.unreserve?.resources, remaining);
        if ('error' in outcome) {
          operationErrors.push(`operation ${index} (${reserving ? 'RESERVE' : 'UNRESERVE'}): ${outcome.error}`);
          break;
        }
        remaining = addResources(subtractResources(remaining, outcome.consumed), outcome.produced);
        removed = addResources(removed, outcome.consumed);
        added = addResources(added, outcome.produced);
        break;
      }
      default:
        operationErrors.push(`operation ${index}: ${OP[operation.type ?? 0] ?? String(operation.type)} is not supported by this master`);
    }
  }
  return { launches, refused, operationErrors, remaining, removed, added };
}

/**
 * RESERVE turns unreserved offered resources into dynamically reserved ones (the operation lists the reserved form);
 * UNRESERVE does the reverse. Returns what the agent loses and gains.
 */
function planReservation(
  reserving: boolean,
  listed: readonly pb.Resource.$Properties[] | null | undefined,
  remaining: Resources,
): { consumed: Resources; produced: Resources } | { error: string } {
  let target: Resources;
  try {
    target = resourcesFromProto(listed);
  } catch (error) {
    return { error: errorMessage(error) };
  }
  if (isEmptyResources(target)) return { error: 'no resources given' };
  if (target.some((resource) => resource.reservations.length === 0)) {
    return { error: 'every resource must carry the reservation to add or remove' };
  }
  const unreservedForm: Resources = target.map((resource) => {
    const outer = resource.reservations.slice(0, -1);
    const role = outer.at(-1)?.role ?? '*';
    return { ...resource, role, reservations: outer };
  });
  const consumed = reserving ? unreservedForm : target;
  const produced = reserving ? target : unreservedForm;
  if (!containsResources(remaining, consumed)) {
    return { error: `${formatResources(consumed)} is not contained in the offered ${formatResources(remaining)}` };
  }
  return { consumed: addResources([], consumed), produced: addResources([], produced) };
}
