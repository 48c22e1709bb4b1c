// echo-executor: a custom executor. Each task runs for `delay_ms` (a task label, default 0) and finishes with its
// `data` echoed as the status message; framework messages come back prefixed with 'echo: '.
//
// A framework ships it as the command of its tasks' ExecutorInfo; the agent starts it with DROVER_* set:
//   executor: { executorId: { value: 'echo' }, command: { value: 'node --import tsx /abs/path/examples/echo-executor.ts' } }
// (the agent runs it in the sandbox, so `--import` may need tsx's absolute path: node -p "import.meta.resolve('tsx')").
import { ExecutorDriver } from 'drover/sdk';

const driver = ExecutorDriver.fromEnvironment(process.env, {
  onListenerError: (error, event) => console.error(`echo-executor: ${event}: ${String(error)}`), // e.g. a reply while disconnected
});
const running = new Map<string, NodeJS.Timeout>();
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

// Updates go out in the order they are made, and are kept until the framework acknowledges them: no need to wait.
driver.on('launch', (task) => {
  void driver.sendStatusUpdate({ taskId: task.taskId, state: 'TASK_RUNNING' });
  const delayMs = Number(task.labels['delay_ms'] ?? 0);
  running.set(task.taskId, setTimeout(() => {
    running.delete(task.taskId);
    void driver.sendStatusUpdate({ taskId: task.taskId, state: 'TASK_FINISHED', message: text(task.data) });
  }, delayMs));
});

driver.on('kill', async ({ taskId }) => {
  const timer = running.get(taskId);
  if (timer === undefined) return; // Finished already, or never ours.
  clearTimeout(timer);
  running.delete(taskId);
  await driver.sendStatusUpdate({ taskId, state: 'TASK_KILLED', message: 'killed by the framework' });
});

driver.on('message', async (data) => {
  await driver.sendFrameworkMessage(`echo: ${text(data)}`);
});

// The agent asks us to go: end every task, wait until the agent has the updates, then exit.
driver.on('shutdown', async () => {
  const ending = [...running.keys()].map((taskId) => {
    clearTimeout(running.get(taskId));
    return driver.sendStatusUpdate({ taskId, state: 'TASK_KILLED', message: 'executor shut down' });
  });
  running.clear();
  await Promise.allSettled(ending);
  await driver.stop();
  process.exit(0);
});

driver.on('error', (error) => {
  console.error(`echo-executor: ${error.message}`);
  process.exit(1);
});

const { agentId, containerId } = await driver.start();
console.log(`echo-executor subscribed with agent ${agentId} (container ${containerId})`);
