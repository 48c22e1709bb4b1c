// APP_JSON_SCHEMA: the AppDefinition input as a JSON Schema (draft-07), served on GET /v2/schemas/app for the CLIs
// that still fetch it. It describes what normalizeApp accepts, canonical and legacy fields alike (reference §1, §2,
// §6), so that anything normalizeApp takes also passes the schema; normalizeApp stays the real validator (it checks
// what a schema cannot: cmd/args exclusivity, port names, health-check port indices, ...). Hence:
// - numbers may also be numeric strings and booleans the strings "true"/"false" (#753); optional fields may be null
//   (normalizeApp reads null as absent, and Marathon 1.4 served nulls that clients send back);
// - additionalProperties stays true: normalizeApp ignores unknown fields, and clients PUT back what they GET, which
//   includes AppInfo fields (tasks, tasksRunning, deployments, lastTaskFailure, ...) and fields of newer Marathons.
import { CONSTRAINT_OPERATORS, HEALTH_CHECK_PROTOCOLS } from './types.js';

type Schema = Record<string, unknown>;

// The number syntax normalizeApp accepts inside strings (read.ts).
const NUMERIC = '^\\s*[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?\\s*$';
const LABEL = '([a-z0-9]|[a-z0-9][a-z0-9-]*[a-z0-9])';
/** Absolute or relative path of segments that are labels joined by '.', or '.' / '..' (resolveAppId). */
const PATH_ID = `^/*((\\.{1,2}|(${LABEL}\\.)*${LABEL})(/+|$))+$`;

/** Makes a schema also accept null (read as "absent"). */
function nullable(s: Schema): Schema {
  if (Array.isArray(s.enum)) return { ...s, enum: [...(s.enum as unknown[]), null] };
  if (typeof s.type === 'string') return { ...s, type: [s.type, 'null'] };
  if (Array.isArray(s.type)) return { ...s, type: [...(s.type as unknown[]), 'null'] };
  return { anyOf: [s, { type: 'null' }] };
}

function num(opts: { int?: boolean; min?: number; max?: number } = {}): Schema {
  const s: Schema = { type: [opts.int === true ? 'integer' : 'number', 'string'], pattern: NUMERIC };
  if (opts.min !== undefined) s.minimum = opts.min;
  if (opts.max !== undefined) s.maximum = opts.max;
  return s;
}

const str: Schema = { type: 'string' };
const bool: Schema = { enum: [true, false, 'true', 'false'] };
const port: Schema = num({ int: true, min: 0, max: 65535 });
const strMap: Schema = { type: 'object', additionalProperties: { type: 'string' } };
const strArr: Schema = { type: 'array', items: { type: 'string' } };

/** An object whose listed properties are all optional and nullable. */
function obj(properties: Record<string, Schema>, required: string[] = []): Schema {
  const props = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, required.includes(k) ? v : nullable(v)]));
  const s: Schema = { type: 'object', properties: props, additionalProperties: true };
  if (required.length > 0) s.required = required;
  return s;
}

function arr(items: Schema, extra: Schema = {}): Schema {
  return { type: 'array', items, ...extra };
}

const protocol: Schema = { enum: ['tcp', 'udp', 'udp,tcp'] };

const constraint: Schema = {
  type: 'array',
  minItems: 2,
  maxItems: 3,
  items: [str, { enum: [...CONSTRAINT_OPERATORS] }, { type: ['string', 'number', 'null'] }],
};

const portMapping = obj({
  containerPort: port, hostPort: port, servicePort: port, protocol, name: str, labels: strMap, networkNames: strArr,
});

const volume = obj({
  containerPath: { type: 'string', minLength: 1 },
  mode: { enum: ['RO', 'RW'] },
  hostPath: str,
  secret: str,
  persistent: obj({
    type: { enum: ['root', 'path', 'mount'] },
    size: num({ min: 1 }),
    maxSize: num({ min: 1 }),
    profileName: str,
    constraints: arr(constraint),
  }, ['size']),
  external: obj({ name: str, provider: str, options: strMap, size: num({ min: 0 }) }),
}, ['containerPath']);

const docker = obj({
  image: { type: 'string', minLength: 1 },
  forcePullImage: bool,
  privileged: bool,
  parameters: arr(obj({ key: str, value: str })),
  pullConfig: obj({ secret: str }),
  credential: obj({ principal: str, secret: str }),
  network: { enum: ['BRIDGE', 'HOST', 'USER'], description: 'deprecated: use networks' },
  portMappings: { ...arr(portMapping), description: 'deprecated: use container.portMappings' },
}, ['image']);

