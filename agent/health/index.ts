// Health checks as the agent runs them (Mesos semantics): validation, a pure policy, probes, and the scheduler.
export {
  HEALTH_CHECK_DEFAULTS, DEFAULT_HEALTHY_STATUS_MIN, DEFAULT_HEALTHY_STATUS_MAX, MAX_TIMER_MS,
  healthCheckTimings, httpCheckScheme, validateHealthCheck, type HealthCheckTimings,
} from './health-check-config.js';
export {
  INITIAL_HEALTH_STATE, applyProbeResult, replayProbeResults,
  type HealthState, type HealthPolicyConfig, type HealthPolicyState, type ProbeResult, type HealthChange,
  type HealthDecision,
} from './health-policy.js';
export {
  runCommandCheck, runHttpCheck, runTcpCheck, type ProbeOutcome, type HttpCheckOptions, type TcpCheckOptions,
} from './probes.js';
export { HealthChecker, type HealthCheckerOptions } from './health-checker.js';
