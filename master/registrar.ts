// The master's durable registry in the Store: admitted/unreachable agents, frameworks with their failover state,
// frameworks that were torn down, and the epoch. Tasks are not stored: agents report them on re-registration.
import { v1, decodeMessage, encodeMessage, type pb } from '../shared/protocol/index.js';
import { isDroverError } from '../shared/errors/index.js';
import type { Store } from '../shared/store/index.js';

const AGENTS = 'registry.agents.';
const FRAMEWORKS = 'registry.frameworks.';
const REMOVED_FRAMEWORKS = 'registry.removed-frameworks.';
const EPOCH = 'registry.epoch';

export interface RecoveredRegistry {
  readonly agents: Map<string, pb.RegistryAgent>;
  readonly frameworks: Map<string, pb.RegistryFramework>;
  readonly removedFrameworkIds: Set<string>;
}

export class Registrar {
  constructor(private readonly store: Store) {}

  /**
   * Claims the next epoch with compare-and-swap, so two masters can never both believe they hold the same one.
   */
  async claimEpoch(): Promise<number> {
    for (;;) {
      const current = await this.store.get(EPOCH);
      const next = (current === undefined ? 0 : Number(Buffer.from(current.value).toString('utf8'))) + 1;
      try {
        await this.store.compareAndSwap(EPOCH, Buffer.from(String(next)), current?.revision ?? 0);
        return next;
      } catch (error) {
        if (!isDroverError(error, 'STORE_REVISION_MISMATCH')) throw error;
      }
    }
  }

  async recover(): Promise<RecoveredRegistry> {
    const agents = new Map<string, pb.RegistryAgent>();
    for (const entry of await this.store.list(AGENTS)) {
      agents.set(entry.key.slice(AGENTS.length), decodeMessage(v1.RegistryAgent, entry.value));
    }
    const frameworks = new Map<string, pb.RegistryFramework>();
    for (const entry of await this.store.list(FRAMEWORKS)) {
      frameworks.set(entry.key.slice(FRAMEWORKS.length), decodeMessage(v1.RegistryFramework, entry.value));
    }
    const removedFrameworkIds = new Set((await this.store.list(REMOVED_FRAMEWORKS)).map((entry) => entry.key.slice(REMOVED_FRAMEWORKS.length)));
    return { agents, frameworks, removedFrameworkIds };
  }

  async saveAgent(agentId: string, info: pb.AgentInfo.$Properties, state: pb.RegistryAgent.State, sinceMs: number): Promise<void> {
    await this.store.put(AGENTS + agentId, encodeMessage(v1.RegistryAgent, { info, state, since: sinceMs / 1000 }));
  }

  async removeAgent(agentId: string): Promise<void> {
    await this.store.delete(AGENTS + agentId);
  }

  async saveFramework(frameworkId: string, info: pb.FrameworkInfo.$Properties, disconnectedAtMs: number | undefined): Promise<void> {
    await this.store.put(FRAMEWORKS + frameworkId, encodeMessage(v1.RegistryFramework, {
      info, disconnectedAt: disconnectedAtMs === undefined ? 0 : disconnectedAtMs / 1000,
    }));
  }

  async markFrameworkRemoved(frameworkId: string, atMs: number): Promise<void> {
    await this.store.put(REMOVED_FRAMEWORKS + frameworkId, Buffer.from(String(atMs)));
    await this.store.delete(FRAMEWORKS + frameworkId);
  }
}
