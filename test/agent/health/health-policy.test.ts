import { expect } from 'chai';
import fc from 'fast-check';
import {
  INITIAL_HEALTH_STATE, applyProbeResult, replayProbeResults, type HealthPolicyConfig, type ProbeResult,
} from '../../../agent/health/index.js';

const ok = (atMs: number): ProbeResult => ({ ok: true, atMs, message: `ok at ${atMs}` });
const bad = (atMs: number): ProbeResult => ({ ok: false, atMs, message: `bad at ${atMs}` });
const config: HealthPolicyConfig = { gracePeriodMs: 10_000, consecutiveFailures: 3 };

describe('agent health policy (pure)', () => {
  it('reports healthy on the first success, and nothing more while it stays healthy', () => {
    const { state, changes } = replayProbeResults(config, [ok(1000), ok(2000), ok(3000)]);
    expect(changes).to.deep.equal([{ healthy: true, message: 'ok at 1000', atMs: 1000 }]);
    expect(state).to.deep.equal({ health: 'healthy', consecutiveFailures: 0, everSucceeded: true });
  });

  it('ignores failures inside the grace period while the task has never succeeded', () => {
    const decision = applyProbeResult(config, INITIAL_HEALTH_STATE, bad(9_999));
    expect(decision).to.deep.equal({ state: INITIAL_HEALTH_STATE, ignored: true });
    const { state, changes } = replayProbeResults(config, [bad(0), bad(3000), bad(6000), bad(9000)]);
    expect(changes).to.deep.equal([]);
    expect(state.health).to.equal('unknown');
  });

  it('goes from unknown to unhealthy after consecutive_failures failures past the grace period', () => {
    const { state, changes } = replayProbeResults(config, [bad(5000), bad(10_000), bad(20_000), bad(30_000), bad(40_000)]);
    expect(changes).to.deep.equal([
      { healthy: false, message: 'health check failed 3 times in a row: bad at 30000', atMs: 30_000 },
    ]);
    expect(state).to.deep.equal({ health: 'unhealthy', consecutiveFailures: 4, everSucceeded: false });
  });

  it('counts failures inside the grace period once the task has succeeded', () => {
    const { changes } = replayProbeResults(config, [ok(1000), bad(2000), bad(3000), bad(4000)]);
    expect(changes.map((change) => change.healthy)).to.deep.equal([true, false]);
    expect(changes[1]?.atMs).to.equal(4000);
  });

  it('flips healthy, unhealthy and healthy again, and a success resets the count', () => {
    const { changes } = replayProbeResults(config, [
      ok(0), bad(1), bad(2), ok(3), bad(4), bad(5), bad(6), bad(7), ok(8), ok(9),
    ]);
    expect(changes.map((change) => [change.healthy, change.atMs])).to.deep.equal([[true, 0], [false, 6], [true, 8]]);
  });

  it('with consecutive_failures 1, the first counted failure is enough', () => {
    const { changes } = replayProbeResults({ gracePeriodMs: 0, consecutiveFailures: 1 }, [bad(0)]);
    expect(changes).to.deep.equal([{ healthy: false, message: 'health check failed 1 time in a row: bad at 0', atMs: 0 }]);
  });

  describe('properties', () => {
    const scenario = fc.record({
      gracePeriodMs: fc.integer({ min: 0, max: 1000 }),
      consecutiveFailures: fc.integer({ min: 1, max: 5 }),
      steps: fc.array(fc.record({ gapMs: fc.integer({ min: 0, max: 200 }), ok: fc.boolean() }), { maxLength: 60 }),
    }).map(({ gracePeriodMs, consecutiveFailures, steps }) => {
      let atMs = 0;
      const results = steps.map((step): ProbeResult => {
        atMs += step.gapMs;
        return { ok: step.ok, atMs, message: String(atMs) };
      });
      return { config: { gracePeriodMs, consecutiveFailures }, results };
    });

    /** Each result with the change it caused, if any. */
    function trace(policy: HealthPolicyConfig, results: readonly ProbeResult[]) {
      let state = INITIAL_HEALTH_STATE;
      return results.map((result, index) => {
        const decision = applyProbeResult(policy, state, result);
        state = decision.state;
        return { index, result, change: decision.change };
      });
    }

    it('never emits the same state twice in a row', () => {
      fc.assert(fc.property(scenario, ({ config: policy, results }) => {
        const { changes } = replayProbeResults(policy, results);
        changes.forEach((change, index) => {
          if (index > 0) expect(change.healthy).to.not.equal(changes[index - 1]?.healthy);
        });
      }));
    });

    it('never emits unhealthy inside the grace period before any success', () => {
      fc.assert(fc.property(scenario, ({ config: policy, results }) => {
        const firstSuccess = results.findIndex((result) => result.ok);
        for (const step of trace(policy, results)) {
          if (step.change?.healthy !== false) continue;
          if (firstSuccess === -1 || step.index < firstSuccess) {
            expect(step.result.atMs).to.be.at.least(policy.gracePeriodMs);
          }
        }
      }));
    });

    it('emits healthy only on a success, and unhealthy only after consecutive_failures failures in a row', () => {
      fc.assert(fc.property(scenario, ({ config: policy, results }) => {
        for (const step of trace(policy, results)) {
          if (step.change === undefined) continue;
          expect(step.change.healthy).to.equal(step.result.ok);
          if (!step.change.healthy) {
            const window = results.slice(step.index - policy.consecutiveFailures + 1, step.index + 1);
            expect(window).to.have.length(policy.consecutiveFailures);
            expect(window.every((result) => !result.ok)).to.equal(true);
          }
        }
      }));
    });

    it('reports healthy exactly when the latest result is a success', () => {
      fc.assert(fc.property(scenario, ({ config: policy, results }) => {
        const { state, changes } = replayProbeResults(policy, results);
        const last = results[results.length - 1];
        if (last?.ok === true) {
          expect(state.health).to.equal('healthy');
          expect(changes[changes.length - 1]?.healthy).to.equal(true);
        }
        // What was last emitted is the state the policy is in, once it is known.
        if (changes.length > 0) expect(state.health).to.equal(changes[changes.length - 1]?.healthy ? 'healthy' : 'unhealthy');
        else expect(state.health).to.equal('unknown');
      }));
    });
  });
});
