// The real probes: one fresh connection per probe (no keep-alive pool), GET for HTTP(S), a bare connect for TCP.
// HTTPS accepts any certificate, as Marathon's health and readiness checks do: they test liveness, not identity.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { IncomingMessage } from 'node:http';
import type { ProbeFn, ProbeOutcome, ProbeRequest } from './types.js';

/** Readiness bodies are kept for `/v2`; cap them so a chatty endpoint cannot bloat the scheduler. */
export const MAX_PROBE_BODY_BYTES = 1024 * 1024;

export const realProbe: ProbeFn = (request) => (request.protocol === 'TCP' ? tcpProbe(request) : httpProbe(request));

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]?.trim() ?? '';
}

function errorCause(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function httpProbe(request: ProbeRequest): Promise<ProbeOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: ProbeOutcome): void => {
      if (settled) return;
      settled = true;
      resolve(outcome);
      client.destroy();
    };
    const options: https.RequestOptions = {
      host: request.host,
      port: request.port,
      path: request.path,
      method: 'GET',
      agent: false,
      signal: request.signal,
    };
    const onResponse = (response: IncomingMessage): void => {
      const head = {
        kind: 'response' as const,
        status: response.statusCode ?? 0,
        statusText: response.statusMessage ?? '',
        contentType: mediaType(response.headers['content-type']),
      };
      // Dropping the connection mid-body makes the response emit an error; it is expected, not a fault.
      response.on('error', () => undefined);
      if (!request.readBody) {
        settle({ ...head, body: '' });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = (): void => settle({ ...head, body: Buffer.concat(chunks).toString('utf8') });
      response.on('data', (chunk: Buffer) => {
        const room = MAX_PROBE_BODY_BYTES - size;
        chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
        size += Math.min(chunk.length, room);
        if (size >= MAX_PROBE_BODY_BYTES) finish();
      });
      response.on('end', finish);
      response.on('close', () => settle({ kind: 'error', cause: 'the response was cut off' }));
    };
    const client = request.protocol === 'HTTPS'
      ? https.request({ ...options, rejectUnauthorized: false }, onResponse)
      : http.request(options, onResponse);
    // A 1xx status line is a final answer for Marathon's client (healthy or ignored per ignoreHttp1xx); Node's client
    // reports it as `information` (101 as `upgrade`) and would wait on for another status line.
    client.on('information', (info) => {
      settle({ kind: 'response', status: info.statusCode, statusText: info.statusMessage, contentType: '', body: '' });
    });
    client.on('upgrade', (response, socket) => {
      socket.destroy();
      settle({
        kind: 'response',
        status: response.statusCode ?? 101,
        statusText: response.statusMessage ?? '',
        contentType: '',
        body: '',
      });
    });
    client.on('error', (error) => settle({ kind: 'error', cause: errorCause(error) }));
    client.end();
  });
}

function tcpProbe(request: ProbeRequest): Promise<ProbeOutcome> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: request.host, port: request.port });
    const onAbort = (): void => {
      socket.destroy();
      resolve({ kind: 'error', cause: 'aborted' });
    };
    const done = (outcome: ProbeOutcome): void => {
      request.signal.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(outcome);
    };
    if (request.signal.aborted) {
      onAbort();
      return;
    }
    request.signal.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => done({ kind: 'connected' }));
    socket.once('error', (error) => done({ kind: 'error', cause: errorCause(error) }));
  });
}
