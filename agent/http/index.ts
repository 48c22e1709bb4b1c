// The agent's HTTP server: health, state, statistics and sandbox files.
export {
  startAgentHttpServer, DEFAULT_AGENT_HTTP_PORT, type AgentHttpOptions, type AgentHttpServer,
} from './server.js';
export { FILE_OPERATIONS, type FileOperation } from './files-routes.js';
export type { ErrorBody } from './errors.js';
