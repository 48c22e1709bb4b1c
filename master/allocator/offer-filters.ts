// Offer filters (refuse_seconds), Mesos RefusedOfferFilter: after a framework declines resources on an agent for a
// role, later offers of that agent to it in that role are skipped while they are contained in what it refused, until
// the filter expires. One filter per (framework, role, agent): a newer decline replaces the older filter.
//
// The DeclineOffers benchmark ends with every agent filtered by every framework (10M filters for 10k × 1k), so the
// check must be a single array read, not a containment test:
// - Each agent keeps a ceiling with free ⊆ ceiling at all times. A filter whose refused resources cover what the
//   agent could offer the client from its ceiling is "fast": it is a bit in the agent's bitset (by client index),
//   with its expiry beside it, and blocks every offer until it expires or the free resources grow past the ceiling.
//   Expired filters are swept when a cycle reaches the agent, so a set bit always means "filtered".
// - When they do (a task ends, the total grows), the row becomes a "legacy" table bound to the old ceiling; its
//   filters keep blocking offers contained in that ceiling's slice, checked exactly. A fresh row starts.
// - A filter that does not cover the ceiling's slice is kept exact: its refused resources are compared each time.
// A role whose active clients all hold fast filters on an agent is skipped without looking at them one by one.
import { containsResources, resourcesEqual, type Resources } from '../../shared/resources/index.js';
import { offerableTo } from './slices.js';
import { NO_FILTER_BITS, NO_FILTERS, type AgentState, type Client, type LegacyFilters } from './state.js';

function clearBit(agent: AgentState, index: number): void {
  const word = index >>> 5;
  if (word < agent.filterBits.length) agent.filterBits[word] = agent.filterBits[word]! & ~(1 << (index & 31));
}

export class OfferFilters {
  /** Filters stored and not yet swept (expired ones go when their agent is next visited). */
  count = 0;

  constructor(
    private readonly clientAt: (index: number) => Client | undefined,
    /** How many client indexes are in use: rows are sized to it at once rather than grown step by step. */
    private readonly clientCapacity: () => number,
  ) {}

  install(agent: AgentState, client: Client, refused: Resources, expiresAt: number): void {
    if (refused.length === 0) return;
    this.removePair(agent, client);
    // Tightening the ceiling is safe only while no fast filter depends on the current one.
    if (agent.fastFilters === 0 && agent.ceiling !== agent.free && !resourcesEqual(agent.ceiling, agent.free)) {
      agent.ceiling = agent.free;
    }
    const offerable = offerableTo(agent, agent.ceiling, client);
    if (offerable === refused || containsResources(refused, offerable)) {
      let row = agent.filterExpiries;
      if (client.index >= row.length) {
        const grown = new Float64Array(Math.max(client.index + 1, row.length * 2, this.clientCapacity()));
        grown.set(row);
        agent.filterExpiries = row = grown;
      }
      row[client.index] = expiresAt;
      const word = client.index >>> 5;
      if (word >= agent.filterBits.length) {
        const grown = new Uint32Array(Math.max(word + 1, agent.filterBits.length * 2, (this.clientCapacity() + 31) >>> 5));
        grown.set(agent.filterBits);
        agent.filterBits = grown;
      }
      agent.filterBits[word] = agent.filterBits[word]! | (1 << (client.index & 31));
      agent.fastFilters += 1;
      if (client.sorterActive) this.countActive(agent, client, 1);
    } else {
      agent.exactFilters ??= new Map();
      agent.exactFilters.set(client.index, { refused, expiresAt });
    }
    client.filterCount += 1;
    this.count += 1;
    if (expiresAt < agent.filterMinExpiry) agent.filterMinExpiry = expiresAt;
  }

  /** The slow part of the check (legacy and exact filters); the fast row is read by the cycle itself. */
  blocksSlowly(agent: AgentState, client: Client, offer: Resources, now: number): boolean {
    const index = client.index;
    if (agent.legacyFilters !== undefined) {
      for (const legacy of agent.legacyFilters) {
        if (index < legacy.expiries.length && legacy.expiries[index]! > now) {
          return containsResources(offerableTo(agent, legacy.ceiling, client), offer);
        }
      }
    }
    const exact = agent.exactFilters?.get(index);
    return exact !== undefined && exact.expiresAt > now && containsResources(exact.refused, offer);
  }

  /** Call after the agent's free resources grew; keeps free ⊆ ceiling. */
  freeGrew(agent: AgentState): void {
    if (agent.free === agent.ceiling || containsResources(agent.ceiling, agent.free)) return;
    if (agent.fastFilters > 0) {
      agent.legacyFilters ??= [];
      agent.legacyFilters.push({ expiries: agent.filterExpiries, ceiling: agent.ceiling, live: agent.fastFilters });
      agent.filterExpiries = NO_FILTERS;
      agent.filterBits = NO_FILTER_BITS;
      agent.fastFilters = 0;
      agent.activeFilteredByRole = [];
    }
    agent.ceiling = agent.free;
  }

