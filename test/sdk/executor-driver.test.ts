// ExecutorDriver (in this process) against a real ExecutorManager over a real nats-server. The executor's "container"
// is a fake the test controls; the driver is configured from the environment the manager gave that container.
import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNatsServer, type NatsServerProcess } from '../../cli/nats-server.js';
import { ExecutorManager, type ExecutorManagerOptions } from '../../agent/executors/index.js';
import type { ContainerLaunchRequest } from '../../agent/containerizer/index.js';
import { ExecutorDriver, type ExecutorDriverOverrides, type ExecutorEvents, type LaunchedTask } from '../../frameworks/sdk/index.js';
import { connectNatsBus, type NatsBus } from '../../shared/bus/index.js';
import { systemClock } from '../../shared/clock/index.js';
import { isDroverError } from '../../shared/errors/index.js';
import { v1 } from '../../shared/protocol/index.js';
import { executorInfo, executorTask, framework, Recorder, RecordingHost } from '../agent/executors/harness.js';

const State = v1.TaskState;
const FAST: ExecutorDriverOverrides = { subscribeBackoff: { initialMs: 20, maxMs: 100 }, callTimeoutMs: 1000 };

function environmentOf(request: ContainerLaunchRequest): Record<string, string> {
  return Object.fromEntries((request.task.command?.environment?.variables ?? []).map((v) => [v.name ?? '', v.value ?? '']));
}

/** Records a driver's events so tests can await them. */
function recordEvents(driver: ExecutorDriver): { [E in keyof ExecutorEvents]: Recorder<Parameters<ExecutorEvents[E]>> } {
  const recorders = {
    subscribed: new Recorder<Parameters<ExecutorEvents['subscribed']>>(),
    launch: new Recorder<Parameters<ExecutorEvents['launch']>>(),
    kill: new Recorder<Parameters<ExecutorEvents['kill']>>(),
    acknowledged: new Recorder<Parameters<ExecutorEvents['acknowledged']>>(),
    message: new Recorder<Parameters<ExecutorEvents['message']>>(),
    shutdown: new Recorder<Parameters<ExecutorEvents['shutdown']>>(),
    error: new Recorder<Parameters<ExecutorEvents['error']>>(),
    disconnected: new Recorder<Parameters<ExecutorEvents['disconnected']>>(),
  };
  driver.on('subscribed', (...args) => recorders.subscribed.push(args));
  driver.on('launch', (...args) => recorders.launch.push(args));
  driver.on('kill', (...args) => recorders.kill.push(args));
  driver.on('acknowledged', (...args) => recorders.acknowledged.push(args));
  driver.on('message', (...args) => recorders.message.push(args));
  driver.on('shutdown', (...args) => recorders.shutdown.push(args));
  driver.on('error', (...args) => recorders.error.push(args));
  driver.on('disconnected', (...args) => recorders.disconnected.push(args));
  return recorders;
}

