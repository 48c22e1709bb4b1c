import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { subjectsFor } from '../../shared/bus/index.js';
import { encodeMessage, v1 } from '../../shared/protocol/index.js';
import { DroverError, nextEvent, type SchedulerDriver } from '../../frameworks/sdk/index.js';
import { harness, settle, type Harness } from './harness.js';

async function rejection(promise: Promise<unknown>): Promise<DroverError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DroverError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

/** Advances the manual clock step by step, letting the bus deliver in between, until `done` holds. */
async function advanceUntil(h: Harness, done: () => boolean, stepMs = 10, maxSteps = 200): Promise<void> {
  for (let step = 0; step < maxSteps && !done(); step++) {
    h.clock.advance(stepMs);
    await settle();
  }
  expect(done(), 'condition reached while advancing the clock').to.equal(true);
}

describe('SchedulerDriver liveness, failover and fatal errors', function () {
  let h: Harness;
  beforeEach(function () {
    h = harness();
  });
  afterEach(async function () {
    await h.close();
  });

  it('after 5 missed heartbeats it reports disconnected, resubscribes with the same id and reconciles', async function () {
    const driver = h.driver();
    const { frameworkId } = await driver.start();
    const firstSubject = h.master.eventSubject;
    const disconnected = nextEvent(driver, 'disconnected');
    const resubscribed = nextEvent(driver, 'subscribed');
    h.clock.advance(4999);
    await settle();
    expect(driver.connected).to.equal(true);
    h.clock.advance(1);
    const [reason] = await disconnected;
    expect(reason).to.match(/heartbeat/);
    const [info] = await resubscribed;
    expect(info).to.include({ frameworkId, reconnected: true });
    const second = h.master.callsOf('SUBSCRIBE')[1];
    expect(second?.subscribe?.frameworkInfo?.id?.value).to.equal(frameworkId);
    expect(second?.frameworkId?.value).to.equal(frameworkId);
    expect(h.master.eventSubject).to.not.equal(firstSubject);
    const reconcile = await h.master.waitForCall('RECONCILE');
    expect(reconcile.reconcile?.tasks ?? []).to.have.length(0);
    expect(driver.connected).to.equal(true);
  });

  it('stays connected while heartbeats (or any events) keep arriving', async function () {
    const driver = h.driver();
    let disconnects = 0;
    driver.on('disconnected', () => { disconnects++; });
    await driver.start();
    for (let round = 0; round < 5; round++) {
      h.clock.advance(4000);
      expect(await h.master.sendHeartbeat()).to.equal(true);
    }
    h.clock.advance(4000);
    await h.master.sendUpdate({ taskId: 't', state: 'TASK_RUNNING', reliable: false });
    h.clock.advance(4000);
    await settle();
    expect(disconnects).to.equal(0);
    expect(h.master.subscriptions).to.equal(1);
  });

  it('a call that finds no master marks the driver disconnected; it resubscribes with backoff once the master is back', async function () {
    const driver = h.driver();
    const { frameworkId } = await driver.start();
    const reasons: string[] = [];
    driver.on('disconnected', (reason) => { reasons.push(reason); });
    h.master.stop();
    expect((await rejection(driver.kill('t1'))).code).to.equal('BUS_NO_RESPONDERS');
    expect(driver.connected).to.equal(false);
    expect((await rejection(driver.revive())).code).to.equal('NOT_SUBSCRIBED');
    await advanceUntil(h, () => reasons.length >= 4);
    expect(reasons[0]).to.match(/KILL failed/);
    expect(reasons.slice(1).every((reason) => /retrying in \d+ ms/.test(reason))).to.equal(true);
    expect(reasons.slice(1, 4).map((reason) => Number(/retrying in (\d+) ms/.exec(reason)?.[1]))).to.deep.equal([10, 20, 40]);
    const back = nextEvent(driver, 'subscribed');
    h.master.start();
    await advanceUntil(h, () => driver.connected);
    const [info] = await back;
    expect(info).to.include({ frameworkId, reconnected: true });
    await h.master.waitForCall('RECONCILE');
  });

  it('resubscribes when the master answers NOT_SUBSCRIBED (a new leader that lost the subscription)', async function () {
    const driver = h.driver();
    const { frameworkId } = await driver.start();
    const resubscribed = nextEvent(driver, 'subscribed');
    h.master.forgetSubscription();
    expect((await rejection(driver.decline(['o1']))).code).to.equal('NOT_SUBSCRIBED');
    expect((await resubscribed)[0]).to.include({ frameworkId, reconnected: true });
    expect(h.master.frameworkId).to.equal(frameworkId);
  });

  it('follows a master that came back with a lower epoch once it has resubscribed there', async function () {
    const driver = h.driver();
    const seen: string[] = [];
    driver.on('update', (status) => { seen.push(status.taskId); });
    await driver.start();
    h.master.epoch = 7;
    await h.master.sendUpdate({ taskId: 'from-7', state: 'TASK_RUNNING', reliable: false });
    h.master.epoch = 2; // Restarted without its epoch: fenced until the driver subscribes to it again.
    await h.master.sendUpdate({ taskId: 'fenced', state: 'TASK_RUNNING', reliable: false });
    const resubscribed = nextEvent(driver, 'subscribed');
    h.clock.advance(5000);
    await resubscribed;
    await h.master.sendUpdate({ taskId: 'from-2', state: 'TASK_RUNNING', reliable: false });
    await settle();
    expect(seen).to.deep.equal(['from-7', 'from-2']);
  });

  it('an ERROR event is fatal: it emits error and never resubscribes', async function () {
    const driver = h.driver();
    await driver.start();
    const failed = nextEvent(driver, 'error');
    await h.master.sendError('framework removed by operator');
    const [error] = await failed;
    expect(error.code).to.equal('FRAMEWORK_REMOVED');
    expect(error.message).to.contain('removed by operator');
    expect(driver.connected).to.equal(false);
    h.clock.advance(60_000);
    await settle();
    expect(h.master.callsOf('SUBSCRIBE')).to.have.length(1);
    expect((await rejection(driver.reconcile())).code).to.equal('FRAMEWORK_REMOVED');
  });

  it('an ERROR nobody listens for goes to onListenerError instead of passing silently', async function () {
    const reported: unknown[] = [];
    const driver = h.driver({ onListenerError: (error) => reported.push(error) });
    await driver.start();
    await h.master.sendError('bye', 'SOME_FUTURE_CODE');
    await settle();
    expect(reported).to.have.length(1);
    expect((reported[0] as DroverError).code).to.equal('INVALID_CALL');
  });

  it('start() keeps trying while no master answers, and resolves once one does', async function () {
    h.master.stop();
    const driver = h.driver();
    const reasons: string[] = [];
    driver.on('disconnected', (reason) => { reasons.push(reason); });
    const started = driver.start();
    await advanceUntil(h, () => reasons.length >= 2);
    expect(reasons[0]).to.match(/SUBSCRIBE failed/);
    h.master.start();
    await advanceUntil(h, () => driver.connected);
    expect((await started).frameworkId).to.equal(h.master.frameworkId);
  });

  it('stop() before the subscription succeeds rejects start() with NOT_RUNNING', async function () {
    h.master.stop();
    const driver = h.driver();
    const started = driver.start();
    await settle();
    await driver.stop();
    expect((await rejection(started)).code).to.equal('NOT_RUNNING');
  });

  it('keeps suppressed roles across a resubscription', async function () {
    const driver = h.driver({ framework: { name: 'roles', roles: ['a', 'b'] } });
    await driver.start();
    await driver.suppress(['b']);
    const resubscribed = nextEvent(driver, 'subscribed');
    h.clock.advance(5000);
    await resubscribed;
    expect(h.master.callsOf('SUBSCRIBE')[1]?.subscribe?.suppressedRoles).to.deep.equal(['b']);
    await driver.revive(['b']);
    await driver.updateFramework({ labels: { version: '2' } });
    const update = h.master.callsOf('UPDATE_FRAMEWORK')[0]?.updateFramework;
    expect(update?.frameworkInfo?.id?.value).to.equal(driver.frameworkId);
    expect(update?.suppressedRoles).to.deep.equal([]);
  });

  it('delivers events that arrive before the SUBSCRIBE answer after `subscribed`, in order', async function () {
    h.master.stop();
    const subjects = subjectsFor('sdk-test');
    h.bus.subscribe(subjects.masterScheduler, (message) => {
      const eventSubject = v1.Call.decode(message.data).subscribe?.eventSubject ?? '';
      for (const taskId of ['early-1', 'early-2']) {
        const status = { taskId: { value: taskId }, state: v1.TaskState.TASK_RUNNING };
        h.bus.publish(eventSubject, encodeMessage(v1.Event, { type: v1.Event.Type.UPDATE, epoch: 1, update: { status } }));
      }
      message.respond(encodeMessage(v1.CallResponse, {
        ok: true, epoch: 1,
        subscribed: { type: v1.Event.Type.SUBSCRIBED, epoch: 1, subscribed: { frameworkId: { value: 'fw-early' }, heartbeatIntervalSeconds: 1 } },
      }));
    });
    const driver = h.driver();
    const order: string[] = [];
    driver.on('subscribed', (info) => { order.push(`subscribed ${info.frameworkId}`); });
    driver.on('update', (status) => { order.push(status.taskId); });
    await driver.start();
    order.push('start resolved');
    await settle();
    await settle();
    expect(order).to.deep.equal(['subscribed fw-early', 'start resolved', 'early-1', 'early-2']);
  });

  describe('frameworkIdFile', function () {
    let dir: string;
    beforeEach(function () {
      dir = mkdtempSync(join(tmpdir(), 'drover-sdk-'));
    });
    afterEach(function () {
      rmSync(dir, { recursive: true, force: true });
    });

    it('writes the id after SUBSCRIBED and fails over to it on the next start, then forgets it on teardown', async function () {
      const file = join(dir, 'state', 'framework-id');
      const first = h.driver({ frameworkIdFile: file });
      const { frameworkId } = await first.start();
      expect(readFileSync(file, 'utf8').trim()).to.equal(frameworkId);
      await first.stop();

      const second: SchedulerDriver = h.driver({ frameworkIdFile: file });
      const subscribed = nextEvent(second, 'subscribed');
      expect((await second.start()).frameworkId).to.equal(frameworkId);
      expect((await subscribed)[0].reconnected).to.equal(false);
      expect(h.master.callsOf('SUBSCRIBE')[1]?.subscribe?.frameworkInfo?.id?.value).to.equal(frameworkId);
      await h.master.waitForCall('RECONCILE');
      await second.teardown();
      expect(existsSync(file)).to.equal(false);
    });

    it('removes a stored id the master refuses as FRAMEWORK_REMOVED', async function () {
      const file = join(dir, 'framework-id');
      writeFileSync(file, 'torn-down-id\n');
      h.master.removeFramework('torn-down-id');
      const driver = h.driver({ frameworkIdFile: file });
      expect((await rejection(driver.start())).code).to.equal('FRAMEWORK_REMOVED');
      expect(h.master.callsOf('SUBSCRIBE')[0]?.subscribe?.frameworkInfo?.id?.value).to.equal('torn-down-id');
      expect(existsSync(file)).to.equal(false);
    });

    it('rejects start() with CONFIG when the file holds an invalid id', async function () {
      const file = join(dir, 'framework-id');
      writeFileSync(file, 'bad/id');
      expect((await rejection(h.driver({ frameworkIdFile: file }).start())).code).to.equal('CONFIG');
    });
  });
});
