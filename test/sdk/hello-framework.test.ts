// The example framework, run as a user runs it (a child process on a real nats-server), against a FakeMaster.
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { startNatsServer, type NatsServerProcess } from '../../cli/nats-server.js';
import { connectNatsBus, type NatsBus } from '../../shared/bus/index.js';
import { FakeMaster } from '../../frameworks/sdk/index.js';

interface Run {
  readonly child: ChildProcess;
  readonly exit: Promise<number | null>;
  output(): string;
}

function runExample(natsUrl: string, tasks: number): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'examples/hello-framework.ts', '--nats', natsUrl, '--cluster', 'hello-it', '--tasks', String(tasks)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exit, output: () => output };
}

describe('examples/hello-framework.ts', function () {
  this.timeout(30_000);
  let nats: NatsServerProcess;
  let bus: NatsBus;
  let master: FakeMaster;
  let run: Run | undefined;

  before(async function () {
    nats = await startNatsServer();
  });
  beforeEach(async function () {
    bus = await connectNatsBus(nats.url);
    master = new FakeMaster({ bus, cluster: 'hello-it' }).start();
  });
  afterEach(async function () {
    if (run !== undefined && run.child.exitCode === null) {
      run.child.kill('SIGKILL');
      await run.exit;
    }
    run = undefined;
    master.stop();
    await bus.close();
  });
  after(async function () {
    await nats?.stop();
  });

  it('spreads its tasks over the offers, declines what it cannot use, and exits 0 when all finished', async function () {
    run = runExample(nats.url, 3);
    await master.waitForCall('SUBSCRIBE');
    const offers = await master.sendOffers([
      { agentId: 'a1', resources: 'cpus:1;mem:1024' },
      { agentId: 'a2', resources: 'cpus:1;mem:1024' },
      { agentId: 'a3', resources: 'cpus:0.05;mem:1024' },
    ]);
    await master.waitForCall('ACCEPT', 2);
    const decline = await master.waitForCall('DECLINE');
    expect(decline.decline?.offerIds?.map((id) => id.value)).to.deep.equal([offers[2]?.id?.value]);
    const launched = master.launchedTasks.map((task) => [task.taskId?.value, task.agentId?.value]);
    expect(launched.sort()).to.deep.equal([['hello-1', 'a1'], ['hello-2', 'a2'], ['hello-3', 'a1']]);
    for (const state of ['TASK_RUNNING', 'TASK_FINISHED'] as const) {
      for (const [taskId] of launched) await master.sendUpdate({ taskId: taskId ?? '', state });
    }
    expect(await run.exit, run.output()).to.equal(0);
    expect(run.output()).to.match(/hello-2\s+TASK_RUNNING/).and.to.match(/hello-3\s+TASK_FINISHED/);
    expect(master.callsOf('TEARDOWN')).to.have.length(1);
    expect(master.acknowledgements).to.have.length(6);
  });

  it('exits non-zero when a task fails', async function () {
    run = runExample(nats.url, 1);
    await master.waitForCall('SUBSCRIBE');
    await master.sendOffers([{ agentId: 'a1', resources: 'cpus:1;mem:64' }]);
    await master.waitForCall('ACCEPT');
    await master.sendUpdate({ taskId: 'hello-1', state: 'TASK_FAILED', exitCode: 3, message: 'exited with 3' });
    expect(await run.exit, run.output()).to.equal(1);
    expect(run.output()).to.match(/hello-1\s+TASK_FAILED\s+\(exited with 3\)/);
  });
});
