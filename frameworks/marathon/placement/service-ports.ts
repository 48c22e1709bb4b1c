// Service ports: cluster-unique numbers from --local_port_min/max that load balancers use to find an app. Marathon
// only allocates them (GroupManager.assignDynamicServicePorts); nothing listens on them.
import { DroverError } from '../../sdk/index.js';
import type { AppDefinition, PortDefinition, PortMapping, ValidationError } from '../app-definition/index.js';
import { usesPortMappings } from './declared-ports.js';

export interface ServicePortOptions {
  /** The range, both ends included (Marathon's --local_port_min/max, 10000/20000). */
  readonly min: number;
  readonly max: number;
  /** The app's version before this change: the ports it was given are kept. */
  readonly previous?: AppDefinition;
  /** Which free port: an index in [0, candidates) over the free ports in ascending order. Default: the lowest. */
  readonly pick?: (candidates: number) => number;
}

export type ServicePortResult = { readonly app: AppDefinition } | { readonly errors: ValidationError };

interface Slot {
  readonly index: number;
  readonly name: string | undefined;
  readonly path: string;
  port: number;
}

/**
 * Gives every port the app leaves to Marathon (a port definition's `port: 0` without requirePorts, a mapping's
 * `servicePort: 0`) a service port in [min, max] that no other app holds (`used`) and the app does not name itself.
 * Ports the previous version got are kept: same name first, then same position, then any other it held.
 * Explicit non-zero ports are left alone even when another app has them (Marathon allows duplicate explicit
 * service ports). A kept previous port is not checked against `used`: it is this app's own.
 */
export function assignServicePorts(app: AppDefinition, used: ReadonlySet<number>, options: ServicePortOptions): ServicePortResult {
  const mine = servicePorts(app);
  const slots: Slot[] = [];
  mine.forEach((entry, index) => {
    if (entry.port === 0 && entry.dynamic) slots.push({ index, name: entry.name, path: entry.path, port: 0 });
  });
  if (slots.length === 0) return { app };
  const taken = new Set(mine.filter((entry) => entry.port !== 0).map((entry) => entry.port));
  keepPrevious(slots, taken, options);

  const open = slots.filter((slot) => slot.port === 0);
  if (open.length > 0) {
    const free: number[] = [];
    for (let port = options.min; port <= options.max; port += 1) if (!used.has(port) && !taken.has(port)) free.push(port);
    const pick = options.pick ?? (() => 0);
    const exhausted: Slot[] = [];
    for (const slot of open) {
      if (free.length === 0) {
        exhausted.push(slot);
        continue;
      }
      const at = pick(free.length);
      if (!Number.isInteger(at) || at < 0 || at >= free.length) {
        throw new DroverError('INVALID_ARGUMENT', `pick(${free.length}) returned ${at}, not an integer in [0, ${free.length})`);
      }
      slot.port = free.splice(at, 1)[0]!;
    }
    if (exhausted.length > 0) {
      const message = `All ports in the range [${options.min}-${options.max}] are already used`;
      return { errors: { message: 'Object is not valid', details: exhausted.map((s) => ({ path: s.path, errors: [message] })) } };
    }
  }
  return { app: withServicePorts(app, new Map(slots.map((slot) => [slot.index, slot.port]))) };
}

interface ServicePortEntry {
  readonly port: number;
  readonly name: string | undefined;
  /** True when a 0 here asks for an assigned port. */
  readonly dynamic: boolean;
  readonly path: string;
}

function servicePorts(app: AppDefinition): ServicePortEntry[] {
  if (usesPortMappings(app)) {
    return (app.container?.portMappings ?? []).map((pm, i) => ({
      port: pm.servicePort, name: pm.name, dynamic: true, path: `/container/portMappings(${i})/servicePort`,
    }));
  }
  return app.portDefinitions.map((pd, i) => ({
    port: pd.port, name: pd.name, dynamic: !app.requirePorts, path: `/portDefinitions(${i})/port`,
  }));
}

function keepPrevious(slots: Slot[], taken: Set<number>, options: ServicePortOptions): void {
  if (options.previous === undefined) return;
  const previousAll = servicePorts(options.previous);
  // Only ports inside the range are kept (Marathon: range.contains(p)).
  const before = previousAll.filter((e) => e.port >= options.min && e.port <= options.max);
  const claim = (slot: Slot, entry: ServicePortEntry | undefined): void => {
    if (slot.port !== 0 || entry === undefined || taken.has(entry.port)) return;
    slot.port = entry.port;
    taken.add(entry.port);
  };
  for (const slot of slots) {
    if (slot.name !== undefined) claim(slot, before.find((e) => e.name === slot.name));
  }
  for (const slot of slots) {
    const entry = previousAll[slot.index];
    if (entry !== undefined && before.includes(entry)) claim(slot, entry);
  }
  for (const slot of slots) claim(slot, before.find((e) => !taken.has(e.port)));
}

function withServicePorts(app: AppDefinition, ports: ReadonlyMap<number, number>): AppDefinition {
  if (usesPortMappings(app) && app.container !== undefined) {
    const portMappings = app.container.portMappings.map((pm, i): PortMapping => {
      const port = ports.get(i);
      return port === undefined ? pm : { ...pm, servicePort: port };
    });
    return { ...app, container: { ...app.container, portMappings } };
  }
  const portDefinitions = app.portDefinitions.map((pd, i): PortDefinition => {
    const port = ports.get(i);
    return port === undefined ? pd : { ...pd, port };
  });
  return { ...app, portDefinitions };
}
