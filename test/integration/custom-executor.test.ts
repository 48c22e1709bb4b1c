// A framework ships its own executor (examples/echo-executor.ts, on the SDK's ExecutorDriver): a real cluster starts
// it through the process containerizer, hands it tasks, and relays messages both ways.
import { expect } from 'chai';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { TestCluster } from '../support/cluster.js';
import { TestFramework } from '../support/test-framework.js';
import type { ExecutorMessage } from '../../frameworks/sdk/index.js';

const ECHO_EXECUTOR = join(import.meta.dirname, '..', '..', 'examples', 'echo-executor.ts');
// The agent starts the executor in its sandbox, so tsx is named by its absolute path.
const TSX = createRequire(import.meta.url).resolve('tsx');

describe('custom executors (real cluster, ExecutorDriver)', function () {
  this.timeout(60_000);
  let cluster: TestCluster;
  let framework: TestFramework | undefined;

  before(async function () {
    cluster = await TestCluster.start({ agents: 1 });
  });

  after(async function () {
    await framework?.teardown().catch(() => undefined);
    await cluster?.stop();
  });

  const executorCommand = (): string => `${process.execPath} --import ${TSX} ${ECHO_EXECUTOR}`;

  it('runs two tasks on one echo executor, kills a third, and relays framework messages both ways', async function () {
    framework = await TestFramework.start(cluster.natsUrl, { name: 'echo' });
    const messages: ExecutorMessage[] = [];
    framework.driver.on('message', (message) => { messages.push(message); });
    const offer = await framework.takeOffer();
    const executor = { id: 'echo', command: `${process.execPath} --import ${TSX} ${ECHO_EXECUTOR}` };
    const [first, second, slow] = await framework.driver.launch(offer, [
      { id: 'echo-1', name: 'echo', resources: 'cpus:0.1;mem:256', executor, data: new TextEncoder().encode('one') },
      { id: 'echo-2', name: 'echo', resources: 'cpus:0.1;mem:32', executor, data: new TextEncoder().encode('two') },
      { id: 'echo-slow', name: 'echo', resources: 'cpus:0.1;mem:32', executor, labels: { delay_ms: '600000' } },
    ]);
    expect((await framework.waitForState(first!, 'TASK_FINISHED', 45_000)).message).to.equal('one');
    expect((await framework.waitForState(second!, 'TASK_FINISHED', 45_000)).message).to.equal('two');
    const running = await framework.waitForState(slow!, 'TASK_RUNNING', 45_000);
    expect(running.source).to.equal('SOURCE_EXECUTOR');

    await framework.driver.message(running.agentId ?? '', 'echo', new TextEncoder().encode('ping'));
    const reply = await framework.until(() => messages[0], 'a message from the executor');
    expect(new TextDecoder().decode(reply.data)).to.equal('echo: ping');
    expect(reply.executorId).to.equal('echo');

    await framework.driver.kill(slow!);
    expect((await framework.waitForState(slow!, 'TASK_KILLED', 30_000)).message).to.equal('killed by the framework');
  });

  it('fails the tasks of an executor that dies (here: killed by its memory limit), with the reason', async function () {
    const offer = await framework!.takeOffer();
    const [taskId] = await framework!.driver.launch(offer, [{
      id: 'starved', name: 'starved', resources: 'cpus:0.1;mem:32',
      executor: { id: 'starved', command: `${process.execPath} --import ${TSX} ${ECHO_EXECUTOR}` },
    }]);
    const failed = await framework!.waitForState(taskId!, 'TASK_FAILED', 45_000);
    expect(failed.reason).to.equal('REASON_EXECUTOR_TERMINATED');
    expect(failed.message).to.match(/Memory limit exceeded/);
  });

  it('keeps a checkpointing framework\'s executor and task across kill -9 of the agent: the executor re-subscribes', async function () {
    await framework?.teardown().catch(() => undefined);
    framework = await TestFramework.start(cluster.natsUrl, { name: 'durable-echo', checkpoint: true, failoverTimeoutSeconds: 600 });
    const offer = await framework.takeOffer();
    const [taskId] = await framework.driver.launch(offer, [{
      id: 'durable', name: 'durable', resources: 'cpus:0.1;mem:256', labels: { delay_ms: '600000' },
      executor: { id: 'durable-echo', command: executorCommand() },
    }]);
    await framework.waitForState(taskId!, 'TASK_RUNNING', 45_000);
    const before = framework.updates.length;

    await cluster.killAgent('agent-0');
    await cluster.startAgent('agent-0');
    // The executor is still there and subscribed to the new agent: it answers a kill itself.
    await framework.driver.kill(taskId!);
    const killed = await framework.waitForState(taskId!, 'TASK_KILLED', 45_000);
    expect(killed.message).to.equal('killed by the framework');
    const after = framework.updates.slice(before).map((update) => update.state);
    expect(after).to.not.include.members(['TASK_LOST', 'TASK_FAILED', 'TASK_UNREACHABLE']);
  });
});
