// The Marathon framework's offer loop: launching, status updates, replacement with backoff, kills, unreachable tasks.
export { MarathonScheduler, type MarathonSchedulerOptions, type SchedulerObserver } from './marathon-scheduler.js';
export { LaunchBackoff, launchDelayMs } from './backoff.js';
export { applyTaskStatus, taskStateOf, conditionOfState } from './instance-status.js';
export { OfferStatistics, NO_MATCH_REASONS, type ProcessedOffersSummary } from './offer-statistics.js';
export { matchOffers, type OfferMatching, type OfferMatchingInput, type PlannedLaunch } from './offer-matching.js';
