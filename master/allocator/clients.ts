// Frameworks, roles and their (framework, role) clients: creating them on demand, keeping each client in or out of
// its role's sorter (active framework, subscribed and unsuppressed role), and dropping what is no longer needed.
import { DroverError } from '../../shared/errors/index.js';
import { invalidRoleReason } from '../../shared/resources/index.js';
import type { OfferFilters } from './offer-filters.js';
import type { Sorter, SorterFactory, SorterOptions } from './sorters/index.js';
import { Client, FrameworkState, RoleState, type AgentState } from './state.js';
import type { FrameworkAllocationInfo } from './types.js';

export function checkRole(role: string): void {
  const reason = invalidRoleReason(role);
  if (reason !== undefined) throw new DroverError('INVALID_ARGUMENT', `invalid role '${role}': ${reason}`);
}

export interface ClientRegistryOptions {
  readonly sorterFactory: SorterFactory;
  /** For the framework sorter of each role (made flat). */
  readonly sorterOptions: SorterOptions;
  readonly roleSorter: Sorter<RoleState>;
  readonly filters: OfferFilters;
  readonly agents: () => readonly AgentState[];
}

export class ClientRegistry {
  readonly frameworks = new Map<string, FrameworkState>();
  readonly roles = new Map<string, RoleState>();
  /** Every client by its index: the columns of the agents' filter tables. */
  readonly clientsByIndex: (Client | undefined)[] = [];
  private readonly freeClientIndexes: number[] = [];
  private readonly freeRoleIndexes: number[] = [];
  private nextRoleIndex = 0;

  constructor(private readonly options: ClientRegistryOptions) {}

  private agents(): readonly AgentState[] {
    return this.options.agents();
  }

  applyInfo(framework: FrameworkState, info: FrameworkAllocationInfo): void {
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
  syncActivation(framework: FrameworkState): void {
    for (const client of framework.clients.values()) {
      const role = client.role;
      const wanted = framework.active && framework.roles.has(role.name) && !framework.suppressedRoles.has(role.name);
      if (wanted === client.sorterActive) continue;
      client.sorterActive = wanted;
      if (wanted) role.sorter.activate(client);
      else role.sorter.deactivate(client);
      this.options.filters.activationChanged(client, client.filterCount > 0 ? this.agents() : []);
      const roleActive = role.sorter.activeCount > 0;
      if (roleActive) this.options.roleSorter.activate(role);
      else this.options.roleSorter.deactivate(role);
    }
  }

  clearFilters(framework: FrameworkState): void {
    for (const client of framework.clients.values()) this.options.filters.clearClient(client, this.agents());
  }

  /** The client of a framework in a role, creating the framework (inactive, known only by its use) if needed. */
  implicitClient(frameworkId: string, role: string): Client {
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

  client(framework: FrameworkState, roleName: string): Client {
    const existing = framework.clients.get(roleName);
    if (existing !== undefined) return existing;
    let role = this.roles.get(roleName);
    if (role === undefined) {
      const sorter = this.options.sorterFactory<Client>({ ...this.options.sorterOptions, hierarchical: false });
      role = new RoleState(roleName, this.freeRoleIndexes.pop() ?? this.nextRoleIndex++, sorter);
      this.roles.set(roleName, role);
      this.options.roleSorter.add(role);
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
  dropClientIfDone(client: Client): void {
    const framework = client.framework;
    if (client.heldAgents > 0) return;
    if (framework.roles.has(client.role.name) && this.frameworks.get(framework.id) === framework) return;
    this.removeClient(client);
    if (framework.implicit && framework.clients.size === 0) this.frameworks.delete(framework.id);
  }

  removeClient(client: Client): void {
    const framework = client.framework;
    const role = client.role;
    if (framework.clients.get(role.name) !== client) return;
    this.options.filters.clearClient(client, this.agents());
    if (client.sorterActive) {
      client.sorterActive = false;
      role.sorter.deactivate(client);
      if (role.sorter.activeCount === 0) this.options.roleSorter.deactivate(role);
    }
    role.sorter.remove(client);
    role.clients.delete(framework.id);
    framework.clients.delete(role.name);
    this.clientsByIndex[client.index] = undefined;
    this.freeClientIndexes.push(client.index);
    if (role.clients.size === 0) {
      this.options.roleSorter.remove(role);
      this.roles.delete(role.name);
      this.freeRoleIndexes.push(role.index);
    }
  }

  /** A framework the master added (not one known only from allocations). */
  known(frameworkId: string): FrameworkState | undefined {
    const framework = this.frameworks.get(frameworkId);
    return framework === undefined || framework.implicit ? undefined : framework;
  }
}
