export type {
  Containerizer, ContainerLaunchRequest, ContainerTermination, KillOptions, LaunchResult,
} from './types.js';
export {
  ProcessContainerizer, DOCKER_NOT_ENABLED, commandLine, processUnsupportedReason, type ProcessContainerizerOptions,
} from './process-containerizer.js';
export { taskEnvironment, taskPorts, taskScalar, type TaskEnvironmentInput } from './task-environment.js';
export { sandboxPath, invalidSandboxReason, type SandboxLocation } from './sandbox.js';
