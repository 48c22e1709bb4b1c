// GET /v2/events end to end: a real fastify server on port 0, the real `eventsource` client, raw HTTP and raw TCP.
import { expect } from 'chai';
import { EventSource } from 'eventsource';
import { fastify, type FastifyInstance } from 'fastify';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import {
  deploymentInfoEvent, deploymentSuccessEvent, marathonEvent, MarathonEventBus, registerEventStream,
  type EventStreamOptions, type MarathonEvent, type MarathonEventOf, type MarathonEventType,
} from '../../../frameworks/marathon/events/index.js';
import { samplePlan, T0, T1 } from './fixtures.js';

const CLOCK_TIME = '2024-06-01T00:00:00.000Z';

interface Server {
  readonly app: FastifyInstance;
  readonly bus: MarathonEventBus;
  readonly port: number;
  readonly url: string;
}

interface Received {
  readonly type: string;
  readonly data: Record<string, unknown>;
}

/** An EventSource that records the named events it is told to listen for. */
class Stream {
  readonly received: Received[] = [];
  readonly source: EventSource;
  private waiters: { count: number; resolve: () => void }[] = [];

  constructor(url: string, types: readonly MarathonEventType[]) {
    this.source = new EventSource(url);
    for (const type of types) {
      this.source.addEventListener(type, (event) => {
        const data: unknown = event.data;
        this.received.push({ type: event.type, data: JSON.parse(typeof data === 'string' ? data : 'null') as Record<string, unknown> });
        this.waiters = this.waiters.filter((waiter) => (this.received.length >= waiter.count ? (waiter.resolve(), false) : true));
      });
    }
  }

  /** Resolves once `count` events have arrived. */
  waitFor(count: number): Promise<Received[]> {
    return new Promise<void>((resolve) => {
      if (this.received.length >= count) resolve();
      else this.waiters.push({ count, resolve });
    }).then(() => this.received);
  }

  close(): void {
    this.source.close();
  }
}

function nextBusEvent<T extends MarathonEventType>(bus: MarathonEventBus, type: T): Promise<MarathonEventOf<T>> {
  return new Promise((resolve) => {
    const unsubscribe = bus.subscribe((event) => {
      unsubscribe();
      resolve(event as MarathonEventOf<T>);
    }, new Set([type]));
  });
}

/** A GET on its own connection (no pooled sockets); errors from the server cutting it off are expected. */
function sseGet(port: number, path: string, accept: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = httpGet({ host: '127.0.0.1', port, path, agent: false, headers: { accept } }, (response) => {
      response.on('error', () => undefined);
      resolve(response);
    });
    request.once('error', reject);
  });
}

function readUntil(response: IncomingMessage, wanted: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer): void => {
      text += chunk.toString('utf8');
      if (!text.includes(wanted)) return;
      response.off('data', onData);
      resolve(text);
    };
    response.on('data', onData);
    response.once('end', () => reject(new Error(`stream ended before ${JSON.stringify(wanted)}: ${text}`)));
  });
}

