// Helpers shared by the allocator tests: short resource literals and readable views of decisions.
import { HierarchicalAllocator, type AllocatorOptions, type OfferDecision } from '../../master/allocator/index.js';
import { formatResources, parseResources, type Resources } from '../../shared/resources/index.js';

export const r = (text: string): Resources => parseResources(text);

/** `framework@agent(role):resources`, sorted, for assertions that read like the scenario. */
export function describeOffers(decisions: readonly OfferDecision[]): string[] {
  return decisions.map((d) => `${d.frameworkId}@${d.agentId}(${d.role}):${formatResources(d.resources)}`).sort();
}

/** framework id → how many offers it got. */
export function offersPerFramework(decisions: readonly OfferDecision[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of decisions) counts.set(d.frameworkId, (counts.get(d.frameworkId) ?? 0) + 1);
  return counts;
}

/** Declines every decision, with a filter when refuseSeconds is given. */
export function declineAll(
  allocator: HierarchicalAllocator,
  decisions: readonly OfferDecision[],
  refuseSeconds: number | undefined,
  now: number,
): void {
  for (const d of decisions) allocator.recoverResources(d.frameworkId, d.agentId, d.role, d.resources, refuseSeconds, now);
}

/** An allocator with `agents` identical agents `agent-0..n-1`. */
export function withAgents(count: number, total: string, options: AllocatorOptions = {}): HierarchicalAllocator {
  const allocator = new HierarchicalAllocator(options);
  for (let i = 0; i < count; i += 1) allocator.addAgent(`agent-${i}`, r(total), []);
  return allocator;
}
