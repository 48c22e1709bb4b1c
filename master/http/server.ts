// The master's HTTP endpoints on :5050: /state (alias /state.json), /metrics (Prometheus text), /health, /version.
import { fastify, type FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import { registerFilesProxy, type FilesProxySource } from './files-proxy.js';

export interface MasterHttpSource extends FilesProxySource {
  stateJson(): Record<string, unknown>;
  readonly metrics: Registry;
  version(): Record<string, string>;
}

export async function startMasterHttp(source: MasterHttpSource, options: { host: string; port: number }): Promise<{ server: FastifyInstance; port: number }> {
  const server = fastify({ logger: false });
  const state = (): Promise<Record<string, unknown>> => Promise.resolve(source.stateJson());
  server.get('/state', state);
  server.get('/state.json', state);
  server.get('/health', async (_request, reply) => reply.code(200).type('text/plain').send('OK'));
  server.get('/version', () => Promise.resolve(source.version()));
  registerFilesProxy(server, source);
  server.get('/metrics', async (_request, reply) => {
    const text = await source.metrics.metrics();
    return reply.type(source.metrics.contentType).send(text);
  });
  const address = await server.listen({ host: options.host, port: options.port });
  const port = Number(new URL(address).port);
  return { server, port };
}
