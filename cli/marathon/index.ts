// The Marathon /v2 client side of the `drover app` and `drover deployment` commands: HTTP client, views of the JSON,
// rendering, field=value parsing, placement detection and deployment watching.
export { MarathonApiError, formatErrorBody, formatHttpError, formatUnreachable, networkReason } from './api-error.js';
export { appPath, parseAppId } from './app-id.js';
export { appStatus, type AppStatus } from './app-status.js';
export { readApp, readApps, readTask, readTasks, type AppView, type TaskFailureView, type TaskView } from './app-view.js';
export {
  MarathonClient, type DeploymentAnswer, type ForceOption, type HttpAnswer, type MarathonClientOptions,
} from './client.js';
export { commandContext, type CommandContext } from './context.js';
export {
  readDeployment, readDeploymentResult, readDeployments,
  type DeploymentActionView, type DeploymentResult, type DeploymentView,
} from './deployment-view.js';
export {
  buildPatch, collectFieldAssignment, nestedFields, parseFieldAssignment, parseFieldValue, type FieldAssignment,
} from './fields.js';
export { followDeployment, reportAndFollow, type StartedDeployment } from './follow.js';
export { parseJsonText, readJsonInput } from './input.js';
export { asObject as asJsonObject } from './json-read.js';
export {
  DEFAULT_MARATHON_URL, DEFAULT_PLACEMENT_TIMEOUT_MS, EXIT_STATUS_HELP, addGlobalOptions, addWaitOptions, parseInstances,
  parseMarathonUrl, readGlobalFlags, readWaitFlags, type GlobalFlags, type OutputFormat, type WaitFlags,
} from './options.js';
export { EXIT_CODES, describeOutcome, exitCodeFor, type WatchOutcome } from './outcome.js';
export { Output, type Result, type TextSink } from './output.js';
export {
  formatDeclineReasons, noOfferMatches, placementImpossible, trackPlacement,
  type DeclineReason, type NoMatchEvidence, type PlacementImpossible, type PlacementTracker, type StuckApp,
} from './placement.js';
export { formatDuration, renderProgress, type ProgressLine } from './progress.js';
export { createProgressDisplay, formatProgressLine, type ProgressDisplay, type ProgressSink } from './progress-display.js';
export { readQueue, readQueueItem, type QueueItemView, type RejectStep, type UnusedOfferView } from './queue-view.js';
export { appListRows, healthCell, renderAppDetail, renderAppList, renderTasks, renderVersions } from './render-apps.js';
export { formatActions, renderDeployments } from './render-deployments.js';
export { formatNumber, renderKeyValues, renderTable, type Column } from './table.js';
export { readAppOrNothing, readQueueOrNothing } from './tolerant-reads.js';
export { previousVersion } from './versions.js';
export { DEFAULT_POLL_INTERVAL_MS, watchDeployment, type WatchDeploymentOptions } from './watch.js';
export {
  advanceWatch, followedApps, startWatch, type ProgressSnapshot, type WatchDecision, type WatchObservation, type WatchState,
} from './watch-state.js';
