// drover/sdk: everything a framework needs to talk to a Drover master.
//
//   SchedulerDriver  subscribe, typed events (offers, update, ...), calls (launch, decline, kill, reconcile, ...)
//   ExecutorDriver   a custom executor's side: SUBSCRIBE to its agent, launch/kill events, reliable status updates
//   helpers          TaskSpec → TaskInfo, LAUNCH operations, pure task-to-offer matching, task-state predicates
//   views            plain Offer / TaskStatus objects (the wire message stays available as `raw`)
//   testing          FakeMaster: a scripted master on a MemoryBus for framework tests
//   resources        the resource math of shared/resources, re-exported
export { SchedulerDriver } from './scheduler/scheduler-driver.js';
export type {
  FrameworkCapability, FrameworkOptions, SchedulerDriverOptions,
} from './scheduler/options.js';
export type {
  ExecutorMessage, FailureInfo, MasterInfoView, SchedulerEvents, SubscribedInfo,
} from './scheduler/events.js';
export type { FilterOptions, KillPolicyOptions, TaskToReconcile } from './scheduler/calls.js';
export type { ListenerErrorHandler } from './scheduler/typed-emitter.js';

export {
  ExecutorDriver, EXECUTOR_DRIVER_DEFAULTS, optionsFromEnvironment as executorOptionsFromEnvironment,
  type Acknowledgement, type ExecutorDriverOptions, type ExecutorDriverOverrides, type ExecutorEvents,
  type ExecutorStatusUpdate, type ExecutorSubscribedInfo, type ExecutorTaskState, type KillRequest, type LaunchedTask,
} from './executor/index.js';

export type { Offer } from './views/offer.js';
export { offerFromProto } from './views/offer.js';
export type { TaskStatus, TaskStateName, TaskReasonName, TaskSourceName } from './views/task-status.js';
export { taskStatusFromProto } from './views/task-status.js';
export type { AttributeValue } from './views/attributes.js';

export * from './helpers/index.js';
export * from './testing/index.js';

export {
  parseResources, formatResources, addResources, subtractResources, containsResources, isEmptyResources,
  resourcesEqual, scalarValue, rangesValue, setValue, resourcesFromProto, resourcesToProto, takeScalarsAndPorts,
  type Range, type Resource, type Resources, type ResourceRequest, type ResourceValue,
} from '../../shared/resources/index.js';

export { DroverError, isDroverError, type ErrorCode } from '../../shared/errors/index.js';
export { createBus, MemoryBus, connectNatsBus, type Bus, type NatsConfig } from '../../shared/bus/index.js';
export { v1, pb } from '../../shared/protocol/index.js';
