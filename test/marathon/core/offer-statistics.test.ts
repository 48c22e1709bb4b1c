import { expect } from 'chai';
import fc from 'fast-check';
import type { NoMatchReason } from '../../../frameworks/marathon/placement/index.js';
import { NO_MATCH_REASONS, OfferStatistics } from '../../../frameworks/marathon/scheduler/offer-statistics.js';
import { at, T0 } from './fixtures.js';

function declinedOf(stats: OfferStatistics, appId: string): Record<string, number> {
  return Object.fromEntries(stats.summary(appId).rejectSummaryLastOffers.map((line) => [line.reason, line.declined]));
}

describe('marathon core: OfferStatistics', () => {
  it('reports zeros, every reason in Marathon order and no times for an app it does not know', () => {
    const summary = new OfferStatistics().summary('/web');
    expect(summary.processedOffersCount).to.equal(0);
    expect(summary.unusedOffersCount).to.equal(0);
    expect(summary).to.not.have.property('lastUsedOfferAt');
    expect(summary).to.not.have.property('lastUnusedOfferAt');
    expect(summary.rejectSummaryLastOffers.map((line) => line.reason)).to.deep.equal([
      'UnfulfilledRole', 'UnfulfilledConstraint', 'InsufficientCpus', 'InsufficientMemory', 'InsufficientDisk',
      'InsufficientGpus', 'InsufficientPorts',
    ]);
    expect(summary.rejectSummaryLastOffers.every((line) => line.declined === 0 && line.processed === 0)).to.equal(true);
  });

  it('counts nothing for an app that is not waiting', () => {
    const stats = new OfferStatistics();
    stats.accepted('/web', T0);
    stats.rejected('/web', ['InsufficientCpus'], T0);
    expect(stats.summary('/web').processedOffersCount).to.equal(0);
    expect(stats.since('/web')).to.equal(undefined);
  });

  it('keeps the first waitingSince', () => {
    const stats = new OfferStatistics();
    stats.waitingSince('/web', at(1));
    stats.waitingSince('/web', at(2));
    expect(stats.since('/web')).to.equal(at(1));
  });

  it('counts processed and unused offers and remembers when each kind was last seen', () => {
    const stats = new OfferStatistics();
    stats.waitingSince('/web', T0);
    stats.rejected('/web', ['InsufficientMemory'], at(1));
    stats.accepted('/web', at(2));
    stats.rejected('/web', ['InsufficientPorts'], at(3));
    stats.accepted('/web');
    const summary = stats.summary('/web');
    expect(summary.processedOffersCount).to.equal(4);
    expect(summary.unusedOffersCount).to.equal(2);
    expect(summary.lastUnusedOfferAt).to.equal(at(3));
    expect(summary.lastUsedOfferAt).to.equal(at(2));
  });

  it('charges a declined offer to the first filter it failed, and each filter processes what passed the earlier ones', () => {
    const stats = new OfferStatistics();
    stats.waitingSince('/web', T0);
    stats.rejected('/web', ['InsufficientMemory', 'UnfulfilledConstraint'], at(1));
    stats.rejected('/web', ['InsufficientPorts', 'InsufficientCpus'], at(1));
    stats.rejected('/web', ['InsufficientCpus'], at(1));
    stats.accepted('/web', at(2));
    const lines = stats.summary('/web').rejectSummaryLastOffers;
    expect(lines.map((line) => [line.reason, line.declined, line.processed])).to.deep.equal([
      ['UnfulfilledRole', 0, 4],
      ['UnfulfilledConstraint', 1, 4],
      ['InsufficientCpus', 2, 3],
      ['InsufficientMemory', 0, 1],
      ['InsufficientDisk', 0, 1],
      ['InsufficientGpus', 0, 1],
      ['InsufficientPorts', 0, 1],
    ]);
    expect(stats.summary('/web').rejectSummaryLaunchAttempt).to.deep.equal(lines);
  });

  it('counts an offer rejected without a reason as unused only', () => {
    const stats = new OfferStatistics();
    stats.waitingSince('/web', T0);
    stats.rejected('/web', [], at(1));
    expect(stats.summary('/web').unusedOffersCount).to.equal(1);
    expect(Object.values(declinedOf(stats, '/web')).every((n) => n === 0)).to.equal(true);
  });

  it('keeps apps apart, and forget starts an app over', () => {
    const stats = new OfferStatistics();
    stats.waitingSince('/web', T0);
    stats.waitingSince('/db', T0);
    stats.rejected('/web', ['InsufficientDisk'], at(1));
    expect(stats.summary('/db').processedOffersCount).to.equal(0);
    stats.forget('/web');
    expect(stats.since('/web')).to.equal(undefined);
    expect(stats.summary('/web').processedOffersCount).to.equal(0);
    expect(stats.since('/db')).to.equal(T0);
    stats.waitingSince('/web', at(5));
    expect(stats.since('/web')).to.equal(at(5));
    expect(declinedOf(stats, '/web').InsufficientDisk).to.equal(0);
  });

  it('property: declined sum to the unused offers with a reason, and processed never grows down the funnel', () => {
    const reasons = fc.subarray([...NO_MATCH_REASONS] as NoMatchReason[]);
    fc.assert(fc.property(fc.array(fc.option(reasons, { nil: undefined }), { maxLength: 40 }), (offers) => {
      const stats = new OfferStatistics();
      stats.waitingSince('/web', T0);
      for (const offer of offers) {
        if (offer === undefined) stats.accepted('/web', T0);
        else stats.rejected('/web', offer, T0);
      }
      const summary = stats.summary('/web');
      const lines = summary.rejectSummaryLastOffers;
      expect(summary.processedOffersCount).to.equal(offers.length);
      expect(summary.unusedOffersCount).to.equal(offers.filter((o) => o !== undefined).length);
      expect(lines.reduce((sum, line) => sum + line.declined, 0))
        .to.equal(offers.filter((o) => o !== undefined && o.length > 0).length);
      lines.forEach((line, i) => {
        const next = lines[i + 1];
        if (next !== undefined) expect(next.processed).to.equal(line.processed - line.declined);
        expect(line.processed).to.be.at.least(line.declined);
      });
    }));
  });
});
