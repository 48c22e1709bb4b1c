import { expect } from 'chai';
import { AllocationLoop, type AllocationTarget } from '../../master/allocator/index.js';
import { ManualClock } from '../../shared/clock/index.js';

function startLoop(intervalMs = 1000): { clock: ManualClock; loop: AllocationLoop; runs: (string[] | 'all')[] } {
  const clock = new ManualClock(0);
  const runs: (string[] | 'all')[] = [];
  const loop = new AllocationLoop({
    clock,
    intervalMs,
    run: (target: AllocationTarget) => runs.push(target === 'all' ? 'all' : [...target].sort()),
  });
  loop.start();
  return { clock, loop, runs };
}

describe('AllocationLoop', function () {
  it('runs over all agents every interval', function () {
    const { clock, runs } = startLoop(1000);
    clock.advance(999);
    expect(runs).to.deep.equal([]);
    clock.advance(1);
    clock.advance(2000);
    expect(runs).to.deep.equal(['all', 'all', 'all']);
  });

  it('runs soon after an event, once for a burst of requests', function () {
    const { clock, loop, runs } = startLoop(1000);
    loop.requestAllocation(['a2']);
    loop.requestAllocation(['a1', 'a2']);
    loop.requestAllocation(['a3']);
    expect(runs).to.deep.equal([]);
    clock.advance(0);
    expect(runs).to.deep.equal([['a1', 'a2', 'a3']]);
    clock.advance(0);
    expect(runs).to.have.length(1);
  });

  it('turns a request without agents into a run over all of them', function () {
    const { clock, loop, runs } = startLoop(1000);
    loop.requestAllocation(['a1']);
    loop.requestAllocation();
    loop.requestAllocation(['a2']);
    clock.advance(0);
    expect(runs).to.deep.equal(['all']);
  });

  it('keeps the periodic rhythm when events trigger runs in between', function () {
    const { clock, loop, runs } = startLoop(1000);
    clock.advance(500);
    loop.requestAllocation(['a1']);
    clock.advance(500);
    expect(runs).to.deep.equal([['a1'], 'all']);
  });

  it('ignores requests before start', function () {
    const clock = new ManualClock(0);
    const runs: AllocationTarget[] = [];
    const loop = new AllocationLoop({ clock, intervalMs: 1000, run: (target) => runs.push(target) });
    loop.requestAllocation(['a1']);
    clock.advance(0);
    expect(runs).to.deep.equal([]);
    expect(clock.pendingTimers).to.equal(0);
  });

  it('stops: no periodic runs and no event runs', function () {
    const { clock, loop, runs } = startLoop(1000);
    loop.requestAllocation(['a1']);
    loop.stop();
    loop.requestAllocation(['a2']);
    clock.advance(5000);
    expect(runs).to.deep.equal([]);
    expect(clock.pendingTimers).to.equal(0);
    expect(loop.started).to.equal(false);
  });

  it('keeps running when a run asks for another one', function () {
    const clock = new ManualClock(0);
    const runs: AllocationTarget[] = [];
    const loop: AllocationLoop = new AllocationLoop({
      clock,
      intervalMs: 1000,
      run: (target) => {
        runs.push(target);
        if (runs.length === 1) loop.requestAllocation(['again']);
      },
    });
    loop.start();
    loop.requestAllocation(['first']);
    clock.advance(0);
    expect(runs.map((target) => (target === 'all' ? 'all' : [...target]))).to.deep.equal([['first'], ['again']]);
  });
});
