// The executor protocol as the agent speaks it, driven by hand-made calls over a real nats-server: replies to every
// call, refusals for malformed ones, uuid de-duplication, ACKNOWLEDGED relaying, and the subject / environment layout.
import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNatsServer, type NatsServerProcess } from '../../../cli/nats-server.js';
import { ExecutorManager, executorLaunchRequest } from '../../../agent/executors/index.js';
import {
  connectNatsBus, executorSubjectsFor, idSubjectToken, type BusSubscription, type NatsBus,
} from '../../../shared/bus/index.js';
import { systemClock } from '../../../shared/clock/index.js';
import { newUuidBytes } from '../../../shared/ids/index.js';
import { decodeMessage, encodeMessage, v1, type pb } from '../../../shared/protocol/index.js';
import { executorInfo, executorTask, framework, Recorder, RecordingHost } from './harness.js';

const CallType = v1.ExecutorCall.Type;
const EventType = v1.ExecutorEvent.Type;
const State = v1.TaskState;
const subjects = executorSubjectsFor('calls-it');
const FRAMEWORK_ID = 'fw.with dots*';

describe('executor protocol on the agent side (hand-made calls)', function () {
  let nats: NatsServerProcess;
  let bus: NatsBus;
  let workDir: string;
  let host: RecordingHost;
  let manager: ExecutorManager;
  let events: Recorder<pb.ExecutorEvent>;
  let eventSubscription: BusSubscription;

  before(async () => {
    nats = await startNatsServer();
  });
  after(async () => {
    await nats?.stop();
  });
  beforeEach(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'drover-executor-calls-'));
    bus = await connectNatsBus(nats.url);
    host = new RecordingHost(workDir);
    manager = new ExecutorManager({
      bus, cluster: 'calls-it', agentId: () => 'agent-1', natsUrl: nats.url, hostname: 'host.example', workDir,
      clock: systemClock, host, registrationTimeoutMs: 60_000,
    });
    manager.start();
    events = new Recorder();
    eventSubscription = bus.subscribe(subjects.executor('agent-1', FRAMEWORK_ID, 'ex'),
      (message) => events.push(decodeMessage(v1.ExecutorEvent, message.data)));
    await bus.flush();
  });
  afterEach(async () => {
    eventSubscription.unsubscribe();
    manager.stop();
    await bus.close();
    await rm(workDir, { recursive: true, force: true });
  });

  async function rawRequest(bytes: Uint8Array): Promise<pb.ExecutorEvent> {
    return decodeMessage(v1.ExecutorEvent, await bus.request(subjects.agentExecutors('agent-1'), bytes, { timeoutMs: 5000 }));
  }

  function call(properties: pb.ExecutorCall.$Properties, executorId = 'ex'): Promise<pb.ExecutorEvent> {
    return rawRequest(encodeMessage(v1.ExecutorCall, {
      frameworkId: { value: FRAMEWORK_ID }, executorId: { value: executorId }, ...properties,
    }));
  }

  function update(taskId: string, state: pb.TaskState, uuid: Uint8Array = newUuidBytes()): Promise<pb.ExecutorEvent> {
    return call({ type: CallType.UPDATE, update: { status: { taskId: { value: taskId }, state, uuid } } });
  }

  const errorOf = (reply: pb.ExecutorEvent): string => (reply.type === EventType.ERROR ? reply.error?.message ?? '' : 'no error');

  /** Two tasks queued on executor 'ex'; the fake container is "running". */
  function launchTwo(): [string, string] {
    const info = executorInfo('ex', 'true');
    const first = executorTask(info, 'one');
    const second = executorTask(info, 'two');
    manager.run(framework(FRAMEWORK_ID), first);
    manager.run(framework(FRAMEWORK_ID), second);
    return [first.taskId?.value ?? '', second.taskId?.value ?? ''];
  }

  it('refuses malformed and unknown calls with ERROR replies and keeps working', async () => {
    expect(errorOf(await rawRequest(new Uint8Array([0xff, 0xff, 0xff])))).to.match(/^DECODE_FAILED: /);
    expect(errorOf(await rawRequest(encodeMessage(v1.ExecutorCall, { type: CallType.HEARTBEAT })))).to.match(/^INVALID_CALL: /);
    expect(errorOf(await call({ type: CallType.SUBSCRIBE, subscribe: {} }, 'nobody'))).to.match(/^NOT_SUBSCRIBED: .*unknown/);
    const [taskId] = launchTwo();
    await host.launches.waitFor(() => true, 'the executor container');
    // Launched, not yet subscribed: only SUBSCRIBE is accepted.
    expect(errorOf(await update(taskId, State.TASK_RUNNING))).to.match(/^NOT_SUBSCRIBED: /);
    expect(errorOf(await call({ type: CallType.HEARTBEAT }))).to.match(/^NOT_SUBSCRIBED: /);
    expect((await call({ type: CallType.SUBSCRIBE, subscribe: {} })).type).to.equal(EventType.SUBSCRIBED);
    expect(errorOf(await update(taskId, State.TASK_RUNNING, new Uint8Array(3)))).to.match(/^INVALID_CALL: .*16 bytes/);
    expect(errorOf(await update(taskId, State.TASK_STAGING))).to.match(/^INVALID_CALL: .*TASK_STAGING/);
    expect(errorOf(await update('not-a-task-of-ex', State.TASK_RUNNING))).to.match(/^INVALID_CALL: .*not run by/);
    expect(errorOf(await call({ type: CallType.UPDATE }))).to.match(/^INVALID_CALL: UPDATE without status/);
    expect(errorOf(await call({ type: 99 as pb.ExecutorCall.Type }))).to.match(/^INVALID_CALL: unknown call type/);
    expect(host.statuses.entries).to.deep.equal([]);
    // Still serving.
    expect(await call({ type: CallType.HEARTBEAT })).to.deep.include({ type: EventType.TYPE_UNSPECIFIED });
    expect((await update(taskId, State.TASK_RUNNING)).type).to.equal(EventType.TYPE_UNSPECIFIED);
    expect(host.statuses.entries).to.have.length(1);
  });

  it('answers SUBSCRIBE with SUBSCRIBED, then LAUNCHes the queued tasks in order', async () => {
    const [first, second] = launchTwo();
    const launch = await host.launches.waitFor(() => true, 'the executor container');
    const reply = await call({ type: CallType.SUBSCRIBE, subscribe: {} });
    expect(reply.type).to.equal(EventType.SUBSCRIBED);
    expect(reply.subscribed?.executorInfo?.executorId?.value).to.equal('ex');
    expect(reply.subscribed?.executorInfo?.frameworkId?.value).to.equal(FRAMEWORK_ID);
    expect(reply.subscribed?.frameworkInfo?.id?.value).to.equal(FRAMEWORK_ID);
    expect(reply.subscribed?.agentInfo?.id?.value).to.equal('agent-1');
    expect(reply.subscribed?.agentInfo?.hostname).to.equal('host.example');
    expect(reply.subscribed?.containerId?.value).to.equal(launch.containerId);
    await events.waitFor((event) => event.launch?.task?.taskId?.value === second, 'the second LAUNCH');
    expect(events.entries.map((event) => event.launch?.task?.taskId?.value)).to.deep.equal([first, second]);
    expect(manager.snapshot()).to.deep.equal([{ frameworkId: FRAMEWORK_ID, executorId: 'ex', containerId: launch.containerId,
      phase: 'subscribed', taskIds: [first, second] }]);
  });

  it('forwards each update once, relays ACKNOWLEDGED, and answers a resent acknowledged update with ACKNOWLEDGED again', async () => {
    const [taskId] = launchTwo();
    await host.launches.waitFor(() => true, 'the executor container');
    await call({ type: CallType.SUBSCRIBE, subscribe: {} });
    const uuid = newUuidBytes();
    await update(taskId, State.TASK_RUNNING, uuid);
    await update(taskId, State.TASK_RUNNING, uuid); // A resend: the agent has it.
    expect(host.statuses.entries).to.have.length(1);
    const forwarded = host.statuses.entries[0]?.status;
    expect(forwarded?.source).to.equal(v1.TaskStatus.Source.SOURCE_EXECUTOR);
    expect(forwarded?.executorId?.value).to.equal('ex');
    expect(forwarded?.agentId?.value).to.equal('agent-1');
    manager.acknowledged(FRAMEWORK_ID, taskId, uuid);
    const acked = await events.waitFor((event) => event.type === EventType.ACKNOWLEDGED, 'ACKNOWLEDGED');
    expect(acked.acknowledged?.taskId?.value).to.equal(taskId);
    expect(Buffer.from(acked.acknowledged?.uuid ?? []).equals(Buffer.from(uuid))).to.equal(true);
    await update(taskId, State.TASK_RUNNING, uuid); // Its ACKNOWLEDGED was "lost".
    await events.waitFor((event) => event.type === EventType.ACKNOWLEDGED && event !== acked, 'ACKNOWLEDGED again');
    expect(host.statuses.entries).to.have.length(1);
    // After the final update is acknowledged the task is gone.
    const final = newUuidBytes();
    await update(taskId, State.TASK_FINISHED, final);
    expect(errorOf(await update(taskId, State.TASK_RUNNING))).to.match(/already ended/);
    manager.acknowledged(FRAMEWORK_ID, taskId, final);
    expect(manager.executorOf(FRAMEWORK_ID, taskId)).to.equal(undefined);
  });

  it('kills a queued task itself, and stops an executor left without tasks before it registered', async () => {
    const [first, second] = launchTwo();
    const launch = await host.launches.waitFor(() => true, 'the executor container');
    expect(manager.kill(FRAMEWORK_ID, first)).to.equal(true);
    expect(manager.kill(FRAMEWORK_ID, second)).to.equal(true);
    const killed = host.statuses.entries.map((entry) => entry.status);
    expect(killed.map((status) => [status.taskId?.value, status.state, status.source, status.reason])).to.deep.equal([
      [first, State.TASK_KILLED, v1.TaskStatus.Source.SOURCE_AGENT, v1.TaskStatus.Reason.REASON_TASK_KILLED_DURING_LAUNCH],
      [second, State.TASK_KILLED, v1.TaskStatus.Source.SOURCE_AGENT, v1.TaskStatus.Reason.REASON_TASK_KILLED_DURING_LAUNCH],
    ]);
    const ended = await host.ended.waitFor(() => true, 'the executor ended');
    expect(ended.taskIds).to.deep.equal([]);
    expect(host.kills.entries[0]?.containerId).to.equal(launch.containerId);
    await host.destroyed.waitFor((id) => id === launch.containerId, 'the container destroyed');
  });

  it('builds the container launch from the ExecutorInfo, with the executor variables winning', () => {
    const info: pb.ExecutorInfo.$Properties = {
      executorId: { value: 'ex.1' }, resources: [{ name: 'cpus', type: v1.ValueType.SCALAR, scalar: { value: 0.1 } }],
      command: { value: 'run-me', user: 'alice', environment: { variables: [{ name: 'MINE', value: '1' }, { name: 'DROVER_CLUSTER', value: 'x' }] } },
    };
    const request = executorLaunchRequest({
      containerId: 'c1', sandbox: '/sandbox', agentId: 'a.1', hostname: 'h', cluster: 'calls-it', natsUrl: undefined,
      subjects, framework: framework('f1', { checkpoint: true }), info, shutdownGracePeriodMs: 5000, switchUser: true,
      firstTask: { taskId: { value: 't' }, resources: [{ name: 'mem', type: v1.ValueType.SCALAR, scalar: { value: 32 } }] },
    });
    expect(request).to.deep.include({ containerId: 'c1', frameworkId: 'f1', agentId: 'a.1', sandbox: '/sandbox', user: 'alice' });
    expect(request.task.taskId?.value).to.equal('ex.1');
    expect(request.task.executor).to.equal(undefined);
    expect(request.task.resources?.map((resource) => resource.name)).to.deep.equal(['cpus', 'mem']);
    const env = Object.fromEntries((request.task.command?.environment?.variables ?? []).map((v) => [v.name ?? '', v.value ?? '']));
    expect(env).to.not.have.property('DROVER_NATS');
    expect(env).to.include({ MINE: '1', DROVER_CLUSTER: 'calls-it', MESOS_CHECKPOINT: '1', MESOS_DIRECTORY: '/sandbox',
      DROVER_EXECUTOR_SUBJECT: `drover.calls-it.executor.${idSubjectToken('a.1')}.f1.${idSubjectToken('ex.1')}` });
  });

  it('turns any id into one subject token, different ids into different tokens', () => {
    expect(idSubjectToken('plain_id-1')).to.equal('plain_id-1');
    const odd = ['a.b', 'a b', '*', '>', 'a=b', 'é', '.', 'x'.repeat(255)];
    const tokens = odd.map(idSubjectToken);
    for (const token of tokens) expect(token).to.match(/^[A-Za-z0-9_=-]+$/);
    expect(new Set(tokens).size).to.equal(odd.length);
    expect(idSubjectToken('YWI')).to.not.equal(idSubjectToken('ab'));
  });
});