describe('ExecutorDriver with a real ExecutorManager', function () {
  this.timeout(20_000);
  let nats: NatsServerProcess;
  let bus: NatsBus;
  let workDir: string;
  let host: RecordingHost;
  let managers: ExecutorManager[];
  let drivers: ExecutorDriver[];

  before(async () => {
    nats = await startNatsServer();
  });
  after(async () => {
    await nats?.stop();
  });
  beforeEach(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'drover-executor-driver-'));
    bus = await connectNatsBus(nats.url);
    host = new RecordingHost(workDir);
    managers = [];
    drivers = [];
  });
  afterEach(async () => {
    await Promise.all(drivers.map((driver) => driver.stop()));
    for (const manager of managers) manager.stop();
    await bus.close();
    await rm(workDir, { recursive: true, force: true });
  });

  function newManager(options: Partial<ExecutorManagerOptions> = {}): ExecutorManager {
    const manager = new ExecutorManager({
      bus, cluster: 'driver-it', agentId: () => 'agent-1', natsUrl: nats.url, hostname: 'host.example', workDir,
      clock: systemClock, host, ...options,
    });
    managers.push(manager);
    return manager;
  }

  function driverFor(request: ContainerLaunchRequest, overrides: ExecutorDriverOverrides = {}): ExecutorDriver {
    const driver = ExecutorDriver.fromEnvironment(environmentOf(request), { ...FAST, ...overrides });
    drivers.push(driver);
    return driver;
  }

  /** A started manager with executor 'ex' launched for `count` tasks, and a driver for it (not started). */
  async function executorWithTasks(count: number, overrides: ExecutorDriverOverrides = {}): Promise<{
    manager: ExecutorManager; driver: ExecutorDriver; taskIds: string[]; request: ContainerLaunchRequest;
  }> {
    const manager = newManager();
    manager.start();
    const info = executorInfo('ex', 'true');
    const tasks = Array.from({ length: count }, (_, index) => executorTask(info, `data-${index}`));
    for (const task of tasks) manager.run(framework('fw-1'), task);
    const request = await host.launches.waitFor(() => true, 'the executor container');
    return { manager, driver: driverFor(request, overrides), taskIds: tasks.map((task) => task.taskId?.value ?? ''), request };
  }

  it('subscribes, receives its tasks, and keeps an update until the framework acknowledges it', async () => {
    const { manager, driver, taskIds, request } = await executorWithTasks(2);
    const events = recordEvents(driver);
    const info = await driver.start();
    expect(info).to.deep.include({ agentId: 'agent-1', hostname: 'host.example', frameworkId: 'fw-1', executorId: 'ex',
      containerId: request.containerId, reconnected: false });
    const second = await events.launch.waitFor(([task]) => task.taskId === taskIds[1], 'the second LAUNCH');
    expect(events.launch.entries.map(([task]) => task.taskId)).to.deep.equal(taskIds);
    const launched: LaunchedTask = second[0];
    expect(new TextDecoder().decode(launched.data)).to.equal('data-1');

    const uuid = await driver.sendStatusUpdate({ taskId: launched.taskId, state: 'TASK_RUNNING', message: 'up', healthy: true });
    const forwarded = host.statuses.entries[0]?.status;
    expect(forwarded?.state).to.equal(State.TASK_RUNNING);
    expect(forwarded?.message).to.equal('up');
    expect(forwarded?.healthy).to.equal(true);
    expect(Buffer.from(forwarded?.uuid ?? []).equals(Buffer.from(uuid))).to.equal(true);
    expect(driver.unacknowledgedUpdates).to.equal(1);

    manager.acknowledged('fw-1', launched.taskId, uuid);
    const [ack] = await events.acknowledged.waitFor(() => true, 'ACKNOWLEDGED');
    expect(ack.taskId).to.equal(launched.taskId);
    expect(driver.unacknowledgedUpdates).to.equal(0);
  });

  it('relays messages both ways, KILL with its grace period, and SHUTDOWN', async () => {
    const { manager, driver, taskIds } = await executorWithTasks(1);
    const events = recordEvents(driver);
    await driver.start();
    manager.frameworkMessage('fw-1', 'ex', new TextEncoder().encode('to the executor'));
    const [data] = await events.message.waitFor(() => true, 'the framework message');
    expect(new TextDecoder().decode(data)).to.equal('to the executor');
    await driver.sendFrameworkMessage('to the framework');
    expect(host.messages.entries).to.deep.equal([{ frameworkId: 'fw-1', executorId: 'ex', text: 'to the framework' }]);
    await events.launch.waitFor(() => true, 'LAUNCH');
    manager.kill('fw-1', taskIds[0] ?? '', { gracePeriodSeconds: 7 });
    const [kill] = await events.kill.waitFor(() => true, 'KILL');
    expect(kill).to.deep.equal({ taskId: taskIds[0], gracePeriodSeconds: 7 });
    void manager.shutdownFramework('fw-1');
    await events.shutdown.waitFor(() => true, 'SHUTDOWN');
  });

  it('resubscribes after an agent restart with only the unacknowledged updates, which reach the new agent once', async () => {
    const { manager, driver, taskIds, request } = await executorWithTasks(1, { heartbeatIntervalMs: 60_000 });
    const events = recordEvents(driver);
    await driver.start();
    const taskId = taskIds[0] ?? '';
    await events.launch.waitFor(() => true, 'LAUNCH');
    const running = await driver.sendStatusUpdate({ taskId, state: 'TASK_RUNNING' });
    manager.acknowledged('fw-1', taskId, running);
    await events.acknowledged.waitFor(() => true, 'the RUNNING ack');
    const finished = await driver.sendStatusUpdate({ taskId, state: 'TASK_FINISHED', data: 'result' });

    // The agent restarts: a new manager adopts the running container, with a task it had never heard of.
    manager.stop();
    const restartedHost = new RecordingHost(workDir);
    restartedHost.fake(request.containerId);
    host = restartedHost;
    const restarted = newManager({ host: restartedHost });
    restarted.adopt(framework('fw-1'), executorInfo('ex', 'true'), request.containerId,
      [{ taskId, state: State.TASK_RUNNING }, { taskId: 'lost-in-transit', state: State.TASK_STAGING }]);
    restarted.start(); // Its HEARTBEAT probe makes the driver notice long before its own heartbeat would.

    const [again] = await events.subscribed.waitFor(([info]) => info.reconnected, 'the resubscription');
    expect(again.containerId).to.equal(request.containerId);
    expect(events.disconnected.entries).to.not.be.empty;
    const resent = await restartedHost.statuses.waitFor((entry) => entry.status.taskId?.value === taskId, 'the resent update');
    expect(resent.status.state).to.equal(State.TASK_FINISHED);
    expect(Buffer.from(resent.status.uuid ?? []).equals(Buffer.from(finished))).to.equal(true);
    expect(new TextDecoder().decode(resent.status.data ?? new Uint8Array())).to.equal('result');
    const lost = await restartedHost.statuses.waitFor((entry) => entry.status.taskId?.value === 'lost-in-transit', 'the lost task');
    expect(lost.status.state).to.equal(State.TASK_LOST);
    expect(lost.status.reason).to.equal(v1.TaskStatus.Reason.REASON_AGENT_RESTARTED);
    expect(restartedHost.statuses.entries.filter((entry) => entry.status.taskId?.value === taskId)).to.have.length(1);

    restarted.acknowledged('fw-1', taskId, finished);
    await events.acknowledged.waitFor(([ack]) => Buffer.from(ack.uuid).equals(Buffer.from(finished)), 'the FINISHED ack');
    expect(driver.unacknowledgedUpdates).to.equal(0);
    expect(restarted.executorOf('fw-1', taskId)).to.equal(undefined);
  });

  it('keeps trying SUBSCRIBE with backoff while no agent listens, and subscribes once one does', async () => {
    const manager = newManager();
    manager.run(framework('fw-1'), executorTask(executorInfo('ex', 'true'), 'x'));
    const request = await host.launches.waitFor(() => true, 'the executor container');
    const driver = driverFor(request);
    const events = recordEvents(driver);
    const started = driver.start();
    await events.disconnected.waitFor(() => events.disconnected.entries.length >= 3, 'three failed attempts');
    expect(events.disconnected.entries[0]?.[0]).to.match(/SUBSCRIBE failed: .*retrying in 20 ms/);
    expect(events.disconnected.entries[1]?.[0]).to.match(/retrying in 40 ms/);
    manager.start();
    const info = await started;
    expect(info.containerId).to.equal(request.containerId);
    await events.launch.waitFor(() => true, 'the queued task');
  });

  it('gives up when the agent refuses the executor, or stays away past the recovery timeout', async () => {
    const { manager, driver } = await executorWithTasks(1, { heartbeatIntervalMs: 50, recoveryTimeoutMs: 300 });
    const stranger = ExecutorDriver.fromEnvironment({
      DROVER_NATS: nats.url, DROVER_CLUSTER: 'driver-it', DROVER_AGENT_ID: 'agent-1', MESOS_FRAMEWORK_ID: 'fw-1',
      MESOS_EXECUTOR_ID: 'not-launched',
    }, FAST);
    drivers.push(stranger);
    const refusal: unknown = await stranger.start().then(() => undefined, (error: unknown) => error);
    expect(isDroverError(refusal, 'NOT_SUBSCRIBED')).to.equal(true);

    const events = recordEvents(driver);
    await driver.start();
    manager.stop(); // The agent is gone and does not come back.
    const [error] = await events.error.waitFor(() => true, 'the recovery timeout');
    expect(error.code).to.equal('NOT_RUNNING');
    expect(events.disconnected.entries).to.not.be.empty;
    const late: unknown = await driver.sendFrameworkMessage('anyone?').then(() => undefined, (e: unknown) => e);
    expect(isDroverError(late, 'NOT_RUNNING')).to.equal(true);
  });

  it('rejects updates the agent would never take, and drops the ones it refused', async () => {
    const { driver, taskIds } = await executorWithTasks(1);
    await driver.start();
    const staging: unknown = await driver.sendStatusUpdate({ taskId: taskIds[0] ?? '', state: 'TASK_STAGING' as 'TASK_RUNNING' })
      .then(() => undefined, (error: unknown) => error);
    expect(isDroverError(staging, 'INVALID_ARGUMENT')).to.equal(true);
    const unknown: unknown = await driver.sendStatusUpdate({ taskId: 'not-mine', state: 'TASK_RUNNING' })
      .then(() => undefined, (error: unknown) => error);
    expect(isDroverError(unknown, 'INVALID_CALL')).to.equal(true);
    expect(driver.unacknowledgedUpdates).to.equal(0);
    expect(host.statuses.entries).to.deep.equal([]);
  });

  it('reads its configuration from the environment, and says what is missing', () => {
    expect(() => ExecutorDriver.fromEnvironment({ DROVER_NATS: nats.url })).to.throw(/DROVER_CLUSTER/);
    expect(() => ExecutorDriver.fromEnvironment({ DROVER_CLUSTER: 'c', DROVER_AGENT_ID: 'a', DROVER_FRAMEWORK_ID: 'f',
      DROVER_EXECUTOR_ID: 'e' })).to.throw(/DROVER_NATS/);
    expect(() => ExecutorDriver.fromEnvironment({ DROVER_CLUSTER: 'c', DROVER_AGENT_ID: 'a', DROVER_FRAMEWORK_ID: 'f',
      DROVER_EXECUTOR_ID: 'e' }, { bus })).to.not.throw();
  });
});
