// The canonical (normalized) Marathon AppDefinition: what normalizeApp returns and what Drover stores and serves.
// Legacy input fields (ports, uris, ipAddress, container.docker.network/portMappings) never appear here.

export type EnvValue = string | { secret: string };

export type NetworkMode = 'host' | 'container/bridge' | 'container';

export interface Network {
  mode: NetworkMode;
  name?: string;
  labels?: Record<string, string>;
}

export interface PortDefinition {
  port: number;
  protocol: string;
  name?: string;
  labels?: Record<string, string>;
}

export interface PortMapping {
  containerPort: number;
  hostPort?: number;
  servicePort: number;
  protocol: string;
  name?: string;
  labels?: Record<string, string>;
  networkNames?: string[];
}

export interface DockerParameter {
  key: string;
  value: string;
}

export interface DockerSpec {
  image: string;
  forcePullImage: boolean;
  privileged: boolean;
  parameters: DockerParameter[];
  pullConfig?: { secret: string };
  credential?: { principal: string; secret?: string };
}

export interface PersistentVolumeInfo {
  type: 'root' | 'path' | 'mount';
  size: number;
  maxSize?: number;
  profileName?: string;
  constraints: Constraint[];
}

export interface ExternalVolumeInfo {
  name: string;
  provider: string;
  options: Record<string, string>;
}

export interface Volume {
  containerPath: string;
  mode: 'RO' | 'RW';
  hostPath?: string;
  persistent?: PersistentVolumeInfo;
  external?: ExternalVolumeInfo;
  secret?: string;
}

export interface Container {
  type: 'DOCKER' | 'MESOS';
  docker?: DockerSpec;
  portMappings: PortMapping[];
  volumes: Volume[];
}

/** [field, operator] or [field, operator, value]; value is always a string once normalized. */
export type Constraint = [string, string] | [string, string, string];

export const CONSTRAINT_OPERATORS = ['UNIQUE', 'CLUSTER', 'GROUP_BY', 'LIKE', 'UNLIKE', 'MAX_PER', 'IS'] as const;

export const HEALTH_CHECK_PROTOCOLS = [
  'HTTP', 'HTTPS', 'TCP', 'COMMAND', 'MESOS_HTTP', 'MESOS_HTTPS', 'MESOS_TCP',
] as const;
export type HealthCheckProtocol = (typeof HEALTH_CHECK_PROTOCOLS)[number];

export interface HealthCheck {
  protocol: HealthCheckProtocol;
  path?: string;
  portIndex?: number;
  port?: number;
  command?: { value: string };
  gracePeriodSeconds: number;
  intervalSeconds: number;
  timeoutSeconds: number;
  maxConsecutiveFailures: number;
  delaySeconds: number;
  ignoreHttp1xx: boolean;
  ipProtocol: 'IPv4' | 'IPv6';
}

export interface ReadinessCheck {
  name: string;
  protocol: 'HTTP' | 'HTTPS';
  path: string;
  portName: string;
  intervalSeconds: number;
  timeoutSeconds: number;
  httpStatusCodesForReady: number[];
  preserveLastResponse: boolean;
}

export interface FetchUri {
  uri: string;
  extract: boolean;
  executable: boolean;
  cache: boolean;
  destPath?: string;
}

export interface UpgradeStrategy {
  minimumHealthCapacity: number;
  maximumOverCapacity: number;
}

export type UnreachableStrategy = 'disabled' | { inactiveAfterSeconds: number; expungeAfterSeconds: number };

export type KillSelection = 'YOUNGEST_FIRST' | 'OLDEST_FIRST';

export interface VersionInfo {
  lastScalingAt: string;
  lastConfigChangeAt: string;
}

/** Burst limits above the request (`"unlimited"` = no limit). */
export interface ResourceLimits {
  cpus?: number | 'unlimited';
  mem?: number | 'unlimited';
}

/** A Mesos check (not a health check): its result is informational; kept and served as given. */
export interface MesosCheck {
  http?: { portIndex: number; path?: string; scheme?: string };
  tcp?: { portIndex: number };
  exec?: { command: { shell: string } };
  intervalSeconds: number;
  timeoutSeconds: number;
  delaySeconds: number;
}

export interface ExecutorResources {
  cpus: number;
  mem: number;
  disk: number;
}

export interface AppDefinition {
  id: string;
  cmd?: string;
  args?: string[];
  user?: string;
  env: Record<string, EnvValue>;
  instances: number;
  cpus: number;
  mem: number;
  disk: number;
  gpus: number;
  executor: string;
  constraints: Constraint[];
  fetch: FetchUri[];
  storeUrls: string[];
  backoffSeconds: number;
  backoffFactor: number;
  maxLaunchDelaySeconds: number;
  container?: Container;
  networks: Network[];
  portDefinitions: PortDefinition[];
  requirePorts: boolean;
  healthChecks: HealthCheck[];
  readinessChecks: ReadinessCheck[];
  dependencies: string[];
  upgradeStrategy: UpgradeStrategy;
  labels: Record<string, string>;
  acceptedResourceRoles?: string[];
  role?: string;
  secrets: Record<string, { source: string }>;
  unreachableStrategy: UnreachableStrategy;
  killSelection: KillSelection;
  taskKillGracePeriodSeconds?: number;
  tty?: boolean;
  resourceLimits?: ResourceLimits;
  check?: MesosCheck;
  executorResources?: ExecutorResources;
  version?: string;
  versionInfo?: VersionInfo;
}

/** One entry of a 422 body: every message for one JSON path. */
export interface ValidationDetail {
  path: string;
  errors: string[];
}

/** Marathon's 422 body. */
export interface ValidationError {
  message: 'Object is not valid';
  details: ValidationDetail[];
}

export interface NormalizeOptions {
  /** Sets version/versionInfo when the input has no version (the server stamps new versions). */
  now?: Date;
  /** Group path that relative ids resolve against; default '/'. */
  base?: string;
}

export type NormalizeResult = { app: AppDefinition } | { errors: ValidationError };
