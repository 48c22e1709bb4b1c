// The pure wire layer of the Marathon-compatible /v2 API: canonical app, AppInfo, task and deployment bodies, the
// text task listing, query-parameter parsing (embed, label selectors, booleans) and Marathon's exact error bodies.
// No I/O: the routes gather the data and send what these functions return.
export { appJson, servicePorts } from './app-json.js';
export {
  appInfoJson, countTasks, taskFailureJson, taskStatsJson, readinessResultJson, type AppView, type TaskCounts,
} from './app-info.js';
export { taskJson, healthResultJson, isListedTask, mesosTaskState } from './task-json.js';
export { tasksText, safePath } from './tasks-text.js';
export { parseEmbed, NO_EMBED } from './embed.js';
export {
  parseLabelSelector, matchesLabels, type LabelSelector, type LabelRequirement, type LabelOp,
} from './label-selector.js';
export { parseBooleanParam } from './query-params.js';
export {
  appNotFound, groupNotFound, taskNotFound, deploymentNotFound, appAlreadyExists, appLocked, invalidJson,
  invalidObject, invalidTaskId, notAuthenticated, notAuthorized, noLeader,
} from './errors.js';
export { deploymentJson, deploymentResultJson, type DeploymentProgress } from './deployment-json.js';
export type { EmbedSet, HealthCheckResult, ReadinessCheckResult, TaskFailure, WireError } from './types.js';
