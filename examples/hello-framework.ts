// hello-framework: launches N shell tasks across a Drover cluster's offers, prints every state change, and exits 0
// once all of them finished (1 if any ended otherwise), tearing the framework down.
//
//   npx tsx examples/hello-framework.ts --nats nats://127.0.0.1:4222 --cluster drover --tasks 5
import { parseArgs } from 'node:util';
import { connectNatsBus, isTerminalState, matchTasksToOffers, SchedulerDriver, type TaskSpec } from 'drover/sdk';

const { values } = parseArgs({
  options: {
    nats: { type: 'string', default: 'nats://127.0.0.1:4222' },
    cluster: { type: 'string', default: 'drover' },
    tasks: { type: 'string', default: '5' },
    cmd: { type: 'string', default: 'echo hello from $DROVER_TASK_ID; sleep 1' },
  },
});
const total = Number(values.tasks);
if (!Number.isInteger(total) || total < 1) throw new Error('--tasks must be a positive integer');

const bus = await connectNatsBus(values.nats);
const driver = new SchedulerDriver({
  bus, cluster: values.cluster, framework: { name: 'hello-framework' },
  onListenerError: (error) => console.error(`call failed: ${String(error)}`), // e.g. a decline while reconnecting
});
// Tasks not launched yet; a task whose launch fails goes back here and waits for the next offers.
const pending: TaskSpec[] = Array.from({ length: total }, (_, index) => ({
  id: `hello-${index + 1}`, name: 'hello', command: values.cmd, resources: { cpus: 0.1, mem: 32 },
}));
const ended = new Map<string, string>();

const exitCode = new Promise<number>((resolve) => {
  driver.on('offers', async (offers) => {
    const { assignments, unplaced, unused } = matchTasksToOffers(pending.splice(0), offers, 'spread');
    pending.push(...unplaced);
    for (const { offer, tasks } of assignments) {
      await driver.launch(offer, tasks).catch((error: unknown) => {
        console.error(`launch on ${offer.hostname} failed: ${String(error)}`);
        pending.push(...tasks);
      });
    }
    // Offers we cannot use go back; while tasks still wait, ask to see them again soon.
    if (unused.length > 0) await driver.decline(unused.map((offer) => offer.id), { refuseSeconds: pending.length > 0 ? 1 : 60 });
    if (pending.length === 0) await driver.suppress(); // Everything launched: no more offers, please.
  });
  driver.on('update', (status) => {
    const detail = status.message === '' ? '' : `  (${status.message})`;
    console.log(`${status.taskId.padEnd(10)} ${status.state}${detail}`);
    if (!isTerminalState(status.state) || ended.has(status.taskId)) return;
    ended.set(status.taskId, status.state);
    if (ended.size === total) resolve([...ended.values()].every((state) => state === 'TASK_FINISHED') ? 0 : 1);
  });
  driver.on('error', (error) => {
    console.error(`the master ended the framework: ${error.message}`);
    resolve(1);
  });
  process.once('SIGINT', () => resolve(130));
});
driver.on('disconnected', (reason) => console.error(`disconnected: ${reason}`));

const { frameworkId } = await driver.start();
console.log(`subscribed as ${frameworkId}; launching ${total} tasks`);
const code = await exitCode;
await driver.teardown().catch((error: unknown) => console.error(`teardown failed: ${String(error)}`));
await bus.close();
process.exit(code);
