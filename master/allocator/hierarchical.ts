// The hierarchical allocator (Mesos src/master/allocator/mesos/hierarchical.cpp): weighted DRF over roles, then over
// the frameworks of each role, with offer filters, suppression, reservations, quota and capabilities. Pure and
// synchronous: time comes in as `now` (ms), randomness from a seeded source; every call is bookkeeping except
// allocate(), which runs one cycle (cycle.ts).
import { DroverError } from '../../shared/errors/index.js';
import {
  addResources,
  parseResources,
  scalarValue,
  subtractResources,
  type Resources,
} from '../../shared/resources/index.js';
import { checkRole, ClientRegistry } from './clients.js';
import { runCycle, type CycleContext } from './cycle.js';
import { OfferFilters } from './offer-filters.js';
import {
  addQuantities,
  fromMillis,
  NO_QUANTITIES,
  quantitiesByName,
  quantitiesOf,
  quantitiesToNumbers,
  type Quantities,
} from './quantities.js';
import { QuotaTracker } from './quota.js';
import { seededRandom, shuffleInPlace } from './seeded-random.js';
import { DEFAULT_SORTER, sorterFactory, type Sorter, type SorterOptions } from './sorters/index.js';
import type { Client, RoleState } from './state.js';
import { AgentState, FrameworkState, NO_RESOURCES } from './state.js';
import type {
  AllocationUse,
  AllocatorOptions,
  AllocatorStats,
  FrameworkAllocationInfo,
  OfferDecision,
  ResourceTotals,
  RoleQuotaStatus,
} from './types.js';

const DEFAULT_SEED = 0x5eed;
const DEFAULT_MIN_ALLOCATABLE = ['cpus:0.01', 'mem:32'];

function millisToNumbers(millis: ReadonlyMap<string, number> | undefined): Map<string, number> {
  return new Map([...(millis ?? [])].map(([name, amount]) => [name, fromMillis(amount)]));
}

class MutableTotals {
  quantities: Float64Array = NO_QUANTITIES;
  version = 0;

  change(quantities: Quantities, sign: 1 | -1): void {
    if (quantities.length === 0) return;
    this.quantities = addQuantities(this.quantities, quantities, sign);
    this.version += 1;
  }
}

export class HierarchicalAllocator implements CycleContext {
  readonly roleSorter: Sorter<RoleState>;
  readonly filters: OfferFilters;
  readonly quota = new QuotaTracker();
  readonly filterGpuResources: boolean;
  readonly random: () => number;
  /** Alternatives as flat [name id, amount, name id, amount, ...] lists: checked several times per agent. */
  private readonly minAllocatable: readonly (readonly number[])[];
  private readonly totals = new MutableTotals();
  private readonly agents = new Map<string, AgentState>();
  private readonly agentList: AgentState[] = [];
  private readonly registry: ClientRegistry;
  private allocationRuns = 0;
  private lastRunOffers = 0;

  constructor(options: AllocatorOptions = {}) {
    const factory = sorterFactory(options.sorter ?? DEFAULT_SORTER);
    this.filterGpuResources = options.filterGpuResources ?? false;
    this.random = seededRandom(options.seed ?? DEFAULT_SEED);
    const minimum = options.minAllocatable ?? DEFAULT_MIN_ALLOCATABLE.map((text) => parseResources(text));
    this.minAllocatable = minimum.map((resources) => {
      const pairs: number[] = [];
      quantitiesOf(resources).forEach((amount, id) => {
        if (amount > 0) pairs.push(id, amount);
      });
      return pairs;
    });
    const sorterOptions: SorterOptions = {
      hierarchical: true,
      excludedResourceNames: options.fairnessExcludedResourceNames ?? [],
      random: this.random,
      totals: this.totals,
    };
    this.roleSorter = factory<RoleState>(sorterOptions);
    this.filters = new OfferFilters(
      (index) => this.registry.clientsByIndex[index],
      () => this.registry.clientsByIndex.length,
    );
    this.registry = new ClientRegistry({
      sorterFactory: factory,
      sorterOptions,
      roleSorter: this.roleSorter,
      filters: this.filters,
      agents: () => this.agentList,
    });
  }

  // ---- frameworks ----

  addFramework(frameworkId: string, info: FrameworkAllocationInfo, active = true): void {
    for (const role of info.roles) checkRole(role);
    let framework = this.registry.frameworks.get(frameworkId);
    if (framework === undefined) {
      framework = new FrameworkState(frameworkId);
      this.registry.frameworks.set(frameworkId, framework);
    }
    framework.implicit = false;
    framework.active = active;
    this.registry.applyInfo(framework, info);
    if (!active) this.registry.clearFilters(framework);
  }

