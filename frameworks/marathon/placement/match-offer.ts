// Does one instance of an app fit an offer, and with exactly which resources? Marathon's ResourceMatcher +
// PortsMatcher, pure: randomness (which dynamic host ports) comes in as `pickIndex`.
import {
  addResources, subtractResources, takeScalarsAndPorts, type Resource, type Resources,
} from '../../sdk/index.js';
import type { AppDefinition } from '../app-definition/index.js';
import { checkConstraints } from './constraints.js';
import { hostPortRequests } from './declared-ports.js';
import { PortPool } from './port-pool.js';
import type { NoMatchReason, OfferMatch, OfferToMatch, PickIndex, PlacedInstance } from './types.js';

const SCALARS = [
  ['cpus', 'InsufficientCpus'],
  ['mem', 'InsufficientMemory'],
  ['disk', 'InsufficientDisk'],
  ['gpus', 'InsufficientGpus'],
] as const;

const lowestFirst: PickIndex = () => 0;

/**
 * Matches one instance of `app` against `offer`, given the app's instances already `placed` (for constraints).
 * Usable resources: unreserved ones, plus those reserved to the app's role (or an ancestor of it); the role is
 * `app.role`, else the role the offer is allocated to. `acceptedResourceRoles` narrows that (`['*']`: unreserved
 * only). Reservations carrying labels (persistent volumes, other frameworks' bookkeeping) are never used.
 * Every reason that applies is reported. To place several instances on one offer, match each against what
 * `subtractMatched` leaves, adding the earlier ones to `placed`.
 */
export function matchOffer(
  app: AppDefinition,
  offer: OfferToMatch,
  placed: readonly PlacedInstance[],
  pickIndex: PickIndex = lowestFirst,
): OfferMatch {
  const reasons: NoMatchReason[] = [];
  const role = app.role ?? (offer.role === '*' ? undefined : offer.role);
  const usable = offer.resources.filter(usableBy(app, role));
  // An offer allocated to another of the framework's roles cannot launch tasks of this app's role.
  const wrongAllocation = app.role !== undefined && offer.role !== '*' && offer.role !== app.role;
  if (wrongAllocation || (usable.length === 0 && offer.resources.length > 0)) reasons.push('UnfulfilledRole');
  if (!checkConstraints(app.constraints, offer, placed).ok) reasons.push('UnfulfilledConstraint');

  let resources: Resources = [];
  for (const [name, reason] of SCALARS) {
    const amount = app[name];
    // Nothing to take for a zero amount (disk and gpus default to 0).
    if (amount <= 0) continue;
    const taken = takeScalarsAndPorts(usable, { [name]: amount }, role);
    if (taken === undefined) reasons.push(reason);
    else resources = addResources(resources, taken);
  }

  const ports = takeHostPorts(app, usable, pickIndex);
  if (ports === undefined) reasons.push('InsufficientPorts');

  if (reasons.length > 0 || ports === undefined) return { ok: false, reasons };
  return { ok: true, resources: addResources(resources, ports.resources), hostPorts: ports.hostPorts };
}

/** What is left of an offer's resources after a match took `used` (for the next instance on the same offer). */
export function subtractMatched(offerResources: Resources, used: Resources): Resources {
  return subtractResources(offerResources, used);
}

function usableBy(app: AppDefinition, role: string | undefined): (resource: Resource) => boolean {
  const accepted = app.acceptedResourceRoles;
  return (resource) => {
    const innermost = resource.reservations[resource.reservations.length - 1];
    if (innermost === undefined) return accepted === undefined || accepted.includes('*');
    if (innermost.labels !== undefined && Object.keys(innermost.labels).length > 0) return false;
    if (role === undefined || !isRoleOrSubrole(role, resource.role)) return false;
    return accepted === undefined || accepted.includes(resource.role) || accepted.includes(role);
  };
}

/** Mesos: a reservation to `a` serves `a` and every `a/…`. */
function isRoleOrSubrole(role: string, ancestor: string): boolean {
  return role === ancestor || role.startsWith(`${ancestor}/`);
}

/** Fixed host ports first (they must be in the offer), then dynamic ones from what is left; never one port twice. */
function takeHostPorts(
  app: AppDefinition, usable: Resources, pickIndex: PickIndex,
): { resources: Resources; hostPorts: number[] } | undefined {
  const requests = hostPortRequests(app);
  if (requests.length === 0) return { resources: [], hostPorts: [] };
  const pool = new PortPool(usable.filter((r) => r.name === 'ports' && r.value.type === 'ranges'));
  const hostPorts: number[] = new Array<number>(requests.length).fill(0);
  for (const [i, request] of requests.entries()) {
    if (request.kind !== 'fixed') continue;
    if (!pool.takePort(request.port)) return undefined;
    hostPorts[i] = request.port;
  }
  const dynamic = requests.filter((r) => r.kind === 'dynamic').length;
  if (dynamic > pool.size) return undefined;
  for (const [i, request] of requests.entries()) {
    if (request.kind === 'dynamic') hostPorts[i] = pool.takeAny(pickIndex);
  }
  return { resources: pool.takenResources(), hostPorts };
}
