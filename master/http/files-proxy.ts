// The master's window on task sandboxes: GET /tasks/:taskId/files/{browse,read,download,follow} finds the agent
// that runs or ran the task and relays the request to that agent's own /tasks/:taskId/files/... route, streaming
// (download and follow can be long). Statuses and bodies pass through; an agent that cannot be reached is a 502,
// one that does not answer in time a 504; a task the master does not know, or whose agent is gone, a 404.
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { pipeline } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { locateTaskInStateJson, type TaskLocation, type TaskLocator } from './task-locator.js';

export const PROXIED_FILE_OPERATIONS = ['browse', 'read', 'download', 'follow'] as const;

/** What the proxy needs from the master; MasterHttpSource has it. */
export interface FilesProxySource {
  stateJson(): Record<string, unknown>;
  /** The master's direct lookup; without it the task is looked up in stateJson(), which costs a whole /state. */
  readonly locateTask?: TaskLocator;
}

export interface FilesProxyOptions {
  /** How long to wait for the agent's response headers (the agent sends them at once, even to follow); default 10 s. */
  readonly responseTimeoutMs?: number;
}

/** Response headers relayed from the agent. */
const RELAYED_HEADERS = ['content-type', 'content-length', 'content-disposition', 'cache-control', 'x-content-type-options'];

type Upstream =
  | { readonly ok: true; readonly response: IncomingMessage; readonly request: ClientRequest }
  | { readonly ok: false; readonly status: 502 | 504; readonly code: string; readonly message: string };

function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).type('application/json').send({ code, message });
}

/** The client's query, with the framework the master found, so the agent serves the same task's sandbox. */
function upstreamQuery(request: FastifyRequest, frameworkId: string): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
    for (const item of Array.isArray(value) ? value : [value]) if (typeof item === 'string') query.append(name, item);
  }
  query.set('framework_id', frameworkId);
  return query.toString();
}

function connectToAgent(location: Extract<TaskLocation, { found: true }>, path: string, timeoutMs: number,
  signal: AbortSignal): Promise<Upstream> {
  const where = `agent ${location.agentId} at ${location.hostname}:${location.port}`;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (upstream: Upstream): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(upstream);
    };
    const request = httpRequest({ host: location.hostname, port: location.port, path, method: 'GET', signal }, (response) => {
      settle({ ok: true, response, request });
    });
    const timer = setTimeout(() => {
      settle({ ok: false, status: 504, code: 'AGENT_TIMEOUT', message: `${where} did not answer within ${timeoutMs} ms` });
      request.destroy();
    }, timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) => {
      settle({ ok: false, status: 502, code: 'AGENT_UNREACHABLE', message: `${where} cannot be reached: ${error.code ?? error.message}` });
    });
    request.end();
  });
}

export function registerFilesProxy(server: FastifyInstance, source: FilesProxySource, options: FilesProxyOptions = {}): void {
  const active = new Set<AbortController>();
  // In-flight relays (a follow never ends by itself) must not hold the master's close().
  server.addHook('preClose', (done) => {
    for (const controller of active) controller.abort();
    done();
  });
  const locate: TaskLocator = source.locateTask ?? ((taskId, frameworkId) => locateTaskInStateJson(source.stateJson(), taskId, frameworkId));

  for (const operation of PROXIED_FILE_OPERATIONS) {
    server.get<{ Params: { taskId: string }; Querystring: Record<string, string | string[] | undefined> }>(
      `/tasks/:taskId/files/${operation}`, async (request, reply) => {
        const rawFramework = request.query.framework_id;
        const frameworkId = (Array.isArray(rawFramework) ? rawFramework[0] : rawFramework) || undefined;
        const location = locate(request.params.taskId, frameworkId);
        if (!location.found) return sendError(reply, location.status, location.code, location.message);

        const controller = new AbortController();
        active.add(controller);
        const clientGone = (): void => controller.abort();
        reply.raw.once('close', clientGone);
        const forget = (): void => {
          active.delete(controller);
          reply.raw.off('close', clientGone);
        };
        const path = `/tasks/${encodeURIComponent(location.taskId)}/files/${operation}?${upstreamQuery(request, location.frameworkId)}`;
        const upstream = await connectToAgent(location, path, options.responseTimeoutMs ?? 10_000, controller.signal);
        if (!upstream.ok) {
          forget();
          return sendError(reply, upstream.status, upstream.code, upstream.message);
        }
        // Relayed by hand so the headers reach the client at once (a follow may stay silent for long).
        reply.hijack();
        const response = reply.raw;
        const headers: Record<string, string | string[]> = {};
        for (const name of RELAYED_HEADERS) {
          const value = upstream.response.headers[name];
          if (value !== undefined) headers[name] = value;
        }
        response.writeHead(upstream.response.statusCode ?? 502, headers);
        response.flushHeaders();
        pipeline(upstream.response, response, () => {
          forget();
          upstream.request.destroy();
        });
        return reply;
      });
  }
}
