// Marathon-like health and readiness checks run by the framework (reference/marathon.md §4).
export { HealthCheckRunner, DEFAULT_MAX_CONCURRENT_HEALTH_CHECKS } from './health-check-runner.js';
export type { HealthCheckRunnerOptions } from './health-check-runner.js';
export { ReadinessCheckRunner, readinessResult } from './readiness-check-runner.js';
export type { ReadinessCheckRunnerOptions } from './readiness-check-runner.js';
export { HealthRegistry } from './health-registry.js';
export type { HealthRecord } from './health-registry.js';
export {
  judgeHealthProbe, isFailureIgnored, shouldKillAfterFailure, isFrameworkRunCheck, checkPort,
} from './health-policy.js';
export type { HealthVerdict } from './health-policy.js';
export { emptyHealth, withSuccess, withFailure } from './health-state.js';
export { realProbe, MAX_PROBE_BODY_BYTES } from './probes.js';
export type * from './types.js';
