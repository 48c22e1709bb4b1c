// The canonical app as Marathon (≥1.5, RAML writers) serves it on /v2: only Marathon's field names, never the legacy
// input fields (ports, uris, ipAddress, docker.network, docker.portMappings). Marathon's rules followed here:
// - collections marked `omitEmpty` in app.raml (args, constraints, dependencies, env, fetch, healthChecks,
//   readinessChecks, secrets, storeUrls) are left out when empty; labels, networks and the scalars always appear;
// - portDefinitions only with host networking, container.portMappings only without it (AppConversion.appWriter);
// - optional fields (cmd, user, role, tty, taskKillGracePeriodSeconds, acceptedResourceRoles, version, versionInfo,
//   and optional sub-fields) appear exactly when the canonical app has them, i.e. when the user set them. Marathon
//   drops an empty acceptedResourceRoles; we keep it so that normalizeApp(appJson(app)) gives back the same app.
import type {
  AppDefinition, Container, HealthCheck, Network, PortDefinition, PortMapping, ReadinessCheck, Volume,
} from '../app-definition/index.js';

type Json = Record<string, unknown>;

export function appJson(app: AppDefinition): Json {
  const host = isHostNetworking(app);
  const out: Json = { id: app.id };
  if (app.acceptedResourceRoles !== undefined) out.acceptedResourceRoles = [...app.acceptedResourceRoles];
  if (app.args !== undefined && app.args.length > 0) out.args = [...app.args];
  out.backoffFactor = app.backoffFactor;
  out.backoffSeconds = app.backoffSeconds;
  if (app.cmd !== undefined) out.cmd = app.cmd;
  if (app.constraints.length > 0) out.constraints = app.constraints.map((c) => [...c]);
  if (app.container !== undefined) out.container = containerJson(app.container, host);
  out.cpus = app.cpus;
  if (app.dependencies.length > 0) out.dependencies = [...app.dependencies];
  out.disk = app.disk;
  if (Object.keys(app.env).length > 0) {
    out.env = Object.fromEntries(Object.entries(app.env).map(([k, v]) => [k, typeof v === 'string' ? v : { secret: v.secret }]));
  }
  out.executor = app.executor;
  if (app.fetch.length > 0) {
    out.fetch = app.fetch.map((f) => withOptional({ uri: f.uri, extract: f.extract, executable: f.executable, cache: f.cache }, f, ['destPath']));
  }
  if (app.healthChecks.length > 0) out.healthChecks = app.healthChecks.map(healthCheckJson);
  out.instances = app.instances;
  out.labels = { ...app.labels };
  out.maxLaunchDelaySeconds = app.maxLaunchDelaySeconds;
  out.mem = app.mem;
  out.gpus = app.gpus;
  out.networks = app.networks.map(networkJson);
  if (host) out.portDefinitions = app.portDefinitions.map(portDefinitionJson);
  if (app.readinessChecks.length > 0) out.readinessChecks = app.readinessChecks.map(readinessCheckJson);
  out.requirePorts = app.requirePorts;
  if (Object.keys(app.secrets).length > 0) {
    out.secrets = Object.fromEntries(Object.entries(app.secrets).map(([k, v]) => [k, { source: v.source }]));
  }
  if (app.storeUrls.length > 0) out.storeUrls = [...app.storeUrls];
  if (app.taskKillGracePeriodSeconds !== undefined) out.taskKillGracePeriodSeconds = app.taskKillGracePeriodSeconds;
  out.upgradeStrategy = {
    minimumHealthCapacity: app.upgradeStrategy.minimumHealthCapacity,
    maximumOverCapacity: app.upgradeStrategy.maximumOverCapacity,
  };
  if (app.user !== undefined) out.user = app.user;
  if (app.version !== undefined) out.version = app.version;
  if (app.versionInfo !== undefined) {
    out.versionInfo = { lastScalingAt: app.versionInfo.lastScalingAt, lastConfigChangeAt: app.versionInfo.lastConfigChangeAt };
  }
  out.killSelection = app.killSelection;
  out.unreachableStrategy = app.unreachableStrategy === 'disabled'
    ? 'disabled'
    : {
      inactiveAfterSeconds: app.unreachableStrategy.inactiveAfterSeconds,
      expungeAfterSeconds: app.unreachableStrategy.expungeAfterSeconds,
    };
  if (app.tty !== undefined) out.tty = app.tty;
  if (app.resourceLimits !== undefined) out.resourceLimits = { ...app.resourceLimits };
  if (app.check !== undefined) out.check = structuredClone(app.check);
  if (app.executorResources !== undefined) out.executorResources = { ...app.executorResources };
  if (app.role !== undefined) out.role = app.role;
  return out;
}

