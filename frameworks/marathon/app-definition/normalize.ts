// normalizeApp: untrusted JSON → canonical AppDefinition (Marathon defaults, legacy fields rewritten), or a 422 body
// listing every violation at once.
import { resolveAppId } from './app-id.js';
import { readHealthChecks, readReadinessChecks } from './checks.js';
import { readConstraints } from './constraints.js';
import { Issues, at, idx } from './issues.js';
import { isObj, Reader } from './read.js';
import { readNetworking } from './networking.js';
import type {
  AppDefinition, EnvValue, FetchUri, MesosCheck, NormalizeOptions, NormalizeResult, ResourceLimits, UnreachableStrategy,
} from './types.js';

const ARCHIVE = /\.(tar|tar\.gz|tar\.bz2|tar\.xz|gz|tgz|tbz2|txz|zip)$/;
const CMD_ARGS = "AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'.";

export function normalizeApp(input: unknown, options: NormalizeOptions = {}): NormalizeResult {
  const issues = new Issues();
  if (!isObj(input)) {
    issues.add('/', 'error.expected.jsobject');
    return { errors: issues.toError() };
  }
  const r = new Reader(issues);

  const rawId = r.str(input, 'id', '/');
  let id = '';
  if (rawId === undefined) issues.add('/id', 'error.path.missing');
  else {
    const res = resolveAppId(rawId, options.base ?? '/');
    if ('error' in res) issues.add('/id', res.error);
    else id = res.id;
  }

  const cmd = r.str(input, 'cmd', '/');
  const args = r.strArr(input, 'args', '/');
  const hasCmd = cmd !== undefined;
  const hasArgs = args !== undefined && args.length > 0;
  if ((hasCmd && hasArgs) || (!hasCmd && !hasArgs && (input.container === undefined || input.container === null))) issues.add('/', CMD_ARGS);
  if (cmd === '') issues.add('/cmd', 'must not be empty');

  const secrets: Record<string, { source: string }> = {};
  const rawSecrets = r.obj(input, 'secrets', '/');
  for (const [k, v] of Object.entries(rawSecrets ?? {})) {
    const source = isObj(v) ? r.str(v, 'source', at('/secrets', k)) : undefined;
    if (source === undefined) issues.add(at('/secrets', k), 'must have a source');
    else secrets[k] = { source };
  }

  const env: Record<string, EnvValue> = {};
  for (const [k, v] of Object.entries(r.obj(input, 'env', '/') ?? {})) {
    const p = at('/env', k);
    if (typeof v === 'string') env[k] = v;
    else if (isObj(v) && typeof v.secret === 'string') {
      env[k] = { secret: v.secret };
      if (!(v.secret in secrets)) issues.add(p, `references an undefined secret named '${v.secret}'`);
    } else issues.add(p, 'must be a string or {"secret": name}');
  }

  const fetch: FetchUri[] = [];
  const uris = r.strArr(input, 'uris', '/');
  const rawFetch = r.objArr(input, 'fetch', '/');
  if (uris !== undefined && uris.length > 0 && rawFetch !== undefined && rawFetch.length > 0) {
    issues.add('/uris', 'cannot be combined with fetch');
  }
  if (rawFetch !== undefined) {
    for (const [o, p] of rawFetch) {
      const uri = r.str(o, 'uri', p);
      if (uri === undefined || uri === '') issues.add(at(p, 'uri'), 'must not be empty');
      const f: FetchUri = {
        uri: uri ?? '',
        extract: r.bool(o, 'extract', p) ?? true,
        executable: r.bool(o, 'executable', p) ?? false,
        cache: r.bool(o, 'cache', p) ?? false,
      };
      const destPath = r.str(o, 'destPath', p);
      if (destPath !== undefined) f.destPath = destPath;
      fetch.push(f);
    }
  } else if (uris !== undefined) {
    for (const uri of uris) fetch.push({ uri, extract: ARCHIVE.test(uri), executable: false, cache: false });
  }

  const net = readNetworking(r, input);
  const resident = net.container?.volumes.some((v) => v.persistent !== undefined) ?? false;

  const us = r.obj(input, 'upgradeStrategy', '/');
  const upgradeStrategy = {
    minimumHealthCapacity: (us && r.num(us, 'minimumHealthCapacity', '/upgradeStrategy')) ?? (resident ? 0.5 : 1),
    maximumOverCapacity: (us && r.num(us, 'maximumOverCapacity', '/upgradeStrategy')) ?? (resident ? 0 : 1),
  };
  for (const [k, v] of Object.entries(upgradeStrategy)) {
    if (v < 0) issues.add(at('/upgradeStrategy', k), 'is less than 0');
    if (v > 1) issues.add(at('/upgradeStrategy', k), 'is greater than 1');
  }
  if (resident && upgradeStrategy.maximumOverCapacity !== 0) {
    issues.add('/upgradeStrategy/maximumOverCapacity',
      `got ${upgradeStrategy.maximumOverCapacity}, expected 0 for resident apps`);
  }

  let unreachableStrategy: UnreachableStrategy = resident ? 'disabled' : { inactiveAfterSeconds: 0, expungeAfterSeconds: 0 };
  if (input.unreachableStrategy === 'disabled') unreachableStrategy = 'disabled';
  else {
    const u = r.obj(input, 'unreachableStrategy', '/');
    if (u !== undefined) {
      const inactive = r.num(u, 'inactiveAfterSeconds', '/unreachableStrategy', { min: 0 }) ?? 0;
      const expunge = r.num(u, 'expungeAfterSeconds', '/unreachableStrategy', { min: 0 }) ?? 0;
      if (inactive > expunge) issues.add('/unreachableStrategy/inactiveAfterSeconds', 'must be less or equal to expungeAfterSeconds');
      unreachableStrategy = { inactiveAfterSeconds: inactive, expungeAfterSeconds: expunge };
    }
  }

  const killSelection = r.str(input, 'killSelection', '/') ?? 'YOUNGEST_FIRST';
  if (killSelection !== 'YOUNGEST_FIRST' && killSelection !== 'OLDEST_FIRST') {
    issues.add('/killSelection', 'is not one of (YOUNGEST_FIRST,OLDEST_FIRST)');
  }

  const gpus = r.num(input, 'gpus', '/', { int: true, min: 0 }) ?? 0;
  if (gpus > 0 && net.container?.type === 'DOCKER') issues.add('/gpus', 'GPU resources only work with the Mesos containerizer');

  const executor = r.str(input, 'executor', '/') ?? '';
  if (executor !== '' && !/^(\/\/cmd)|(\/?[^/]+(\/[^/]+)*)$/.test(executor)) issues.add('/executor', 'is not a valid executor');

  const dependencies: string[] = [];
  (r.strArr(input, 'dependencies', '/') ?? []).forEach((d, i) => {
    const res = resolveAppId(d, id === '' ? '/' : id.slice(0, id.lastIndexOf('/')) || '/');
    if ('error' in res) issues.add(idx('/dependencies', i), res.error);
    else dependencies.push(res.id);
  });

  const app: AppDefinition = {
    id,
    env,
    instances: r.num(input, 'instances', '/', { int: true, min: 0 }) ?? 1,
    cpus: r.num(input, 'cpus', '/', { min: 0 }) ?? 1,
    mem: r.num(input, 'mem', '/', { min: 0 }) ?? 128,
    disk: r.num(input, 'disk', '/', { min: 0 }) ?? 0,
    gpus,
    executor,
    constraints: readConstraints(r, input, '/'),
    fetch,
    storeUrls: r.strArr(input, 'storeUrls', '/') ?? [],
    backoffSeconds: r.num(input, 'backoffSeconds', '/', { min: 0 }) ?? 1,
    backoffFactor: r.num(input, 'backoffFactor', '/', { min: 1 }) ?? 1.15,
    maxLaunchDelaySeconds: r.num(input, 'maxLaunchDelaySeconds', '/', { min: 0 }) ?? 300,
    networks: net.networks,
    portDefinitions: net.portDefinitions,
    requirePorts: r.bool(input, 'requirePorts', '/') ?? false,
    healthChecks: readHealthChecks(r, input),
    readinessChecks: readReadinessChecks(r, input),
    dependencies,
    upgradeStrategy,
    labels: r.strMap(input, 'labels', '/') ?? {},
    secrets,
    unreachableStrategy,
    killSelection: killSelection === 'OLDEST_FIRST' ? 'OLDEST_FIRST' : 'YOUNGEST_FIRST',
  };
  if (cmd !== undefined) app.cmd = cmd;
  if (hasArgs) app.args = args;
  if (net.container !== undefined) app.container = net.container;
  const user = r.str(input, 'user', '/');
  if (user !== undefined) app.user = user;
  const roles = r.strArr(input, 'acceptedResourceRoles', '/');
  if (roles !== undefined) app.acceptedResourceRoles = roles;
  const role = r.str(input, 'role', '/');
  if (role !== undefined) app.role = role;
  const grace = r.num(input, 'taskKillGracePeriodSeconds', '/', { min: 0 });
  if (grace !== undefined) app.taskKillGracePeriodSeconds = grace;
  const tty = r.bool(input, 'tty', '/');
  if (tty !== undefined) app.tty = tty;
  readExtras(r, input, app, issues);
  stampVersion(r, input, app, options.now);

  crossChecks(app, issues);
  return issues.empty ? { app } : { errors: issues.toError() };
}

