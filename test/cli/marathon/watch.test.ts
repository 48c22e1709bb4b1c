// Waiting for a deployment, poll by poll: when it is done, when placement is impossible, what progress shows, and
// the exit status and message of each ending.
import { expect } from 'chai';
import {
  EXIT_CODES, advanceWatch, createProgressDisplay, describeOutcome, exitCodeFor, followedApps, formatDuration,
  formatProgressLine, renderProgress, startWatch, type ProgressSnapshot, type WatchDecision, type WatchState,
} from '../../../cli/marathon/index.js';
import { app, deployment, queueItem } from './fixtures.js';

const TIMEOUT = 30_000;
const PLAN = deployment();

function progressOf(decision: WatchDecision): ProgressSnapshot {
  if (decision.kind !== 'running') throw new Error(`expected running, got ${decision.kind}`);
  return decision.progress;
}

describe('waiting for a deployment', function () {
  it('is done as soon as the deployment is no longer listed', function () {
    const state = startWatch(PLAN.id, ['/web'], 1_000);
    const { decision } = advanceWatch(state, { deployments: [deployment({ id: 'other' })], queue: [], apps: [] }, 4_500, TIMEOUT);
    expect(decision).to.deep.equal({ kind: 'done', elapsedMs: 3_500 });
    expect(exitCodeFor({ kind: 'done', elapsedMs: 3_500 })).to.equal(EXIT_CODES.ok);
  });

  it('follows the apps the deployment affects as well as the ones it was given', function () {
    const state = startWatch(PLAN.id, ['/new'], 0);
    expect(followedApps(state, [deployment({ affectedApps: ['/web', '/new', '/db'] })])).to.deep.equal(['/new', '/web', '/db']);
    const { state: next, decision } = advanceWatch(state, {
      deployments: [deployment({ affectedApps: ['/web'] })], queue: [], apps: [app({ id: '/web' }), app({ id: '/unrelated' })],
    }, 500, TIMEOUT);
    expect(next.apps).to.deep.equal(['/new', '/web']);
    expect(progressOf(decision).apps.map((view) => view.id)).to.deep.equal(['/web']);
  });

  it('exits 2 when an app of the deployment finds no fitting offer for the whole placement timeout', function () {
    let state: WatchState = startWatch(PLAN.id, ['/web'], 0);
    const stuck = { deployments: [PLAN], queue: [queueItem()], apps: [app({ tasksRunning: 1 })] };
    let decision: WatchDecision | undefined;
    for (let now = 0; now <= 40_000; now += 500) {
      ({ state, decision } = advanceWatch(state, stuck, now, TIMEOUT));
      if (decision.kind !== 'running') break;
    }
    expect(decision?.kind).to.equal('placement-impossible');
    if (decision?.kind !== 'placement-impossible') return;
    expect(decision.elapsedMs).to.equal(30_000);
    expect(exitCodeFor(decision)).to.equal(EXIT_CODES.placementImpossible);
    const message = describeOutcome(decision, PLAN.id);
    expect(message).to.contain('placement impossible for /web: 2 instances left to launch and no offer has fit for 30s');
    expect(message).to.contain('declined: InsufficientMemory (3 of 3 offers)');
    expect(message).to.contain(`drover deployment rollback ${PLAN.id}`);
  });

  it('keeps waiting while the stuck app is not one of the deployment\'s', function () {
    let state: WatchState = startWatch(PLAN.id, [], 0);
    const observation = { deployments: [PLAN], queue: [queueItem({ app: { id: '/other' } })], apps: [] };
    ({ state } = advanceWatch(state, observation, 0, TIMEOUT));
    expect(advanceWatch(state, observation, 60_000, TIMEOUT).decision.kind).to.equal('running');
  });

  it('tells how to pick an interrupted wait up again', function () {
    const outcome = { kind: 'interrupted', elapsedMs: 1_000 } as const;
    expect(exitCodeFor(outcome)).to.equal(130);
    expect(describeOutcome(outcome, 'd1')).to.contain('drover deployment watch d1');
    expect(describeOutcome({ kind: 'done', elapsedMs: 65_000 }, 'd1')).to.equal('deployment d1 finished in 1m05s');
  });
});

describe('progress display', function () {
  const running = (nowMs: number, queue = [queueItem()]): ProgressSnapshot => {
    let state = startWatch(PLAN.id, ['/web'], 0);
    ({ state } = advanceWatch(state, { deployments: [PLAN], queue, apps: [] }, 0, TIMEOUT));
    return progressOf(advanceWatch(state, { deployments: [PLAN], queue, apps: [app({ tasksRunning: 1, tasksStaged: 1, tasksHealthy: 1 })] }, nowMs, TIMEOUT).decision);
  };

  it('shows the step, the current actions, each app\'s counts and why offers do not fit', function () {
    expect(renderProgress(running(12_000))).to.deep.equal({
      status: 'step 2/2 ScaleApplication /web · /web 1/3 running, 1 staged, 1 healthy · /web: no offer fits: InsufficientMemory (3 of 3 offers)',
      elapsed: '12s',
      note: 'gives up on placement in 18s',
    });
    expect(renderProgress(running(12_000, []))).to.not.have.property('note');
  });

  it('keeps ticking values out of the status, so a log gets a line per change only', function () {
    expect(renderProgress(running(1_000)).status).to.equal(renderProgress(running(9_000)).status);
    const written: string[] = [];
    const display = createProgressDisplay({ write: (text: string) => written.push(text), isTTY: false }, true);
    display.show(renderProgress(running(1_000)));
    display.show(renderProgress(running(1_500)));
    display.show(renderProgress(running(2_000, [])));
    expect(written).to.have.length(2);
    expect(written[0]).to.match(/^\[1s\] step 2\/2 .*InsufficientMemory \(3 of 3 offers\) \(gives up on placement in 29s\)\n$/);
    expect(written[1]).to.equal('[2s] step 2/2 ScaleApplication /web · /web 1/3 running, 1 staged, 1 healthy\n');
  });

  it('redraws one line in place on a terminal, cut to its width, and clears it at the end', function () {
    const written: string[] = [];
    const display = createProgressDisplay({ write: (text: string) => written.push(text), isTTY: true, columns: 30 }, true);
    display.show(renderProgress(running(1_000)));
    display.show(renderProgress(running(1_500)));
    display.clear();
    expect(written).to.have.length(3);
    expect(written[0]).to.equal(`\r\x1b[K${formatProgressLine(renderProgress(running(1_000)), 30)}`);
    expect([...formatProgressLine(renderProgress(running(1_000)), 30)]).to.have.length(29);
    expect(written[2]).to.equal('\r\x1b[K');
  });

  it('shows nothing with --quiet', function () {
    const written: string[] = [];
    const display = createProgressDisplay({ write: (text: string) => written.push(text), isTTY: true }, false);
    display.show(renderProgress(running(1_000)));
    display.clear();
    expect(written).to.deep.equal([]);
  });

  it('formats durations', function () {
    expect([0, 999, 59_999, 60_000, 125_000, 3_600_000, 3_723_000].map(formatDuration))
      .to.deep.equal(['0s', '0s', '59s', '1m00s', '2m05s', '1h00m', '1h02m']);
  });
});
