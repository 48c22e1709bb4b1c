// Marathon placement and launch core (pure: no I/O, no clock, randomness as parameters). See marathon.md §2, §3,
// §11, §13: constraints, offer matching with roles and host ports, service ports, instance/task ids, TaskSpec.
export { checkConstraints, meetsConstraint, type ConstraintCheck } from './constraints.js';
export { formatAttribute, formatScalar, fieldValue } from './field-value.js';
export { matchOffer, subtractMatched } from './match-offer.js';
export { declaredPorts, hostPortRequests, type DeclaredPort, type HostPortRequest } from './declared-ports.js';
export { assignServicePorts, type ServicePortOptions, type ServicePortResult } from './service-ports.js';
export {
  newInstanceId, taskIdFor, parseTaskId, parseInstanceId, safePath, type ParsedTaskId,
} from './task-id.js';
export { taskEnvironment, labelsEnv, labelEnvName, type TaskEnvironmentInput } from './task-env.js';
export { buildTaskSpec, taskName, type TaskLaunch } from './task-spec.js';
export { NO_MATCH_REASONS } from './types.js';
export type { NoMatchReason, OfferMatch, OfferToMatch, PickIndex, PlacedInstance, PlacementTarget } from './types.js';
