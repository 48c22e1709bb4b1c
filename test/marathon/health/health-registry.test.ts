// HealthRegistry bookkeeping and the pure health policy.
import { expect } from 'chai';
import fc from 'fast-check';
import {
  HealthRegistry, checkPort, emptyHealth, isFailureIgnored, judgeHealthProbe, shouldKillAfterFailure, withFailure,
  withSuccess, type ProbeOutcome,
} from '../../../frameworks/marathon/health/index.js';
import { healthCheck } from './helpers.js';

const response = (status: number, statusText = ''): ProbeOutcome => ({ kind: 'response', status, statusText, contentType: '', body: '' });

describe('marathon HealthRegistry', () => {
  it('keeps the latest result per check in Marathon\'s JSON shape, with null for unknown times', () => {
    const registry = new HealthRegistry();
    registry.record({ instanceId: 'i1', checkIndex: 1, alive: false, consecutiveFailures: 2,
      lastFailure: '2024-01-01T00:00:02.000Z', lastFailureCause: '500 Internal Server Error' });
    registry.record({ instanceId: 'i1', checkIndex: 0, alive: true, consecutiveFailures: 0,
      firstSuccess: '2024-01-01T00:00:01.000Z', lastSuccess: '2024-01-01T00:00:01.000Z' });
    expect(registry.resultsFor('i1')).to.deep.equal([
      { alive: true, consecutiveFailures: 0, firstSuccess: '2024-01-01T00:00:01.000Z', lastFailure: null,
        lastSuccess: '2024-01-01T00:00:01.000Z', lastFailureCause: null, instanceId: 'i1' },
      { alive: false, consecutiveFailures: 2, firstSuccess: null, lastFailure: '2024-01-01T00:00:02.000Z',
        lastSuccess: null, lastFailureCause: '500 Internal Server Error', instanceId: 'i1' },
    ]);
    expect(Object.keys(registry.resultsFor('i1')[0] ?? {})).to.deep.equal(
      ['alive', 'consecutiveFailures', 'firstSuccess', 'lastFailure', 'lastSuccess', 'lastFailureCause', 'instanceId']);
    expect(registry.resultsFor('unknown')).to.deep.equal([]);
  });

  it('folds agent-reported health (Mesos checks) into check 0', () => {
    const registry = new HealthRegistry();
    registry.recordMesosHealth('i1', true, new Date('2024-01-01T00:00:01.000Z'));
    registry.recordMesosHealth('i1', false, new Date('2024-01-01T00:00:05.000Z'));
    const unhealthy = registry.recordMesosHealth('i1', false, new Date('2024-01-01T00:00:06.000Z'));
    expect(unhealthy).to.deep.equal({
      alive: false, consecutiveFailures: 2, firstSuccess: '2024-01-01T00:00:01.000Z', lastFailure: '2024-01-01T00:00:06.000Z',
      lastSuccess: '2024-01-01T00:00:01.000Z', lastFailureCause: '', instanceId: 'i1',
    });
    expect(registry.isHealthy('i1', 1)).to.equal(false);
    registry.recordMesosHealth('i1', true, new Date('2024-01-01T00:00:07.000Z'));
    expect(registry.resultsFor('i1')[0]).to.include({ alive: true, consecutiveFailures: 0, firstSuccess: '2024-01-01T00:00:01.000Z' });
    expect(registry.isHealthy('i1', 1)).to.equal(true);
  });

  it('is healthy only when every check has an alive result; forget drops the instance', () => {
    const registry = new HealthRegistry();
    const alive = { alive: true, consecutiveFailures: 0, firstSuccess: '2024-01-01T00:00:01.000Z', lastSuccess: '2024-01-01T00:00:01.000Z' };
    registry.record({ instanceId: 'i1', checkIndex: 0, ...alive });
    expect(registry.isHealthy('i1', 2)).to.equal(false);
    registry.record({ instanceId: 'i1', checkIndex: 1, ...alive });
    expect(registry.isHealthy('i1', 2)).to.equal(true);
    registry.record({ instanceId: 'i1', checkIndex: 1, alive: false, consecutiveFailures: 1 });
    expect(registry.isHealthy('i1', 2)).to.equal(false);
    expect(registry.isHealthy('i2', 1)).to.equal(false);
    expect(registry.isHealthy('i2', 0)).to.equal(true);
    registry.forget('i1');
    expect(registry.resultsFor('i1')).to.deep.equal([]);
  });
});

describe('marathon health policy', () => {
  it('judges 200–399 healthy, other statuses and errors unhealthy, 1xx ignored only with ignoreHttp1xx', () => {
    const plain = healthCheck();
    const ignoring = healthCheck({ ignoreHttp1xx: true });
    expect(judgeHealthProbe(plain, response(200)).kind).to.equal('healthy');
    expect(judgeHealthProbe(plain, response(399)).kind).to.equal('healthy');
    expect(judgeHealthProbe(plain, response(400, 'Bad Request'))).to.deep.equal({ kind: 'unhealthy', cause: '400 Bad Request' });
    expect(judgeHealthProbe(plain, response(199)).kind).to.equal('unhealthy');
    expect(judgeHealthProbe(ignoring, response(100)).kind).to.equal('ignored');
    expect(judgeHealthProbe(ignoring, response(500)).kind).to.equal('unhealthy');
    expect(judgeHealthProbe(plain, { kind: 'connected' }).kind).to.equal('healthy');
    expect(judgeHealthProbe(plain, { kind: 'error', cause: 'boom' })).to.deep.equal({ kind: 'unhealthy', cause: 'boom' });
  });

  it('first asks for a kill at failure maxConsecutiveFailures + 1, never when it is 0', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 20 }), (max, failures) => {
      const check = healthCheck({ maxConsecutiveFailures: max });
      let health = emptyHealth('i1');
      let firstKill: number | undefined;
      for (let n = 1; n <= failures; n += 1) {
        if (shouldKillAfterFailure(health.consecutiveFailures, check) && firstKill === undefined) firstKill = n;
        health = withFailure(health, new Date(n * 1000).toISOString(), 'x');
      }
      const expected = max === 0 || failures <= max ? undefined : max + 1;
      expect(firstKill).to.equal(expected);
    }));
  });

  it('ignores failures only before the first success and inside the grace period', () => {
    const check = healthCheck({ gracePeriodSeconds: 10 });
    const fresh = emptyHealth('i1');
    expect(isFailureIgnored(fresh, check, 0, 9_999)).to.equal(true);
    expect(isFailureIgnored(fresh, check, 0, 10_000)).to.equal(false);
    expect(isFailureIgnored(withSuccess(fresh, '1970-01-01T00:00:01.000Z'), check, 0, 2_000)).to.equal(false);
  });

  it('is alive only while the last success is later than the last failure', () => {
    let health = withSuccess(emptyHealth('i1'), '2024-01-01T00:00:01.000Z');
    expect(health.alive).to.equal(true);
    health = withFailure(health, '2024-01-01T00:00:01.000Z', 'x');
    expect(health.alive).to.equal(false);
  });

  it('prefers an explicit port over portIndex', () => {
    expect(checkPort(healthCheck({ portIndex: 1 }), [10, 20])).to.equal(20);
    expect(checkPort(healthCheck({ port: 8080, portIndex: 1 }), [10, 20])).to.equal(8080);
    expect(checkPort(healthCheck({ portIndex: 2 }), [10, 20])).to.equal(undefined);
  });
});
