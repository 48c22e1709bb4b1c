export type {
  Containerizer, ContainerEndpoint, ContainerLaunchRequest, ContainerLimitation, ContainerTermination, ContainerUsage,
  KillOptions, KnownContainer, LaunchResult,
} from './types.js';
export { DOCKER_NOT_ENABLED, commandLine, processUnsupportedReason } from './command-line.js';
export { ComposingContainerizer } from './composing-containerizer.js';
export {
  ProcessContainerizer, supervisorBinary, type LogRotation, type ProcessContainerizerOptions,
} from './process/index.js';
export { taskEnvironment, taskPorts, taskScalar, type TaskEnvironmentInput } from './task-environment.js';
export { sandboxPath, invalidSandboxReason, type SandboxLocation } from './sandbox.js';
