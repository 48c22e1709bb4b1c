// Tasks for custom executors through the whole agent (fake master on a MemoryBus, real processes).
import { expect } from 'chai';
import { v1 } from '../../shared/protocol/index.js';
import { commandTask, framework, useAgentHarness } from './support/agent-harness.js';

const State = v1.TaskState;
const Reason = v1.TaskStatus.Reason;

describe('agent with custom executors (fake master, real processes)', function () {
  const harness = useAgentHarness();

  it('fails the tasks of an executor that exits without subscribing, with REASON_EXECUTOR_TERMINATED', async () => {
    const { agentId } = await harness().startRegistered();
    harness().master.autoAcknowledge = true;
    const task = commandTask('unused');
    delete task.command;
    task.executor = { executorId: { value: 'quitter' }, command: { value: 'exit 3' } };
    harness().master.runTask(agentId, framework('fw'), task);
    const failed = await harness().master.untilStatus(task.taskId!.value!, State.TASK_FAILED);
    expect(failed.status.reason).to.equal(Reason.REASON_EXECUTOR_TERMINATED);
    expect(failed.status.source).to.equal(v1.TaskStatus.Source.SOURCE_AGENT);
  });
});
