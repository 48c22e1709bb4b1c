import { expect } from 'chai';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDroverError } from '../../shared/errors/index.js';
import { silentLogger as pinoSilentLogger } from '../../shared/logging/index.js';
import { v1 } from '../../shared/protocol/index.js';
import { resourcesFromProto, scalarValue, rangesValue } from '../../shared/resources/index.js';
import { currentBootId, type Logger } from '../../agent/index.js';
import { commandTask, framework, useAgentHarness } from './support/agent-harness.js';
import { processGone, taskPid, waitUntil } from './support/wait.js';

const State = v1.TaskState;
const MessageType = v1.AgentMessage.Type;

// A pino logger is an agent Logger (the CLI passes one).
const _pinoFits: Logger = pinoSilentLogger();

describe('agent registration and master loss (against a fake master on a MemoryBus)', function () {
  const harness = useAgentHarness();

  it('registers with its resources, persists its id and answers PINGs', async () => {
    const { agent, agentId } = await harness().startRegistered();
    expect(agentId).to.equal('agent-1');
    expect(agent.agentId).to.equal('agent-1');
    const register = harness().master.registrations[0]!;
    expect(register.type).to.equal(MessageType.REGISTER);
    const info = register.register!.agentInfo!;
    expect(info.hostname).to.equal('test-host');
    expect(info.bootId).to.equal(await currentBootId());
    const resources = resourcesFromProto(info.resources);
    expect(scalarValue(resources, 'cpus')).to.equal(2); // overridden
    expect(scalarValue(resources, 'mem')).to.equal(512); // overridden
    expect(scalarValue(resources, 'disk')).to.be.greaterThan(0); // detected
    expect(rangesValue(resources, 'ports')).to.deep.equal([{ begin: 31000, end: 32000 }]);
    expect((await readFile(join(harness().workDir, 'meta', 'agent-id'), 'utf8')).trim()).to.equal('agent-1');
    expect((await harness().master.ping(agentId)).ok).to.be.true;
    expect(agent.info()).to.include({ agentId: 'agent-1', hostname: 'test-host', registered: true });
  });

  it('keeps trying until a master answers', async () => {
    const agent = await harness().start();
    await waitUntil(() => harness().log.records.some((record) => record.message === 'registration failed'),
      'a registration attempt failed');
    harness().master.start();
    expect(await agent.registered).to.equal('agent-1');
  });

  it('rejects `registered` with NOT_RUNNING when stopped before it registered', async () => {
    const agent = await harness().start();
    await agent.stop();
    await agent.stopped;
    const error = await agent.registered.then(() => undefined, (reason: unknown) => reason);
    expect(isDroverError(error, 'NOT_RUNNING')).to.be.true;
  });

  it('re-registers with its running task when PINGs stop; the task keeps running', async () => {
    const { agent, agentId } = await harness().startRegistered();
    const master = harness().master;
    master.autoAcknowledge = true;
    const task = commandTask('sleep 30');
    master.runTask(agentId, framework('fw'), task);
    await master.untilStatus(task.taskId!.value!, State.TASK_RUNNING);
    master.stopPinging();
    const reregister = await master.untilRegistrations(2);
    expect(reregister.type).to.equal(MessageType.REREGISTER);
    expect(reregister.agentId?.value).to.equal(agentId);
    expect(reregister.reregister!.agentInfo!.id?.value).to.equal(agentId);
    const [record] = reregister.reregister!.tasks ?? [];
    expect(record!.task!.taskId!.value).to.equal(task.taskId!.value);
    expect(record!.frameworkId!.value).to.equal('fw');
    expect(record!.state).to.equal(State.TASK_RUNNING);
    expect(record!.latestStatus!.state).to.equal(State.TASK_RUNNING);
    expect((reregister.reregister!.frameworks ?? []).map((info) => info.id?.value)).to.deep.equal(['fw']);
    await waitUntil(() => agent.info().registered, 'the agent is registered again');
    expect(agent.info().tasks.map((snapshot) => snapshot.stateName)).to.deep.equal(['TASK_RUNNING']);
  });

  it('resends every unacknowledged update at once after re-registering', async () => {
    // A retry backoff far longer than the test: only the re-registration can cause the resend.
    const { agentId } = await harness().startRegistered({ statusUpdateBackoff: { initialMs: 600_000, maxMs: 600_000 } });
    const master = harness().master;
    const task = commandTask('sleep 30');
    master.runTask(agentId, framework('fw'), task);
    await master.untilStatus(task.taskId!.value!, State.TASK_STARTING);
    master.stopPinging();
    await master.untilRegistrations(2);
    const resent = await master.until(() => {
      const sent = master.statusesOf(task.taskId!.value!, State.TASK_STARTING);
      return sent.length >= 2 ? sent : undefined;
    }, 'STARTING is resent');
    expect(resent[1]!.status.uuid).to.deep.equal(resent[0]!.status.uuid);
    expect(master.statesOf(task.taskId!.value!)).to.deep.equal(['TASK_STARTING']);
  });

  it('kills its tasks and registers anew when the master says AGENT_REMOVED', async () => {
    const { agent, agentId } = await harness().startRegistered();
    const master = harness().master;
    master.autoAcknowledge = true;
    const task = commandTask('echo $$ > pid; exec sleep 30');
    master.runTask(agentId, framework('fw'), task);
    await master.untilStatus(task.taskId!.value!, State.TASK_RUNNING);
    const pid = await taskPid(agent.info().tasks[0]!.sandbox!);
    master.respond = (message) => message.type === MessageType.REREGISTER
      ? { ok: false, errorCode: 'AGENT_REMOVED', errorMessage: 'gone' }
      : master.accept(message);
    master.stopPinging();
    const fresh = await master.untilRegistrations(3);
    expect(master.registrations.map((message) => MessageType[message.type]))
      .to.deep.equal(['REGISTER', 'REREGISTER', 'REGISTER']);
    expect(fresh.agentId ?? undefined).to.equal(undefined);
    expect(processGone(pid)).to.be.true;
    await waitUntil(() => agent.info().registered && agent.agentId === 'agent-2', 'the agent registered under its new id');
    expect(agent.info().tasks).to.deep.equal([]);
    expect((await readFile(join(harness().workDir, 'meta', 'agent-id'), 'utf8')).trim()).to.equal('agent-2');
    expect(master.statesOf(task.taskId!.value!)).to.deep.equal(['TASK_STARTING', 'TASK_RUNNING']);
  });

  it('re-registers under a persisted id after a restart, and starts over on UNKNOWN_AGENT', async () => {
    await mkdir(join(harness().workDir, 'meta'), { recursive: true });
    await writeFile(join(harness().workDir, 'meta', 'agent-id'), 'old-agent\n');
    await writeFile(join(harness().workDir, 'meta', 'boot-id'), `${await currentBootId()}\n`);
    harness().master.respond = (message) => message.type === MessageType.REREGISTER
      ? { ok: false, errorCode: 'UNKNOWN_AGENT' }
      : harness().master.accept(message);
    harness().master.start();
    const agent = await harness().start();
    expect(await agent.registered).to.equal('agent-1');
    const [first, second] = harness().master.registrations;
    expect(first!.type).to.equal(MessageType.REREGISTER);
    expect(first!.agentId?.value).to.equal('old-agent');
    expect(first!.reregister!.tasks).to.deep.equal([]);
    expect(second!.type).to.equal(MessageType.REGISTER);
  });

  it('registers as a new agent when the machine rebooted since the id was persisted', async () => {
    await mkdir(join(harness().workDir, 'meta'), { recursive: true });
    await writeFile(join(harness().workDir, 'meta', 'agent-id'), 'old-agent\n');
    await writeFile(join(harness().workDir, 'meta', 'boot-id'), 'some-earlier-boot\n');
    const { agentId } = await harness().startRegistered();
    expect(agentId).to.equal('agent-1');
    expect(harness().master.registrations.map((message) => MessageType[message.type])).to.deep.equal(['REGISTER']);
  });

  it('ignores commands from an older epoch and re-registers when a newer epoch appears', async () => {
    harness().master.epoch = 5;
    harness().master.pingIntervalSeconds = 30; // only the new epoch may cause a re-registration here
    const { agent, agentId } = await harness().startRegistered();
    const master = harness().master;
    master.autoAcknowledge = true;
    const stale = commandTask('true');
    master.runTask(agentId, framework('fw'), stale, 4);
    expect((await master.ping(agentId)).ok).to.be.true; // handled after the stale RUN_TASK
    expect(agent.info().tasks).to.deep.equal([]);
    expect(harness().log.records.some((record) => record.message === 'ignoring a command from an older epoch')).to.be.true;
    const current = commandTask('true');
    master.runTask(agentId, framework('fw'), current, 5);
    await master.untilStatus(current.taskId!.value!, State.TASK_FINISHED);
    expect(master.statusesOf(stale.taskId!.value!)).to.deep.equal([]);

    master.epoch = 6; // a new leader
    expect((await master.ping(agentId)).ok).to.be.true;
    const reregister = await master.untilRegistrations(2);
    expect(reregister.type).to.equal(MessageType.REREGISTER);
  });

  it('logs and ignores a malformed command, answers a malformed request, and keeps working', async () => {
    const { agentId } = await harness().startRegistered();
    const master = harness().master;
    master.autoAcknowledge = true;
    const garbage = Uint8Array.from([0x0a, 0x05, 0x01]);
    expect(() => v1.AgentCommand.decode(garbage)).to.throw();
    harness().bus.publish(master.subjects.agent(agentId), garbage);
    const reply = v1.AgentCommandResponse.decode(
      await harness().bus.request(master.subjects.agent(agentId), garbage, { timeoutMs: 2000 }));
    expect(reply.ok).to.be.false;
    expect(reply.errorCode).to.equal('DECODE_FAILED');
    expect(harness().log.records.filter((record) => record.message === 'ignoring a malformed command')).to.have.length(2);
    const task = commandTask('true');
    master.runTask(agentId, framework('fw'), task);
    await master.untilStatus(task.taskId!.value!, State.TASK_FINISHED);
  });

  it('ignores commands addressed to another agent', async () => {
    const { agent, agentId } = await harness().startRegistered();
    harness().master.send(agentId, {
      type: v1.AgentCommand.Type.RUN_TASK, agentId: { value: 'someone-else' },
      runTasks: [{ framework: framework('fw'), task: commandTask('true') }],
    });
    expect((await harness().master.ping(agentId)).ok).to.be.true;
    expect(agent.info().tasks).to.deep.equal([]);
  });
});