/** resourceLimits, check and executorResources: kept (and served) only when given. */
function readExtras(r: Reader, input: Record<string, unknown>, app: AppDefinition, issues: Issues): void {
  const limits = r.obj(input, 'resourceLimits', '/');
  if (limits !== undefined) {
    const resourceLimits: ResourceLimits = {};
    for (const name of ['cpus', 'mem'] as const) {
      const value = limits[name];
      if (value === undefined || value === null) continue;
      if (value === 'unlimited') resourceLimits[name] = 'unlimited';
      else {
        const amount = r.num(limits, name, '/resourceLimits', { min: 0 });
        if (amount !== undefined) resourceLimits[name] = amount;
      }
      const request = name === 'cpus' ? app.cpus : app.mem;
      const limit = resourceLimits[name];
      if (typeof limit === 'number' && limit < request) issues.add(at('/resourceLimits', name), `must be at least the requested ${name} (${request})`);
    }
    app.resourceLimits = resourceLimits;
  }
  const check = r.obj(input, 'check', '/');
  if (check !== undefined) {
    const http = r.obj(check, 'http', '/check');
    const tcp = r.obj(check, 'tcp', '/check');
    const exec = r.obj(check, 'exec', '/check');
    if ([http, tcp, exec].filter((kind) => kind !== undefined).length !== 1) issues.add('/check', 'must have exactly one of http, tcp or exec');
    const mesosCheck: MesosCheck = {
      intervalSeconds: r.num(check, 'intervalSeconds', '/check', { min: 0 }) ?? 60,
      timeoutSeconds: r.num(check, 'timeoutSeconds', '/check', { min: 0 }) ?? 20,
      delaySeconds: r.num(check, 'delaySeconds', '/check', { min: 0 }) ?? 15,
    };
    if (http !== undefined) {
      mesosCheck.http = { portIndex: r.num(http, 'portIndex', '/check/http', { int: true, min: 0 }) ?? 0 };
      const path = r.str(http, 'path', '/check/http');
      if (path !== undefined) mesosCheck.http.path = path;
      const scheme = r.str(http, 'scheme', '/check/http');
      if (scheme !== undefined) mesosCheck.http.scheme = scheme;
    }
    if (tcp !== undefined) mesosCheck.tcp = { portIndex: r.num(tcp, 'portIndex', '/check/tcp', { int: true, min: 0 }) ?? 0 };
    if (exec !== undefined) {
      const command = r.obj(exec, 'command', '/check/exec');
      const shell = command === undefined ? undefined : r.str(command, 'shell', '/check/exec/command');
      if (shell === undefined) issues.add('/check/exec/command/shell', 'error.path.missing');
      else mesosCheck.exec = { command: { shell } };
    }
    app.check = mesosCheck;
  }
  const executorResources = r.obj(input, 'executorResources', '/');
  if (executorResources !== undefined) {
    app.executorResources = {
      cpus: r.num(executorResources, 'cpus', '/executorResources', { min: 0 }) ?? 0.1,
      mem: r.num(executorResources, 'mem', '/executorResources', { min: 0 }) ?? 32,
      disk: r.num(executorResources, 'disk', '/executorResources', { min: 0 }) ?? 10,
    };
  }
}