  /** Calls about frameworks the allocator does not know (a race with their removal) are ignored, as for agents. */
  updateFramework(frameworkId: string, info: FrameworkAllocationInfo): void {
    const framework = this.registry.known(frameworkId);
    if (framework !== undefined) this.registry.applyInfo(framework, info);
  }

  removeFramework(frameworkId: string): void {
    const framework = this.registry.frameworks.get(frameworkId);
    if (framework === undefined) return;
    for (const client of [...framework.clients.values()]) {
      for (const agent of this.agentList) {
        if (client.heldAgents === 0) break;
        const held = agent.heldBy(client);
        if (held !== undefined) this.release(client, agent, held);
      }
      this.registry.removeClient(client);
    }
    this.registry.frameworks.delete(frameworkId);
  }

  activateFramework(frameworkId: string): void {
    const framework = this.registry.known(frameworkId);
    if (framework === undefined) return;
    framework.active = true;
    this.registry.syncActivation(framework);
  }

  /** Inactive frameworks get no offers; their filters go (Mesos deactivateFramework). */
  deactivateFramework(frameworkId: string): void {
    const framework = this.registry.known(frameworkId);
    if (framework === undefined) return;
    framework.active = false;
    this.registry.syncActivation(framework);
    this.registry.clearFilters(framework);
  }

  /** Stops offers to the framework in `roles` (all its roles when absent) until revived. */
  suppressOffers(frameworkId: string, roles?: readonly string[]): void {
    const framework = this.registry.known(frameworkId);
    if (framework === undefined) return;
    framework.suppressedRoles = new Set([...framework.suppressedRoles, ...(roles ?? framework.roles)]);
    this.registry.syncActivation(framework);
  }

  /** Resumes offers in `roles` (all its roles when absent) and drops the framework's filters there. */
  reviveOffers(frameworkId: string, roles?: readonly string[], _now?: number): void {
    const framework = this.registry.known(frameworkId);
    if (framework === undefined) return;
    const revived = new Set(roles ?? framework.roles);
    framework.suppressedRoles = new Set([...framework.suppressedRoles].filter((role) => !revived.has(role)));
    this.registry.syncActivation(framework);
    for (const role of revived) {
      const client = framework.clients.get(role);
      if (client !== undefined) this.filters.clearClient(client, this.agentList);
    }
  }

  // ---- agents ----

  /** Adds an agent with what is already running on it; adding a known agent again replaces it. */
  addAgent(agentId: string, total: Resources, used: readonly AllocationUse[], attributes?: unknown): void {
    if (this.agents.has(agentId)) this.removeAgent(agentId);
    const agent = new AgentState(agentId, total, attributes);
    this.describeTotal(agent);
    this.agents.set(agentId, agent);
    agent.listIndex = this.agentList.length;
    this.agentList.push(agent);
    this.setFree(agent, total, quantitiesOf(total));
    this.totals.change(quantitiesOf(total), 1);
    if (this.quota.enabled) this.quota.reservations(total, 1);
    for (const use of used) this.charge(this.registry.implicitClient(use.frameworkId, use.role), agent, use.resources);
    agent.ceiling = agent.free;
  }

  removeAgent(agentId: string): void {
    const agent = this.agents.get(agentId);
    if (agent === undefined) return;
    for (const [client, held] of agent.heldEntries()) {
      this.uncharge(client, held);
      client.heldAgents -= 1;
      this.registry.dropClientIfDone(client);
    }
    agent.clearHeld();
    this.filters.dropAgent(agent);
    this.totals.change(quantitiesOf(agent.total), -1);
    if (this.quota.enabled) this.quota.reservations(agent.total, -1);
    const last = this.agentList.pop()!;
    if (last !== agent) {
      this.agentList[agent.listIndex] = last;
      last.listIndex = agent.listIndex;
    }
    this.agents.delete(agentId);
  }

  /** A new total (operations, oversubscription); what is allocated must still fit in it. */
  updateAgentTotal(agentId: string, total: Resources): void {
    const agent = this.agent(agentId);
    const inUse = subtractResources(agent.total, agent.free);
    const free = subtractResources(total, inUse);
    this.totals.change(quantitiesOf(agent.total), -1);
    this.totals.change(quantitiesOf(total), 1);
    if (this.quota.enabled) {
      this.quota.reservations(agent.total, -1);
      this.quota.reservations(total, 1);
    }
    agent.total = total;
    this.describeTotal(agent);
    this.setFree(agent, free, quantitiesOf(free));
    this.filters.freeGrew(agent);
  }

