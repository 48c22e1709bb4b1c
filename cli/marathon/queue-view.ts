// What the CLI reads from Marathon's launch queue (`GET /v2/queue?embed=lastUnusedOffers`, types/queue.raml).
import { asArray, asObject, readNumber, readString, readStrings } from './json-read.js';

/** One check of Marathon's offer-matching funnel: `processed` offers reached it, `declined` of them stopped there. */
export interface RejectStep {
  reason: string;
  processed: number;
  declined: number;
}

export interface UnusedOfferView {
  reasons: string[];
  agentId: string | undefined;
  timestamp: string | undefined;
}

export interface QueueItemView {
  /** The app's (or pod's) id. */
  runSpecId: string;
  /** Instances left to launch. */
  count: number;
  since: string | undefined;
  /** Seconds of launch backoff left; 0 when the app may launch now. */
  delaySecondsLeft: number;
  processedOffers: number;
  unusedOffers: number;
  lastUnusedOfferAt: string | undefined;
  lastUsedOfferAt: string | undefined;
  /** Per agent, its last offer run through the funnel (`rejectSummaryLastOffers`). */
  rejectSummaryLastOffers: RejectStep[];
  lastUnusedOffers: UnusedOfferView[];
}

function readRejectStep(value: unknown): RejectStep | undefined {
  const step = asObject(value);
  const reason = readString(step, 'reason');
  if (reason === undefined) return undefined;
  return { reason, processed: readNumber(step, 'processed', 0), declined: readNumber(step, 'declined', 0) };
}

function readUnusedOffer(value: unknown): UnusedOfferView | undefined {
  const unused = asObject(value);
  if (unused === undefined) return undefined;
  const offer = asObject(unused.offer);
  return {
    reasons: readStrings(unused, 'reason'),
    agentId: readString(offer, 'agentId') ?? readString(offer, 'hostname'),
    timestamp: readString(unused, 'timestamp'),
  };
}

export function readQueueItem(value: unknown): QueueItemView | undefined {
  const item = asObject(value);
  const runSpecId = readString(asObject(item?.app), 'id') ?? readString(asObject(item?.pod), 'id');
  if (item === undefined || runSpecId === undefined) return undefined;
  const summary = asObject(item.processedOffersSummary);
  return {
    runSpecId,
    count: readNumber(item, 'count', 0),
    since: readString(item, 'since'),
    delaySecondsLeft: readNumber(asObject(item.delay), 'timeLeftSeconds', 0),
    processedOffers: readNumber(summary, 'processedOffersCount', 0),
    unusedOffers: readNumber(summary, 'unusedOffersCount', 0),
    lastUnusedOfferAt: readString(summary, 'lastUnusedOfferAt'),
    lastUsedOfferAt: readString(summary, 'lastUsedOfferAt'),
    rejectSummaryLastOffers: asArray(summary?.rejectSummaryLastOffers).map(readRejectStep).filter((step) => step !== undefined),
    lastUnusedOffers: asArray(item.lastUnusedOffers).map(readUnusedOffer).filter((offer) => offer !== undefined),
  };
}

export function readQueue(value: unknown): QueueItemView[] {
  return asArray(asObject(value)?.queue).map(readQueueItem).filter((item) => item !== undefined);
}