function stampVersion(r: Reader, input: Record<string, unknown>, app: AppDefinition, now: Date | undefined): void {
  const version = r.str(input, 'version', '/');
  const vi = r.obj(input, 'versionInfo', '/');
  if (version !== undefined) app.version = version;
  else if (now !== undefined) app.version = now.toISOString();
  if (vi !== undefined) {
    app.versionInfo = {
      lastScalingAt: r.str(vi, 'lastScalingAt', '/versionInfo') ?? app.version ?? '',
      lastConfigChangeAt: r.str(vi, 'lastConfigChangeAt', '/versionInfo') ?? app.version ?? '',
    };
  } else if (version === undefined && now !== undefined) {
    app.versionInfo = { lastScalingAt: now.toISOString(), lastConfigChangeAt: now.toISOString() };
  }
}

/** Rules that look at several normalized fields together. */
function crossChecks(app: AppDefinition, issues: Issues): void {
  const ports = app.networks[0]?.mode === 'host' ? app.portDefinitions : (app.container?.portMappings ?? []);
  app.healthChecks.forEach((hc, i) => {
    if (hc.portIndex !== undefined && hc.portIndex >= ports.length) {
      issues.add(idx('/healthChecks', i), 'Health check port indices must address an element of the ports array or container port mappings.');
    }
  });
  const mesosChecks = app.healthChecks.filter((h) => h.protocol.startsWith('MESOS_') || h.protocol === 'COMMAND');
  if (mesosChecks.length > 1) issues.add('/healthChecks', 'AppDefinition can contain at most one Mesos health check.');
  if (mesosChecks.length > 0 && mesosChecks.length < app.healthChecks.length) {
    issues.add('/healthChecks', 'AppDefinition cannot mix Marathon and Mesos health checks.');
  }
  const names = new Set(ports.map((p) => p.name).filter((n): n is string => n !== undefined));
  app.readinessChecks.forEach((rc, i) => {
    if (!names.has(rc.portName)) {
      issues.add(at(idx('/readinessChecks', i), 'portName'), `No port definition reference for portName ${rc.portName}`);
    }
  });
}
