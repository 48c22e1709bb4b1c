// docker.parameters (Mesos passes them to `docker run` as `--key=value`) mapped onto the engine API's create options.
// Only the options below are known; any other one fails the launch, naming it, rather than being silently dropped.
// Whether the dangerous ones are allowed is refusal.ts's business, checked before this.
import type Dockerode from 'dockerode';
import type { pb } from '../../../shared/protocol/index.js';
import { bindHostPath, dockerParameters, parameterFlag } from './refusal.js';

type Config = Dockerode.ContainerCreateOptions;
type HostConfig = Dockerode.HostConfig;

/** Applies one parameter to the create options; returns why it is invalid, or undefined. */
type Apply = (value: string, config: Config, host: HostConfig, sandbox: string) => string | undefined;

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

function keyValue(value: string): [string, string] | undefined {
  const equals = value.indexOf('=');
  return equals <= 0 ? undefined : [value.slice(0, equals), value.slice(equals + 1)];
}

function flag(set: (on: boolean, host: HostConfig) => void): Apply {
  return (value, _config, host) => {
    const on = parameterFlag(value);
    if (on === undefined) return `expects true or false, not '${value}'`;
    set(on, host);
    return undefined;
  };
}

function text(set: (value: string, config: Config, host: HostConfig) => void): Apply {
  return (value, config, host) => {
    if (value === '') return 'needs a value';
    set(value, config, host);
    return undefined;
  };
}

function list(get: (host: HostConfig) => string[] | undefined, put: (host: HostConfig, values: string[]) => void): Apply {
  return text((value, _config, host) => put(host, [...get(host) ?? [], value]));
}

const parseSize = (value: string): number | undefined => {
  const match = /^(\d+(?:\.\d+)?)([bkmg]?)$/i.exec(value.trim());
  if (match === null) return undefined;
  return Math.round(Number(match[1]) * (SIZE_UNITS[(match[2] ?? '').toLowerCase()] ?? 1));
};

const volume: Apply = (value, config, host, sandbox) => {
  const parts = value.split(':');
  if (parts.length === 1 && parts[0]?.startsWith('/')) {
    config.Volumes = { ...config.Volumes, [value]: {} };
    return undefined;
  }
  if (parts.length < 2 || parts.length > 3 || !parts[1]?.startsWith('/')) return `expects [host-path-or-name:]container-path[:mode]`;
  const source = parts[0] ?? '';
  const bind = [source.startsWith('/') ? bindHostPath(source, sandbox) : source, ...parts.slice(1)].join(':');
  host.Binds = [...host.Binds ?? [], bind];
  return undefined;
};

const PARAMETERS: Record<string, Apply> = {
  'privileged': flag((on, host) => { host.Privileged = on; }),
  'read-only': flag((on, host) => { host.ReadonlyRootfs = on; }),
  'init': flag((on, host) => { host.Init = on; }),
  'pid': text((value, _config, host) => { host.PidMode = value; }),
  'ipc': text((value, _config, host) => { host.IpcMode = value; }),
  'uts': text((value, _config, host) => { host.UTSMode = value; }),
  'userns': text((value, _config, host) => { host.UsernsMode = value; }),
  'net': text((value, _config, host) => { host.NetworkMode = value; }),
  'network': text((value, _config, host) => { host.NetworkMode = value; }),
  'cap-add': list((host) => host.CapAdd as string[] | undefined, (host, values) => { host.CapAdd = values; }),
  'cap-drop': list((host) => host.CapDrop as string[] | undefined, (host, values) => { host.CapDrop = values; }),
  'add-host': list((host) => host.ExtraHosts as string[] | undefined, (host, values) => { host.ExtraHosts = values; }),
  'dns': list((host) => host.Dns as string[] | undefined, (host, values) => { host.Dns = values; }),
  'dns-search': list((host) => host.DnsSearch, (host, values) => { host.DnsSearch = values; }),
  'user': text((value, config) => { config.User = value; }),
  'workdir': text((value, config) => { config.WorkingDir = value; }),
  'hostname': text((value, config) => { config.Hostname = value; }),
  'entrypoint': (value, config) => { config.Entrypoint = value === '' ? [''] : [value]; return undefined; },
  'label': (value, config) => {
    const pair = keyValue(value);
    if (pair === undefined) return 'expects key=value';
    if (pair[0].startsWith('drover.')) return 'drover.* labels belong to the agent';
    config.Labels = { ...config.Labels, [pair[0]]: pair[1] };
    return undefined;
  },
  'env': (value, config) => {
    if (keyValue(value) === undefined) return 'expects NAME=value';
    config.Env = [...config.Env ?? [], value];
    return undefined;
  },
  'sysctl': (value, _config, host) => {
    const pair = keyValue(value);
    if (pair === undefined) return 'expects name=value';
    host.Sysctls = { ...host.Sysctls, [pair[0]]: pair[1] };
    return undefined;
  },
  'ulimit': (value, _config, host) => {
    const match = /^([a-z]+)=(-?\d+)(?::(-?\d+))?$/.exec(value);
    if (match === null) return 'expects name=soft[:hard]';
    const soft = Number(match[2]);
    host.Ulimits = [...host.Ulimits ?? [], { Name: match[1] ?? '', Soft: soft, Hard: match[3] === undefined ? soft : Number(match[3]) }];
    return undefined;
  },
  'shm-size': (value, _config, host) => {
    const size = parseSize(value);
    if (size === undefined) return 'expects a size like 64m';
    host.ShmSize = size;
    return undefined;
  },
  'pids-limit': (value, _config, host) => {
    if (!/^-?\d+$/.test(value)) return 'expects a number';
    host.PidsLimit = Number(value);
    return undefined;
  },
  'tmpfs': text((value, _config, host) => {
    const colon = value.indexOf(':');
    const path = colon < 0 ? value : value.slice(0, colon);
    host.Tmpfs = { ...host.Tmpfs, [path]: colon < 0 ? '' : value.slice(colon + 1) };
  }),
  'volume': volume,
};

const ALIASES: Record<string, string> = { e: 'env', l: 'label', u: 'user', w: 'workdir', h: 'hostname', v: 'volume' };

/** The docker parameters this agent understands (long names). */
export const SUPPORTED_DOCKER_PARAMETERS: readonly string[] = Object.keys(PARAMETERS);

/** Applies every docker parameter to `config`/`config.HostConfig`; returns why one cannot be applied, or undefined. */
export function applyDockerParameters(container: pb.ContainerInfo.$Properties, config: Config, sandbox: string):
string | undefined {
  const host: HostConfig = config.HostConfig ?? {};
  config.HostConfig = host;
  for (const { key, value } of dockerParameters(container)) {
    const apply = PARAMETERS[ALIASES[key] ?? key];
    if (apply === undefined) {
      return `docker parameter '${key}' is not supported (supported: ${SUPPORTED_DOCKER_PARAMETERS.join(', ')})`;
    }
    const problem = apply(value, config, host, sandbox);
    if (problem !== undefined) return `docker parameter '${key}=${value}' ${problem}`;
  }
  return undefined;
}
