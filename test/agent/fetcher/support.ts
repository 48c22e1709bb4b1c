// A real local HTTP file server (port 0) that counts requests, and archives made with the real tar and zip.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface FileServer {
  readonly url: string;
  /** Requests per path so far. */
  readonly requests: Map<string, number>;
  /** The Authorization header of the latest request per path. */
  readonly authorizations: Map<string, string>;
  /** Serves `body` at `path` (e.g. '/app.tgz'). */
  serve(path: string, body: Buffer | string): void;
  /** Answers `path` with headers and then never a byte of body. */
  stall(path: string): void;
  close(): Promise<void>;
}

export async function startFileServer(): Promise<FileServer> {
  const files = new Map<string, Buffer>();
  const stalled = new Set<string>();
  const requests = new Map<string, number>();
  const authorizations = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    requests.set(path, (requests.get(path) ?? 0) + 1);
    if (request.headers.authorization !== undefined) authorizations.set(path, request.headers.authorization);
    if (stalled.has(path)) {
      response.writeHead(200, { 'content-length': '1000' });
      response.flushHeaders();
      return;
    }
    const body = files.get(path);
    if (body === undefined) {
      response.writeHead(404).end('not here');
      return;
    }
    response.writeHead(200, { 'content-length': String(body.length) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    authorizations,
    serve: (path, body) => { files.set(path, Buffer.from(body)); },
    stall: (path) => { stalled.add(path); },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Writes `files` (relative path -> content) under a fresh directory and packs them with tar or zip; the bytes. */
export async function makeArchive(kind: 'tar.gz' | 'tar.bz2' | 'tar.xz' | 'tar' | 'zip', files: Record<string, string>): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'drover-archive-'));
  const content = join(dir, 'content');
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(content, path)), { recursive: true });
    await writeFile(join(content, path), text);
  }
  const out = join(dir, `out.${kind}`);
  const names = Object.keys(files);
  if (kind === 'zip') {
    execFileSync('zip', ['-q', out, ...names], { cwd: content });
  } else {
    const flag = { 'tar.gz': '-z', 'tar.bz2': '-j', 'tar.xz': '-J', 'tar': '' }[kind];
    execFileSync('tar', ['-c', ...(flag === '' ? [] : [flag]), '-f', out, ...names], { cwd: content });
  }
  const bytes = await readFile(out);
  await rm(dir, { recursive: true, force: true });
  return bytes;
}
