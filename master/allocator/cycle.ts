// One allocation cycle (Mesos HierarchicalAllocatorProcess::__generateOffers):
//
//   agents (shuffled) ─▶ stage 1: roles with unmet quota guarantees, up to the guarantee ─▶ shuffle again
//                     ─▶ stage 2: every role in sorter order, within quota limits and guarantee headroom
//   for each (agent, role): the role's frameworks in sorter order; the first one not filtered gets the whole slice.
//
// Every decision is charged at once, so shares move within the cycle exactly as in Mesos.
import type { Resources } from '../../shared/resources/index.js';
import type { OfferFilters } from './offer-filters.js';
import { addQuantities, NO_QUANTITIES, quantitiesOf, resourceNameId, unreservedQuantitiesOf, type Quantities } from './quantities.js';
import type { QuotaTracker } from './quota.js';
import { shuffleInPlace } from './seeded-random.js';
import { capableSlice, guaranteeSlice, roleSlice, shrinkUnreserved } from './slices.js';
import type { Sorter } from './sorters/index.js';
import type { AgentState, Client, RoleState } from './state.js';
import type { OfferDecision } from './types.js';

export interface CycleContext {
  readonly roleSorter: Sorter<RoleState>;
  readonly filters: OfferFilters;
  readonly quota: QuotaTracker;
  readonly filterGpuResources: boolean;
  readonly random: () => number;
  isAllocatable(quantities: Quantities): boolean;
  /** Charges `resources` of `agent` to `client`. */
  charge(client: Client, agent: AgentState, resources: Resources): void;
  /** Every agent, for the guarantee headroom. */
  allAgents(): Iterable<AgentState>;
}

const enum Stage {
  Guarantees,
  Fair,
}

/** Unreserved resources left unallocated on active agents, while guarantees need headroom. */
interface Headroom {
  free: Float64Array;
}

/** Runs one cycle over `agents` (already shuffled); returns the offers made. */
export function runCycle(context: CycleContext, agents: AgentState[], now: number): OfferDecision[] {
  const decisions: OfferDecision[] = [];
  let headroom: Headroom | undefined;
  if (context.quota.hasGuarantees) {
    for (const agent of agents) visitAgent(context, agent, now, decisions, Stage.Guarantees, undefined);
    shuffleInPlace(agents, context.random);
    headroom = { free: NO_QUANTITIES };
    for (const agent of context.allAgents()) {
      if (agent.active) headroom.free = addQuantities(headroom.free, unreservedQuantitiesOf(agent.free));
    }
  }
  for (const agent of agents) visitAgent(context, agent, now, decisions, Stage.Fair, headroom);
  return decisions;
}

function visitAgent(
  context: CycleContext,
  agent: AgentState,
  now: number,
  decisions: OfferDecision[],
  stage: Stage,
  headroom: Headroom | undefined,
): void {
  context.filters.sweep(agent, now);
  if (!agent.freeAllocatable) return;
  const roles = context.roleSorter.sort();
  // The role order is read once per agent (as Mesos does); charging below may change the sorter's own array.
  const roleCount = roles.length;
  const roleOrder = roleCount <= 1 ? roles.order : roles.order.slice(0, roleCount);
  const rolesByIndex = roles.byIndex;
  for (let r = 0; r < roleCount; r += 1) {
    const role = rolesByIndex[roleOrder[r]!]!;
    const active = role.sorter.activeCount;
    if (active === 0) continue;
    // Every active framework of the role holds a fast filter for this agent: nothing to look at.
    if (agent.fastFilters >= active && (agent.activeFilteredByRole[role.index] ?? 0) >= active) continue;
    if (stage === Stage.Guarantees && !context.quota.underGuarantee(role.name)) continue;
    const offer = offerToRole(context, agent, role, now, decisions, stage, headroom);
    if (offer === undefined) continue;
    if (headroom !== undefined) headroom.free = addQuantities(headroom.free, unreservedQuantitiesOf(offer), -1);
    if (!agent.freeAllocatable) return;
  }
}

/**
 * Gives the slice to the role's first framework (in sorter order) that is not filtered and can take it. The slice
 * is built only once a candidate is found, so agents filtered for everyone cost no resource arithmetic.
 */
