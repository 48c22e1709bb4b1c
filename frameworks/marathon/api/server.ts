// The Marathon-compatible HTTP server (:8080): /v2 routes, /v2/events, Marathon's error bodies for every failure.
import { fastify, type FastifyError, type FastifyInstance } from 'fastify';
import { registerEventStream } from '../events/index.js';
import { ApiError } from '../service/api-error.js';
import { GroupService } from '../service/group-service.js';
import { registerAppsRoutes } from './apps-routes.js';
import type { ApiContext } from './context.js';
import { registerDeploymentsRoutes } from './deployments-routes.js';
import { registerGroupsRoutes } from './groups-routes.js';
import { registerMiscRoutes } from './misc-routes.js';
import { registerTasksRoutes } from './tasks-routes.js';

/** Large groups of apps fit; Marathon's default is 1 MB of ZooKeeper node, Drover has no such limit. */
const BODY_LIMIT_BYTES = 16 * 1024 * 1024;

export function buildMarathonHttp(context: ApiContext): FastifyInstance {
  // forceCloseConnections: an EventSource client that went away may leave an idle connection behind; close() must not
  // wait for it to time out.
  const server = fastify({ logger: false, bodyLimit: BODY_LIMIT_BYTES, routerOptions: { ignoreTrailingSlash: true }, forceCloseConnections: true });
  // Marathon reads the body as JSON whatever the content type says (curl -d sends form encoding by default).
  server.removeAllContentTypeParsers();
  server.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    try {
      done(null, JSON.parse(text));
    } catch (error) {
      done(new ApiError(400, { message: 'Invalid JSON', details: [{ path: '/', errors: [`error.invalid.json: ${(error as Error).message}`] }] }), undefined);
    }
  });
  server.setErrorHandler((error: FastifyError | ApiError, _request, reply) => {
    if (error instanceof ApiError) return reply.code(error.status).send(error.body);
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
    return reply.code(status).send({ message: status === 500 ? `Internal error: ${error.message}` : error.message });
  });
  server.setNotFoundHandler(async (request, reply) => reply.code(404).send({ message: `Not found: ${request.method} ${request.url.split('?')[0] ?? ''}` }));
  registerAppsRoutes(server, context);
  registerTasksRoutes(server, context);
  registerDeploymentsRoutes(server, context);
  registerGroupsRoutes(server, context, new GroupService(context.apps));
  registerMiscRoutes(server, context);
  registerEventStream(server, context.events, { clock: () => new Date(context.clock.now()) });
  return server;
}
