// Isolators chosen by name (`--isolation`), as in Mesos: each name maps to a factory in one table. A cgroups isolator
// whose controller is not mounted or not writable (an unprivileged container, a read-only /sys/fs/cgroup) gives way
// to its posix equivalent, which measures but does not confine, and the agent says so at start.
import { DroverError } from '../../shared/errors/index.js';
import { silentLogger, type Logger } from '../logger.js';
import { controllerUsable, detectCgroupLayout, layoutKind, type CgroupLayout } from './cgroup-layout.js';
import { DEFAULT_CGROUPS_ROOT, normalizeCgroupsRoot } from './cgroup-tree.js';
import { CgroupsCpuIsolator } from './cgroups-cpu.js';
import { CgroupsMemIsolator } from './cgroups-mem.js';
import { CgroupsPidsIsolator } from './cgroups-pids.js';
import { NamespacesPidIsolator } from './namespaces-pid.js';
import { PosixCpuIsolator } from './posix-cpu.js';
import { PosixMemIsolator } from './posix-mem.js';
import type { Isolator } from './types.js';

export const ISOLATOR_NAMES = [
  'cgroups/cpu', 'cgroups/mem', 'cgroups/pids', 'namespaces/pid', 'posix/cpu', 'posix/mem',
] as const;
export type IsolatorName = (typeof ISOLATOR_NAMES)[number];

/** Names that stand for several isolators. */
export const ISOLATION_SHORTHANDS: Readonly<Record<string, readonly IsolatorName[]>> = {
  cgroups: ['cgroups/cpu', 'cgroups/mem', 'cgroups/pids'],
  namespaces: ['namespaces/pid'],
  posix: ['posix/cpu', 'posix/mem'],
};

export interface CreateIsolatorsOptions {
  /** Containers' cgroups are `<mount>/<cgroupsRoot>/<containerId>`; default 'drover'. */
  readonly cgroupsRoot?: string;
  /** cgroups/cpu also caps cpu time with CFS quota; default true. */
  readonly cfsQuota?: boolean;
  /** pids.max of every container (cgroups/pids); default 4096. */
  readonly pidsLimit?: number;
  readonly logger?: Logger;
  /** The cgroup layout; default: detected from /proc/self/mountinfo. */
  readonly layout?: CgroupLayout;
}

interface FactoryContext {
  readonly layout: CgroupLayout;
  readonly root: string;
  readonly cfsQuota: boolean;
  readonly pidsLimit?: number;
  readonly logger: Logger;
}

interface IsolatorFactory {
  /** The cgroup controllers it needs, all mounted and writable. */
  readonly controllers?: readonly string[];
  /** What runs instead when a controller is missing; none: nothing does. */
  readonly fallback?: IsolatorName;
  readonly create: (context: FactoryContext) => Isolator;
}

const FACTORIES: Readonly<Record<IsolatorName, IsolatorFactory>> = {
  'cgroups/cpu': {
    controllers: ['cpu', 'cpuacct'],
    fallback: 'posix/cpu',
    create: ({ layout, root, logger, cfsQuota }) => new CgroupsCpuIsolator({ layout, root, logger, cfsQuota }),
  },
  'cgroups/mem': {
    controllers: ['memory'],
    fallback: 'posix/mem',
    create: ({ layout, root, logger }) => new CgroupsMemIsolator({ layout, root, logger }),
  },
  'cgroups/pids': {
    controllers: ['pids'],
    create: ({ layout, root, logger, pidsLimit }) =>
      new CgroupsPidsIsolator(pidsLimit === undefined ? { layout, root, logger } : { layout, root, logger, pidsLimit }),
  },
  'namespaces/pid': { create: () => new NamespacesPidIsolator() },
  'posix/cpu': { create: () => new PosixCpuIsolator() },
  'posix/mem': { create: () => new PosixMemIsolator() },
};

function isIsolatorName(name: string): name is IsolatorName {
  return (ISOLATOR_NAMES as readonly string[]).includes(name);
}

/** Expands shorthands ('cgroups', 'namespaces', 'posix'), drops repeats; throws CONFIG on an unknown name. */
export function expandIsolation(spec: readonly string[]): IsolatorName[] {
  const names: IsolatorName[] = [];
  for (const raw of spec) {
    const name = raw.trim();
    const expanded = Object.hasOwn(ISOLATION_SHORTHANDS, name) ? ISOLATION_SHORTHANDS[name] ?? [] : [name];
    for (const one of expanded) {
      if (!isIsolatorName(one)) {
        const valid = [...Object.keys(ISOLATION_SHORTHANDS), ...ISOLATOR_NAMES].join(', ');
        throw new DroverError('CONFIG', `unknown isolator '${one}'; valid isolators: ${valid}`);
      }
      if (!names.includes(one)) names.push(one);
    }
  }
  return names;
}

/** The value of `--isolation` (a comma list such as `cgroups,namespaces/pid`), expanded and checked. */
export function parseIsolation(flagValue: string): string[] {
  return expandIsolation(flagValue.split(',').map((name) => name.trim()).filter((name) => name !== ''));
}

/** Builds the isolators of `spec`, in order, with posix stand-ins for cgroups ones this machine cannot give. */
export async function createIsolators(
  spec: readonly string[], options: CreateIsolatorsOptions = {},
): Promise<{ isolators: Isolator[]; notes: string[] }> {
  const requested = expandIsolation(spec);
  const root = normalizeCgroupsRoot(options.cgroupsRoot ?? DEFAULT_CGROUPS_ROOT);
  const layout = options.layout ?? await detectCgroupLayout();
  const base = { layout, root, cfsQuota: options.cfsQuota ?? true, logger: options.logger ?? silentLogger };
  const context: FactoryContext = options.pidsLimit === undefined ? base : { ...base, pidsLimit: options.pidsLimit };
  const notes: string[] = [];
  const chosen: IsolatorName[] = [];
  for (const name of requested) {
    const factory = FACTORIES[name];
    const missing = [];
    for (const controller of factory.controllers ?? []) {
      if (!await controllerUsable(layout, controller, root)) missing.push(controller);
    }
    if (missing.length === 0) {
      if (!chosen.includes(name)) chosen.push(name);
      continue;
    }
    const why = `${name}: the cgroup controller${missing.length > 1 ? 's' : ''} ${missing.map((c) => `'${c}'`).join(', ')} `
      + `${missing.length > 1 ? 'are' : 'is'} not mounted or not writable (cgroup layout: ${layoutKind(layout)})`;
    if (factory.fallback === undefined) {
      notes.push(`${why}; running without it`);
    } else {
      notes.push(`${why}; using ${factory.fallback} instead, which measures usage but enforces no limit`);
      if (!chosen.includes(factory.fallback)) chosen.push(factory.fallback);
    }
  }
  return { isolators: chosen.map((name) => FACTORIES[name].create(context)), notes };
}