function offerToRole(
  context: CycleContext,
  agent: AgentState,
  role: RoleState,
  now: number,
  decisions: OfferDecision[],
  stage: Stage,
  headroom: Headroom | undefined,
): Resources | undefined {
  const sorted = role.sorter.sort();
  const order = sorted.order;
  const length = sorted.length;
  // After the sweep in visitAgent, a set bit means an unexpired fast filter.
  const bits = agent.filterBits;
  const words = bits.length;
  const gpuGate = context.filterGpuResources && agent.hasGpus;
  const slowFilters = agent.legacyFilters !== undefined || agent.exactFilters !== undefined;
  let slice: Resources | undefined;
  for (let i = 0; i < length; i += 1) {
    const index = order[i]!;
    const word = index >>> 5;
    if (word < words && (bits[word]! & (1 << (index & 31))) !== 0) continue;
    const client = sorted.byIndex[index]!;
    if (gpuGate && !client.framework.capabilities.gpuResources) continue;
    if (slice === undefined) {
      slice = buildSlice(context, agent, role, stage, headroom);
      if (slice === undefined) return undefined;
    }
    let offer: Resources = slice;
    if (agent.hasRefinedReservations) {
      offer = capableSlice(agent, slice, client);
      if (offer !== slice && (offer.length === 0 || !context.isAllocatable(quantitiesOf(offer)))) continue;
    }
    if (slowFilters && context.filters.blocksSlowly(agent, client, offer, now)) continue;
    context.charge(client, agent, offer);
    decisions.push({ frameworkId: client.framework.id, agentId: agent.id, role: role.name, resources: offer });
    return offer;
  }
  return undefined;
}

/** The role's slice of the agent for this stage, or undefined when it is below the minimum allocatable size. */
function buildSlice(
  context: CycleContext,
  agent: AgentState,
  role: RoleState,
  stage: Stage,
  headroom: Headroom | undefined,
): Resources | undefined {
  let slice = roleSlice(agent, agent.free, role);
  if (stage === Stage.Guarantees) slice = guaranteeSlice(slice, guaranteeCaps(context.quota, role.name));
  else if (context.quota.enabled) {
    const caps = fairCaps(context.quota, role, headroom);
    if (caps !== undefined) slice = shrinkUnreserved(slice, caps);
  }
  if (slice.length === 0) return undefined;
  return (slice === agent.free ? agent.freeAllocatable : context.isAllocatable(quantitiesOf(slice))) ? slice : undefined;
}

function minInto(caps: Map<string, number>, name: string, amount: number): void {
  const before = caps.get(name);
  if (before === undefined || amount < before) caps.set(name, amount);
}

/** Stage 2 caps: quota limits, and the unreserved resources unmet guarantees of other roles need. */
function fairCaps(quota: QuotaTracker, role: RoleState, headroom: Headroom | undefined): Map<string, number> | undefined {
  const caps = quota.limitHeadroom(role.name);
  if (headroom === undefined) return caps;
  const required = quota.requiredHeadroom();
  if (required.size === 0) return caps;
  const out = caps ?? new Map<string, number>();
  const own = guaranteeCaps(quota, role.name);
  for (const [name, needed] of required) {
    const id = resourceNameId(name);
    const free = id < headroom.free.length ? headroom.free[id]! : 0;
    minInto(out, name, free - needed + (own.get(name) ?? 0));
  }
  return out;
}

/** Stage 1 caps: the unmet guarantee of the role or its guaranteed ancestors, within quota limits. */
function guaranteeCaps(quota: QuotaTracker, roleName: string): Map<string, number> {
  const caps = new Map<string, number>();
  for (let path: string | undefined = roleName; path !== undefined; ) {
    for (const [name, missing] of quota.unsatisfiedGuarantee(path)) minInto(caps, name, missing);
    const slash = path.lastIndexOf('/');
    path = slash > 0 ? path.slice(0, slash) : undefined;
  }
  const limits = quota.limitHeadroom(roleName);
  if (limits !== undefined) for (const [name, left] of limits) if (caps.has(name)) minInto(caps, name, left);
  return caps;
}
