// The HealthCheckRunner's timing logic on a ManualClock with a probe whose answers the test decides.
import { expect } from 'chai';
import { ManualClock } from '../../../shared/clock/index.js';
import { isDroverError } from '../../../shared/errors/index.js';
import type { HealthCheck } from '../../../frameworks/marathon/app-definition/index.js';
import {
  HealthCheckRunner, type HealthTarget, type HealthUpdate, type ProbeOutcome, type ProbeRequest,
} from '../../../frameworks/marathon/health/index.js';
import { Recorder, deferred, healthCheck } from './helpers.js';

interface PendingProbe {
  readonly request: ProbeRequest;
  answer(outcome: ProbeOutcome): void;
}

const OK: ProbeOutcome = { kind: 'response', status: 200, statusText: 'OK', contentType: '', body: '' };
const FAIL: ProbeOutcome = { kind: 'response', status: 500, statusText: 'Internal Server Error', contentType: '', body: '' };
const START = Date.parse('2024-05-01T12:00:00.000Z');

/** Lets every promise callback already queued run (a macrotask turn), for outcomes that emit no event. */
const settled = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('marathon HealthCheckRunner timing (manual clock)', () => {
  let clock: ManualClock;
  let probes: Recorder<PendingProbe>;
  let updates: Recorder<HealthUpdate>;
  let runner: HealthCheckRunner;

  function makeRunner(maxConcurrent?: number): HealthCheckRunner {
    return new HealthCheckRunner({
      clock,
      onResult: updates.push,
      probe: (request) => {
        const answer = deferred<ProbeOutcome>();
        probes.push({ request, answer: answer.resolve });
        return answer.promise;
      },
      ...(maxConcurrent === undefined ? {} : { maxConcurrent }),
    });
  }

  function target(checks: HealthCheck[], instanceId = 'web.instance-1', hostPorts = [31000]): HealthTarget {
    return {
      instanceId, taskId: `${instanceId}._app.1`, appId: '/web', version: '2024-05-01T11:00:00.000Z',
      host: '10.0.0.7', hostPorts, startedAt: new Date(START), checks,
    };
  }

  beforeEach(() => {
    clock = new ManualClock(START);
    probes = new Recorder<PendingProbe>();
    updates = new Recorder<HealthUpdate>();
    runner = makeRunner();
  });

  afterEach(() => runner.stop());

  it('probes at once, then every intervalSeconds, with the check path and port', async () => {
    runner.track(target([healthCheck({ intervalSeconds: 10, path: 'health' })]));
    expect(probes.items).to.have.length(1);
    expect(probes.items[0]?.request).to.include({ protocol: 'HTTP', host: '10.0.0.7', port: 31000, path: '/health' });
    probes.items[0]?.answer(OK);
    const first = await updates.waitFor();
    expect(first.firstSuccess).to.equal('2024-05-01T12:00:00.000Z');
    clock.advance(9_999);
    expect(probes.items).to.have.length(1);
    clock.advance(1);
    expect(probes.items).to.have.length(2);
  });

  it('skips a tick while the previous probe of the check is still running', async () => {
    runner.track(target([healthCheck({ intervalSeconds: 1, timeoutSeconds: 5 })]));
    clock.advance(3_000);
    expect(probes.items).to.have.length(1);
    probes.items[0]?.answer(OK);
    await updates.waitFor();
    clock.advance(1_000);
    expect(probes.items).to.have.length(2);
  });

  it('fails a probe that outlasts timeoutSeconds and aborts it', async () => {
    runner.track(target([healthCheck({ intervalSeconds: 10, timeoutSeconds: 2 })]));
    clock.advance(1_999);
    expect(updates.items).to.have.length(0);
    clock.advance(1);
    const update = await updates.waitFor();
    expect(update).to.include({
      failed: true, consecutiveFailures: 1, lastFailureCause: 'Timed out after 2s', lastFailure: '2024-05-01T12:00:02.000Z',
    });
    expect(probes.items[0]?.request.signal.aborted).to.equal(true);
    probes.items[0]?.answer(OK); // a late answer changes nothing
    clock.advance(8_000);
    expect(probes.items).to.have.length(2);
    expect(updates.items).to.have.length(1);
  });

  it('ignores failures during the grace period before the first success, by the clock', async () => {
    runner.track(target([healthCheck({ intervalSeconds: 4, gracePeriodSeconds: 10, maxConsecutiveFailures: 1 })]));
    for (const n of [0, 1, 2]) {
      expect(probes.items).to.have.length(n + 1);
      probes.items[n]?.answer(FAIL);
      await settled(); // an ignored failure reports nothing, so there is no event to wait for
      clock.advance(4_000);
    }
    expect(updates.items).to.deep.equal([]);
    expect(probes.items).to.have.length(4);
    probes.items[3]?.answer(FAIL); // at 12 s, past the 10 s grace period
    const counted = await updates.waitFor();
    expect(counted).to.include({ consecutiveFailures: 1, shouldKill: false, lastFailure: '2024-05-01T12:00:12.000Z' });
  });

  it('asks for a kill from failure maxConsecutiveFailures + 1 on, and a success resets the count', async () => {
    runner.track(target([healthCheck({ intervalSeconds: 1, maxConsecutiveFailures: 2 })]));
    const answers = [FAIL, FAIL, FAIL, FAIL, OK, FAIL];
    for (const [n, outcome] of answers.entries()) {
      probes.items[n]?.answer(outcome);
      await updates.waitForCount(n + 1);
      clock.advance(1_000);
    }
    expect(updates.items.map((u) => [u.consecutiveFailures, u.shouldKill, u.alive, u.aliveChanged])).to.deep.equal([
      [1, false, false, false], [2, false, false, false], [3, true, false, false], [4, true, false, false],
      [0, false, true, true], [1, false, false, true],
    ]);
  });

  it('runs no more than maxConcurrent probes and starts queued ones in order as probes end', async () => {
    runner.stop();
    runner = makeRunner(2);
    for (const n of [1, 2, 3, 4, 5]) runner.track(target([healthCheck()], `web.instance-${n}`));
    expect(probes.items).to.have.length(2);
    expect(runner.load).to.deep.equal({ running: 2, queued: 3 });
    probes.items[0]?.answer(OK);
    const third = await probes.waitFor((p) => p === probes.items[2]);
    expect(probes.items).to.have.length(3);
    third.answer(OK);
    await probes.waitForCount(4);
    expect(runner.load).to.deep.equal({ running: 2, queued: 1 });
  });

  it('untrack drops the probe in flight, reports nothing and cancels its timers', async () => {
    runner.track(target([healthCheck(), healthCheck({ protocol: 'TCP' })]));
    expect(probes.items).to.have.length(2);
    runner.untrack('web.instance-1');
    expect(runner.isTracking('web.instance-1')).to.equal(false);
    expect(probes.items.every((p) => p.request.signal.aborted)).to.equal(true);
    probes.items[0]?.answer(OK);
    expect(clock.pendingTimers).to.equal(0);
    clock.advance(60_000);
    expect(probes.items).to.have.length(2);
    await settled();
    expect(updates.items).to.deep.equal([]);
    expect(runner.load.running).to.equal(0);
  });

  it('a queued probe of an untracked instance never starts', () => {
    runner.stop();
    runner = makeRunner(1);
    runner.track(target([healthCheck()], 'a'));
    runner.track(target([healthCheck()], 'b'));
    runner.untrack('b');
    expect(runner.load).to.deep.equal({ running: 1, queued: 0 });
  });

  it('reports a check whose port index has no host port as failed', async () => {
    runner.track(target([healthCheck({ portIndex: 2 })]));
    const update = await updates.waitFor();
    expect(update.lastFailureCause).to.match(/effectivePort/);
    expect(probes.items).to.have.length(0);
  });

  it('does not track instances with only agent-run checks, and refuses work after stop', () => {
    runner.track(target([healthCheck({ protocol: 'MESOS_TCP' }), healthCheck({ protocol: 'COMMAND' })]));
    expect(runner.isTracking('web.instance-1')).to.equal(false);
    expect(probes.items).to.have.length(0);
    runner.stop();
    expect(() => runner.track(target([healthCheck()]))).to.throw().that.satisfies(
      (error: unknown) => isDroverError(error, 'NOT_RUNNING'),
    );
  });

  it('tracking an instance again replaces the old target', async () => {
    runner.track(target([healthCheck()], 'web.instance-1', [31000]));
    runner.track(target([healthCheck()], 'web.instance-1', [31500]));
    expect(probes.items.map((p) => [p.request.port, p.request.signal.aborted])).to.deep.equal([[31000, true], [31500, false]]);
    probes.items[0]?.answer(OK);
    probes.items[1]?.answer(FAIL);
    const update = await updates.waitFor();
    expect(update.failed).to.equal(true);
  });

  it('rejects a maxConcurrent below 1', () => {
    expect(() => makeRunner(0)).to.throw().that.satisfies((error: unknown) => isDroverError(error, 'INVALID_ARGUMENT'));
  });
});
