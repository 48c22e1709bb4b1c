// Every error reply of the agent's HTTP server is `{ code, message }` with a fitting status.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { FilesRefusal } from '../files/index.js';
import { silentLogger, type Logger } from '../logger.js';

export interface ErrorBody {
  readonly code: string;
  readonly message: string;
}

export function sendRefusal(reply: FastifyReply, refusal: FilesRefusal): FastifyReply {
  return reply.code(refusal.status).type('application/json').send({ code: refusal.code, message: refusal.message } satisfies ErrorBody);
}

/** Route misses and thrown errors as `{ code, message }`; a fault (5xx) is logged. */
export function installErrorReplies(server: FastifyInstance, logger: Logger = silentLogger): void {
  server.setNotFoundHandler((request, reply) => reply.code(404).send({
    code: 'NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0] ?? ''}`,
  } satisfies ErrorBody));
  server.setErrorHandler((error: FastifyError, request, reply) => {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) logger.warn({ url: request.url, error: error.message }, 'agent http request failed');
    return reply.code(status).send({ code: status >= 500 ? 'INTERNAL' : error.code, message: error.message } satisfies ErrorBody);
  });
}