  activateAgent(agentId: string): void {
    this.agent(agentId).active = true;
  }

  /** An inactive agent (e.g. draining) is left out of cycles. */
  deactivateAgent(agentId: string): void {
    this.agent(agentId).active = false;
  }

  // ---- resources ----

  /** Marks resources as used by a framework, e.g. a task the master learned of when an agent re-registered. */
  allocated(frameworkId: string, agentId: string, role: string, resources: Resources): void {
    this.charge(this.registry.implicitClient(frameworkId, role), this.agent(agentId), resources);
  }

  /**
   * Gives resources back: unused parts of an offer (with a filter when refuseSeconds > 0) or a finished task's.
   * Unknown frameworks and agents are ignored: their resources went back when they were removed.
   */
  recoverResources(
    frameworkId: string,
    agentId: string,
    role: string,
    resources: Resources,
    refuseSeconds: number | undefined,
    now: number,
  ): void {
    const client = this.registry.frameworks.get(frameworkId)?.clients.get(role);
    const agent = this.agents.get(agentId);
    if (client === undefined || agent === undefined || resources.length === 0) return;
    this.release(client, agent, resources);
    if (refuseSeconds !== undefined && refuseSeconds > 0 && client.framework.clients.get(role) === client) {
      this.filters.install(agent, client, resources, now + refuseSeconds * 1000);
    }
  }

  // ---- roles ----

  setWeight(role: string, weight: number): void {
    checkRole(role);
    if (!Number.isFinite(weight) || weight <= 0) {
      throw new DroverError('INVALID_ARGUMENT', `weight of role '${role}' must be a positive number, got ${weight}`);
    }
    this.roleSorter.setWeight(role, weight);
  }

  /** Sets (or with both absent, clears) a role's quota: a limit on scalars and optionally a guarantee. */
  setQuota(role: string, limit: Resources | undefined, guarantee?: Resources): void {
    checkRole(role);
    const quota = limit === undefined && guarantee === undefined ? undefined : {
      ...(limit === undefined ? {} : { limit: quantitiesByName(quantitiesOf(limit)) }),
      ...(guarantee === undefined ? {} : { guarantee: quantitiesByName(quantitiesOf(guarantee)) }),
    };
    if (this.quota.set(role, quota)) this.rebuildQuotaConsumption();
  }

  // ---- cycles ----

  /** One cycle over all active agents (or the given ones); every decision is already charged. */
  allocate(now: number, agentIds?: Iterable<string>): OfferDecision[] {
    let candidates: AgentState[];
    if (agentIds === undefined) candidates = this.agentList.filter((agent) => agent.active);
    else {
      const chosen = new Set<AgentState>();
      for (const id of agentIds) {
        const agent = this.agents.get(id);
        if (agent !== undefined && agent.active) chosen.add(agent);
      }
      candidates = [...chosen];
    }
    shuffleInPlace(candidates, this.random);
    const decisions = runCycle(this, candidates, now);
    this.allocationRuns += 1;
    this.lastRunOffers = decisions.length;
    return decisions;
  }

  // ---- reports ----

  stats(): AllocatorStats {
    let activeAgents = 0;
    for (const agent of this.agentList) if (agent.active) activeAgents += 1;
    let frameworks = 0;
    let activeFrameworks = 0;
    for (const framework of this.registry.frameworks.values()) {
      if (framework.implicit) continue;
      frameworks += 1;
      if (framework.active) activeFrameworks += 1;
    }
    return {
      agents: this.agentList.length,
      activeAgents,
      frameworks,
      activeFrameworks,
      roles: this.registry.roles.size,
      filters: this.filters.count,
      allocationRuns: this.allocationRuns,
      lastRunOffers: this.lastRunOffers,
    };
  }

  /** Dominant share (unweighted, subroles included) of every role, inner path components too. */
  roleShares(): Map<string, number> {
    return this.roleSorter.dominantShares();
  }

  /** Cluster totals and what is offered or allocated of them (O(agents): for metrics scrapes, not cycles). */
  resourceTotals(): ResourceTotals {
    let inUse: Float64Array = NO_QUANTITIES;
    for (const agent of this.agentList) {
      inUse = addQuantities(inUse, quantitiesOf(agent.total));
      inUse = addQuantities(inUse, agent.freeQuantities, -1);
    }
    return { total: quantitiesToNumbers(this.totals.quantities), offeredOrAllocated: quantitiesToNumbers(inUse) };
  }

