// Sandbox GC: the Mesos delay formula, and the collector removing real directories on a manual clock.
import { expect } from 'chai';
import fc from 'fast-check';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ManualClock } from '../../../shared/clock/index.js';
import { sandboxPath } from '../../../agent/containerizer/sandbox.js';
import { GC_DEFAULTS, SandboxGc, diskUsageOf, gcDelayMs } from '../../../agent/gc/index.js';

const HOUR = 3600_000;

/** Lets the promise continuations started by a timer (a disk check) run. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('agent/gc: the delay policy (pure)', function () {
  it('is delay * max(0, 1 - headroom - usage), as in Mesos', function () {
    expect(gcDelayMs({ delayMs: 1000, headroom: 0.1, diskUsage: 0 })).to.be.closeTo(900, 1e-9);
    expect(gcDelayMs({ delayMs: 1000, headroom: 0.1, diskUsage: 0.5 })).to.be.closeTo(400, 1e-9);
    expect(gcDelayMs({ delayMs: 1000, headroom: 0, diskUsage: 0 })).to.equal(1000);
    expect(gcDelayMs({ delayMs: 1000, headroom: 0.1, diskUsage: 0.9 })).to.be.closeTo(0, 1e-9);
    expect(gcDelayMs({ delayMs: 1000, headroom: 0.1, diskUsage: 0.97 })).to.equal(0);
    expect(GC_DEFAULTS).to.deep.equal({ delayMs: 7 * 24 * HOUR, headroom: 0.1, diskWatchIntervalMs: 60_000 });
  });

  it('never grows as the disk fills and stays within [0, delay]', function () {
    fc.assert(fc.property(fc.nat(10 ** 9), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }), (delayMs, headroom, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const atLow = gcDelayMs({ delayMs, headroom, diskUsage: low });
        const atHigh = gcDelayMs({ delayMs, headroom, diskUsage: high });
        expect(atHigh).to.be.at.most(atLow);
        expect(atLow).to.be.within(0, delayMs);
      }));
  });

  it('counts disk usage as (blocks - free) / blocks', function () {
    expect(diskUsageOf({ blocks: 100, bfree: 25 })).to.equal(0.75);
    expect(diskUsageOf({ blocks: 0, bfree: 0 })).to.equal(0);
  });
});

describe('agent/gc: SandboxGc (real directories, manual clock)', function () {
  let workDir: string;
  let clock: ManualClock;
  let usage: number;
  let gc: SandboxGc;
  const START = 1_700_000_000_000;

  beforeEach(function () {
    workDir = mkdtempSync(join(tmpdir(), 'drover-gc-'));
    clock = new ManualClock(START);
    usage = 0;
    gc = new SandboxGc({ workDir, clock, delayMs: 10 * HOUR, headroom: 0.1, diskWatchIntervalMs: 60_000, diskUsage: () => Promise.resolve(usage) });
  });

  afterEach(async function () {
    gc.stop();
    await gc.idle();
    rmSync(workDir, { recursive: true, force: true });
  });

  function run(taskId: string, runId: string, agentId = 'A1', frameworkId = 'F1'): string {
    const path = sandboxPath({ workDir, agentId, frameworkId, taskId, runId });
    mkdirSync(path, { recursive: true });
    writeFileSync(join(path, 'stdout'), 'output');
    return path;
  }

  it('removes a sandbox once the delay has passed, with runs/ and the task directory when empty', async function () {
    const sandbox = run('web', 'r1');
    expect(gc.schedule(sandbox, clock.now())).to.equal(true);
    clock.advance(10 * HOUR - 1);
    await gc.idle();
    expect(existsSync(sandbox), 'kept before the delay').to.equal(true);
    clock.advance(1);
    await gc.idle();
    expect(existsSync(sandbox)).to.equal(false);
    expect(existsSync(dirname(dirname(sandbox))), 'the task directory').to.equal(false);
    expect(existsSync(join(workDir, 'agents', 'A1', 'frameworks', 'F1', 'tasks')), 'tasks/ stays').to.equal(true);
    expect(gc.scheduled().size).to.equal(0);
  });

  it('keeps the task directory while another run of the task remains', async function () {
    const old = run('web', 'r1');
    const current = run('web', 'r2');
    gc.schedule(old, clock.now());
    clock.advance(10 * HOUR);
    await gc.idle();
    expect(existsSync(old)).to.equal(false);
    expect(existsSync(current)).to.equal(true);
  });

  it('removes sooner when the disk is fuller (headroom), at each periodic disk check', async function () {
    const first = run('a', 'r1');
    const second = run('b', 'r1');
    gc.schedule(first, clock.now());
    gc.schedule(second, clock.now() + HOUR);
    expect((await gc.checkDisk()).delayMs, 'an empty disk keeps 90 % of the delay').to.be.closeTo(9 * HOUR, 1);
    clock.advance(4 * HOUR);
    usage = 0.5; // 10 h * (1 - 0.1 - 0.5) = 4 h: the first is older than that, the second not yet
    const check = await gc.checkDisk();
    expect(check.delayMs).to.be.closeTo(4 * HOUR, 1);
    expect(check.removed).to.deep.equal([first]);
    await gc.idle();
    expect(existsSync(first)).to.equal(false);
    expect(existsSync(second)).to.equal(true);
    gc.start(); // checks now (still half full), then every minute
    await settle();
    expect(existsSync(second)).to.equal(true);
    usage = 0.95; // past 1 - headroom: nothing is kept; the next periodic check finds it
    clock.advance(60_000);
    await settle();
    await gc.idle();
    expect(existsSync(second)).to.equal(false);
  });

  it('keeps what is unscheduled, and refuses paths that are not run directories', async function () {
    const kept = run('web', 'r1');
    gc.schedule(kept, clock.now());
    expect(gc.unschedule(kept)).to.equal(true);
    expect(gc.unschedule(kept)).to.equal(false);
    expect(gc.schedule('/etc', clock.now())).to.equal(false);
    expect(gc.schedule(join(workDir, 'agents', 'A1'), clock.now())).to.equal(false);
    expect(gc.schedule(join(workDir, 'agents', 'A1', 'frameworks', 'F1', 'tasks', 'web', 'runs', 'r1', '..', '..', '..', '..'), clock.now())).to.equal(false);
    expect(gc.schedule(join(dirname(kept), '..', 'runs', 'r1', 'stdout'), clock.now())).to.equal(false);
    clock.advance(20 * HOUR);
    await gc.idle();
    expect(existsSync(kept)).to.equal(true);
  });

  it('does not follow a symlink planted in the layout', async function () {
    const victim = join(workDir, 'victim');
    mkdirSync(join(victim, 'r1'), { recursive: true });
    const tasksDir = join(workDir, 'agents', 'A1', 'frameworks', 'F1', 'tasks', 'web');
    mkdirSync(tasksDir, { recursive: true });
    symlinkSync(victim, join(tasksDir, 'runs'));
    expect(gc.schedule(join(tasksDir, 'runs', 'r1'), clock.now())).to.equal(true);
    clock.advance(10 * HOUR);
    await gc.idle();
    expect(existsSync(join(victim, 'r1'))).to.equal(true);
  });

  it('scanExisting schedules the runs that no longer run, from their last modification', async function () {
    const running = run('web', 'r-running');
    const finishedLongAgo = run('web', 'r-old');
    const finishedRecently = run('db', 'r-recent');
    const previousIdentity = run('web', 'r-before-reboot', 'A0');
    const seconds = (ms: number): number => ms / 1000;
    for (const path of [finishedLongAgo, join(finishedLongAgo, 'stdout'), previousIdentity, join(previousIdentity, 'stdout')]) {
      utimesSync(path, seconds(START - 20 * HOUR), seconds(START - 20 * HOUR));
    }
    // The directory is old, but its log was written an hour ago: it finished an hour ago.
    utimesSync(finishedRecently, seconds(START - 20 * HOUR), seconds(START - 20 * HOUR));
    utimesSync(join(finishedRecently, 'stdout'), seconds(START - HOUR), seconds(START - HOUR));

    const scheduled = await gc.scanExisting('A1', (frameworkId, taskId, runId) => frameworkId === 'F1' && taskId === 'web' && runId === 'r-running');
    expect([...scheduled].sort()).to.deep.equal([finishedLongAgo, finishedRecently, previousIdentity].sort());
    await gc.idle();
    expect(existsSync(finishedLongAgo), 'older than the delay: removed at once').to.equal(false);
    expect(existsSync(previousIdentity)).to.equal(false);
    expect(existsSync(finishedRecently)).to.equal(true);
    expect(gc.scheduled().get(finishedRecently)).to.be.closeTo(START - HOUR, 1);
    expect(existsSync(running)).to.equal(true);
    clock.advance(9 * HOUR);
    await gc.idle();
    expect(existsSync(finishedRecently)).to.equal(false);
    expect(existsSync(running)).to.equal(true);
  });

  it('measures the real disk with statfs by default', async function () {
    const real = new SandboxGc({ workDir, clock });
    const check = await real.checkDisk();
    expect(check.usage).to.be.within(0, 1);
    expect(check.delayMs).to.be.within(0, GC_DEFAULTS.delayMs);
  });
});