const healthCheck = obj({
  protocol: { enum: [...HEALTH_CHECK_PROTOCOLS] },
  path: str,
  portIndex: num({ int: true, min: 0 }),
  port,
  command: obj({ value: str }),
  gracePeriodSeconds: num({ min: 0 }),
  intervalSeconds: num({ min: 0 }),
  timeoutSeconds: num({ min: 0 }),
  maxConsecutiveFailures: num({ int: true, min: 0 }),
  delaySeconds: num({ min: 0 }),
  ignoreHttp1xx: bool,
  ipProtocol: { enum: ['IPv4', 'IPv6'] },
});

const readinessCheck = obj({
  name: str,
  protocol: { enum: ['HTTP', 'HTTPS'] },
  path: str,
  portName: str,
  intervalSeconds: num({ min: 0 }),
  timeoutSeconds: num({ min: 0 }),
  httpStatusCodesForReady: arr(num({ int: true, min: 100, max: 999 })),
  preserveLastResponse: bool,
});

const limit: Schema = { anyOf: [num({ min: 0 }), { const: 'unlimited' }] };

export const APP_JSON_SCHEMA: Readonly<Schema> = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: '/v2/schemas/app',
  title: 'AppDefinition',
  ...obj({
    id: { type: 'string', pattern: PATH_ID },
    cmd: { type: 'string', minLength: 1 },
    args: strArr,
    user: str,
    env: {
      type: 'object',
      additionalProperties: { anyOf: [str, { type: 'object', properties: { secret: str }, required: ['secret'] }] },
    },
    instances: num({ int: true, min: 0 }),
    cpus: num({ min: 0 }),
    mem: num({ min: 0 }),
    disk: num({ min: 0 }),
    gpus: num({ int: true, min: 0 }),
    resourceLimits: obj({ cpus: limit, mem: limit }),
    executor: { type: 'string', pattern: '^(//cmd)|(/?[^/]+(/[^/]+)*)|$' },
    executorResources: obj({ cpus: num({ min: 0 }), mem: num({ min: 0 }), disk: num({ min: 0 }) }),
    constraints: arr(constraint),
    fetch: arr(obj({ uri: { type: 'string', minLength: 1 }, extract: bool, executable: bool, cache: bool, destPath: str }, ['uri'])),
    uris: { ...strArr, description: 'deprecated: use fetch' },
    storeUrls: strArr,
    backoffSeconds: num({ min: 0 }),
    backoffFactor: num({ min: 1 }),
    maxLaunchDelaySeconds: num({ min: 0 }),
    container: obj({
      type: { enum: ['DOCKER', 'MESOS'] },
      docker,
      portMappings: arr(portMapping),
      volumes: arr(volume),
    }),
    networks: arr(obj({ mode: { enum: ['host', 'container/bridge', 'container'] }, name: str, labels: strMap })),
    portDefinitions: arr(obj({ port, protocol, name: str, labels: strMap })),
    ports: { ...arr(port), description: 'deprecated: use portDefinitions' },
    requirePorts: bool,
    ipAddress: {
      ...obj({
        groups: strArr,
        labels: strMap,
        networkName: str,
        discovery: obj({ ports: arr(obj({ number: port, name: str, protocol, labels: strMap })) }),
      }),
      description: 'deprecated: use networks',
    },
    healthChecks: arr(healthCheck),
    check: { type: 'object', description: 'a Mesos check (accepted, not run)' },
    readinessChecks: arr(readinessCheck, { maxItems: 1 }),
    dependencies: arr({ type: 'string', pattern: PATH_ID }),
    upgradeStrategy: obj({ minimumHealthCapacity: num({ min: 0, max: 1 }), maximumOverCapacity: num({ min: 0, max: 1 }) }),
    labels: strMap,
    acceptedResourceRoles: strArr,
    role: str,
    secrets: { type: 'object', additionalProperties: { type: 'object', properties: { source: str }, required: ['source'] } },
    unreachableStrategy: {
      anyOf: [{ const: 'disabled' }, obj({ inactiveAfterSeconds: num({ min: 0 }), expungeAfterSeconds: num({ min: 0 }) })],
    },
    killSelection: { enum: ['YOUNGEST_FIRST', 'OLDEST_FIRST'] },
    taskKillGracePeriodSeconds: num({ min: 0 }),
    taskRateLimit: { ...num({ min: 0 }), description: 'deprecated, ignored' },
    tty: bool,
    residency: {
      ...obj({
        relaunchEscalationTimeoutSeconds: num({ int: true, min: 0 }),
        taskLostBehavior: { enum: ['WAIT_FOREVER', 'RELAUNCH_AFTER_TIMEOUT'] },
      }),
      description: 'deprecated, no effect',
    },
    version: str,
    versionInfo: obj({ lastScalingAt: str, lastConfigChangeAt: str }),
  }, ['id']),
};
