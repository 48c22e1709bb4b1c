import { expect } from 'chai';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { v1 } from '../../shared/protocol/index.js';
import { commandTask, framework, useAgentHarness } from './support/agent-harness.js';
import { processGone, taskPid, waitUntil } from './support/wait.js';

const State = v1.TaskState;
const Reason = v1.TaskStatus.Reason;
const KILLING = v1.FrameworkInfo.Capability.Type.TASK_KILLING_STATE;

describe('agent tasks (against a fake master on a MemoryBus, real processes)', function () {
  const harness = useAgentHarness();

  it('reports STARTING, RUNNING, FINISHED in order, each resent until acknowledged, then forgets the task', async () => {
    const { agent, agentId } = await harness().startRegistered();
    const master = harness().master;
    const task = commandTask('echo hi');
    const taskId = task.taskId!.value!;
    master.runTask(agentId, framework('fw'), task);
    for (const state of [State.TASK_STARTING, State.TASK_RUNNING, State.TASK_FINISHED]) {
      const resent = await master.until(() => {
        const sent = master.statusesOf(taskId, state);
        return sent.length >= 2 ? sent : undefined;
      }, `${v1.TaskState[state]} is resent`);
      expect(new Set(resent.map(({ status }) => Buffer.from(status.uuid).toString('hex'))).size).to.equal(1);
      master.acknowledge(agentId, resent[0]!);
    }
    expect(master.statesOf(taskId)).to.deep.equal(['TASK_STARTING', 'TASK_RUNNING', 'TASK_FINISHED']);
    const finished = master.statusesOf(taskId, State.TASK_FINISHED)[0]!;
    expect(finished.frameworkId).to.equal('fw');
    expect(finished.status.exitCode).to.equal(0);
    expect(finished.status.source).to.equal(v1.TaskStatus.Source.SOURCE_EXECUTOR);
    expect(finished.status.agentId?.value).to.equal(agentId);
    expect(finished.status.uuid).to.have.length(16);
    expect(finished.status.timestamp).to.be.closeTo(Date.now() / 1000, 60);
    await waitUntil(() => agent.info().tasks.length === 0, 'the acknowledged task is forgotten');
  });

  it('reports a failing command as TASK_FAILED with its exit code, its output in the sandbox', async () => {
    const { agentId } = await harness().startRegistered();
    harness().master.autoAcknowledge = true;
    const task = commandTask('echo hi; exit 3');
    harness().master.runTask(agentId, framework('fw'), task);
    const failed = await harness().master.untilStatus(task.taskId!.value!, State.TASK_FAILED);
    expect(failed.status.exitCode).to.equal(3);
    expect(failed.status.message).to.equal('Command exited with status 3');
    const runs = join(harness().workDir, 'agents', agentId, 'frameworks', 'fw', 'tasks', task.taskId!.value!, 'runs');
    const [runId] = await readdir(runs);
    expect(await readFile(join(runs, runId!, 'stdout'), 'utf8')).to.equal('hi\n');
  });

  it('reports a command killed by a signal it did not get from the agent as TASK_FAILED, 128 + signal', async () => {
    const { agentId } = await harness().startRegistered();
    harness().master.autoAcknowledge = true;
    const task = commandTask('kill -KILL $$');
    harness().master.runTask(agentId, framework('fw'), task);
    const failed = await harness().master.untilStatus(task.taskId!.value!, State.TASK_FAILED);
    expect(failed.status.exitCode).to.equal(137);
    expect(failed.status.message).to.equal('Command terminated by signal SIGKILL');
    expect(failed.status.source).to.equal(v1.TaskStatus.Source.SOURCE_EXECUTOR);
  });

  it('kills a task: TASK_KILLING first for frameworks that can take it, then TASK_KILLED', async () => {
    const { agentId } = await harness().startRegistered();
    const master = harness().master;
    master.autoAcknowledge = true;
    const aware = commandTask('sleep 30');
    const plain = commandTask('sleep 30');
    master.runTask(agentId, framework('aware', [KILLING]), aware);
    master.runTask(agentId, framework('plain'), plain);
    await master.untilStatus(aware.taskId!.value!, State.TASK_RUNNING);
    await master.untilStatus(plain.taskId!.value!, State.TASK_RUNNING);
    master.killTask(agentId, 'aware', aware.taskId!.value!, { gracePeriodSeconds: 20 });
    master.killTask(agentId, 'plain', plain.taskId!.value!);
    const killed = await master.untilStatus(aware.taskId!.value!, State.TASK_KILLED);
    await master.untilStatus(plain.taskId!.value!, State.TASK_KILLED);
    expect(master.statesOf(aware.taskId!.value!)).to.deep.equal(['TASK_STARTING', 'TASK_RUNNING', 'TASK_KILLING', 'TASK_KILLED']);
    expect(master.statesOf(plain.taskId!.value!)).to.deep.equal(['TASK_STARTING', 'TASK_RUNNING', 'TASK_KILLED']);
    expect(killed.status.exitCode).to.equal(143);
    expect(killed.status.message).to.equal('Command terminated by signal SIGTERM');
  });

  it('answers a kill for a task it does not know with TASK_LOST', async () => {
    const { agentId } = await harness().startRegistered();
    harness().master.autoAcknowledge = true;
    harness().master.killTask(agentId, 'fw', 'ghost');
    const lost = await harness().master.untilStatus('ghost', State.TASK_LOST);
    expect(lost.status.reason).to.equal(Reason.REASON_TASK_UNKNOWN);
    expect(lost.status.message).to.equal('task unknown to the agent');
    expect(lost.status.source).to.equal(v1.TaskStatus.Source.SOURCE_AGENT);
    expect(lost.status.uuid).to.have.length(16);
  });

  it('fails a task that outlives its max_completion_time', async () => {
    const { agentId } = await harness().startRegistered();
    harness().master.autoAcknowledge = true;
    const task = commandTask('sleep 30', { maxCompletionTime: 0.2 });
    harness().master.runTask(agentId, framework('fw'), task);
    const failed = await harness().master.untilStatus(task.taskId!.value!, State.TASK_FAILED);
    expect(failed.status.reason).to.equal(Reason.REASON_MAX_COMPLETION_TIME_REACHED);
    expect(harness().master.statesOf(task.taskId!.value!)).to.deep.equal(['TASK_STARTING', 'TASK_RUNNING', 'TASK_FAILED']);
  });

  it('fails docker tasks: no docker containerizer on this agent', async () => {
    const { agentId } = await harness().startRegistered();
    harness().master.autoAcknowledge = true;
    const task = commandTask('true', { container: { type: v1.ContainerInfo.Type.DOCKER, docker: { image: 'nginx' } } });
    harness().master.runTask(agentId, framework('fw'), task);
    const failed = await harness().master.untilStatus(task.taskId!.value!, State.TASK_FAILED);
    expect(failed.status.reason).to.equal(Reason.REASON_CONTAINER_LAUNCH_FAILED);
    expect(failed.status.message).to.equal('docker containerizer is not enabled on this agent');
    expect(harness().master.statesOf(task.taskId!.value!)).to.deep.equal(['TASK_FAILED']);
  });

  it('ignores a second RUN_TASK for a task it already runs', async () => {
    const { agent, agentId } = await harness().startRegistered();
    harness().master.autoAcknowledge = true;
    const task = commandTask('sleep 30');
    harness().master.runTask(agentId, framework('fw'), task);
    await harness().master.untilStatus(task.taskId!.value!, State.TASK_RUNNING);
    harness().master.runTask(agentId, framework('fw'), task);
    expect((await harness().master.ping(agentId)).ok).to.be.true; // the RUN_TASK before it has been handled
    expect(agent.info().tasks.map((snapshot) => snapshot.taskId)).to.deep.equal([task.taskId!.value]);
    expect(harness().log.records.some((record) => record.message.includes('already has'))).to.be.true;
  });

  it('answers RECONCILE_TASKS with the latest statuses, without uuid, and TASK_LOST for unknown tasks', async () => {
    const { agentId } = await harness().startRegistered();
    const master = harness().master;
    master.autoAcknowledge = true;
    const task = commandTask('sleep 30');
    master.runTask(agentId, framework('fw'), task);
    await master.untilStatus(task.taskId!.value!, State.TASK_RUNNING);
    master.send(agentId, {
      type: v1.AgentCommand.Type.RECONCILE_TASKS,
      reconcileTasks: { frameworkId: { value: 'fw' }, taskIds: [task.taskId!, { value: 'ghost' }] },
    });
    const reconciled = (taskId: string) => () => master.statusesOf(taskId)
      .find(({ status }) => status.reason === Reason.REASON_RECONCILIATION);
    const running = await master.until(reconciled(task.taskId!.value!), 'the running task is reconciled');
    const ghost = await master.until(reconciled('ghost'), 'the unknown task is reconciled');
    expect(running.status.state).to.equal(State.TASK_RUNNING);
    expect(running.status.uuid).to.have.length(0);
    expect(ghost.status.state).to.equal(State.TASK_LOST);
    expect(ghost.status.uuid).to.have.length(0);
  });

  it('ends a shut-down framework\'s tasks quietly and leaves other frameworks alone', async () => {
    const { agent, agentId } = await harness().startRegistered();
    const master = harness().master;
    master.autoAcknowledge = true;
    const doomed = commandTask('echo $$ > pid; exec sleep 30');
    const other = commandTask('sleep 30');
    master.runTask(agentId, framework('doomed'), doomed);
    master.runTask(agentId, framework('other'), other);
    await master.untilStatus(doomed.taskId!.value!, State.TASK_RUNNING);
    await master.untilStatus(other.taskId!.value!, State.TASK_RUNNING);
    const pid = await taskPid(agent.info().tasks.find((snapshot) => snapshot.frameworkId === 'doomed')!.sandbox!);
    master.send(agentId, { type: v1.AgentCommand.Type.SHUTDOWN_FRAMEWORK, shutdownFramework: { frameworkId: { value: 'doomed' } } });
    await waitUntil(() => agent.info().tasks.every((snapshot) => snapshot.frameworkId === 'other'), 'the framework\'s task is gone');
    await harness().bus.flush();
    expect(processGone(pid)).to.be.true;
    expect(master.statesOf(doomed.taskId!.value!)).to.deep.equal(['TASK_STARTING', 'TASK_RUNNING']);
    expect(agent.info().tasks.map((snapshot) => snapshot.stateName)).to.deep.equal(['TASK_RUNNING']);
  });

  it('stops and kills everything on SHUTDOWN', async () => {
    const { agent, agentId } = await harness().startRegistered();
    harness().master.autoAcknowledge = true;
    const task = commandTask('echo $$ > pid; exec sleep 30');
    harness().master.runTask(agentId, framework('fw'), task);
    await harness().master.untilStatus(task.taskId!.value!, State.TASK_RUNNING);
    const pid = await taskPid(agent.info().tasks[0]!.sandbox!);
    harness().master.send(agentId, { type: v1.AgentCommand.Type.SHUTDOWN, shutdown: { message: 'bye' } });
    await agent.stopped;
    expect(processGone(pid)).to.be.true;
    await harness().master.untilStatus(task.taskId!.value!, State.TASK_KILLED);
  });
});
