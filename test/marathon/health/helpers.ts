// Test helpers: real local servers (HTTP, HTTPS with a throw-away self-signed certificate, raw TCP), and a recorder
// that lets a test wait for a reported event instead of sleeping.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { HealthCheck, ReadinessCheck } from '../../../frameworks/marathon/app-definition/index.js';

export class Recorder<T> {
  readonly items: T[] = [];
  private waiters: Array<{ predicate: (item: T) => boolean; resolve: (item: T) => void }> = [];

  readonly push = (item: T): void => {
    this.items.push(item);
    const ready = this.waiters.filter((waiter) => waiter.predicate(item));
    this.waiters = this.waiters.filter((waiter) => !ready.includes(waiter));
    for (const waiter of ready) waiter.resolve(item);
  };

  /** The first item, past or future, that matches. */
  waitFor(predicate: (item: T) => boolean = () => true): Promise<T> {
    const seen = this.items.find(predicate);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ predicate, resolve }));
  }

  /** Resolves once `count` items have arrived. */
  async waitForCount(count: number): Promise<T[]> {
    while (this.items.length < count) {
      const length = this.items.length;
      await new Promise<T>((resolve) => this.waiters.push({ predicate: () => this.items.length > length, resolve }));
    }
    return this.items.slice(0, count);
  }
}

export interface RunningServer {
  readonly port: number;
  close(): Promise<void>;
}

function portOf(server: net.Server): number {
  return (server.address() as AddressInfo).port;
}

async function listen(server: net.Server, port = 0): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return portOf(server);
}

export async function startHttpServer(handler: http.RequestListener, port = 0): Promise<RunningServer> {
  const server = http.createServer(handler);
  const bound = await listen(server, port);
  return {
    port: bound,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export async function startHttpsServer(
  credentials: { key: Buffer; cert: Buffer },
  handler: http.RequestListener,
): Promise<RunningServer> {
  const server = https.createServer(credentials, handler);
  const bound = await listen(server);
  return {
    port: bound,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A raw TCP server: the handler gets each socket; every socket is destroyed on close. */
export async function startTcpServer(onSocket: (socket: net.Socket) => void): Promise<RunningServer> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    onSocket(socket);
  });
  const bound = await listen(server);
  return {
    port: bound,
    close: () => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

/** A port nobody listens on (bound once, then released). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function opensslAvailable(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A fresh self-signed certificate for 127.0.0.1, made by the openssl CLI. */
export function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'drover-health-tls-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1',
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function healthCheck(overrides: Partial<HealthCheck> = {}): HealthCheck {
  return {
    protocol: 'HTTP',
    path: '/',
    portIndex: 0,
    gracePeriodSeconds: 0,
    intervalSeconds: 0.02,
    timeoutSeconds: 1,
    maxConsecutiveFailures: 3,
    delaySeconds: 15,
    ignoreHttp1xx: false,
    ipProtocol: 'IPv4',
    ...overrides,
  };
}

export function readinessCheck(overrides: Partial<ReadinessCheck> = {}): ReadinessCheck {
  return {
    name: 'readinessCheck',
    protocol: 'HTTP',
    path: '/ready',
    portName: 'http-api',
    // Marathon wants timeout < interval; the runner does not care, and a roomy timeout keeps a busy CI box from
    // turning a slow first connection into a spurious timeout.
    intervalSeconds: 0.03,
    timeoutSeconds: 2,
    httpStatusCodesForReady: [200],
    preserveLastResponse: false,
    ...overrides,
  };
}

/** A controllable promise, for probes whose answer the test decides. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}
