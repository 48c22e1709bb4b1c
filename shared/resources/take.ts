// Carving a task's resources out of an offer: frameworks ask for amounts ("1.5 cpus, 256 mem, 2 ports") and get the
// concrete resource entries to launch with, taken from the entries reserved to their role before unreserved ones, so
// reservations get used rather than stranded.
import { DroverError } from '../errors/index.js';
import { withValue } from './identity.js';
import { normalizeChecked } from './normalize.js';
import { lowestValues, rangesSize } from './ranges.js';
import { isRoleOrSubrole, roleDepth } from './roles.js';
import { fromMillis, toMillis } from './scalar.js';
import type { Resource, Resources } from './types.js';

export interface ResourceRequest {
  readonly cpus?: number;
  readonly mem?: number;
  readonly disk?: number;
  readonly gpus?: number;
  /** How many ports, any numbers: the lowest free ones are taken. */
  readonly ports?: number;
}

const SCALAR_NAMES = ['cpus', 'mem', 'disk', 'gpus'] as const;

function checkRequest(want: ResourceRequest): void {
  for (const name of [...SCALAR_NAMES, 'ports'] as const) {
    const amount = want[name];
    if (amount === undefined) continue;
    const integral = name === 'gpus' || name === 'ports';
    if (!Number.isFinite(amount) || amount < 0 || (integral && !Number.isInteger(amount))) {
      const kind = integral ? 'a non-negative integer' : 'a non-negative finite number';
      throw new DroverError('INVALID_ARGUMENT', `requested ${name} must be ${kind}, got ${amount}`);
    }
  }
}

/**
 * The entries usable for `role`, best first: reserved exactly to `role`, then to its ancestors (nearest first), then
 * unreserved. Without a role every entry is usable (an offer holds only what its role may use), reserved first.
 */
function candidates(from: Resources, role: string | undefined): Resource[] {
  const ranked: { resource: Resource; rank: number }[] = [];
  for (const resource of from) {
    if (resource.reservations.length === 0) {
      ranked.push({ resource, rank: Number.MAX_SAFE_INTEGER });
    } else if (role === undefined) {
      ranked.push({ resource, rank: 0 });
    } else if (isRoleOrSubrole(role, resource.role)) {
      ranked.push({ resource, rank: roleDepth(role) - roleDepth(resource.role) });
    }
  }
  // Array.prototype.sort is stable, so equal ranks keep the normalised order.
  return ranked.sort((x, y) => x.rank - y.rank).map((entry) => entry.resource);
}

/**
 * Takes `want` out of `from`: the requested scalars and `ports` concrete ports (lowest first), preferring entries
 * reserved to `role`. Returns a normalised list contained in `from`, or undefined when `from` cannot cover the request.
 * Throws INVALID_ARGUMENT for negative or non-finite amounts and for fractional gpus or ports.
 */
export function takeScalarsAndPorts(from: Resources, want: ResourceRequest, role?: string): Resources | undefined {
  checkRequest(want);
  const usable = candidates(from, role);
  const taken: Resource[] = [];
  for (const name of SCALAR_NAMES) {
    let remaining = toMillis(want[name] ?? 0);
    for (const resource of usable) {
      if (remaining === 0) break;
      if (resource.name !== name || resource.value.type !== 'scalar') continue;
      const amount = Math.min(remaining, toMillis(resource.value.value));
      taken.push(withValue(resource, { type: 'scalar', value: fromMillis(amount) }));
      remaining -= amount;
    }
    if (remaining > 0) return undefined;
  }
  let ports = want.ports ?? 0;
  for (const resource of usable) {
    if (ports === 0) break;
    if (resource.name !== 'ports' || resource.value.type !== 'ranges') continue;
    const count = Math.min(ports, rangesSize(resource.value.ranges));
    taken.push(withValue(resource, { type: 'ranges', ranges: lowestValues(resource.value.ranges, count) ?? [] }));
    ports -= count;
  }
  if (ports > 0) return undefined;
  return normalizeChecked(taken);
}
