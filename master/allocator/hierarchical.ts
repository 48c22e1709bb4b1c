// The hierarchical allocator (Mesos src/master/allocator/mesos/hierarchical.cpp): weighted DRF over roles, then over
// the frameworks of each role, with offer filters, suppression, reservations, quota and capabilities. Pure and
// synchronous: time comes in as `now` (ms), randomness from a seeded source; every call is bookkeeping except
// allocate(), which runs one cycle (cycle.ts).
import { DroverError } from '../../shared/errors/index.js';
import {
  addResources,
  invalidRoleReason,
  parseResources,
  scalarValue,
  subtractResources,
  type Resources,
} from '../../shared/resources/index.js';
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
import { DEFAULT_SORTER, sorterFactory, type Sorter, type SorterFactory } from './sorters/index.js';
import { AgentState, Client, FrameworkState, NO_RESOURCES, RoleState } from './state.js';
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

function checkRole(role: string): void {
  const reason = invalidRoleReason(role);
  if (reason !== undefined) throw new DroverError('INVALID_ARGUMENT', `invalid role '${role}': ${reason}`);
}

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
  private readonly sorterFactory: SorterFactory;
  private readonly excludedNames: readonly string[];
  /** Alternatives as flat [name id, amount, name id, amount, ...] lists: checked several times per agent. */
  private readonly minAllocatable: readonly (readonly number[])[];
  private readonly totals = new MutableTotals();
  private offeredOrAllocated: Float64Array = NO_QUANTITIES;
  private readonly frameworks = new Map<string, FrameworkState>();
  private readonly agents = new Map<string, AgentState>();
  private readonly agentList: AgentState[] = [];
  private readonly roles = new Map<string, RoleState>();
  private readonly clientsByIndex: (Client | undefined)[] = [];
  private readonly freeClientIndexes: number[] = [];
  private readonly freeRoleIndexes: number[] = [];
  private nextRoleIndex = 0;
  private allocationRuns = 0;
  private lastRunOffers = 0;

  constructor(options: AllocatorOptions = {}) {
    this.sorterFactory = sorterFactory(options.sorter ?? DEFAULT_SORTER);
    this.excludedNames = options.fairnessExcludedResourceNames ?? [];
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
    this.roleSorter = this.sorterFactory<RoleState>({
      hierarchical: true,
      excludedResourceNames: this.excludedNames,
      random: this.random,
      totals: this.totals,
    });
    this.filters = new OfferFilters((index) => this.clientsByIndex[index]);
  }

  // ---- frameworks ----

  addFramework(frameworkId: string, info: FrameworkAllocationInfo, active = true): void {
    let framework = this.frameworks.get(frameworkId);
    if (framework === undefined) {
      framework = new FrameworkState(frameworkId);
      this.frameworks.set(frameworkId, framework);
    }
    framework.implicit = false;
    framework.active = active;
    this.applyInfo(framework, info);
    if (!active) this.clearFilters(framework);
  }

  updateFramework(frameworkId: string, info: FrameworkAllocationInfo): void {
    this.applyInfo(this.framework(frameworkId), info);
  }

  removeFramework(frameworkId: string): void {
    const framework = this.frameworks.get(frameworkId);
    if (framework === undefined) return;
    for (const client of [...framework.clients.values()]) {
      for (const agent of this.agentList) {
        if (client.heldAgents === 0) break;
        const held = agent.allocations.get(client);
        if (held !== undefined) this.release(client, agent, held);
      }
      this.removeClient(client);
    }
    this.frameworks.delete(frameworkId);
  }

  activateFramework(frameworkId: string): void {
    const framework = this.framework(frameworkId);
    framework.active = true;
    this.syncActivation(framework);
  }

  /** Inactive frameworks get no offers; their filters go (Mesos deactivateFramework). */
  deactivateFramework(frameworkId: string): void {
    const framework = this.framework(frameworkId);
    framework.active = false;
    this.syncActivation(framework);
    this.clearFilters(framework);
  }

  /** Stops offers to the framework in `roles` (all its roles when absent) until revived. */
  suppressOffers(frameworkId: string, roles?: readonly string[]): void {
    const framework = this.framework(frameworkId);
    framework.suppressedRoles = new Set([...framework.suppressedRoles, ...(roles ?? framework.roles)]);
    this.syncActivation(framework);
  }

  /** Resumes offers in `roles` (all its roles when absent) and drops the framework's filters there. */
  reviveOffers(frameworkId: string, roles?: readonly string[], _now?: number): void {
    const framework = this.framework(frameworkId);
    const revived = new Set(roles ?? framework.roles);
    framework.suppressedRoles = new Set([...framework.suppressedRoles].filter((role) => !revived.has(role)));
    this.syncActivation(framework);
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
    agent.freeQuantities = quantitiesOf(total);
    this.totals.change(quantitiesOf(total), 1);
    if (this.quota.enabled) this.quota.reservations(total, 1);
    for (const use of used) this.charge(this.implicitClient(use.frameworkId, use.role), agent, use.resources);
    agent.ceiling = agent.free;
  }

  removeAgent(agentId: string): void {
    const agent = this.agents.get(agentId);
    if (agent === undefined) return;
    for (const [client, held] of agent.allocations) {
      this.uncharge(client, held);
      client.heldAgents -= 1;
      this.dropClientIfDone(client);
    }
    agent.allocations.clear();
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
    agent.free = free;
    agent.freeQuantities = quantitiesOf(free);
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
    this.charge(this.implicitClient(frameworkId, role), this.agent(agentId), resources);
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
    const client = this.frameworks.get(frameworkId)?.clients.get(role);
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
    for (const framework of this.frameworks.values()) {
      if (framework.implicit) continue;
      frameworks += 1;
      if (framework.active) activeFrameworks += 1;
    }
    return {
      agents: this.agentList.length,
      activeAgents,
      frameworks,
      activeFrameworks,
      roles: this.roles.size,
      filters: this.filters.count,
      allocationRuns: this.allocationRuns,
      lastRunOffers: this.lastRunOffers,
    };
  }

  /** Dominant share (unweighted, subroles included) of every role, inner path components too. */
  roleShares(): Map<string, number> {
    return this.roleSorter.dominantShares();
  }

  resourceTotals(): ResourceTotals {
    return {
      total: quantitiesToNumbers(this.totals.quantities),
      offeredOrAllocated: quantitiesToNumbers(this.offeredOrAllocated),
    };
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
    const quantities = resources === agent.free ? agent.freeQuantities : quantitiesOf(resources);
    agent.free = resources === agent.free ? NO_RESOURCES : subtractResources(agent.free, resources);
    agent.freeQuantities = quantitiesOf(agent.free);
    const held = agent.allocations.get(client);
    if (held === undefined) client.heldAgents += 1;
    agent.allocations.set(client, held === undefined ? resources : addResources(held, resources));
    this.offeredOrAllocated = addQuantities(this.offeredOrAllocated, quantities);
    this.roleSorter.allocated(client.role, quantities);
    client.role.sorter.allocated(client, quantities);
    if (this.quota.enabled) this.quota.allocated(client.role.name, resources, 1);
  }

  allAgents(): Iterable<AgentState> {
    return this.agentList;
  }

  // ---- internals ----

  private release(client: Client, agent: AgentState, resources: Resources): void {
    const held = agent.allocations.get(client);
    if (held === undefined) {
      throw new DroverError('RESOURCE_ARITHMETIC', `framework ${client.framework.id} holds nothing on agent ${agent.id} in role ${client.role.name}`);
    }
    const rest = held === resources ? NO_RESOURCES : subtractResources(held, resources);
    if (rest.length === 0) {
      agent.allocations.delete(client);
      client.heldAgents -= 1;
    } else agent.allocations.set(client, rest);
    agent.free = agent.free.length === 0 ? resources : addResources(agent.free, resources);
    agent.freeQuantities = quantitiesOf(agent.free);
    this.filters.freeGrew(agent);
    this.uncharge(client, resources);
    this.dropClientIfDone(client);
  }

  /** The sorter and quota side of giving resources back. */
  private uncharge(client: Client, resources: Resources): void {
    const quantities = quantitiesOf(resources);
    this.offeredOrAllocated = addQuantities(this.offeredOrAllocated, quantities, -1);
    this.roleSorter.unallocated(client.role, quantities);
    client.role.sorter.unallocated(client, quantities);
    if (this.quota.enabled) this.quota.allocated(client.role.name, resources, -1);
  }

  private describeTotal(agent: AgentState): void {
    agent.hasGpus = scalarValue(agent.total, 'gpus') > 0;
    agent.hasReservations = agent.total.some((resource) => resource.reservations.length > 0);
    agent.hasRefinedReservations = agent.total.some((resource) => resource.reservations.length > 1);
  }

  private applyInfo(framework: FrameworkState, info: FrameworkAllocationInfo): void {
    for (const role of info.roles) checkRole(role);
    framework.roles = new Set(info.roles);
    framework.suppressedRoles = new Set(info.suppressedRoles ?? []);
    framework.capabilities = {
      gpuResources: info.capabilities?.gpuResources ?? false,
      reservationRefinement: info.capabilities?.reservationRefinement ?? false,
    };
    for (const role of framework.roles) this.client(framework, role);
    for (const client of [...framework.clients.values()]) this.dropClientIfDone(client);
    this.syncActivation(framework);
  }

  /** Puts each client of the framework in or out of its role's sorter. */
  private syncActivation(framework: FrameworkState): void {
    for (const client of framework.clients.values()) {
      const role = client.role;
      const wanted = framework.active && framework.roles.has(role.name) && !framework.suppressedRoles.has(role.name);
      if (wanted === client.sorterActive) continue;
      client.sorterActive = wanted;
      if (wanted) role.sorter.activate(client);
      else role.sorter.deactivate(client);
      this.filters.activationChanged(client, client.filterCount > 0 ? this.agentList : []);
      const roleActive = role.sorter.activeCount > 0;
      if (roleActive) this.roleSorter.activate(role);
      else this.roleSorter.deactivate(role);
    }
  }

  private clearFilters(framework: FrameworkState): void {
    for (const client of framework.clients.values()) this.filters.clearClient(client, this.agentList);
  }

  /** The client of a framework in a role, creating the framework (inactive, known only by its use) if needed. */
  private implicitClient(frameworkId: string, role: string): Client {
    checkRole(role);
    let framework = this.frameworks.get(frameworkId);
    if (framework === undefined) {
      framework = new FrameworkState(frameworkId);
      framework.implicit = true;
      framework.active = false;
      this.frameworks.set(frameworkId, framework);
    }
    return this.client(framework, role);
  }

  private client(framework: FrameworkState, roleName: string): Client {
    const existing = framework.clients.get(roleName);
    if (existing !== undefined) return existing;
    let role = this.roles.get(roleName);
    if (role === undefined) {
      const sorter = this.sorterFactory<Client>({
        hierarchical: false,
        excludedResourceNames: this.excludedNames,
        random: this.random,
        totals: this.totals,
      });
      role = new RoleState(roleName, this.freeRoleIndexes.pop() ?? this.nextRoleIndex++, sorter);
      this.roles.set(roleName, role);
      this.roleSorter.add(role);
    }
    const index = this.freeClientIndexes.pop() ?? this.clientsByIndex.length;
    const client = new Client(framework, role, index);
    this.clientsByIndex[index] = client;
    role.clients.set(framework.id, client);
    role.sorter.add(client);
    framework.clients.set(roleName, client);
    return client;
  }

  /** Removes a client that neither subscribes to its role nor holds anything in it any more. */
  private dropClientIfDone(client: Client): void {
    const framework = client.framework;
    if (client.heldAgents > 0) return;
    if (framework.roles.has(client.role.name) && this.frameworks.get(framework.id) === framework) return;
    this.removeClient(client);
    if (framework.implicit && framework.clients.size === 0) this.frameworks.delete(framework.id);
  }

  private removeClient(client: Client): void {
    const framework = client.framework;
    const role = client.role;
    if (framework.clients.get(role.name) !== client) return;
    this.filters.clearClient(client, this.agentList);
    if (client.sorterActive) {
      client.sorterActive = false;
      role.sorter.deactivate(client);
      if (role.sorter.activeCount === 0) this.roleSorter.deactivate(role);
    }
    role.sorter.remove(client);
    role.clients.delete(framework.id);
    framework.clients.delete(role.name);
    this.clientsByIndex[client.index] = undefined;
    this.freeClientIndexes.push(client.index);
    if (role.clients.size === 0) {
      this.roleSorter.remove(role);
      this.roles.delete(role.name);
      this.freeRoleIndexes.push(role.index);
    }
  }

  private rebuildQuotaConsumption(): void {
    this.quota.reset();
    for (const agent of this.agentList) {
      this.quota.reservations(agent.total, 1);
      for (const [client, held] of agent.allocations) this.quota.allocated(client.role.name, held, 1);
    }
  }

  private framework(frameworkId: string): FrameworkState {
    const framework = this.frameworks.get(frameworkId);
    if (framework === undefined || framework.implicit) {
      throw new DroverError('INVALID_ARGUMENT', `unknown framework ${frameworkId}`);
    }
    return framework;
  }

  private agent(agentId: string): AgentState {
    const agent = this.agents.get(agentId);
    if (agent === undefined) throw new DroverError('UNKNOWN_AGENT', `unknown agent ${agentId}`);
    return agent;
  }
}