  quotaStatus(): Map<string, RoleQuotaStatus> {
    const out = new Map<string, RoleQuotaStatus>();
    for (const [role, quota] of this.quota.entries()) {
      out.set(role, {
        limit: millisToNumbers(quota.limit),
        guarantee: millisToNumbers(quota.guarantee),
        consumed: quantitiesToNumbers(this.quota.consumed(role)),
      });
    }
    return out;
  }

  // ---- CycleContext ----

  isAllocatable(quantities: Quantities): boolean {
    // No alternatives: no minimum (a slice still has to be non-empty, which the cycle checks).
    if (this.minAllocatable.length === 0) return true;
    for (const minimum of this.minAllocatable) {
      let enough = true;
      for (let i = 0; i < minimum.length; i += 2) {
        const id = minimum[i]!;
        if (id >= quantities.length || quantities[id]! < minimum[i + 1]!) {
          enough = false;
          break;
        }
      }
      if (enough) return true;
    }
    return false;
  }

  charge(client: Client, agent: AgentState, resources: Resources): void {
    if (resources.length === 0) return;
    let quantities: Quantities;
    if (resources === agent.free) {
      quantities = agent.freeQuantities;
      this.setFree(agent, NO_RESOURCES, NO_QUANTITIES);
    } else {
      quantities = quantitiesOf(resources);
      const free = subtractResources(agent.free, resources);
      this.setFree(agent, free, quantitiesOf(free));
    }
    const held = agent.heldBy(client);
    if (held === undefined) client.heldAgents += 1;
    agent.setHeld(client, held === undefined ? resources : addResources(held, resources));
    this.roleSorter.allocated(client.role, quantities);
    client.role.sorter.allocated(client, quantities);
    if (this.quota.enabled) this.quota.allocated(client.role.name, resources, 1);
  }

  allAgents(): Iterable<AgentState> {
    return this.agentList;
  }

  // ---- internals ----

  private release(client: Client, agent: AgentState, resources: Resources): void {
    const held = agent.heldBy(client);
    if (held === undefined) {
      throw new DroverError('RESOURCE_ARITHMETIC', `framework ${client.framework.id} holds nothing on agent ${agent.id} in role ${client.role.name}`);
    }
    const rest = held === resources ? NO_RESOURCES : subtractResources(held, resources);
    if (rest.length === 0) {
      agent.deleteHeld(client);
      client.heldAgents -= 1;
    } else agent.setHeld(client, rest);
    const quantities = quantitiesOf(resources);
    if (agent.free.length === 0) this.setFree(agent, resources, quantities);
    else {
      const free = addResources(agent.free, resources);
      this.setFree(agent, free, quantitiesOf(free));
    }
    this.filters.freeGrew(agent);
    this.uncharge(client, resources, quantities);
    this.registry.dropClientIfDone(client);
  }

  /** The sorter and quota side of giving resources back. */
  private uncharge(client: Client, resources: Resources, quantities: Quantities = quantitiesOf(resources)): void {
    this.roleSorter.unallocated(client.role, quantities);
    client.role.sorter.unallocated(client, quantities);
    if (this.quota.enabled) this.quota.allocated(client.role.name, resources, -1);
  }

  /** The only writer of an agent's free resources (besides its constructor), so the derived fields stay right. */
  private setFree(agent: AgentState, free: Resources, quantities: Quantities): void {
    agent.free = free;
    agent.freeQuantities = quantities;
    agent.freeAllocatable = this.isAllocatable(quantities);
  }

  private describeTotal(agent: AgentState): void {
    agent.hasGpus = scalarValue(agent.total, 'gpus') > 0;
    agent.hasReservations = agent.total.some((resource) => resource.reservations.length > 0);
    agent.hasRefinedReservations = agent.total.some((resource) => resource.reservations.length > 1);
  }

  private rebuildQuotaConsumption(): void {
    this.quota.reset();
    for (const agent of this.agentList) {
      this.quota.reservations(agent.total, 1);
      for (const [client, held] of agent.heldEntries()) this.quota.allocated(client.role.name, held, 1);
    }
  }

  private agent(agentId: string): AgentState {
    const agent = this.agents.get(agentId);
    if (agent === undefined) throw new DroverError('UNKNOWN_AGENT', `unknown agent ${agentId}`);
    return agent;
  }
}
