// drover/sdk executor side: ExecutorDriver and its shapes.
export { ExecutorDriver } from './executor-driver.js';
export { EXECUTOR_DRIVER_DEFAULTS, type ExecutorDriverOptions, type ExecutorDriverOverrides } from './options.js';
export type { Acknowledgement, ExecutorEvents, ExecutorSubscribedInfo, KillRequest, LaunchedTask } from './events.js';
export type { ExecutorStatusUpdate, ExecutorTaskState } from './views.js';
export { optionsFromEnvironment } from './environment.js';
