// "Placement impossible" (exit 2): offers arrive, none fits, for a whole --placement-timeout without progress.
import { expect } from 'chai';
import {
  formatDeclineReasons, noOfferMatches, placementImpossible, trackPlacement, type PlacementTracker,
} from '../../../cli/marathon/index.js';
import { queueItem } from './fixtures.js';

const TIMEOUT = 30_000;

describe('placement detection', function () {
  describe('noOfferMatches', function () {
    it('sees that every agent\'s last offer was declined, with the reasons from the funnel', function () {
      expect(noOfferMatches(queueItem())).to.deep.equal({
        count: 2, reasons: [{ reason: 'InsufficientMemory', declined: 3, of: 3 }],
      });
    });

    it('lists every check that turned offers away, in funnel order', function () {
      const evidence = noOfferMatches(queueItem({}, {
        rejectSummaryLastOffers: [
          { reason: 'UnfulfilledConstraint', declined: 1, processed: 3 },
          { reason: 'InsufficientMemory', declined: 2, processed: 2 },
        ],
      }));
      expect(formatDeclineReasons(evidence?.reasons ?? [])).to.equal('UnfulfilledConstraint (1 of 3 offers), InsufficientMemory (2 of 3)');
    });

    it('is not stuck while some offer gets through the last check', function () {
      expect(noOfferMatches(queueItem({}, {
        rejectSummaryLastOffers: [{ reason: 'UnfulfilledConstraint', declined: 1, processed: 3 }, { reason: 'InsufficientMemory', declined: 1, processed: 2 }],
      }))).to.equal(undefined);
    });

    it('is not stuck without offers, during backoff, or with nothing left to launch', function () {
      expect(noOfferMatches(queueItem({}, {
        processedOffersCount: 0, unusedOffersCount: 0, rejectSummaryLastOffers: [{ reason: 'UnfulfilledRole', declined: 0, processed: 0 }],
      })), 'no offers at all').to.equal(undefined);
      expect(noOfferMatches(queueItem({ delay: { timeLeftSeconds: 12, overdue: false } })), 'backoff').to.equal(undefined);
      expect(noOfferMatches(queueItem({ count: 0 })), 'nothing to launch').to.equal(undefined);
    });

    it('reads per-reason counts that are not a funnel (Drover\'s framework): one reason declining every offer is proof', function () {
      const flat = (memory: number, cpus: number, extra: Record<string, unknown> = {}): ReturnType<typeof queueItem> => queueItem({}, {
        processedOffersCount: 4, unusedOffersCount: Math.max(memory, cpus),
        rejectSummaryLastOffers: [
          { reason: 'UnfulfilledRole', declined: 0, processed: 4 },
          { reason: 'InsufficientCpus', declined: cpus, processed: 4 },
          { reason: 'InsufficientMemory', declined: memory, processed: 4 },
          { reason: 'InsufficientPorts', declined: 0, processed: 4 },
        ],
        ...extra,
      });
      expect(noOfferMatches(flat(4, 1))?.reasons).to.deep.equal([
        { reason: 'InsufficientCpus', declined: 1, of: 4 }, { reason: 'InsufficientMemory', declined: 4, of: 4 },
      ]);
      expect(noOfferMatches(flat(2, 1, { lastUsedOfferAt: '2024-05-01T10:00:09.000Z' })), 'an offer was used after the last decline').to.equal(undefined);
      expect(noOfferMatches(flat(2, 1, { lastUsedOfferAt: '2024-05-01T10:00:01.000Z' }))?.reasons.map((entry) => entry.reason), 'declines since the last use')
        .to.deep.equal(['InsufficientCpus', 'InsufficientMemory']);
    });

    it('without the funnel, compares the last unused and last used offer times and counts lastUnusedOffers reasons', function () {
      const withoutFunnel = { rejectSummaryLastOffers: undefined };
      expect(noOfferMatches(queueItem({}, { ...withoutFunnel, lastUsedOfferAt: '2024-05-01T10:00:01.000Z' }))).to.deep.equal({
        count: 2, reasons: [{ reason: 'InsufficientMemory', declined: 1, of: 1 }],
      });
      expect(noOfferMatches(queueItem({}, { ...withoutFunnel, lastUsedOfferAt: '2024-05-01T10:00:09.000Z' })), 'an offer was used last').to.equal(undefined);
      expect(noOfferMatches(queueItem({}, { ...withoutFunnel, lastUnusedOfferAt: undefined })), 'no unused offer').to.equal(undefined);
    });
  });

  describe('over time', function () {
    it('gives up only after the timeout of continuous no-fit', function () {
      let tracker: PlacementTracker = new Map();
      tracker = trackPlacement(tracker, [queueItem()], ['/web'], 1_000);
      expect(placementImpossible(tracker, 1_000, TIMEOUT)).to.equal(undefined);
      tracker = trackPlacement(tracker, [queueItem()], ['/web'], 30_999);
      expect(placementImpossible(tracker, 30_999, TIMEOUT)).to.equal(undefined);
      tracker = trackPlacement(tracker, [queueItem()], ['/web'], 31_000);
      expect(placementImpossible(tracker, 31_000, TIMEOUT)).to.deep.include({ runSpecId: '/web', waitedMs: 30_000 });
    });

    it('starts the clock again when the app makes progress or stops being stuck', function () {
      let tracker: PlacementTracker = trackPlacement(new Map(), [queueItem({ count: 3 })], ['/web'], 0);
      tracker = trackPlacement(tracker, [queueItem({ count: 2 })], ['/web'], 20_000);
      expect(tracker.get('/web')?.since, 'an instance launched').to.equal(20_000);
      tracker = trackPlacement(tracker, [queueItem({ count: 2 }, { lastUsedOfferAt: '2024-05-01T10:00:04.000Z' })], ['/web'], 40_000);
      expect(tracker.get('/web')?.since, 'an offer was used').to.equal(40_000);
      tracker = trackPlacement(tracker, [queueItem({ count: 2, delay: { timeLeftSeconds: 5 } })], ['/web'], 60_000);
      expect(tracker.size, 'backoff is not a placement problem').to.equal(0);
      tracker = trackPlacement(tracker, [queueItem({ count: 2 })], ['/web'], 80_000);
      expect(placementImpossible(tracker, 100_000, TIMEOUT)).to.equal(undefined);
      expect(placementImpossible(tracker, 110_000, TIMEOUT)?.waitedMs).to.equal(30_000);
    });

    it('keeps the clock when someone scales the app up meanwhile', function () {
      let tracker: PlacementTracker = trackPlacement(new Map(), [queueItem({ count: 2 })], ['/web'], 0);
      tracker = trackPlacement(tracker, [queueItem({ count: 5 })], ['/web'], 10_000);
      expect(tracker.get('/web')?.since).to.equal(0);
    });

    it('follows only the deployment\'s apps and names the one that waited longest', function () {
      const queue = [queueItem({ app: { id: '/a' } }), queueItem({ app: { id: '/b' } }), queueItem({ app: { id: '/elsewhere' } })];
      let tracker: PlacementTracker = trackPlacement(new Map(), queue.slice(1), ['/a', '/b'], 0);
      tracker = trackPlacement(tracker, queue, ['/a', '/b'], 5_000);
      expect([...tracker.keys()]).to.deep.equal(['/a', '/b']);
      expect(placementImpossible(tracker, 35_000, TIMEOUT)?.runSpecId).to.equal('/b');
    });
  });
});
