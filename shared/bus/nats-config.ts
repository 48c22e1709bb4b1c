// How to reach a NATS server, and its translation into nats.js connection options.
import { readFileSync } from 'node:fs';
import { credsAuthenticator, type ConnectionOptions } from 'nats';
import { DroverError } from '../errors/index.js';

export interface NatsTlsConfig {
  readonly caFile?: string;
  readonly certFile?: string;
  readonly keyFile?: string;
}

export interface NatsConfig {
  /** `nats://host:port` URLs (credentials in URLs are ignored here: use user/pass/token, or natsConfigFromUrl). */
  readonly servers: string | readonly string[];
  /** The connection name the server shows in monitoring. */
  readonly name?: string;
  readonly user?: string;
  readonly pass?: string;
  readonly token?: string;
  /** TLS is required when present (an empty object uses the system CAs). */
  readonly tls?: NatsTlsConfig;
  /** A NATS .creds file (JWT + nkey seed). */
  readonly credsFile?: string;
  /** Reconnect after a lost connection: default true, every 250 ms, without limit. */
  readonly reconnect?: boolean;
}

/** Connection options for nats.js. */
export function natsConnectionOptions(config: NatsConfig): ConnectionOptions {
  const servers = typeof config.servers === 'string' ? [config.servers] : [...config.servers];
  if (servers.length === 0) throw new DroverError('CONFIG', 'NATS config names no server');
  const options: ConnectionOptions = {
    servers,
    reconnect: config.reconnect ?? true,
    reconnectTimeWait: 250,
    maxReconnectAttempts: -1,
    // The first connect fails fast: no server there is a configuration error, not an outage to ride out.
    waitOnFirstConnect: false,
  };
  if (config.name !== undefined) options.name = config.name;
  if (config.user !== undefined) options.user = config.user;
  if (config.pass !== undefined) options.pass = config.pass;
  if (config.token !== undefined) options.token = config.token;
  if (config.tls !== undefined) {
    const tls: NonNullable<ConnectionOptions['tls']> = {};
    if (config.tls.caFile !== undefined) tls.caFile = config.tls.caFile;
    if (config.tls.certFile !== undefined) tls.certFile = config.tls.certFile;
    if (config.tls.keyFile !== undefined) tls.keyFile = config.tls.keyFile;
    options.tls = tls;
  }
  if (config.credsFile !== undefined) {
    let creds: Uint8Array;
    try {
      creds = readFileSync(config.credsFile);
    } catch (error) {
      throw new DroverError('CONFIG', `cannot read NATS creds file '${config.credsFile}'`, { cause: error });
    }
    options.authenticator = credsAuthenticator(creds);
  }
  return options;
}

/**
 * Parses `nats://[user:pass@|token@]host:port[,nats://host2:port...]`; `tls://` asks for TLS. Credentials come from
 * the first URL that has them and are removed from the server list.
 */
export function natsConfigFromUrl(url: string): NatsConfig {
  const servers: string[] = [];
  let user: string | undefined;
  let pass: string | undefined;
  let token: string | undefined;
  let tls = false;
  for (const part of url.split(',').map((piece) => piece.trim())) {
    if (part === '') continue;
    let parsed: URL;
    try {
      parsed = new URL(part.includes('://') ? part : `nats://${part}`);
    } catch (error) {
      throw new DroverError('CONFIG', `invalid NATS URL '${part}'`, { cause: error });
    }
    if (!['nats:', 'tls:'].includes(parsed.protocol) || parsed.hostname === '') {
      throw new DroverError('CONFIG', `invalid NATS URL '${part}': use nats://host:port or tls://host:port`);
    }
    if (parsed.protocol === 'tls:') tls = true;
    if (parsed.username !== '' && user === undefined && token === undefined) {
      if (parsed.password !== '') {
        user = decodeURIComponent(parsed.username);
        pass = decodeURIComponent(parsed.password);
      } else {
        token = decodeURIComponent(parsed.username);
      }
    }
    servers.push(`nats://${parsed.host}`);
  }
  if (servers.length === 0) throw new DroverError('CONFIG', `invalid NATS URL '${url}': no server`);
  return {
    servers,
    ...(user === undefined ? {} : { user }),
    ...(pass === undefined ? {} : { pass }),
    ...(token === undefined ? {} : { token }),
    ...(tls ? { tls: {} } : {}),
  };
}