describe('marathon events: GET /v2/events', () => {
  let server: Server | undefined;
  const streams: Stream[] = [];
  const sockets: Socket[] = [];

  /**
   * `forceCloseConnections` is on where the `eventsource` client is used: when that client (undici fetch underneath)
   * aborts a stream, undici opens a fresh connection that never sends a request, and a default server.close() waits
   * for such a connection until its headers timeout. The server-close test runs without it, on raw HTTP clients.
   */
  async function start(options: Partial<EventStreamOptions> = {}, forceCloseConnections = true): Promise<Server> {
    const app = fastify({ logger: false, forceCloseConnections });
    const bus = new MarathonEventBus();
    registerEventStream(app, bus, { clock: () => new Date(CLOCK_TIME), ...options });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    server = { app, bus, port: address.port, url: `http://127.0.0.1:${address.port}${options.path ?? '/v2/events'}` };
    return server;
  }

  function open(url: string, types: readonly MarathonEventType[]): Stream {
    const stream = new Stream(url, types);
    streams.push(stream);
    return stream;
  }

  afterEach(async () => {
    for (const stream of streams.splice(0)) stream.close();
    for (const socket of sockets.splice(0)) socket.destroy();
    await server?.app.close();
    server = undefined;
  });

  it('sends event_stream_attached first, then published events with an event name and eventType/timestamp in data', async () => {
    const { bus, url } = await start();
    const stream = open(url, ['event_stream_attached', 'deployment_success', 'app_terminated_event']);
    const [attached] = await stream.waitFor(1);
    expect(attached?.type).to.equal('event_stream_attached');
    expect(attached?.data).to.deep.equal({ remoteAddress: '127.0.0.1', eventType: 'event_stream_attached', timestamp: CLOCK_TIME });

    const success = deploymentSuccessEvent(samplePlan(), T1);
    bus.publish(success);
    bus.publish(marathonEvent('app_terminated_event', { appId: '/prod/web' }, T0));
    const received = await stream.waitFor(3);
    expect(received.map((r) => r.type)).to.deep.equal(['event_stream_attached', 'deployment_success', 'app_terminated_event']);
    expect(received[1]?.data).to.deep.equal(JSON.parse(JSON.stringify(success)));
    expect(received[1]?.data['eventType']).to.equal('deployment_success');
    expect(received[1]?.data['timestamp']).to.equal(T1);
    expect(received[1]?.data['plan']).to.have.keys('id', 'original', 'target', 'steps', 'version');
    expect(received[2]?.data).to.deep.equal({ appId: '/prod/web', eventType: 'app_terminated_event', timestamp: T0 });
  });

  it('delivers only the types named by repeated event_type parameters', async () => {
    const { bus, url } = await start();
    const all: MarathonEventType[] = ['event_stream_attached', 'status_update_event', 'deployment_success', 'app_terminated_event', 'group_change_success'];
    const stream = open(`${url}?event_type=deployment_success&event_type=app_terminated_event`, all);
    await new Promise<void>((resolve) => stream.source.addEventListener('open', () => resolve(), { once: true }));
    bus.publish(marathonEvent('status_update_event', {
      slaveId: 'agent-1', taskId: 'web.1', taskStatus: 'TASK_RUNNING', message: '', appId: '/web', host: 'node-1',
      ipAddresses: [{ ipAddress: '10.0.0.2', protocol: 'IPv4' }], ports: [31000], version: T0,
    }, T0));
    bus.publish(deploymentSuccessEvent(samplePlan(), T1));
    bus.publish(marathonEvent('group_change_success', { groupId: '/prod', version: T1 }, T1));
    bus.publish(marathonEvent('app_terminated_event', { appId: '/web' }, T1));
    // Frames of one stream arrive in publish order, so once the last wanted event is here, nothing else came.
    const received = await stream.waitFor(2);
    expect(received.map((r) => r.type)).to.deep.equal(['deployment_success', 'app_terminated_event']);
  });

  it('reduces deployment plans under plan-format=light while full clients keep original and target', async () => {
    const { bus, url } = await start();
    const light = open(`${url}?plan-format=light&event_type=deployment_info`, ['deployment_info']);
    const full = open(`${url}?event_type=deployment_info`, ['deployment_info']);
    const opened = (stream: Stream): Promise<void> => new Promise((resolve) => {
      stream.source.addEventListener('open', () => resolve(), { once: true });
    });
    await Promise.all([opened(light), opened(full)]);
    const plan = samplePlan();
    bus.publish(deploymentInfoEvent(plan, plan.steps[0] ?? { actions: [] }, T1));
    const [[lightInfo], [fullInfo]] = await Promise.all([light.waitFor(1), full.waitFor(1)]);
    expect(lightInfo?.data['plan']).to.deep.equal({ id: plan.id, steps: plan.steps, version: plan.version });
    expect(lightInfo?.data['currentStep']).to.deep.equal({ actions: [{ action: 'StartApplication', app: '/prod/api/db' }] });
    expect(fullInfo?.data['plan']).to.have.keys('id', 'original', 'target', 'steps', 'version');
  });

  it('answers 405 when the client does not accept text/event-stream', async () => {
    const { url, bus } = await start();
    for (const headers of [{}, { accept: 'application/json' }, { accept: '*/*' }]) {
      const response = await fetch(url, { headers });
      expect(response.status, JSON.stringify(headers)).to.equal(405);
      expect(await response.json()).to.deep.equal({ message: 'HTTP method GET is not supported by this URL' });
    }
    expect(bus.listenerCount).to.equal(0);
  });

  it('sends the SSE headers and keep-alive comments on a quiet stream', async () => {
    const { port } = await start({ keepAliveMs: 20, path: '/events' }, false);
    const response = await sseGet(port, '/events', 'text/html, text/event-stream;q=0.9');
    sockets.push(response.socket);
    expect(response.statusCode).to.equal(200);
    expect(response.headers['content-type']).to.equal('text/event-stream');
    expect(response.headers['cache-control']).to.equal('no-cache');
    const text = await readUntil(response, '\n\n:\n\n');
    expect(text.startsWith('event: event_stream_attached\ndata: {')).to.equal(true);
  });

  it('unsubscribes and publishes event_stream_detached when the client disconnects', async () => {
    const { bus, url } = await start();
    const stream = open(url, ['event_stream_attached']);
    await stream.waitFor(1);
    const detached = nextBusEvent(bus, 'event_stream_detached');
    expect(bus.listenerCount).to.equal(2);
    stream.close();
    const event = await detached;
    expect(event).to.deep.equal({ remoteAddress: '127.0.0.1', eventType: 'event_stream_detached', timestamp: CLOCK_TIME });
    expect(bus.listenerCount).to.equal(0);
  });

  it('lets the server close while clients are connected', async () => {
    const { app, bus, port } = await start({}, false);
    let attachedCount = 0;
    let detachedCount = 0;
    bus.subscribe(() => { attachedCount += 1; }, new Set(['event_stream_attached']));
    bus.subscribe(() => { detachedCount += 1; }, new Set(['event_stream_detached']));
    const responses = await Promise.all([1, 2].map(() => sseGet(port, '/v2/events', 'text/event-stream')));
    for (const response of responses) sockets.push(response.socket);
    await Promise.all(responses.map((response) => readUntil(response, 'event: event_stream_attached')));
    expect(attachedCount).to.equal(2);
    const ended = responses.map((response) => new Promise<void>((resolve) => response.socket.once('close', () => resolve())));
    await app.close();
    await Promise.all(ended);
    expect(detachedCount).to.equal(2);
    expect(bus.listenerCount).to.equal(2);
    server = undefined;
  });

  it('disconnects a client that stops reading once its queue passes the bound', async () => {
    const { bus, port } = await start({ maxQueuedFrames: 20 }, false);
    const attached = nextBusEvent(bus, 'event_stream_attached');
    const socket = connect({ host: '127.0.0.1', port });
    sockets.push(socket);
    socket.on('error', () => undefined);
    socket.write('GET /v2/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n');
    socket.pause();
    await attached;
    let detached: MarathonEvent | undefined;
    bus.subscribe((event) => { detached = event; }, new Set(['event_stream_detached']));

    const big = marathonEvent('group_change_failed', { groupId: '/g', version: T0, reason: 'x'.repeat(64 * 1024) }, T0);
    let published = 0;
    while (detached === undefined && published < 10_000) {
      bus.publish(big);
      published += 1;
    }
    expect(detached, `still attached after ${published} frames`).to.not.equal(undefined);
    expect(detached).to.include({ eventType: 'event_stream_detached', remoteAddress: '127.0.0.1' });
    expect(bus.listenerCount).to.equal(1);

    // What reached the socket ends: the server closed the connection.
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.resume();
    await closed;
  });
});
