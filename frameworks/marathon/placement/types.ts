// Shared shapes of the placement core: where an instance is or could go, and why an offer did not fit.
import type { AttributeValue, Resources } from '../../sdk/index.js';

/**
 * An agent as constraints see it. `region` / `zone` are the agent's fault domain when known; without them the
 * `@region` / `@zone` fields read the agent attributes named `region` / `zone`.
 */
export interface PlacementTarget {
  readonly hostname: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly region?: string;
  readonly zone?: string;
}

/** An instance of the app already placed (launched or launching): the model's InstanceAgent fits. */
export type PlacedInstance = PlacementTarget;

/** What matching needs of an offer; the SDK's Offer fits. `role` is the role the offer is allocated to. */
export interface OfferToMatch extends PlacementTarget {
  readonly agentId: string;
  readonly role: string;
  readonly resources: Resources;
}

/** Marathon's NoOfferMatchReason names, as /v2/queue's processedOffersSummary counts them. */
export type NoMatchReason =
  | 'UnfulfilledRole'
  | 'UnfulfilledConstraint'
  | 'InsufficientCpus'
  | 'InsufficientMemory'
  | 'InsufficientDisk'
  | 'InsufficientGpus'
  | 'InsufficientPorts';

/** All reasons in the order matchOffer reports them. */
export const NO_MATCH_REASONS: readonly NoMatchReason[] = [
  'UnfulfilledRole', 'UnfulfilledConstraint', 'InsufficientCpus', 'InsufficientMemory', 'InsufficientDisk',
  'InsufficientGpus', 'InsufficientPorts',
];

/** Randomness as a parameter: an index in [0, n). The default (`() => 0`) takes the lowest candidate. */
export type PickIndex = (n: number) => number;

export type OfferMatch =
  | {
    readonly ok: true;
    /** Exactly what the task uses, with the offer's roles and reservations; ports as ranges. */
    readonly resources: Resources;
    /** One per port definition / port mapping that needs a host port, in their order. */
    readonly hostPorts: number[];
  }
  | { readonly ok: false; readonly reasons: NoMatchReason[] };
