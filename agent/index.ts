// The Drover agent: what the CLI starts on every machine that runs tasks.
export { startAgent, AGENT_DEFAULTS } from './agent.js';
export type { AgentInfoSnapshot, AgentOptions, RunningAgent, StopOptions } from './types.js';
export type { TaskSnapshot } from './task-manager.js';
export { fingerprint, usableMegabytes, DEFAULT_PORT_RANGE, type Fingerprint, type FingerprintOptions } from './fingerprint.js';
export { silentLogger, type Logger } from './logger.js';
export { currentBootId } from './identity.js';
export type { BackoffPolicy } from './backoff.js';
export {
  StatusUpdateManager, type StatusUpdate, type StatusUpdateManagerOptions, type UpdateOutcome, type AcknowledgeOutcome,
} from './status-update-manager.js';
export {
  ProcessContainerizer, ComposingContainerizer, DOCKER_NOT_ENABLED, type Containerizer, type ContainerLaunchRequest,
  type ContainerTermination, type ContainerUsage, type KillOptions, type LaunchResult,
} from './containerizer/index.js';
export { parseIsolation } from './isolation/index.js';
export { CONTAINERIZER_NAMES, DEFAULT_ISOLATION, type ContainerizerName } from './containerizers.js';
export { PING_TIMEOUT_INTERVALS, DEFAULT_PING_INTERVAL_SECONDS } from './ping-watchdog.js';
