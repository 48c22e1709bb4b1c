// ExecutorManager with real executors: examples/echo-executor.ts run as a process by the ProcessContainerizer (under
// its C supervisor), speaking to the manager through a real nats-server.
import { expect } from 'chai';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNatsServer, type NatsServerProcess } from '../../../cli/nats-server.js';
import { ProcessContainerizer } from '../../../agent/containerizer/index.js';
import { ExecutorManager } from '../../../agent/executors/index.js';
import { connectNatsBus, type NatsBus } from '../../../shared/bus/index.js';
import { systemClock } from '../../../shared/clock/index.js';
import { v1 } from '../../../shared/protocol/index.js';
import { waitUntil } from '../support/wait.js';
import { echoExecutorCommand, executorInfo, executorTask, framework, RecordingHost } from './harness.js';

const State = v1.TaskState;

describe('ExecutorManager with real executor processes', function () {
  this.timeout(30_000);
  let nats: NatsServerProcess;
  let bus: NatsBus;
  let workDir: string;
  let containerizer: ProcessContainerizer;
  let host: RecordingHost;
  let manager: ExecutorManager;

  before(async () => {
    nats = await startNatsServer();
  });
  after(async () => {
    await nats?.stop();
  });

  beforeEach(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'drover-executors-'));
    bus = await connectNatsBus(nats.url);
    containerizer = new ProcessContainerizer({ workDir });
    host = new RecordingHost(workDir, containerizer);
  });
  afterEach(async () => {
    manager?.stop();
    await Promise.all(containerizer.containers().map((id) => containerizer.destroy(id)));
    await bus.close();
    await rm(workDir, { recursive: true, force: true });
  });

  function startManager(registrationTimeoutMs?: number): ExecutorManager {
    manager = new ExecutorManager({
      bus, cluster: 'exec-it', agentId: () => 'agent-1', natsUrl: nats.url, hostname: 'host.example', workDir,
      clock: systemClock, host, ...(registrationTimeoutMs === undefined ? {} : { registrationTimeoutMs }),
    });
    manager.start();
    return manager;
  }

  const stateOf = (taskId: string, state: number) => (entry: { status: { taskId?: { value?: string | null } | null; state?: number | null } }) =>
    entry.status.taskId?.value === taskId && entry.status.state === state;

  it('runs two tasks on one executor: RUNNING then FINISHED with the data echoed, reliable updates from the executor', async () => {
    startManager();
    const info = executorInfo('echo', echoExecutorCommand());
    const first = executorTask(info, 'hello');
    const second = executorTask(info, 'world');
    expect(manager.run(framework('fw-1'), first)).to.equal('launching');
    expect(manager.run(framework('fw-1'), second)).to.equal('queued');
    const firstId = first.taskId?.value ?? '';
    const secondId = second.taskId?.value ?? '';
    const finished = await host.statuses.waitFor(stateOf(firstId, State.TASK_FINISHED), 'the first task finished');
    const finished2 = await host.statuses.waitFor(stateOf(secondId, State.TASK_FINISHED), 'the second task finished');
    expect(finished.status.message).to.equal('hello');
    expect(finished2.status.message).to.equal('world');
    for (const taskId of [firstId, secondId]) {
      const states = host.statuses.entries.filter((entry) => entry.status.taskId?.value === taskId).map((entry) => entry.status.state);
      expect(states).to.deep.equal([State.TASK_RUNNING, State.TASK_FINISHED]);
    }
    for (const { frameworkId, status } of host.statuses.entries) {
      expect(frameworkId).to.equal('fw-1');
      expect(status.uuid).to.have.length(16);
      expect(status.source).to.equal(v1.TaskStatus.Source.SOURCE_EXECUTOR);
      expect(status.agentId?.value).to.equal('agent-1');
      expect(status.executorId?.value).to.equal('echo');
    }
    expect(host.launches.entries).to.have.length(1); // One executor for both tasks.
    const launch = host.launches.entries[0];
    const env = Object.fromEntries((launch?.task.command?.environment?.variables ?? []).map((v) => [v.name ?? '', v.value ?? '']));
    expect(env).to.include({ DROVER_NATS: nats.url, DROVER_CLUSTER: 'exec-it', DROVER_AGENT_ID: 'agent-1',
      DROVER_FRAMEWORK_ID: 'fw-1', DROVER_EXECUTOR_ID: 'echo', MESOS_EXECUTOR_ID: 'echo',
      DROVER_EXECUTOR_SUBJECT: 'drover.exec-it.executor.agent-1.fw-1.echo',
      DROVER_AGENT_EXECUTORS_SUBJECT: 'drover.exec-it.agent.agent-1.executors' });
    expect(manager.executorOf('fw-1', firstId)).to.deep.equal({ executorId: 'echo', containerId: launch?.containerId });
    const stdout = await readFile(join(launch?.sandbox ?? '', 'stdout'), 'utf8');
    expect(stdout).to.contain('echo-executor subscribed with agent agent-1');

    // A third task goes to the running executor at once.
    const third = executorTask(info, 'again');
    expect(manager.run(framework('fw-1'), third)).to.equal('sent');
    const finished3 = await host.statuses.waitFor(stateOf(third.taskId?.value ?? '', State.TASK_FINISHED), 'the third task finished');
    expect(finished3.status.message).to.equal('again');
  });

  it('relays KILL (TASK_KILLED) and framework messages both ways', async () => {
    startManager();
    const info = executorInfo('echo', echoExecutorCommand());
    const task = executorTask(info, 'slow', { delay_ms: '60000' });
    const taskId = task.taskId?.value ?? '';
    manager.run(framework('fw-1'), task);
    await host.statuses.waitFor(stateOf(taskId, State.TASK_RUNNING), 'the task runs');

    expect(manager.frameworkMessage('fw-1', 'echo', new TextEncoder().encode('ping'))).to.equal(true);
    const reply = await host.messages.waitFor(() => true, 'the executor answered');
    expect(reply).to.deep.equal({ frameworkId: 'fw-1', executorId: 'echo', text: 'echo: ping' });

    expect(manager.kill('fw-1', taskId)).to.equal(true);
    const killed = await host.statuses.waitFor(stateOf(taskId, State.TASK_KILLED), 'the task was killed');
    expect(killed.status.message).to.equal('killed by the framework');
    expect(manager.kill('fw-1', 'no-such-task')).to.equal(false);
    expect(manager.frameworkMessage('fw-1', 'no-such-executor', new Uint8Array(1))).to.equal(false);
  });

  it('reports an executor that died with a task unfinished, then destroys its container', async () => {
    startManager();
    const info = executorInfo('echo', echoExecutorCommand());
    const task = executorTask(info, 'slow', { delay_ms: '60000' });
    const taskId = task.taskId?.value ?? '';
    manager.run(framework('fw-1'), task);
    await host.statuses.waitFor(stateOf(taskId, State.TASK_RUNNING), 'the task runs');
    const containerId = host.launches.entries[0]?.containerId ?? '';
    const pid = containerizer.describe(containerId)?.pid;
    expect(pid).to.be.a('number');
    process.kill(pid ?? 0, 'SIGKILL');
    const ended = await host.ended.waitFor(() => true, 'the executor ended');
    expect(ended).to.include({ frameworkId: 'fw-1', executorId: 'echo', reason: 'terminated' });
    expect(ended.taskIds).to.deep.equal([taskId]);
    expect(ended.termination?.signal).to.equal('SIGKILL');
    expect(ended.message).to.contain('SIGKILL');
    await host.destroyed.waitFor((id) => id === containerId, 'the container was destroyed');
    expect(manager.executorOf('fw-1', taskId)).to.equal(undefined);
  });

  it('kills an executor that never subscribes: registration-timeout with its tasks', async () => {
    startManager(300);
    const info = executorInfo('mute', 'exec sleep 30');
    const task = executorTask(info, 'never');
    manager.run(framework('fw-1'), task);
    const ended = await host.ended.waitFor(() => true, 'the executor was given up');
    expect(ended.reason).to.equal('registration-timeout');
    expect(ended.taskIds).to.deep.equal([task.taskId?.value]);
    expect(ended.message).to.contain('did not register');
    expect(host.kills.entries).to.have.length(1);
    expect(host.statuses.entries).to.deep.equal([]);
  });

  it('shuts a framework\'s executor down: SHUTDOWN, the executor kills its task and exits', async () => {
    startManager();
    const info = executorInfo('echo', echoExecutorCommand());
    const task = executorTask(info, 'slow', { delay_ms: '60000' });
    const taskId = task.taskId?.value ?? '';
    manager.run(framework('fw-1'), task);
    await host.statuses.waitFor(stateOf(taskId, State.TASK_RUNNING), 'the task runs');
    await manager.shutdownFramework('fw-1');
    const ended = await host.ended.waitFor(() => true, 'the executor ended');
    expect(ended.termination?.exitCode).to.equal(0);
    expect(ended.taskIds).to.deep.equal([]);
    expect(ended.message).to.contain('the framework was shut down');
    expect(host.statuses.entries.some(stateOf(taskId, State.TASK_KILLED))).to.equal(true);
    expect(host.kills.entries).to.deep.equal([]); // It left within the grace period.
  });

  it('reports a task whose executor cannot start as launch-failed', async () => {
    startManager();
    const task = executorTask({ executorId: { value: 'no-command' } }, 'x');
    expect(manager.run(framework('fw-1'), task)).to.equal('refused');
    const ended = await host.ended.waitFor(() => true, 'the launch failure');
    expect(ended).to.include({ reason: 'launch-failed', executorId: 'no-command' });
    expect(ended.message).to.contain('no command');
    await waitUntil(() => host.launches.entries.length === 0, 'nothing launched');
  });
});
