import { expect } from 'chai';
import fc from 'fast-check';
import { LaunchBackoff, launchDelayMs } from '../../../frameworks/marathon/scheduler/backoff.js';
import { app } from './fixtures.js';

const policy = (backoffSeconds: number, backoffFactor: number, maxLaunchDelaySeconds: number) =>
  ({ backoffSeconds, backoffFactor, maxLaunchDelaySeconds });

describe('marathon core: launchDelayMs', () => {
  it('is 0 without failures', () => {
    expect(launchDelayMs(policy(1, 1.15, 300), 0)).to.equal(0);
    expect(launchDelayMs(policy(1, 1.15, 300), -3)).to.equal(0);
  });

  it('grows by the factor from backoffSeconds at the first failure', () => {
    const p = policy(2, 2, 3600);
    expect([1, 2, 3, 4, 5].map((n) => launchDelayMs(p, n))).to.deep.equal([2000, 4000, 8000, 16_000, 32_000]);
    // Marathon's defaults: 1 s × 1.15^(n-1)
    expect(launchDelayMs(policy(1, 1.15, 300), 2)).to.equal(1150);
    expect(launchDelayMs(policy(1, 1.15, 300), 3)).to.be.closeTo(1322.5, 1); // whole ms
  });

  it('stops at maxLaunchDelaySeconds, even when the power overflows', () => {
    const p = policy(1, 2, 10);
    expect(launchDelayMs(p, 4)).to.equal(8000);
    expect(launchDelayMs(p, 5)).to.equal(10_000);
    expect(launchDelayMs(p, 5000)).to.equal(10_000);
    expect(launchDelayMs(policy(30, 1.15, 10), 1)).to.equal(10_000);
  });

  it('is constant with factor 1, and 0 with backoffSeconds 0', () => {
    expect([1, 2, 50].map((n) => launchDelayMs(policy(3, 1, 300), n))).to.deep.equal([3000, 3000, 3000]);
    expect(launchDelayMs(policy(0, 2, 300), 7)).to.equal(0);
  });

  it('property: delays never decrease with more failures and never exceed the cap', () => {
    fc.assert(fc.property(
      fc.double({ min: 0, max: 600, noNaN: true }), fc.double({ min: 1, max: 10, noNaN: true }),
      fc.integer({ min: 0, max: 86_400 }), fc.integer({ min: 0, max: 2000 }),
      (seconds, factor, cap, failures) => {
        const p = policy(seconds, factor, cap);
        const now = launchDelayMs(p, failures);
        const next = launchDelayMs(p, failures + 1);
        expect(next).to.be.at.least(now);
        expect(next).to.be.at.most(cap * 1000);
        expect(Number.isInteger(next)).to.equal(true);
      }));
  });
});

describe('marathon core: LaunchBackoff', () => {
  const web = app('/web', { backoffSeconds: 1, backoffFactor: 2, maxLaunchDelaySeconds: 5 });
  const db = app('/db', { backoffSeconds: 10, backoffFactor: 2, maxLaunchDelaySeconds: 60 });

  it('lets an app without failures launch at once', () => {
    const backoff = new LaunchBackoff();
    expect(backoff.delayedUntil('/web')).to.equal(0);
    expect(backoff.isDelayed('/web', 0)).to.equal(false);
  });

  it('delays launches until now + the delay of the failure count, growing to the cap', () => {
    const backoff = new LaunchBackoff();
    expect(backoff.recordFailure(web, 1000)).to.equal(2000);
    expect(backoff.delayedUntil('/web')).to.equal(2000);
    expect(backoff.isDelayed('/web', 1999)).to.equal(true);
    expect(backoff.isDelayed('/web', 2000)).to.equal(false);
    expect(backoff.recordFailure(web, 3000)).to.equal(5000); // 2 s
    expect(backoff.recordFailure(web, 6000)).to.equal(10_000); // 4 s
    expect(backoff.recordFailure(web, 20_000)).to.equal(25_000); // 8 s capped at 5 s
    expect(backoff.recordFailure(web, 30_000)).to.equal(35_000);
  });

  it('keeps apps apart', () => {
    const backoff = new LaunchBackoff();
    backoff.recordFailure(web, 0);
    backoff.recordFailure(web, 0);
    expect(backoff.recordFailure(db, 0)).to.equal(10_000);
    expect(backoff.delayedUntil('/web')).to.equal(2000);
    expect(backoff.isDelayed('/other', 0)).to.equal(false);
  });

  it('reset forgets the failures: the next failure starts at backoffSeconds again', () => {
    const backoff = new LaunchBackoff();
    backoff.recordFailure(db, 0);
    backoff.recordFailure(db, 0);
    expect(backoff.isDelayed('/db', 19_999)).to.equal(true);
    expect(backoff.reset('/db')).to.equal(true);
    expect(backoff.isDelayed('/db', 0)).to.equal(false);
    expect(backoff.delayedUntil('/db')).to.equal(0);
    expect(backoff.reset('/db')).to.equal(false);
    expect(backoff.recordFailure(db, 100)).to.equal(10_100);
  });
});
