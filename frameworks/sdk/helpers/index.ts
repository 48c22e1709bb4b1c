export { buildTaskInfo, buildTaskInfos } from './build-task-info.js';
export { launchOperation } from './launch-operation.js';
export { matchTasksToOffers, type MatchResult, type OfferAssignment, type PlacementStrategy } from './match-tasks.js';
export { resolveTaskResources } from './task-resources.js';
export { isTerminalState, isUncertainState } from './task-states.js';
export type {
  ContainerSpec, DockerSpec, ExecutorSpec, FetchSpec, HealthCheckSpec, PortMappingSpec, TaskCommand, TaskResources, TaskSpec,
  VolumeSpec,
} from './task-spec.js';
