// What one (agent, role) step may hand out: the agent's free resources allocatable to the role, minus what the
// framework cannot take, shrunk to quota headroom. Each function returns its input unchanged (same list) when it has
// nothing to remove, so the common unreserved agent costs no allocation at all.
import { allocatableToRole, type Resource, type Resources } from '../../shared/resources/index.js';
import { fromMillis, toMillis } from './quantities.js';
import type { AgentState, Client, RoleState } from './state.js';

/** Unreserved entries plus those reserved to the role or an ancestor of it. */
export function roleSlice(agent: AgentState, resources: Resources, role: RoleState): Resources {
  return agent.hasReservations ? allocatableToRole(resources, role.name) : resources;
}

/** Drops what the framework lacks the capability for (refined reservations, Mesos stripIncapableResources). */
export function capableSlice(agent: AgentState, slice: Resources, client: Client): Resources {
  if (!agent.hasRefinedReservations || client.framework.capabilities.reservationRefinement) return slice;
  const kept = slice.filter((resource) => resource.reservations.length <= 1);
  return kept.length === slice.length ? slice : kept;
}

/** What the agent could offer this client if its free resources were `resources` (no quota applied). */
export function offerableTo(agent: AgentState, resources: Resources, client: Client): Resources {
  return capableSlice(agent, roleSlice(agent, resources, client.role), client);
}

function capped(resource: Resource, cap: number): Resource | undefined {
  if (cap <= 0) return undefined;
  if (resource.value.type !== 'scalar' || toMillis(resource.value.value) <= cap) return resource;
  return { name: resource.name, role: resource.role, reservations: resource.reservations, value: { type: 'scalar', value: fromMillis(cap) } };
}

/**
 * Unreserved scalars capped at `caps` (thousandths per name; names without a cap untouched): quota limits and
 * headroom bound only unreserved resources, since reservations already count as consumed.
 */
export function shrinkUnreserved(slice: Resources, caps: ReadonlyMap<string, number>): Resources {
  let out: Resource[] | undefined;
  for (let i = 0; i < slice.length; i += 1) {
    const resource = slice[i]!;
    const cap = resource.reservations.length === 0 && resource.value.type === 'scalar' ? caps.get(resource.name) : undefined;
    const kept = cap === undefined ? resource : capped(resource, cap);
    if (kept !== resource && out === undefined) out = slice.slice(0, i);
    if (out !== undefined && kept !== undefined) out.push(kept);
  }
  return out ?? slice;
}

/**
 * Stage 1 of a cycle (quota guarantees): reserved entries, unreserved scalars the role has an unsatisfied guarantee
 * for (capped at it), and unreserved non-scalars such as ports; other unreserved scalars wait for stage 2.
 */
export function guaranteeSlice(slice: Resources, caps: ReadonlyMap<string, number>): Resources {
  const out: Resource[] = [];
  for (const resource of slice) {
    if (resource.reservations.length > 0 || resource.value.type !== 'scalar') {
      out.push(resource);
      continue;
    }
    const cap = caps.get(resource.name);
    const kept = cap === undefined ? undefined : capped(resource, cap);
    if (kept !== undefined) out.push(kept);
  }
  return out;
}
