// The agent's HTTP endpoints (Mesos agent :5051): /health, /state, /monitor/statistics, the sandbox files of
// Mesos's /files/* and the task-scoped /tasks/:taskId/files/*.
import { fastify } from 'fastify';
import type { FileFollower } from '../files/index.js';
import { silentLogger, type Logger } from '../logger.js';
import { installErrorReplies } from './errors.js';
import { registerFilesRoutes } from './files-routes.js';

/** Mesos's agent port. */
export const DEFAULT_AGENT_HTTP_PORT = 5051;

export interface AgentHttpOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Holds `agents/<agentId>/...` sandboxes. */
  readonly workDir: string;
  /** The agent's id; undefined before its first registration (task file routes answer 503 then). */
  readonly agentId: () => string | undefined;
  /** Mesos /monitor/statistics: one entry per running executor/container. */
  readonly statistics: () => Promise<unknown[]>;
  /** The /state document. */
  readonly state: () => unknown;
  readonly logger?: Logger;
  /** How often a follow stream looks at its file when no watch event comes; default 250 ms. */
  readonly followPollIntervalMs?: number;
}

export interface AgentHttpServer {
  readonly port: number;
  /** http://<host>:<port>, with a wildcard host written as the loopback address. */
  readonly url: string;
  /** Ends follow streams, then stops listening and waits for requests in flight. */
  close(): Promise<void>;
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startAgentHttpServer(options: AgentHttpOptions): Promise<AgentHttpServer> {
  const logger = options.logger ?? silentLogger;
  // An agent that stops must not wait for its clients: follow streams are ended first (preClose), then every
  // connection still open is cut.
  const server = fastify({ logger: false, forceCloseConnections: true });
  const followers = new Set<FileFollower>();
  installErrorReplies(server, logger);
  server.addHook('preClose', (done) => {
    for (const follower of followers) follower.stop();
    done();
  });

  server.get('/health', async (_request, reply) => reply.code(200).type('text/plain').send('OK'));
  const state = (): Promise<unknown> => Promise.resolve(options.state());
  server.get('/state', state);
  server.get('/state.json', state);
  const statistics = (): Promise<unknown[]> => options.statistics();
  server.get('/monitor/statistics', statistics);
  server.get('/monitor/statistics.json', statistics);
  registerFilesRoutes(server, {
    workDir: options.workDir, agentId: options.agentId, followers,
    ...(options.followPollIntervalMs === undefined ? {} : { followPollIntervalMs: options.followPollIntervalMs }),
  });

  const address = await server.listen({ host: options.host, port: options.port });
  const port = Number(new URL(address).port);
  logger.info({ port }, 'agent http server listening');
  return {
    port,
    url: `http://${urlHost(options.host)}:${port}`,
    close: () => server.close(),
  };
}
