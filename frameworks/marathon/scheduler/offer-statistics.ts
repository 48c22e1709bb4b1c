// Per-app offer statistics for /v2/queue (Marathon's processedOffersSummary): how many offers were looked at for the
// app's waiting instances, how many were used, and why the others did not fit. Reset when nothing waits any more.
import type { NoMatchReason } from '../placement/index.js';

export interface ProcessedOffersSummary {
  readonly processedOffersCount: number;
  readonly unusedOffersCount: number;
  readonly lastUnusedOfferAt?: string;
  readonly lastUsedOfferAt?: string;
  readonly rejectSummaryLastOffers: ReadonlyArray<{ readonly reason: NoMatchReason; readonly declined: number; readonly processed: number }>;
  readonly rejectSummaryLaunchAttempt: ReadonlyArray<{ readonly reason: NoMatchReason; readonly declined: number; readonly processed: number }>;
}

/** Marathon lists the reasons in this order (cheapest filter first). */
export const NO_MATCH_REASONS: readonly NoMatchReason[] = [
  'UnfulfilledRole', 'UnfulfilledConstraint', 'InsufficientCpus', 'InsufficientMemory', 'InsufficientDisk',
  'InsufficientGpus', 'InsufficientPorts',
];

interface AppOffers {
  since: string;
  processed: number;
  unused: number;
  lastUnusedAt?: string;
  lastUsedAt?: string;
  declinedBy: Map<NoMatchReason, number>;
}

export class OfferStatistics {
  private readonly byApp = new Map<string, AppOffers>();

  waitingSince(appId: string, since: string): void {
    if (!this.byApp.has(appId)) this.byApp.set(appId, { since, processed: 0, unused: 0, declinedBy: new Map() });
  }

  accepted(appId: string, atIso?: string): void {
    const stats = this.byApp.get(appId);
    if (stats === undefined) return;
    stats.processed++;
    if (atIso !== undefined) stats.lastUsedAt = atIso;
  }

  rejected(appId: string, reasons: readonly NoMatchReason[], atIso: string): void {
    const stats = this.byApp.get(appId);
    if (stats === undefined) return;
    stats.processed++;
    stats.unused++;
    stats.lastUnusedAt = atIso;
    // Marathon's funnel: an offer is declined by the first filter it fails, in NO_MATCH_REASONS order.
    const first = NO_MATCH_REASONS.find((reason) => reasons.includes(reason));
    if (first !== undefined) stats.declinedBy.set(first, (stats.declinedBy.get(first) ?? 0) + 1);
  }

  forget(appId: string): void {
    this.byApp.delete(appId);
  }

  since(appId: string): string | undefined {
    return this.byApp.get(appId)?.since;
  }

  summary(appId: string): ProcessedOffersSummary {
    const stats = this.byApp.get(appId);
    const processed = stats?.processed ?? 0;
    // Each filter processes what the ones before it let through.
    let remaining = processed;
    const reasons = NO_MATCH_REASONS.map((reason) => {
      const declined = stats?.declinedBy.get(reason) ?? 0;
      const line = { reason, declined, processed: remaining };
      remaining -= declined;
      return line;
    });
    return {
      processedOffersCount: processed,
      unusedOffersCount: stats?.unused ?? 0,
      ...(stats?.lastUnusedAt === undefined ? {} : { lastUnusedOfferAt: stats.lastUnusedAt }),
      ...(stats?.lastUsedAt === undefined ? {} : { lastUsedOfferAt: stats.lastUsedAt }),
      rejectSummaryLastOffers: reasons,
      rejectSummaryLaunchAttempt: reasons,
    };
  }
}
