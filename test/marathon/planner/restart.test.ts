import { expect } from 'chai';
import fc from 'fast-check';
import { restartDecision, restartLimits, scaleDecision, type RestartInput } from '../../../frameworks/marathon/planner/index.js';

/** Counts of one app during a rolling restart; all old instances start healthy. */
interface State { oldRunning: number; oldStopping: number; newStarting: number; newReady: number }

interface Params { n: number; h: number; o: number; resident: boolean; immediateKills: boolean }

function decide(p: Params, s: State) {
  const input: RestartInput = {
    target: p.n, minimumHealthCapacity: p.h, maximumOverCapacity: p.o, resident: p.resident,
    oldActive: s.oldRunning + s.oldStopping, oldHealthy: s.oldRunning, oldStopping: s.oldStopping,
    newActive: s.newStarting + s.newReady, newReadyHealthy: s.newReady,
  };
  return restartDecision(input);
}

/** Plain assertion for the simulation's hot loop (chai is slow there). */
function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

/**
 * Drives a rolling restart the way the executor does: apply the decision after every instance change; the next
 * change is picked by `choices` (a stopping old instance disappears, or a starting new one becomes healthy+ready).
 */
function simulate(p: Params, initialOld: number, choices: readonly number[]) {
  const { minHealthy, maxCapacity } = restartLimits(p.n, p.h, p.o);
  const tight = minHealthy === maxCapacity;
  const capacity = maxCapacity + (tight && !p.resident ? 1 : 0);
  const healthyFloor = Math.min(minHealthy, initialOld) - (tight && p.resident ? 1 : 0);
  const s: State = { oldRunning: initialOld, oldStopping: 0, newStarting: 0, newReady: 0 };
  let lowestHealthy = initialOld;
  for (let i = 0; i < 1000; i++) {
    const d = decide(p, s);
    check(d.killOld >= 0 && d.killOld <= s.oldRunning, `kill ${d.killOld} of ${s.oldRunning} killable`);
    check(d.startNew >= 0, `start ${d.startNew}`);
    s.oldRunning -= d.killOld;
    s.oldStopping += d.killOld;
    s.newStarting += d.startNew;
    if (p.immediateKills) s.oldStopping = 0;
    const active = s.oldRunning + s.oldStopping + s.newStarting + s.newReady;
    check(d.startNew === 0 || active <= capacity, `${active} active after a start, capacity ${capacity}`);
    check(active <= Math.max(initialOld, capacity), `${active} active, capacity ${capacity}`);
    lowestHealthy = Math.min(lowestHealthy, s.oldRunning + s.newReady);
    check(s.oldRunning + s.newReady >= healthyFloor, `healthy ${s.oldRunning + s.newReady} below ${healthyFloor}`);

    const events: ('gone' | 'ready')[] = [];
    if (s.oldStopping > 0) events.push('gone');
    if (s.newStarting > 0) events.push('ready');
    // Nothing pending: done, or (kills that took effect at once) the disappearance is the next change to react to.
    if (events.length === 0) {
      if (d.killOld === 0 && d.startNew === 0) break;
      continue;
    }
    const event = events[(choices[i % Math.max(1, choices.length)] ?? 0) % events.length];
    if (event === 'gone') s.oldStopping -= 1;
    else { s.newStarting -= 1; s.newReady += 1; }
  }
  return { s, lowestHealthy };
}

