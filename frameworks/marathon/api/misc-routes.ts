// /v2/info, /v2/leader, /ping, /metrics (JSON, as Marathon's), /v2/schemas/app, and polite answers for endpoints
// Drover does not serve (event subscriptions over HTTP callbacks were removed from Marathon; pods are not modelled).
import type { FastifyInstance } from 'fastify';
import { APP_JSON_SCHEMA } from '../app-definition/index.js';
import type { ApiContext } from './context.js';

export function registerMiscRoutes(server: FastifyInstance, context: ApiContext): void {
  const { info } = context;

  server.get('/ping', async (_request, reply) => reply.type('text/plain').send('pong'));

  server.get('/v2/info', () => Promise.resolve({
    name: info.name,
    version: info.version,
    buildref: 'drover',
    elected: true,
    leader: info.leader(),
    frameworkId: info.frameworkId() ?? null,
    marathon_config: info.config,
    zookeeper_config: {},
    http_config: { http_port: info.httpPort, https_port: 0 },
  }));

  server.get('/v2/leader', () => Promise.resolve({ leader: info.leader() }));
  // One Marathon process is always its own leader; abdicating would only restart it, so it is refused politely.
  server.delete('/v2/leader', async (_request, reply) => reply.code(400).send({ message: 'Leadership abdication is not supported by this single-instance Marathon' }));

  server.get('/v2/schemas/app', () => Promise.resolve(APP_JSON_SCHEMA));

  server.get('/metrics', () => {
    const instances = context.state.instances();
    const count = (condition: string): number => instances.filter((instance) => instance.condition === condition).length;
    const gauge = (value: number): { value: number } => ({ value });
    return Promise.resolve({
      version: '4.0.0',
      counters: {},
      gauges: {
        'marathon.apps.active.gauge': gauge(context.state.apps().length),
        'marathon.deployments.active.gauge': gauge(context.state.deployments().length),
        'marathon.instances.running.gauge': gauge(count('running')),
        'marathon.instances.staged.gauge': gauge(count('staging') + count('provisioned')),
        'marathon.instances.launch-queue.gauge': gauge(count('scheduled')),
        'marathon.uptime.gauge.seconds': gauge(Math.floor((context.clock.now() - info.startedAt) / 1000)),
      },
      histograms: {},
      meters: {},
      timers: {},
    });
  });

  const gone = { message: 'HTTP callback event subscriptions are not supported; use GET /v2/events (server-sent events)' };
  server.get('/v2/eventSubscriptions', async (_request, reply) => reply.code(404).send(gone));
  server.post('/v2/eventSubscriptions', async (_request, reply) => reply.code(404).send(gone));
  server.delete('/v2/eventSubscriptions', async (_request, reply) => reply.code(404).send(gone));
  server.get('/v2/plugins', () => Promise.resolve({ plugins: [] }));
  server.get('/v2/pods', () => Promise.resolve([]));
}
