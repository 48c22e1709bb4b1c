// "Placement impossible": Marathon never fails a deployment, it waits for offers forever (reference §7). The CLI
// gives up instead when the launch queue (`GET /v2/queue`, types/queue.raml) shows, for a whole --placement-timeout
// without progress, that an app of the deployment has instances left to launch and that offers do arrive but none
// fits. Pure: the caller passes the queue it polled and the time it polled it.
//
// "None fits" is read from `processedOffersSummary`:
//   - `rejectSummaryLastOffers` in Marathon is a funnel over the last offer of every agent: each check
//     (UnfulfilledRole, UnfulfilledConstraint, InsufficientCpus, InsufficientMemory, …) lists how many offers reached
//     it (`processed`) and how many it turned away (`declined`). Offers got through when the last check's
//     processed − declined > 0.
//   - a summary that is not such a funnel (per-reason counts over all offers, as Drover's framework reports them):
//     none fit when one reason turned away every offer processed; otherwise the timestamps decide:
//   - the last unused offer is newer than the last used one (`lastUnusedOfferAt` > `lastUsedOfferAt`).
//   The reasons shown come from the summary, else from `lastUnusedOffers[].reason`.
// Not placement problems, so never counted: no offers at all (processedOffersCount 0: no agents, or none free),
// a launch backoff (`delay.timeLeftSeconds` > 0), and an app whose queue count drops or that used an offer since the
// last poll (the clock starts again).
import type { QueueItemView, RejectStep } from './queue-view.js';

export interface DeclineReason {
  reason: string;
  /** Offers turned away for this reason … */
  declined: number;
  /** … out of this many looked at. */
  of: number;
}

export interface NoMatchEvidence {
  /** Instances still to launch. */
  count: number;
  reasons: DeclineReason[];
}

export interface StuckApp {
  runSpecId: string;
  /** When the CLI first saw this app waiting with no offer matching (its own clock, not the server's). */
  since: number;
  count: number;
  lastUsedOfferAt: string | undefined;
  evidence: NoMatchEvidence;
}

export type PlacementTracker = ReadonlyMap<string, StuckApp>;

export interface PlacementImpossible {
  runSpecId: string;
  waitedMs: number;
  evidence: NoMatchEvidence;
}

function reasonsFromUnusedOffers(item: QueueItemView): DeclineReason[] {
  const counts = new Map<string, number>();
  for (const offer of item.lastUnusedOffers) {
    for (const reason of new Set(offer.reasons)) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts].map(([reason, declined]) => ({ reason, declined, of: item.lastUnusedOffers.length }));
}

/** Marathon's funnel: each check sees what the one before let through (processed[i] = processed[i-1] - declined[i-1]). */
function isFunnel(steps: readonly RejectStep[]): boolean {
  return steps.every((step, index) => {
    const before = steps[index - 1];
    return before === undefined || step.processed === before.processed - before.declined;
  });
}

/** Evidence that offers arrive for this queued app and none fits, or undefined when it may still launch. */
export function noOfferMatches(item: QueueItemView): NoMatchEvidence | undefined {
  if (item.count <= 0 || item.delaySecondsLeft > 0) return undefined;
  const steps = item.rejectSummaryLastOffers;
  const first = steps[0];
  const last = steps[steps.length - 1];
  const seen = first?.processed ?? 0;
  const funnelReasons = steps.filter((step) => step.declined > 0).map((step) => ({ reason: step.reason, declined: step.declined, of: seen }));
  const evidence = (): NoMatchEvidence => ({
    count: item.count, reasons: funnelReasons.length > 0 ? funnelReasons : reasonsFromUnusedOffers(item),
  });
  if (last !== undefined && seen > 0) {
    if (isFunnel(steps)) return last.processed - last.declined > 0 ? undefined : evidence();
    // Per-reason counts that overlap (an offer short of cpus and memory counts twice): only a reason that turned
    // away every offer proves that none fit; otherwise the timestamps below decide.
    if (steps.some((step) => step.declined >= step.processed)) return evidence();
  }
  if (item.processedOffers <= 0 || item.unusedOffers <= 0 || item.lastUnusedOfferAt === undefined) return undefined;
  const lastUnused = Date.parse(item.lastUnusedOfferAt);
  const lastUsed = item.lastUsedOfferAt === undefined ? Number.NEGATIVE_INFINITY : Date.parse(item.lastUsedOfferAt);
  return lastUnused > lastUsed ? evidence() : undefined;
}

/** The tracker after one poll of the queue, following only `runSpecIds` (the apps of the deployment). */
export function trackPlacement(
  previous: PlacementTracker, queue: readonly QueueItemView[], runSpecIds: readonly string[], nowMs: number,
): PlacementTracker {
  const next = new Map<string, StuckApp>();
  for (const runSpecId of runSpecIds) {
    const item = queue.find((candidate) => candidate.runSpecId === runSpecId);
    const evidence = item === undefined ? undefined : noOfferMatches(item);
    if (item === undefined || evidence === undefined) continue;
    const before = previous.get(runSpecId);
    const progressed = before !== undefined && (item.count < before.count || item.lastUsedOfferAt !== before.lastUsedOfferAt);
    next.set(runSpecId, {
      runSpecId,
      since: before === undefined || progressed ? nowMs : before.since,
      count: item.count,
      lastUsedOfferAt: item.lastUsedOfferAt,
      evidence,
    });
  }
  return next;
}

/** The app that has waited longest, when it has waited at least `timeoutMs`. */
export function placementImpossible(tracker: PlacementTracker, nowMs: number, timeoutMs: number): PlacementImpossible | undefined {
  let worst: StuckApp | undefined;
  for (const stuck of tracker.values()) {
    if (nowMs - stuck.since >= timeoutMs && (worst === undefined || stuck.since < worst.since)) worst = stuck;
  }
  return worst === undefined ? undefined : { runSpecId: worst.runSpecId, waitedMs: nowMs - worst.since, evidence: worst.evidence };
}

/** `InsufficientMemory (3 of 3 offers), UnfulfilledConstraint (1 of 3)`. */
export function formatDeclineReasons(reasons: readonly DeclineReason[]): string {
  if (reasons.length === 0) return 'no reasons reported';
  return reasons.map((entry, index) => `${entry.reason} (${entry.declined} of ${entry.of}${index === 0 ? ' offers' : ''})`).join(', ');
}
