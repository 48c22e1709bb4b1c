import { expect } from 'chai';
import {
  containsResources, DroverError, isDroverError, nextEvent, rangesValue, resourcesFromProto, subtractResources, v1,
  type Offer, type Resources, type TaskStatus,
} from '../../frameworks/sdk/index.js';
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

describe('SchedulerDriver against a FakeMaster', function () {
  let h: Harness;
  beforeEach(function () {
    h = harness();
  });
  afterEach(async function () {
    await h.close();
  });

  it('subscribes and learns its framework id, announcing the framework info it was given', async function () {
    const driver = h.driver({
      framework: { name: 'web', roles: ['web', 'batch'], capabilities: ['PARTITION_AWARE', 'MULTI_ROLE'], failoverTimeoutSeconds: 60, labels: { team: 'a' } },
      suppressedRoles: ['batch'],
    });
    const subscribed = nextEvent(driver, 'subscribed');
    const { frameworkId } = await driver.start();
    expect(frameworkId).to.equal(h.master.frameworkId).and.to.equal(driver.frameworkId);
    expect(driver.connected).to.equal(true);
    const [info] = await subscribed;
    expect(info).to.include({ frameworkId, heartbeatIntervalSeconds: 1, reconnected: false });
    expect(info.masterInfo?.cluster).to.equal('sdk-test');
    const call = h.master.callsOf('SUBSCRIBE')[0];
    expect(call?.subscribe?.eventSubject).to.match(/^drover\.sdk-test\.framework\./);
    expect(call?.subscribe?.suppressedRoles).to.deep.equal(['batch']);
    const sent = call?.subscribe?.frameworkInfo;
    expect(sent?.name).to.equal('web');
    expect(sent?.roles).to.deep.equal(['web', 'batch']);
    expect(sent?.failoverTimeout).to.equal(60);
    expect(sent?.capabilities?.map((capability) => capability.type)).to.deep.equal([
      v1.FrameworkInfo.Capability.Type.PARTITION_AWARE, v1.FrameworkInfo.Capability.Type.MULTI_ROLE,
    ]);
    expect(sent?.labels?.labels?.map(({ key, value }) => ({ key, value }))).to.deep.equal([{ key: 'team', value: 'a' }]);
    expect(sent?.id ?? null).to.equal(null);
  });

  it('rejects start() with the master\'s code when SUBSCRIBE is refused', async function () {
    h.master.refuseNext('SUBSCRIBE', 'FRAMEWORK_REMOVED', 'gone for good');
    const driver = h.driver({ framework: { name: 'old', id: 'torn-down' } });
    const error = await rejection(driver.start());
    expect(error.code).to.equal('FRAMEWORK_REMOVED');
    expect(error.message).to.contain('gone for good');
    expect(driver.connected).to.equal(false);
  });

  it('turns refused calls into DroverErrors with the master\'s code, and unknown codes into INVALID_CALL', async function () {
    const driver = h.driver();
    await driver.start();
    h.master.refuseNext('KILL', 'INVALID_CALL', 'no such task');
    const invalid = await rejection(driver.kill('nope'));
    expect(invalid.code).to.equal('INVALID_CALL');
    expect(invalid.message).to.contain('no such task');
    h.master.refuseNext('REVIVE', 'SOMETHING_NEW');
    const unknown = await rejection(driver.revive());
    expect(unknown.code).to.equal('INVALID_CALL');
    expect(unknown.message).to.contain('SOMETHING_NEW');
    expect(driver.connected).to.equal(true);
  });

  it('a FRAMEWORK_REMOVED answer to a call is fatal: error event, no more calls', async function () {
    const driver = h.driver();
    await driver.start();
    const errors: DroverError[] = [];
    driver.on('error', (error) => { errors.push(error); });
    h.master.refuseNext('DECLINE', 'FRAMEWORK_REMOVED');
    expect((await rejection(driver.decline(['o1']))).code).to.equal('FRAMEWORK_REMOVED');
    expect(errors.map((error) => error.code)).to.deep.equal(['FRAMEWORK_REMOVED']);
    expect(driver.connected).to.equal(false);
    expect((await rejection(driver.revive())).code).to.equal('FRAMEWORK_REMOVED');
  });

  it('rejects calls with NOT_SUBSCRIBED before start() and after stop()', async function () {
    const driver = h.driver();
    expect((await rejection(driver.reconcile())).code).to.equal('NOT_SUBSCRIBED');
    await driver.start();
    await driver.stop();
    expect((await rejection(driver.decline(['x']))).code).to.equal('NOT_SUBSCRIBED');
    expect(h.master.callsOf('DECLINE')).to.have.length(0);
  });

  it('launches tasks on an offer with a valid LAUNCH: unique ids, the offer\'s agent, resources within the offer', async function () {
    const driver = h.driver();
    const offers = nextEvent(driver, 'offers');
    await driver.start();
    await h.master.sendOffers([
      { agentId: 'a1', resources: 'cpus:1;mem:256;ports:[31000-31001,31005-31005]' },
      { agentId: 'a2', resources: 'cpus:2;mem:512' },
    ]);
    const [received] = await offers;
    expect(received.map((offer) => offer.agentId)).to.deep.equal(['a1', 'a2']);
    const offer = received[0] as Offer;
    const specs = [0, 1, 2].map((index) => ({ name: `web-${index}`, command: 'sleep 10', resources: { cpus: 0.25, mem: 64, ports: 1 } }));
    const taskIds = await driver.launch(offer, specs, { refuseSeconds: 30 });
    expect(new Set(taskIds).size).to.equal(3);

    const accept = await h.master.waitForCall('ACCEPT');
    expect(accept.accept?.offerIds?.map((id) => id.value)).to.deep.equal([offer.id]);
    expect(accept.accept?.filters?.refuseSeconds).to.equal(30);
    const operation = accept.accept?.operations?.[0];
    expect(operation?.type).to.equal(v1.Offer.Operation.Type.LAUNCH);
    const tasks = operation?.launch?.taskInfos ?? [];
    expect(tasks.map((task) => task.taskId?.value)).to.deep.equal(taskIds);
    let left: Resources = offer.resources;
    const ports: number[] = [];
    for (const task of tasks) {
      expect(task.agentId?.value).to.equal('a1');
      expect(task.command).to.deep.include({ shell: true, value: 'sleep 10' });
      const used = resourcesFromProto(task.resources);
      expect(containsResources(left, used)).to.equal(true);
      left = subtractResources(left, used);
      ports.push(...rangesValue(used, 'ports').map((range) => range.begin));
    }
    expect(ports).to.deep.equal([31000, 31001, 31005]);
    expect(h.master.launchedTasks.map((task) => task.taskId?.value)).to.deep.equal(taskIds);
    expect(h.master.refusedTasks).to.have.length(0);
    expect(driver.offers.map((o) => o.id)).to.deep.equal([(received[1] as Offer).id]);
  });

  it('launches by offer id; amounts that cannot be carved fail locally, everything else is the master\'s to refuse', async function () {
    const driver = h.driver();
    const updates: TaskStatus[] = [];
    driver.on('update', (status) => { updates.push(status); });
    await driver.start();
    const [sent] = await h.master.sendOffers([{ resources: 'cpus:1;mem:128' }]);
    const offerId = sent?.id?.value ?? '';
    const tooBig = await rejection(driver.launch(offerId, [{ name: 'big', command: 'true', resources: { cpus: 2 } }]));
    expect(tooBig.code).to.equal('INVALID_ARGUMENT');
    expect((await rejection(driver.launch(offerId, []))).code).to.equal('INVALID_ARGUMENT');
    expect(h.master.callsOf('ACCEPT')).to.have.length(0);

    const unknown = await rejection(driver.launch('no-such-offer', [{ id: 'lost-one', name: 'x', command: 'true', resources: 'cpus:0.1' }]));
    expect(unknown.code).to.equal('INVALID_OFFERS');
    const taskIds = await driver.launch(offerId, [
      { id: 'fixed-id', name: 'small', command: { shell: false, value: '/bin/echo', arguments: ['hi'] }, resources: 'cpus:0.5;mem:64', env: { A: '1' } },
      { id: '../bad', name: 'bad', command: 'true', resources: 'cpus:0.1' },
      { id: 'greedy', name: 'greedy', command: 'true', resources: 'cpus:4' },
    ]);
    expect(taskIds).to.deep.equal(['fixed-id', '../bad', 'greedy']);
    const task = h.master.launchedTasks[0];
    expect(h.master.launchedTasks).to.have.length(1);
    expect(task?.command).to.deep.include({ shell: false, value: '/bin/echo', arguments: ['/bin/echo', 'hi'] });
    expect(task?.command?.environment?.variables?.map(({ name, value }) => ({ name, value }))).to.deep.equal([{ name: 'A', value: '1' }]);
    while (updates.length < 3) await settle();
    expect(updates.map((status) => [status.taskId, status.state, status.reason])).to.deep.equal([
      ['lost-one', 'TASK_LOST', 'REASON_INVALID_OFFERS'],
      ['../bad', 'TASK_ERROR', 'REASON_TASK_INVALID'],
      ['greedy', 'TASK_ERROR', 'REASON_TASK_INVALID'],
    ]);
  });

  it('declines with a filter and forgets the offer', async function () {
    const driver = h.driver();
    await driver.start();
    const [sent] = await h.master.sendOffers([{ resources: 'cpus:1' }]);
    await driver.decline([sent?.id?.value ?? ''], { refuseSeconds: 120 });
    const decline = await h.master.waitForCall('DECLINE');
    expect(decline.decline?.offerIds?.map((id) => id.value)).to.deep.equal([sent?.id?.value]);
    expect(decline.decline?.filters?.refuseSeconds).to.equal(120);
    expect(driver.offers).to.have.length(0);
    expect(h.master.outstandingOffers).to.have.length(0);
  });

  it('acknowledges reliable updates with their uuid, agent id and task id; master-made updates are not acknowledged', async function () {
    const driver = h.driver();
    const updates: TaskStatus[] = [];
    driver.on('update', (status) => { updates.push(status); });
    await driver.start();
    const running = await h.master.sendUpdate({ taskId: 't1', agentId: 'a7', state: 'TASK_RUNNING' });
    await h.master.sendUpdate({ taskId: 't2', state: 'TASK_LOST', reliable: false, reason: 'REASON_RECONCILIATION' });
    const ack = await h.master.waitForCall('ACKNOWLEDGE');
    expect(ack.acknowledge?.taskId?.value).to.equal('t1');
    expect(ack.acknowledge?.agentId?.value).to.equal('a7');
    expect(Buffer.from(ack.acknowledge?.uuid ?? []).equals(Buffer.from(running.uuid ?? []))).to.equal(true);
    expect(updates.map((status) => [status.taskId, status.state, status.reason])).to.deep.equal([
      ['t1', 'TASK_RUNNING', undefined], ['t2', 'TASK_LOST', 'REASON_RECONCILIATION'],
    ]);
    expect(updates[1]?.uuid).to.equal(undefined);
    await h.master.sendUpdate({ taskId: 't3', agentId: 'a7', state: 'TASK_FINISHED', exitCode: 0 });
    await h.master.waitForCall('ACKNOWLEDGE', 2);
    expect(h.master.acknowledgements.map((entry) => entry.taskId)).to.deep.equal(['t1', 't3']);
    expect(updates[2]?.exitCode).to.equal(0);
  });

  it('with autoAcknowledge off, acknowledges only when asked', async function () {
    const driver = h.driver({ autoAcknowledge: false });
    const update = nextEvent(driver, 'update');
    await driver.start();
    await h.master.sendUpdate({ taskId: 't1', agentId: 'a1', state: 'TASK_RUNNING' });
    const [status] = await update;
    await settle();
    expect(h.master.acknowledgements).to.have.length(0);
    await driver.acknowledge(status);
    expect(h.master.acknowledgements.map((entry) => entry.taskId)).to.deep.equal(['t1']);
  });

  it('acknowledges after an async listener resolves, and never when a listener throws', async function () {
    const listenerErrors: unknown[] = [];
    const driver = h.driver({ onListenerError: (error) => listenerErrors.push(error) });
    let release: () => void = () => undefined;
    const handled = new Promise<void>((resolve) => { release = resolve; });
    driver.on('update', (status) => {
      if (status.taskId === 'slow') return handled;
      if (status.taskId === 'broken') throw new Error('listener bug');
      return undefined;
    });
    await driver.start();
    await h.master.sendUpdate({ taskId: 'broken', agentId: 'a1', state: 'TASK_RUNNING' });
    await h.master.sendUpdate({ taskId: 'slow', agentId: 'a1', state: 'TASK_RUNNING' });
    await settle();
    expect(h.master.acknowledgements).to.have.length(0);
    release();
    await h.master.waitForCall('ACKNOWLEDGE');
    expect(h.master.acknowledgements.map((entry) => entry.taskId)).to.deep.equal(['slow']);
    expect(listenerErrors.map((error) => (error as Error).message)).to.deep.equal(['listener bug']);
  });

  it('drops events from an older epoch than the newest seen', async function () {
    const driver = h.driver();
    const seen: string[] = [];
    driver.on('update', (status) => { seen.push(status.taskId); });
    driver.on('offers', (offers) => { seen.push(...offers.map((offer) => offer.id)); });
    await driver.start();
    h.master.epoch = 5;
    await h.master.sendUpdate({ taskId: 'from-5', state: 'TASK_RUNNING', reliable: false });
    h.master.epoch = 4;
    await h.master.sendUpdate({ taskId: 'from-4', state: 'TASK_RUNNING', reliable: false });
    await h.master.sendOffers([{ id: 'offer-from-4', resources: 'cpus:1' }]);
    h.master.epoch = 6;
    await h.master.sendUpdate({ taskId: 'from-6', state: 'TASK_RUNNING', reliable: false });
    await settle();
    expect(seen).to.deep.equal(['from-5', 'from-6']);
  });

  it('answers HEARTBEAT requests and emits heartbeat, but not for a deposed master', async function () {
    const driver = h.driver();
    let heartbeats = 0;
    driver.on('heartbeat', () => { heartbeats++; });
    await driver.start();
    expect(await h.master.sendHeartbeat()).to.equal(true);
    await settle();
    expect(heartbeats).to.equal(1);
    h.master.epoch = 3;
    expect(await h.master.sendHeartbeat()).to.equal(true);
    h.master.epoch = 2;
    expect(await h.master.sendHeartbeat(50)).to.equal(false);
    expect(heartbeats).to.equal(2);
  });

  it('turns RESCIND, MESSAGE and FAILURE into events', async function () {
    const driver = h.driver();
    await driver.start();
    const [offer] = await h.master.sendOffers([{ resources: 'cpus:1', attributes: 'rack:r1;level:3' }]);
    const offerId = offer?.id?.value ?? '';
    expect(driver.offers[0]?.attributes).to.deep.equal({ rack: 'r1', level: 3 });
    const rescinded = nextEvent(driver, 'rescind');
    await h.master.sendRescind(offerId);
    expect(await rescinded).to.deep.equal([offerId]);
    expect(driver.offers).to.have.length(0);
    const message = nextEvent(driver, 'message');
    await h.master.sendMessage('a1', 'e1', new Uint8Array([1, 2]));
    const [received] = await message;
    expect(received.agentId).to.equal('a1');
    expect([...received.data]).to.deep.equal([1, 2]);
    const failure = nextEvent(driver, 'failure');
    await h.master.sendFailure('a1', 'e1', 137);
    expect((await failure)[0]).to.deep.equal({ agentId: 'a1', executorId: 'e1', status: 137 });
  });

  it('sends kill, reconcile, suppress, revive and message calls with their arguments', async function () {
    const driver = h.driver({ framework: { name: 'calls', roles: ['a', 'b'] } });
    await driver.start();
    await driver.kill('t1', 'a1', { gracePeriodSeconds: 3 });
    await driver.reconcile([{ taskId: 't1', agentId: 'a1' }, { taskId: 't2' }]);
    await driver.suppress(['a']);
    await driver.revive();
    await driver.message('a1', 'e1', new Uint8Array([9]));
    const kill = h.master.callsOf('KILL')[0]?.kill;
    expect(kill?.taskId?.value).to.equal('t1');
    expect(kill?.killPolicy?.gracePeriodSeconds).to.equal(3);
    const reconcile = h.master.callsOf('RECONCILE')[0]?.reconcile?.tasks ?? [];
    expect(reconcile.map((task) => [task.taskId?.value, task.agentId?.value ?? null])).to.deep.equal([['t1', 'a1'], ['t2', null]]);
    expect(h.master.callsOf('SUPPRESS')[0]?.suppress?.roles).to.deep.equal(['a']);
    expect(h.master.callsOf('REVIVE')[0]?.revive?.roles).to.deep.equal([]);
    expect(h.master.callsOf('MESSAGE')[0]?.message?.executorId?.value).to.equal('e1');
    for (const call of h.master.calls.slice(1)) expect(call.frameworkId?.value).to.equal(driver.frameworkId);
  });

  it('teardown sends TEARDOWN and stops the driver', async function () {
    const driver = h.driver();
    await driver.start();
    await driver.teardown();
    expect(h.master.callsOf('TEARDOWN')).to.have.length(1);
    expect(driver.connected).to.equal(false);
    expect(isDroverError(await rejection(driver.reconcile()), 'NOT_SUBSCRIBED')).to.equal(true);
  });
});
