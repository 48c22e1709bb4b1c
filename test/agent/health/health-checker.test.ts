import { expect } from 'chai';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pb } from '../../../shared/protocol/index.js';
import { ManualClock, systemClock } from '../../../shared/clock/index.js';
import { HealthChecker } from '../../../agent/health/index.js';
import type { ContainerEndpoint } from '../../../agent/containerizer/types.js';
import { shellEndpoint } from './support/shell-endpoint.js';
import { startHttpServer, startTcpListener } from './support/servers.js';

const { COMMAND, HTTP, TCP } = pb.HealthCheck.Type;

interface Change {
  readonly healthy: boolean;
  readonly message: string;
}

/** Collects onChange calls and lets a test await the next one. */
function changeLog() {
  const changes: Change[] = [];
  const waiters: Array<() => void> = [];
  return {
    changes,
    onChange: (healthy: boolean, message: string): void => {
      changes.push({ healthy, message });
      waiters.splice(0).forEach((wake) => wake());
    },
    /** Resolves with the change number `count` (1-based) once it has happened. */
    async nth(count: number): Promise<Change> {
      while (changes.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
      return changes[count - 1] as Change;
    },
  };
}

/** An endpoint whose command checks succeed or fail as the test says, each exec held until the test releases it. */
function scriptedEndpoint() {
  const pending: Array<(status: number) => void> = [];
  const endpoint: ContainerEndpoint = {
    address: '127.0.0.1',
    exec: () => new Promise((resolve) => pending.push((status) => resolve({ status, output: `status ${status}` }))),
  };
  return {
    endpoint,
    get inFlight() {
      return pending.length;
    },
    /** Answers the oldest running exec. */
    answer(status: number): void {
      const next = pending.shift();
      if (next === undefined) throw new Error('no exec is running');
      next(status);
    },
  };
}

/** Lets promise callbacks run (an exec answered, a probe's result recorded); not a wait on time. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('agent HealthChecker', () => {
  describe('scheduling (ManualClock)', () => {
    function commandCheck(extra: Partial<pb.HealthCheck.$Properties> = {}): pb.HealthCheck.$Properties {
      return { type: COMMAND, command: { value: 'probe' }, ...extra };
    }

    function counting(endpoint: ContainerEndpoint): ContainerEndpoint & { calls: number } {
      const counted: ContainerEndpoint & { calls: number } = {
        address: endpoint.address,
        calls: 0,
        exec: (command, timeoutMs) => {
          counted.calls += 1;
          return endpoint.exec(command, timeoutMs);
        },
      };
      return counted;
    }

    it('waits delay_seconds, then probes every interval_seconds (Mesos defaults: 15 s, then every 10 s)', async () => {
      const clock = new ManualClock();
      const script = scriptedEndpoint();
      const endpoint = counting(script.endpoint);
      const checker = new HealthChecker({ check: commandCheck(), endpoint, clock, onChange: () => undefined });
      checker.start();
      clock.advance(14_999);
      expect(endpoint.calls).to.equal(0);
      clock.advance(1);
      expect(endpoint.calls).to.equal(1);
      script.answer(0);
      await settle();
      clock.advance(9_999);
      expect(endpoint.calls).to.equal(1);
      clock.advance(1);
      expect(endpoint.calls).to.equal(2);
      checker.stop();
    });

    it('skips a tick while the previous probe still runs, and probes again at the next tick after it ends', async () => {
      const clock = new ManualClock();
      const script = scriptedEndpoint();
      const endpoint = counting(script.endpoint);
      const checker = new HealthChecker({
        check: commandCheck({ delaySeconds: 0, intervalSeconds: 1, timeoutSeconds: 100 }), endpoint, clock, onChange: () => undefined,
      });
      checker.start();
      clock.advance(0);
      expect(endpoint.calls).to.equal(1);
      clock.advance(5000); // five ticks while the first probe hangs
      expect(endpoint.calls).to.equal(1);
      expect(script.inFlight).to.equal(1);
      script.answer(0);
      await settle();
      clock.advance(1000);
      expect(endpoint.calls).to.equal(2);
      checker.stop();
    });

    it('counts a probe that runs past timeout_seconds as a failure', async () => {
      const clock = new ManualClock();
      const script = scriptedEndpoint();
      const log = changeLog();
      const checker = new HealthChecker({
        check: commandCheck({ delaySeconds: 0, intervalSeconds: 10, timeoutSeconds: 2, gracePeriodSeconds: 0, consecutiveFailures: 1 }),
        endpoint: script.endpoint, clock, onChange: log.onChange,
      });
      checker.start();
      clock.advance(0);
      clock.advance(2000);
      await settle();
      expect(log.changes).to.deep.equal([
        { healthy: false, message: 'health check failed 1 time in a row: command health check timed out after 2000 ms' },
      ]);
      expect(checker.healthy).to.equal(false);
      checker.stop();
    });

    it('ignores failures in the grace period, then reports unhealthy after consecutive_failures; a success heals', async () => {
      const clock = new ManualClock();
      const script = scriptedEndpoint();
      const log = changeLog();
      const checker = new HealthChecker({
        check: commandCheck({ delaySeconds: 0, intervalSeconds: 1, gracePeriodSeconds: 5, consecutiveFailures: 2 }),
        endpoint: script.endpoint, clock, onChange: log.onChange,
      });
      checker.start();
      const tick = async (status: number): Promise<void> => {
        script.answer(status);
        await settle();
        clock.advance(1000);
      };
      clock.advance(0);
      for (let second = 0; second < 5; second += 1) await tick(1); // t = 0..4 s: inside the grace period
      expect(log.changes).to.deep.equal([]);
      expect(checker.healthy).to.equal(undefined);
      await tick(1); // t = 5 s: counted, 1 of 2
      expect(log.changes).to.deep.equal([]);
      await tick(1); // t = 6 s: 2 of 2
      expect(log.changes).to.deep.equal([
        { healthy: false, message: 'health check failed 2 times in a row: command health check exited with status 1: status 1' },
      ]);
      await tick(1);
      await tick(0);
      expect(log.changes.map((change) => change.healthy)).to.deep.equal([false, true]);
      expect(log.changes[1]?.message).to.equal('command health check exited with status 0: status 0');
      expect(checker.healthy).to.equal(true);
      checker.stop();
    });

    it('probes nothing and reports nothing after stop(), even when a running probe ends later', async () => {
      const clock = new ManualClock();
      const script = scriptedEndpoint();
      const endpoint = counting(script.endpoint);
      const log = changeLog();
      const checker = new HealthChecker({
        check: commandCheck({ delaySeconds: 0, intervalSeconds: 1 }), endpoint, clock, onChange: log.onChange,
      });
      checker.start();
      clock.advance(0);
      checker.stop();
      script.answer(0);
      await settle();
      clock.advance(10_000);
      expect(endpoint.calls).to.equal(1);
      expect(log.changes).to.deep.equal([]);
      expect(clock.pendingTimers).to.equal(0);
    });

    it('starts only once, and never after stop()', () => {
      const clock = new ManualClock();
      const script = scriptedEndpoint();
      const endpoint = counting(script.endpoint);
      const checker = new HealthChecker({ check: commandCheck({ delaySeconds: 0 }), endpoint, clock, onChange: () => undefined });
      checker.start();
      checker.start();
      clock.advance(0);
      expect(endpoint.calls).to.equal(1);
      checker.stop();
      checker.start();
      clock.advance(60_000);
      expect(endpoint.calls).to.equal(1);
    });

    it('keeps checking when the change handler throws', async () => {
      const clock = new ManualClock();
      const script = scriptedEndpoint();
      const seen: boolean[] = [];
      const checker = new HealthChecker({
        check: commandCheck({ delaySeconds: 0, intervalSeconds: 1, gracePeriodSeconds: 0, consecutiveFailures: 1 }),
        endpoint: script.endpoint,
        clock,
        onChange: (healthy) => {
          seen.push(healthy);
          throw new Error('handler broke');
        },
      });
      checker.start();
      clock.advance(0);
      script.answer(0);
      await settle();
      clock.advance(1000);
      script.answer(1);
      await settle();
      expect(seen).to.deep.equal([true, false]);
      checker.stop();
    });

    it('fails an HTTP or TCP check that has no port, without ever connecting', async () => {
      for (const check of [{ type: HTTP, http: { path: '/' } }, { type: TCP, tcp: {} }]) {
        const clock = new ManualClock();
        const log = changeLog();
        const checker = new HealthChecker({
          check: { ...check, delaySeconds: 0, gracePeriodSeconds: 0, consecutiveFailures: 1 },
          endpoint: scriptedEndpoint().endpoint, clock, onChange: log.onChange,
        });
        checker.start();
        clock.advance(0);
        const change = await log.nth(1);
        expect(change.healthy).to.equal(false);
        expect(change.message).to.match(/(HTTP|TCP) health check has no port/);
        checker.stop();
      }
    });
  });

  describe('against real servers and processes (systemClock, 50 ms interval)', () => {
    const fast = { delaySeconds: 0, intervalSeconds: 0.05, timeoutSeconds: 2, gracePeriodSeconds: 0, consecutiveFailures: 2 };
    let cleanups: Array<() => Promise<void> | void> = [];

    afterEach(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
      cleanups = [];
    });

    function run(check: pb.HealthCheck.$Properties, endpoint: ContainerEndpoint = shellEndpoint()) {
      const log = changeLog();
      const checker = new HealthChecker({ check, endpoint, clock: systemClock, onChange: log.onChange });
      cleanups.push(() => checker.stop());
      checker.start();
      return { checker, log };
    }

    it('HTTP: healthy, unhealthy when the server answers 500, healthy again when it answers 200', async () => {
      const server = await startHttpServer();
      cleanups.push(() => server.close());
      const { checker, log } = run({ type: HTTP, http: { port: server.port, path: '/health' }, ...fast });
      expect(await log.nth(1)).to.deep.equal({
        healthy: true, message: `HTTP health check GET http://127.0.0.1:${server.port}/health returned 200`,
      });
      server.answer = 500;
      expect((await log.nth(2)).healthy).to.equal(false);
      expect(log.changes[1]?.message).to.match(/failed 2 times in a row: .*returned 500/);
      expect(checker.healthy).to.equal(false);
      server.answer = 200;
      expect((await log.nth(3)).healthy).to.equal(true);
    });

    it('HTTP: a server that never answers makes the task unhealthy through timeouts', async () => {
      const server = await startHttpServer();
      server.answer = 'hang';
      cleanups.push(() => server.close());
      const { log } = run({ type: HTTP, http: { port: server.port }, ...fast, timeoutSeconds: 0.1 });
      const change = await log.nth(1);
      expect(change.healthy).to.equal(false);
      expect(change.message).to.match(/timed out after 100 ms/);
    });

    it('TCP: healthy while the port listens, unhealthy once it is closed', async () => {
      const listener = await startTcpListener();
      let closed = false;
      cleanups.push(() => (closed ? undefined : listener.close()));
      const { log } = run({ type: TCP, tcp: { port: listener.port }, ...fast });
      expect((await log.nth(1)).healthy).to.equal(true);
      await listener.close();
      closed = true;
      const change = await log.nth(2);
      expect(change.healthy).to.equal(false);
      expect(change.message).to.match(/ECONNREFUSED/);
    });

    it('COMMAND: follows a real shell command as its answer changes', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'drover-health-'));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      const marker = join(dir, 'ready');
      await writeFile(marker, '');
      const { log } = run({ type: COMMAND, command: { value: `test -f '${marker}'` }, ...fast });
      expect((await log.nth(1)).healthy).to.equal(true);
      await rm(marker);
      expect(await log.nth(2)).to.deep.equal({
        healthy: false, message: 'health check failed 2 times in a row: command health check exited with status 1',
      });
      await writeFile(marker, '');
      expect((await log.nth(3)).healthy).to.equal(true);
    });
  });
});
