// Chooses a Store from one configuration string, so every process takes the same `--store` value:
//   memory:                          in-memory (tests, `drover dev`)
//   lmdb:/path/to/dir  or  /path     embedded LMDB in that directory (single machine)
//   nats://host:port?bucket=NAME     NATS JetStream KV (bucket default `drover`; also replicas=N, history=N);
//                                    several servers as nats://a:4222,b:4222?bucket=NAME; tls:// works the same
import { DroverError } from '../errors/index.js';
import { openJetStreamStore, type JetStreamStoreOptions } from './jetstream-store.js';
import { openLmdbStore } from './lmdb-store.js';
import { MemoryStore } from './memory-store.js';
import type { Store } from './types.js';

export const DEFAULT_KV_BUCKET = 'drover';

export async function openStore(spec: string): Promise<Store> {
  if (spec === 'memory:') return new MemoryStore();
  if (spec.startsWith('lmdb:')) return openLmdbStore(nonEmptyPath(spec, spec.slice('lmdb:'.length)));
  if (spec.startsWith('nats://') || spec.startsWith('tls://')) return openJetStreamStore(parseNatsSpec(spec));
  if (/^[a-z][a-z0-9+.-]*:/i.test(spec)) {
    throw new DroverError('CONFIG', `unknown store ${JSON.stringify(spec)}: use memory:, lmdb:PATH or nats://HOST:PORT`);
  }
  return openLmdbStore(nonEmptyPath(spec, spec));
}

/** The JetStream options a `nats://` or `tls://` store spec stands for. */
export function parseNatsSpec(spec: string): JetStreamStoreOptions {
  const [address = '', query = ''] = spec.split('?', 2);
  const scheme = address.slice(0, address.indexOf('://') + 3);
  const hosts = address.slice(scheme.length).split(',').filter((host) => host !== '');
  if (hosts.length === 0) throw new DroverError('CONFIG', `store ${JSON.stringify(spec)} names no NATS server`);
  const params = new URLSearchParams(query);
  for (const name of params.keys()) {
    if (!['bucket', 'replicas', 'history'].includes(name)) {
      throw new DroverError('CONFIG', `store ${JSON.stringify(spec)}: unknown parameter ${JSON.stringify(name)}`);
    }
  }
  const servers = hosts.map((host) => `${scheme}${host.replace(/\/+$/, '')}`);
  const replicas = positiveInteger(spec, params, 'replicas');
  const history = positiveInteger(spec, params, 'history');
  return {
    servers: servers.length === 1 && servers[0] !== undefined ? servers[0] : servers,
    bucket: params.get('bucket') ?? DEFAULT_KV_BUCKET,
    ...(replicas === undefined ? {} : { replicas }),
    ...(history === undefined ? {} : { history }),
  };
}

function positiveInteger(spec: string, params: URLSearchParams, name: string): number | undefined {
  const text = params.get(name);
  if (text === null) return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new DroverError('CONFIG', `store ${JSON.stringify(spec)}: ${name} must be a positive integer`);
  }
  return value;
}

function nonEmptyPath(spec: string, path: string): string {
  if (path === '') throw new DroverError('CONFIG', `store ${JSON.stringify(spec)} names no directory`);
  return path;
}
