// The Marathon-like service framework: Marathon's /v2 REST API, deployments, placement and health on drover/sdk.
export { startMarathon, MARATHON_API_VERSION, type MarathonOptions, type RunningMarathon } from './marathon.js';
export { normalizeApp, type AppDefinition } from './app-definition/index.js';