describe('marathon planner: rolling restart arithmetic', () => {
  const base = { minimumHealthCapacity: 1, maximumOverCapacity: 1, oldActive: 0, oldHealthy: 0, newActive: 0, newReadyHealthy: 0 };

  it('computes minHealthy = ceil(N·h) and maxCapacity = floor(N·(1+o)), free of float noise', () => {
    expect(restartLimits(4, 0.5, 0)).to.deep.equal({ minHealthy: 2, maxCapacity: 4 });
    expect(restartLimits(5, 0.5, 0.5)).to.deep.equal({ minHealthy: 3, maxCapacity: 7 });
    expect(restartLimits(10, 0.7, 0.1)).to.deep.equal({ minHealthy: 7, maxCapacity: 11 });
    expect(restartLimits(3, 0.7, 0.2)).to.deep.equal({ minHealthy: 3, maxCapacity: 3 });
  });

  it('§7 example: h=1, o=1 starts all N new beside the old, then kills one old per ready new one', () => {
    const p = { ...base, target: 4 };
    expect(restartDecision({ ...p, oldActive: 4, oldHealthy: 4 })).to.deep.equal({ killOld: 0, startNew: 4 });
    expect(restartDecision({ ...p, oldActive: 4, oldHealthy: 4, newActive: 4 })).to.deep.equal({ killOld: 0, startNew: 0 });
    expect(restartDecision({ ...p, oldActive: 4, oldHealthy: 4, newActive: 4, newReadyHealthy: 1 }))
      .to.deep.equal({ killOld: 1, startNew: 0 });
    expect(restartDecision({ ...p, oldActive: 0, oldHealthy: 0, newActive: 4, newReadyHealthy: 4 }))
      .to.deep.equal({ killOld: 0, startNew: 0 });
  });

  it('§7 example: h=0 kills all old first', () => {
    const p = { ...base, target: 4, minimumHealthCapacity: 0, maximumOverCapacity: 0 };
    expect(restartDecision({ ...p, oldActive: 4, oldHealthy: 4 })).to.deep.equal({ killOld: 4, startNew: 0 });
    // New ones come as the old ones go.
    expect(restartDecision({ ...p, oldActive: 4, oldStopping: 4, oldHealthy: 0 })).to.deep.equal({ killOld: 0, startNew: 0 });
    expect(restartDecision({ ...p, oldActive: 1, oldStopping: 1, oldHealthy: 0 })).to.deep.equal({ killOld: 0, startNew: 3 });
    // With room over capacity, everything happens at once.
    expect(restartDecision({ ...p, maximumOverCapacity: 1, oldActive: 4, oldHealthy: 4 })).to.deep.equal({ killOld: 4, startNew: 4 });
  });

  it('§7 example: h=0.5, o=0, N=4 kills 2, starts 2, then goes one for one', () => {
    const p = { ...base, target: 4, minimumHealthCapacity: 0.5, maximumOverCapacity: 0 };
    expect(restartDecision({ ...p, oldActive: 4, oldHealthy: 4 })).to.deep.equal({ killOld: 2, startNew: 0 });
    expect(restartDecision({ ...p, oldActive: 2, oldHealthy: 2 })).to.deep.equal({ killOld: 0, startNew: 2 });
    expect(restartDecision({ ...p, oldActive: 2, oldHealthy: 2, newActive: 2, newReadyHealthy: 1 }))
      .to.deep.equal({ killOld: 1, startNew: 0 });
    expect(restartDecision({ ...p, oldActive: 1, oldHealthy: 1, newActive: 2, newReadyHealthy: 1 }))
      .to.deep.equal({ killOld: 0, startNew: 1 });
    expect(restartDecision({ ...p, oldActive: 1, oldHealthy: 1, newActive: 3, newReadyHealthy: 2 }))
      .to.deep.equal({ killOld: 1, startNew: 0 });
    expect(restartDecision({ ...p, oldActive: 0, oldHealthy: 0, newActive: 3, newReadyHealthy: 3 }))
      .to.deep.equal({ killOld: 0, startNew: 1 });
  });

  it('when minHealthy == maxCapacity, allows one instance over capacity (non-resident)', () => {
    const p = { ...base, target: 3, maximumOverCapacity: 0 };
    expect(restartDecision({ ...p, oldActive: 3, oldHealthy: 3 })).to.deep.equal({ killOld: 0, startNew: 1 });
    expect(restartDecision({ ...p, oldActive: 3, oldHealthy: 3, newActive: 1, newReadyHealthy: 1 }))
      .to.deep.equal({ killOld: 1, startNew: 0 });
  });

  it('when minHealthy == maxCapacity, a resident app drops one below minHealthy instead', () => {
    const p = { ...base, target: 3, maximumOverCapacity: 0, resident: true };
    expect(restartDecision({ ...p, oldActive: 3, oldHealthy: 3 })).to.deep.equal({ killOld: 1, startNew: 0 });
    expect(restartDecision({ ...p, oldActive: 2, oldHealthy: 2 })).to.deep.equal({ killOld: 0, startNew: 1 });
  });

  it('kills instances beyond N at once, but never counts new ones that are not ready yet', () => {
    const p = { ...base, target: 2, minimumHealthCapacity: 1, maximumOverCapacity: 0 };
    expect(restartDecision({ ...p, oldActive: 6, oldHealthy: 6 })).to.deep.equal({ killOld: 4, startNew: 0 });
    expect(restartDecision({ ...p, oldActive: 1, oldHealthy: 1, newActive: 1 })).to.deep.equal({ killOld: 0, startNew: 0 });
  });

  it('never kills old instances already stopping again', () => {
    const p = { ...base, target: 4, minimumHealthCapacity: 0 };
    expect(restartDecision({ ...p, oldActive: 4, oldStopping: 3, oldHealthy: 1 }).killOld).to.equal(1);
  });

  it('property: a simulated rolling restart always ends with N new and no old, within the health and capacity bounds', () => {
    const params = fc.record({
      n: fc.integer({ min: 0, max: 30 }),
      h: fc.constantFrom(0, 0.25, 0.5, 0.75, 1),
      o: fc.constantFrom(0, 0.25, 0.5, 1),
      resident: fc.constant(false),
      immediateKills: fc.boolean(),
    });
    fc.assert(fc.property(params, fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
      fc.array(fc.nat(), { minLength: 1, maxLength: 64 }), (p, old, choices) => {
        const { s } = simulate(p, old ?? p.n, choices);
        expect(s).to.deep.equal({ oldRunning: 0, oldStopping: 0, newStarting: 0, newReady: p.n });
      }), { numRuns: 200 });
  });

  it('property: resident apps (o = 0) also finish, dropping at most one below minHealthy and never over capacity', () => {
    const params = fc.record({
      n: fc.integer({ min: 0, max: 30 }),
      h: fc.constantFrom(0, 0.25, 0.5, 0.75, 1),
      o: fc.constant(0),
      resident: fc.constant(true),
      immediateKills: fc.boolean(),
    });
    fc.assert(fc.property(params, fc.array(fc.nat(), { minLength: 1, maxLength: 64 }), (p, choices) => {
      const { s } = simulate(p, p.n, choices);
      expect(s).to.deep.equal({ oldRunning: 0, oldStopping: 0, newStarting: 0, newReady: p.n });
    }), { numRuns: 100 });
  });

  it('the healthy floor is reached: h=1 with room keeps every healthy instance until replaced', () => {
    const { lowestHealthy } = simulate({ n: 5, h: 1, o: 1, resident: false, immediateKills: false }, 5, [1, 0, 1, 1, 0]);
    expect(lowestHealthy).to.equal(5);
  });

  it('scaleDecision starts or kills the difference', () => {
    expect(scaleDecision(2, 5)).to.deep.equal({ start: 3, kill: 0 });
    expect(scaleDecision(5, 2)).to.deep.equal({ start: 0, kill: 3 });
    expect(scaleDecision(3, 3)).to.deep.equal({ start: 0, kill: 0 });
  });
});