/** Marathon's `servicePorts`: port-definition ports with host networking, else the port mappings' service ports. */
export function servicePorts(app: AppDefinition): number[] {
  return isHostNetworking(app)
    ? app.portDefinitions.map((p) => p.port)
    : (app.container?.portMappings ?? []).map((p) => p.servicePort);
}

function isHostNetworking(app: AppDefinition): boolean {
  return app.networks.every((n) => n.mode === 'host');
}

/** Copies the listed optional keys of `src` into `base` when they are set. */
function withOptional<T extends object>(base: Json, src: T, keys: readonly (keyof T & string)[]): Json {
  for (const k of keys) {
    const v = src[k];
    if (v !== undefined) base[k] = copy(v);
  }
  return base;
}

/** Deep copy of plain JSON data, so callers may mutate what we return without touching the stored app. */
function copy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(copy);
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]));
  return v;
}

function containerJson(c: Container, host: boolean): Json {
  const out: Json = { type: c.type };
  if (c.docker !== undefined) {
    const d = c.docker;
    out.docker = withOptional({
      forcePullImage: d.forcePullImage,
      image: d.image,
      parameters: d.parameters.map((p) => ({ key: p.key, value: p.value })),
      privileged: d.privileged,
    }, d, ['credential', 'pullConfig']);
  }
  out.volumes = c.volumes.map(volumeJson);
  if (!host) out.portMappings = c.portMappings.map(portMappingJson);
  return out;
}

function volumeJson(v: Volume): Json {
  return withOptional({ containerPath: v.containerPath, mode: v.mode }, v, ['hostPath', 'persistent', 'external', 'secret']);
}

function portMappingJson(p: PortMapping): Json {
  const out: Json = { containerPort: p.containerPort };
  if (p.hostPort !== undefined) out.hostPort = p.hostPort;
  return withOptional(Object.assign(out, { servicePort: p.servicePort, protocol: p.protocol }), p, ['name', 'labels', 'networkNames']);
}

function portDefinitionJson(p: PortDefinition): Json {
  return withOptional({ port: p.port, protocol: p.protocol }, p, ['name', 'labels']);
}

function networkJson(n: Network): Json {
  return withOptional({ mode: n.mode }, n, ['name', 'labels']);
}

function healthCheckJson(h: HealthCheck): Json {
  const out = withOptional({ protocol: h.protocol }, h, ['path', 'portIndex', 'port', 'command']);
  return Object.assign(out, {
    gracePeriodSeconds: h.gracePeriodSeconds,
    intervalSeconds: h.intervalSeconds,
    timeoutSeconds: h.timeoutSeconds,
    maxConsecutiveFailures: h.maxConsecutiveFailures,
    delaySeconds: h.delaySeconds,
    ignoreHttp1xx: h.ignoreHttp1xx,
    ipProtocol: h.ipProtocol,
  });
}

function readinessCheckJson(r: ReadinessCheck): Json {
  return {
    name: r.name,
    protocol: r.protocol,
    path: r.path,
    portName: r.portName,
    intervalSeconds: r.intervalSeconds,
    timeoutSeconds: r.timeoutSeconds,
    httpStatusCodesForReady: [...r.httpStatusCodesForReady],
    preserveLastResponse: r.preserveLastResponse,
  };
}
