// Custom executors: the agent's side of the executor protocol (README.md).
export { ExecutorManager, type ExecutorSnapshot } from './executor-manager.js';
export {
  EXECUTOR_DEFAULTS, type AdoptedTask, type ExecutorEndReason, type ExecutorHost, type ExecutorManagerOptions,
  type ExecutorRunOutcome,
} from './types.js';
export { executorLaunchRequest, executorVariables, invalidExecutorReason, type ExecutorLaunchInput } from './launch-request.js';
export { describeExecutorEnd } from './executor-end.js';
