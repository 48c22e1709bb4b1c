// Real servers for health-check tests: an HTTP(S) server whose answer a test can change, a TCP listener, a port
// nobody listens on, and a self-signed certificate made with openssl.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestHttpServer {
  readonly port: number;
  /** The status every request gets from now on; 'hang' never answers. */
  answer: number | 'hang';
  readonly requests: Array<{ readonly path: string; readonly connection: string | undefined }>;
  close(): Promise<void>;
}

function listen(server: Server | TcpServer): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

export async function startHttpServer(tls?: { key: string; cert: string }): Promise<TestHttpServer> {
  const state: { answer: number | 'hang'; requests: TestHttpServer['requests'] } = { answer: 200, requests: [] };
  const handler = (request: IncomingMessage, response: ServerResponse): void => {
    state.requests.push({ path: request.url ?? '', connection: request.headers.connection });
    if (state.answer === 'hang') return;
    response.writeHead(state.answer, { 'content-type': 'text/plain' });
    response.end(`status ${state.answer}\n`);
  };
  const server = tls === undefined ? createHttpServer(handler) : createHttpsServer(tls, handler);
  const port = await listen(server);
  return {
    port,
    get answer() {
      return state.answer;
    },
    set answer(value) {
      state.answer = value;
    },
    requests: state.requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export async function startTcpListener(): Promise<{ readonly port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server);
  return {
    port,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

/** A port that was free a moment ago and has nobody listening on it. */
export async function closedPort(): Promise<number> {
  const server = createTcpServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'drover-health-tls-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=drover-health-test', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
