// Starts a private nats-server child process on a free loopback port (for `drover dev` and for tests).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface NatsServerProcess {
  readonly url: string;
  readonly port: number;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

export interface NatsServerOptions {
  readonly jetstream?: boolean;
  readonly storeDir?: string;
  readonly binary?: string;
  readonly port?: number;
}

const CANDIDATE_PATHS = ['/usr/sbin/nats-server', '/usr/bin/nats-server', '/usr/local/bin/nats-server'];

/** The nats-server binary on this machine, or undefined. */
export function findNatsServerBinary(): string | undefined {
  const fromPath = (process.env['PATH'] ?? '').split(delimiter).map((dir) => join(dir, 'nats-server'));
  return [...fromPath, ...CANDIDATE_PATHS].find((candidate) => existsSync(candidate));
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startNatsServer(options: NatsServerOptions = {}): Promise<NatsServerProcess> {
  const binary = options.binary ?? findNatsServerBinary();
  if (binary === undefined) {
    throw new Error('nats-server not found: install it (apt-get install nats-server) or pass --nats URL');
  }
  const port = options.port ?? (await freePort());
  const args = ['-a', '127.0.0.1', '-p', String(port)];
  let ownStoreDir: string | undefined;
  if (options.jetstream === true) {
    const storeDir = options.storeDir ?? (ownStoreDir = mkdtempSync(join(tmpdir(), 'drover-nats-')));
    args.push('-js', '-sd', storeDir);
  }
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`nats-server did not start within 10 s:\n${log}`)), 10_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('Server is ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`nats-server exited with ${String(code)} before it was ready:\n${log}`));
    });
  });
  child.stderr?.resume();
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    process: child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        await exited;
      }
      if (ownStoreDir !== undefined) rmSync(ownStoreDir, { recursive: true, force: true });
    },
  };
}
