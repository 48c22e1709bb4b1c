export { DockerContainerizer, type DockerContainerizerOptions } from './docker-containerizer.js';
export {
  DEFAULT_DOCKER_SOCKET, connectDocker, dockerEngineProblem, dockerSocketPath, dockerUnsupportedReason, engineMessage,
} from './engine.js';
export {
  DEFAULT_DOCKER_SOCKETS, DOCKER_ALLOW_FLAGS, dockerRefusal, type DockerAllow, type DockerRefusalInput,
} from './refusal.js';
export {
  CONTAINER_SANDBOX, DOCKER_LABELS, dockerContainerName, dockerCreateOptions, type DockerSpec, type DockerSpecInput,
} from './container-spec.js';
export { SUPPORTED_DOCKER_PARAMETERS } from './parameters.js';
export { dockerTermination, dockerUsage, type DockerLimits, type EngineExit } from './engine-state.js';
export { execArgv } from './docker-exec.js';
export type { LogLimits } from './log-copy.js';
