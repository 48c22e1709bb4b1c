// Agent restart with checkpointing (Mesos agent recovery), against a fake master on a MemoryBus and real processes.
// The agent "crashes" by stopping without killing its tasks; kill -9 of a real agent process is in
// test/integration/agent-recovery.test.ts.
import { expect } from 'chai';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { v1, type pb } from '../../shared/protocol/index.js';
import { commandTask, framework, useAgentHarness } from './support/agent-harness.js';
import { processGone, taskPid, waitUntil } from './support/wait.js';

const State = v1.TaskState;

function checkpointing(id: string): pb.FrameworkInfo.$Properties {
  return { ...framework(id), checkpoint: true };
}

describe('agent recovery after a restart (fake master, real processes)', function () {
  const harness = useAgentHarness();

  async function sandboxOf(agentId: string, frameworkId: string, taskId: string): Promise<string> {
    const runs = join(harness().workDir, 'agents', agentId, 'frameworks', frameworkId, 'tasks', taskId, 'runs');
    const [runId] = await readdir(runs);
    return join(runs, runId!);
  }

  it('re-attaches running tasks (same pid), reports a task that ended meanwhile once, with its exit code', async () => {
    const { agent, agentId } = await harness().startRegistered();
    const master = harness().master;
    master.autoAcknowledge = true;
    const sleeper = commandTask('echo $$ > pid; exec sleep 30');
    const quitter = commandTask('echo $$ > pid; while [ ! -f go ]; do sleep 0.05; done; exit 5');
    master.runTask(agentId, checkpointing('fw'), sleeper);
    master.runTask(agentId, checkpointing('fw'), quitter);
    await master.untilStatus(sleeper.taskId!.value!, State.TASK_RUNNING);
    await master.untilStatus(quitter.taskId!.value!, State.TASK_RUNNING);
    const sleeperPid = await taskPid(await sandboxOf(agentId, 'fw', sleeper.taskId!.value!));
    const quitterSandbox = await sandboxOf(agentId, 'fw', quitter.taskId!.value!);
    await taskPid(quitterSandbox);

    await agent.stop(); // tasks of checkpointing frameworks keep running
    expect(processGone(sleeperPid)).to.equal(false);
    await writeFile(join(quitterSandbox, 'go'), 'now\n'); // ends while no agent runs

    const restarted = await harness().start();
    expect(await restarted.registered).to.equal(agentId);
    const reregistration = harness().master.registrations.at(-1)!;
    expect(reregistration.type).to.equal(v1.AgentMessage.Type.REREGISTER);
    const failed = await master.untilStatus(quitter.taskId!.value!, State.TASK_FAILED);
    expect(failed.status.exitCode, failed.status.message).to.equal(5);
    const snapshot = restarted.info().tasks.find((task) => task.taskId === sleeper.taskId!.value);
    expect(snapshot).to.include({ stateName: 'TASK_RUNNING', pid: sleeperPid });
    await waitUntil(() => restarted.info().tasks.length === 1, 'the ended task is forgotten once acknowledged');
    expect(master.statusesOf(quitter.taskId!.value!, State.TASK_FAILED)).to.have.length(1);
    expect(master.statusesOf(sleeper.taskId!.value!).map(({ status }) => status.state)).to.not.include(State.TASK_LOST);
  });

  it('sends unacknowledged updates again after a restart, with their original uuid', async () => {
    const { agent, agentId } = await harness().startRegistered();
    const master = harness().master;
    const task = commandTask('exit 0');
    master.runTask(agentId, checkpointing('fw'), task);
    const starting = await master.untilStatus(task.taskId!.value!, State.TASK_STARTING);
    await agent.stop();
    const before = master.statusesOf(task.taskId!.value!).length;
    await harness().start();
    await master.until(() => master.statusesOf(task.taskId!.value!).length > before ? true : undefined, 'a resend');
    const resent = master.statusesOf(task.taskId!.value!)[before]!;
    expect(Buffer.from(resent.status.uuid).toString('hex')).to.equal(Buffer.from(starting.status.uuid).toString('hex'));
    master.autoAcknowledge = true;
    master.acknowledge(agentId, resent);
    const finished = await master.untilStatus(task.taskId!.value!, State.TASK_FINISHED);
    expect(finished.status.exitCode).to.equal(0);
  });

  it('kills the tasks of frameworks without checkpointing when it stops, and does not know them after a restart', async () => {
    const { agent, agentId } = await harness().startRegistered();
    const master = harness().master;
    master.autoAcknowledge = true;
    const task = commandTask('echo $$ > pid; exec sleep 30');
    master.runTask(agentId, framework('plain'), task);
    await master.untilStatus(task.taskId!.value!, State.TASK_RUNNING);
    const pid = await taskPid(await sandboxOf(agentId, 'plain', task.taskId!.value!));
    await agent.stop();
    await waitUntil(() => processGone(pid), 'the uncheckpointed task is killed');
    expect(master.statusesOf(task.taskId!.value!, State.TASK_KILLED)).to.have.length(1);
    const restarted = await harness().start();
    await restarted.registered;
    expect(restarted.info().tasks).to.deep.equal([]);
  });
});
