// GET /v2/events: Marathon's server-sent-event stream on a fastify server.
//
// Without `Accept: text/event-stream` the answer is 405, as Marathon's Jetty EventSourceServlet falls back to
// HttpServlet.doGet ("HTTP method GET is not supported by this URL"; events.raml documents the 405). Otherwise 200 and
// frames until the client leaves: first `event_stream_attached` (published on the bus, so every stream sees it, as
// in Marathon), then every bus event whose type is in the repeatable `event_type` parameter (none = all), deployment
// plans reduced under `plan-format=light`, and a `:` comment every keepAliveMs. When the client goes, the stream
// unsubscribes and `event_stream_detached` is published.
//
// A client that stops reading is cut off once more than `maxQueuedFrames` frames have piled up behind a full socket
// buffer. Marathon drops events for such a client instead; clients treat events as cache invalidation and resync on
// reconnect, so a clean disconnect is safer than a silent gap, and memory stays bounded either way.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { MarathonEventBus } from './bus.js';
import { eventStreamAttached, eventStreamDetached } from './constructors.js';
import { KEEP_ALIVE_FRAME, sseFrame, type PlanFormat } from './sse-frame.js';

export interface EventStreamOptions {
  /** Default `/v2/events`. */
  readonly path?: string;
  /** The time stamped on `event_stream_attached` / `event_stream_detached`. */
  readonly clock: () => Date;
  /** Interval of `:` keep-alive comments; default 15000; 0 turns them off. */
  readonly keepAliveMs?: number;
  /** Frames a stream may queue behind a full socket buffer before the client is disconnected; default 1000. */
  readonly maxQueuedFrames?: number;
}

export const DEFAULT_EVENTS_PATH = '/v2/events';
export const DEFAULT_KEEP_ALIVE_MS = 15_000;
export const DEFAULT_MAX_QUEUED_FRAMES = 1000;

const NOT_ACCEPTED_MESSAGE = 'HTTP method GET is not supported by this URL';

interface StreamSettings {
  readonly bus: MarathonEventBus;
  readonly clock: () => Date;
  readonly keepAliveMs: number;
  readonly maxQueuedFrames: number;
}

/** Adds the event stream route to `app`; open streams are closed when `app.close()` is called. */
export function registerEventStream(app: FastifyInstance, bus: MarathonEventBus, options: EventStreamOptions): void {
  const settings: StreamSettings = {
    bus,
    clock: options.clock,
    keepAliveMs: options.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS,
    maxQueuedFrames: options.maxQueuedFrames ?? DEFAULT_MAX_QUEUED_FRAMES,
  };
  const open = new Set<() => void>();

  // preClose runs before fastify closes the HTTP server, which would otherwise wait forever for these connections.
  app.addHook('preClose', (done) => {
    for (const close of [...open]) close();
    done();
  });

  app.get(options.path ?? DEFAULT_EVENTS_PATH, { exposeHeadRoute: false }, (request, reply) => {
    if (!acceptsEventStream(request.headers.accept)) {
      void reply.code(405).send({ message: NOT_ACCEPTED_MESSAGE });
      return;
    }
    reply.hijack();
    const close: (() => void) | undefined = openStream(request, reply, settings, () => {
      if (close !== undefined) open.delete(close);
    });
    if (close !== undefined) open.add(close);
  });
}

/** True when one of the Accept media ranges is exactly text/event-stream (parameters aside); `*\/*` is not enough. */
export function acceptsEventStream(accept: string | readonly string[] | undefined): boolean {
  const values = accept === undefined ? [] : typeof accept === 'string' ? [accept] : accept;
  return values.some((value) => value.split(',').some(
    (range) => (range.split(';')[0] ?? '').trim().toLowerCase() === 'text/event-stream',
  ));
}

function queryValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Starts one stream; returns the function that closes it (used on server close), or undefined if the client left. */
function openStream(
  request: FastifyRequest, reply: FastifyReply, settings: StreamSettings, forget: () => void,
): (() => void) | undefined {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const eventTypes = new Set(queryValues(query['event_type']));
  const format: PlanFormat = queryValues(query['plan-format']).includes('light') ? 'light' : 'full';
  const remoteAddress = request.ip;
  const response: ServerResponse = reply.raw;
  const socket: Socket = request.raw.socket;
  // Gone already: its 'close' has fired, so nothing would ever unsubscribe a stream opened now.
  if (socket.destroyed) return undefined;

  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  response.flushHeaders();

  let ended = false;
  let queuedFrames = 0;
  response.on('drain', () => { queuedFrames = 0; });

  const write = (frame: string): void => {
    if (ended) return;
    if (response.writableNeedDrain) {
      queuedFrames += 1;
      if (queuedFrames > settings.maxQueuedFrames) {
        socket.destroy();
        end();
        return;
      }
    }
    response.write(frame);
  };

  const unsubscribe = settings.bus.subscribe((event) => write(sseFrame(event, format)), eventTypes);
  const keepAlive = settings.keepAliveMs > 0 ? setInterval(() => write(KEEP_ALIVE_FRAME), settings.keepAliveMs) : undefined;
  keepAlive?.unref();

  function end(): void {
    if (ended) return;
    ended = true;
    clearInterval(keepAlive);
    unsubscribe();
    forget();
    settings.bus.publish(eventStreamDetached(remoteAddress, settings.clock()));
  }

  response.once('close', end);
  // Subscribed first, so this stream's first frame is its own attach event (unless its filter excludes it).
  settings.bus.publish(eventStreamAttached(remoteAddress, settings.clock()));

  return () => {
    // Server shutdown: the client will reconnect elsewhere, so the socket need not drain first.
    response.end();
    socket.destroy();
    end();
  };
}