  /** Drops expired filters of an agent (cheap when none is due). */
  sweep(agent: AgentState, now: number): void {
    if (agent.filterMinExpiry > now) return;
    let earliest = Infinity;
    const row = agent.filterExpiries;
    const bits = agent.filterBits;
    // Fast filters are exactly the set bits: visit those, not the whole row.
    for (let word = 0; word < bits.length; word += 1) {
      for (let pending = bits[word]!; pending !== 0; pending &= pending - 1) {
        const index = word * 32 + 31 - Math.clz32(pending & -pending);
        const expiry = row[index]!;
        if (expiry > now) {
          if (expiry < earliest) earliest = expiry;
          continue;
        }
        row[index] = 0;
        clearBit(agent, index);
        agent.fastFilters -= 1;
        const client = this.clientAt(index);
        if (client !== undefined && client.sorterActive) this.countActive(agent, client, -1);
        this.forget(client);
      }
    }
    if (agent.legacyFilters !== undefined) {
      for (const legacy of agent.legacyFilters) {
        for (let index = 0; index < legacy.expiries.length; index += 1) {
          const expiry = legacy.expiries[index]!;
          if (expiry === 0) continue;
          if (expiry > now) {
            if (expiry < earliest) earliest = expiry;
            continue;
          }
          legacy.expiries[index] = 0;
          legacy.live -= 1;
          this.forget(this.clientAt(index));
        }
      }
      this.dropEmptyLegacy(agent);
    }
    if (agent.exactFilters !== undefined) {
      for (const [index, filter] of agent.exactFilters) {
        if (filter.expiresAt > now) {
          if (filter.expiresAt < earliest) earliest = filter.expiresAt;
          continue;
        }
        agent.exactFilters.delete(index);
        this.forget(this.clientAt(index));
      }
      if (agent.exactFilters.size === 0) agent.exactFilters = undefined;
    }
    agent.filterMinExpiry = earliest;
  }

  removePair(agent: AgentState, client: Client): void {
    if (client.filterCount === 0) return;
    const index = client.index;
    const row = agent.filterExpiries;
    if (index < row.length && row[index] !== 0) {
      row[index] = 0;
      clearBit(agent, index);
      agent.fastFilters -= 1;
      if (client.sorterActive) this.countActive(agent, client, -1);
      this.forget(client);
      return;
    }
    if (agent.legacyFilters !== undefined) {
      for (const legacy of agent.legacyFilters) {
        if (index < legacy.expiries.length && legacy.expiries[index] !== 0) {
          legacy.expiries[index] = 0;
          legacy.live -= 1;
          this.forget(client);
          this.dropEmptyLegacy(agent);
          return;
        }
      }
    }
    if (agent.exactFilters?.delete(index) === true) {
      if (agent.exactFilters.size === 0) agent.exactFilters = undefined;
      this.forget(client);
    }
  }

  /** Removes every filter of a client (revive, deactivation, removal). */
  clearClient(client: Client, agents: Iterable<AgentState>): void {
    if (client.filterCount === 0) return;
    for (const agent of agents) {
      this.removePair(agent, client);
      if (client.filterCount === 0) return;
    }
  }

  /** Keeps the per-role counts right when a client enters or leaves its role's sorter. */
  activationChanged(client: Client, agents: Iterable<AgentState>): void {
    if (client.filterCount === 0) return;
    const delta = client.sorterActive ? 1 : -1;
    for (const agent of agents) {
      const row = agent.filterExpiries;
      if (client.index < row.length && row[client.index] !== 0) this.countActive(agent, client, delta);
    }
  }

  /** Forgets every filter on an agent that goes away. */
  dropAgent(agent: AgentState): void {
    const tables = [agent.filterExpiries, ...(agent.legacyFilters ?? []).map((legacy) => legacy.expiries)];
    for (const row of tables) {
      for (let index = 0; index < row.length; index += 1) if (row[index] !== 0) this.forget(this.clientAt(index));
    }
    for (const index of agent.exactFilters?.keys() ?? []) this.forget(this.clientAt(index));
    agent.filterExpiries = NO_FILTERS;
    agent.filterBits = NO_FILTER_BITS;
    agent.fastFilters = 0;
    agent.activeFilteredByRole = [];
    agent.legacyFilters = undefined;
    agent.exactFilters = undefined;
    agent.filterMinExpiry = Infinity;
  }

  private countActive(agent: AgentState, client: Client, delta: 1 | -1): void {
    const counts = agent.activeFilteredByRole;
    const index = client.role.index;
    while (counts.length <= index) counts.push(0);
    counts[index] = counts[index]! + delta;
  }

  private forget(client: Client | undefined): void {
    if (client !== undefined) client.filterCount -= 1;
    this.count -= 1;
  }

  private dropEmptyLegacy(agent: AgentState): void {
    const kept = agent.legacyFilters?.filter((legacy: LegacyFilters) => legacy.live > 0);
    agent.legacyFilters = kept === undefined || kept.length === 0 ? undefined : kept;
  }
}
