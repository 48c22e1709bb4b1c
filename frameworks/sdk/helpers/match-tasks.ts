// Pure placement of tasks onto offers. Every task is tried against what is left of each offer after the tasks placed
// before it, so an offer is never over-committed; launching an assignment with driver.launch() carves the same
// resources (both use resolveTaskResources).
import { subtractResources, type Resources } from '../../../shared/resources/index.js';
import type { Offer } from '../views/offer.js';
import { resolveTaskResources } from './task-resources.js';
import type { TaskSpec } from './task-spec.js';

/** first-fit: each task goes to the first offer it fits. spread: round-robin over agents, one task per agent in turn. */
export type PlacementStrategy = 'first-fit' | 'spread';

export interface OfferAssignment<T extends TaskSpec = TaskSpec> {
  readonly offer: Offer;
  readonly tasks: T[];
}

export interface MatchResult<T extends TaskSpec = TaskSpec> {
  /** Offers that got at least one task, in the order the offers were given. */
  readonly assignments: Array<OfferAssignment<T>>;
  /** Tasks that fit nowhere, in the order given. */
  readonly unplaced: T[];
  /** Offers that got no task: decline them. */
  readonly unused: Offer[];
}

interface Slot<T> {
  readonly offer: Offer;
  remaining: Resources;
  readonly tasks: T[];
}

export function matchTasksToOffers<T extends TaskSpec>(tasks: readonly T[], offers: readonly Offer[], strategy: PlacementStrategy = 'first-fit'): MatchResult<T> {
  const slots: Array<Slot<T>> = offers.map((offer) => ({ offer, remaining: offer.resources, tasks: [] }));
  const unplaced: T[] = [];
  const place = strategy === 'spread' ? spreadPlacer(slots) : firstFitPlacer(slots);
  for (const task of tasks) {
    if (!place(task)) unplaced.push(task);
  }
  return {
    assignments: slots.filter((slot) => slot.tasks.length > 0).map((slot) => ({ offer: slot.offer, tasks: slot.tasks })),
    unplaced,
    unused: slots.filter((slot) => slot.tasks.length === 0).map((slot) => slot.offer),
  };
}

function tryPlace<T extends TaskSpec>(slot: Slot<T>, task: T): boolean {
  const taken = resolveTaskResources(task.resources, slot.remaining, slot.offer.role);
  if (taken === undefined) return false;
  slot.remaining = subtractResources(slot.remaining, taken);
  slot.tasks.push(task);
  return true;
}

function firstFitPlacer<T extends TaskSpec>(slots: Array<Slot<T>>): (task: T) => boolean {
  return (task) => slots.some((slot) => tryPlace(slot, task));
}

function spreadPlacer<T extends TaskSpec>(slots: Array<Slot<T>>): (task: T) => boolean {
  // Agents in the order their first offer appears; an agent with several offers is one stop in the rotation.
  const byAgent = new Map<string, Array<Slot<T>>>();
  for (const slot of slots) {
    const list = byAgent.get(slot.offer.agentId) ?? [];
    list.push(slot);
    byAgent.set(slot.offer.agentId, list);
  }
  const agents = [...byAgent.values()];
  let next = 0;
  return (task) => {
    for (let step = 0; step < agents.length; step++) {
      const index = (next + step) % agents.length;
      if ((agents[index] ?? []).some((slot) => tryPlace(slot, task))) {
        next = (index + 1) % agents.length;
        return true;
      }
    }
    return false;
  };
}
