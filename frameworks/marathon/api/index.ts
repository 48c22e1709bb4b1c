// The Marathon-compatible REST API (/v2 on :8080).
export { buildMarathonHttp } from './server.js';
export type { ApiContext, MarathonInfo } from './context.js';
