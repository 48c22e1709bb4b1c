// Master semantics in one process: a real master, a real agent (real child processes) and an SDK driver on an
// in-memory bus network, with short timeouts so each scenario takes well under a second or two.
import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryBus } from '../../shared/bus/index.js';
import { MemoryStore } from '../../shared/store/index.js';
import { parseResources } from '../../shared/resources/index.js';
import { isDroverError } from '../../shared/errors/index.js';
import { runMaster, type RunningMaster, type MasterOptions } from '../../master/index.js';
import { freePort } from '../../cli/nats-server.js';
import { startAgent, type RunningAgent } from '../../agent/index.js';
import { SchedulerDriver, nextEvent, type FrameworkOptions, type Offer, type TaskStatus } from '../../frameworks/sdk/index.js';

const SMALL = { cpus: 0.1, mem: 16 } as const;
const FAST: Partial<MasterOptions> = {
  allocationIntervalMs: 50, agentPingIntervalMs: 100, maxAgentPingTimeouts: 3, frameworkHeartbeatIntervalMs: 100,
};

describe('master (in process, memory bus, real agent)', function () {
  this.timeout(20_000);
  let network: MemoryBus;
  let store: MemoryStore;
  let master: RunningMaster;
  let agent: RunningAgent;
  let workDir: string;
  const drivers: Array<{ driver: SchedulerDriver; bus: MemoryBus }> = [];

  async function startMaster(extra: Partial<MasterOptions> = {}): Promise<RunningMaster> {
    return runMaster({ bus: network.connection(), store, cluster: 'unit', httpHost: '127.0.0.1', httpPort: 0, ...FAST, ...extra });
  }

  async function driver(framework: FrameworkOptions): Promise<{ driver: SchedulerDriver; updates: TaskStatus[]; offers: Offer[] }> {
    const bus = network.connection();
    const created = new SchedulerDriver({ bus, cluster: 'unit', framework, resubscribeBackoff: { initialMs: 50, maxMs: 200 } });
    const updates: TaskStatus[] = [];
    const offers: Offer[] = [];
    created.on('update', (status) => { updates.push(status); });
    created.on('offers', (received) => { offers.push(...received); });
    drivers.push({ driver: created, bus });
    await created.start();
    return { driver: created, updates, offers };
  }

  async function until<T>(check: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  beforeEach(async function () {
    network = new MemoryBus();
    store = new MemoryStore();
    workDir = mkdtempSync(join(tmpdir(), 'drover-master-test-'));
    master = await startMaster();
    agent = await startAgent({
      bus: network.connection(), cluster: 'unit', workDir, hostname: 'box-1',
      resources: parseResources('cpus:2;mem:1024;disk:100;ports:[31000-31009]'),
      statusUpdateBackoff: { initialMs: 100, maxMs: 1000 }, registrationBackoffMaxMs: 200,
    });
    await agent.registered;
  });

  afterEach(async function () {
    for (const { driver: created, bus } of drivers.splice(0)) {
      await created.stop().catch(() => undefined);
      await bus.close();
    }
    await agent.stop({ killTasks: true });
    await master.stop();
    await network.close();
    await store.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('rescinds an offer that outlives --offer-timeout and offers the resources again', async function () {
    await master.stop();
    master = await startMaster({ offerTimeoutMs: 150 });
    await until(() => (master.master.state.agents.size > 0 ? true : undefined), 'the agent to re-register with the new master');
    const framework = await driver({ name: 'slow' });
    const [[first]] = await nextEvent(framework.driver, 'offers');
    const [rescinded] = await nextEvent(framework.driver, 'rescind');
    expect(rescinded).to.equal(first?.id);
    const [[again]] = await nextEvent(framework.driver, 'offers');
    expect(again?.id).to.not.equal(first?.id);
    expect(again?.agentId).to.equal(first?.agentId);
  });

  it('SUPPRESS stops offers and REVIVE brings them back', async function () {
    const framework = await driver({ name: 'suppressor' });
    const [[offer]] = await nextEvent(framework.driver, 'offers');
    await framework.driver.suppress();
    await framework.driver.decline([offer?.id ?? ''], { refuseSeconds: 0 });
    framework.offers.splice(0);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(framework.offers, 'offers while suppressed').to.deep.equal([]);
    await framework.driver.revive();
    await until(() => framework.offers[0], 'an offer after REVIVE');
  });

  it('tears a framework down when its failover_timeout expires: its tasks are killed and its id is refused', async function () {
    const framework = await driver({ name: 'short-lived', failoverTimeoutSeconds: 0.3 });
    const frameworkId = framework.driver.frameworkId ?? '';
    const [[offer]] = await nextEvent(framework.driver, 'offers');
    await framework.driver.launch(offer!, [{ id: 'doomed', name: 'doomed', command: 'sleep 60', resources: SMALL }]);
    await until(() => framework.updates.find((update) => update.state === 'TASK_RUNNING'), 'doomed running');
    const handle = drivers.pop();
    await handle?.driver.stop();
    await handle?.bus.close();
    await until(() => (master.master.state.removedFrameworks.has(frameworkId) ? true : undefined), 'the framework to be removed');
    const removed = master.master.state.removedFrameworks.get(frameworkId);
    expect(removed?.completedTasks.map((task) => task.taskId)).to.deep.equal(['doomed']);
    await until(() => (agent.info().tasks.length === 0 ? true : undefined), 'the agent to end the task');
    const comeback = new SchedulerDriver({ bus: network.connection(), cluster: 'unit', framework: { name: 'short-lived', id: frameworkId } });
    const refused = await comeback.start().catch((error: unknown) => error);
    expect(isDroverError(refused, 'FRAMEWORK_REMOVED'), String(refused)).to.equal(true);
  });

  it('reports the tasks of an agent whose machine rebooted as TASK_GONE once it registers anew at its address', async function () {
    const port = await freePort();
    const rebootDir = mkdtempSync(join(tmpdir(), 'drover-reboot-'));
    const options = {
      cluster: 'unit', workDir: rebootDir, hostname: 'box-2', httpHost: '127.0.0.1', httpPort: port,
      resources: parseResources('cpus:1;mem:512'), statusUpdateBackoff: { initialMs: 100, maxMs: 1000 }, registrationBackoffMaxMs: 200,
    };
    const before = await startAgent({ bus: network.connection(), ...options });
    const oldId = await before.registered;
    const framework = await driver({ name: 'aware', checkpoint: true, capabilities: ['PARTITION_AWARE'] });
    const offer = await until(() => framework.offers.find((candidate) => candidate.agentId === oldId), 'an offer of box-2');
    await framework.driver.launch(offer, [{ id: 'on-box-2', name: 'x', command: 'sleep 60', resources: SMALL }]);
    await until(() => framework.updates.find((update) => update.taskId === 'on-box-2' && update.state === 'TASK_RUNNING'), 'running');
    const pid = before.info().tasks[0]?.pid;
    await before.stop(); // checkpointed: the task stays, as it would until the machine goes down
    if (pid !== undefined) process.kill(-pid, 'SIGKILL'); // ...and the "reboot" ends it
    writeFileSync(join(rebootDir, 'meta', 'boot-id'), 'another-boot\n');
    const after = await startAgent({ bus: network.connection(), ...options });
    try {
      expect(await after.registered).to.not.equal(oldId);
      const gone = await until(() => framework.updates.find((update) => update.taskId === 'on-box-2' && update.state === 'TASK_GONE'), 'TASK_GONE');
      expect(gone.reason).to.equal('REASON_AGENT_RESTARTED');
      expect(gone.message).to.match(/registered anew/); // (this machine's boot id did not really change)
    } finally {
      await after.stop({ killTasks: true });
      rmSync(rebootDir, { recursive: true, force: true });
    }
  });

  it('answers an implicit reconciliation with every non-terminal task', async function () {
    const framework = await driver({ name: 'reconciler' });
    const [[offer]] = await nextEvent(framework.driver, 'offers');
    await framework.driver.launch(offer!, [
      { id: 'r1', name: 'r1', command: 'sleep 60', resources: SMALL },
      { id: 'r2', name: 'r2', command: 'sleep 60', resources: SMALL },
    ]);
    await until(() => (framework.updates.filter((update) => update.state === 'TASK_RUNNING').length === 2 ? true : undefined), 'both running');
    framework.updates.splice(0);
    await framework.driver.reconcile();
    const answers = await until(() => {
      const found = framework.updates.filter((update) => update.reason === 'REASON_RECONCILIATION');
      return found.length === 2 ? found : undefined;
    }, 'two reconciliation answers');
    expect(answers.map((answer) => [answer.taskId, answer.state, answer.uuid]).sort()).to.deep.equal([['r1', 'TASK_RUNNING', undefined], ['r2', 'TASK_RUNNING', undefined]]);
    await framework.driver.reconcile([{ taskId: 'never-launched', agentId: agent.agentId ?? '' }]);
    const unknown = await until(() => framework.updates.find((update) => update.taskId === 'never-launched'), 'an answer for an unknown task');
    expect(unknown.state).to.equal('TASK_LOST');
  });

  it('rebuilds its view after a restart from agent re-registration, and the framework fails over to it', async function () {
    const framework = await driver({ name: 'survivor', failoverTimeoutSeconds: 60 });
    const frameworkId = framework.driver.frameworkId ?? '';
    const [[offer]] = await nextEvent(framework.driver, 'offers');
    await framework.driver.launch(offer!, [{ id: 'keeps-running', name: 'keeps-running', command: 'sleep 60', resources: SMALL }]);
    await until(() => framework.updates.find((update) => update.state === 'TASK_RUNNING'), 'running');
    await master.stop();
    master = await startMaster();
    expect(master.master.epoch).to.equal(2);
    await until(() => (master.master.state.agents.get(agent.agentId ?? '')?.status === 'active' ? true : undefined), 'the agent to re-register', 8000);
    const task = master.master.state.task(frameworkId, 'keeps-running');
    expect(task?.agentId).to.equal(agent.agentId);
    framework.updates.splice(0);
    await until(() => (master.master.state.frameworks.get(frameworkId)?.connected === true ? true : undefined), 'the framework to re-subscribe', 8000);
    // Mesos's recipe: reconcile until every task is answered (no answer while its agent has not re-registered).
    const answered = (): TaskStatus | undefined => framework.updates.find((update) => update.taskId === 'keeps-running' && update.reason === 'REASON_RECONCILIATION');
    const answer = await until(() => {
      if (answered() === undefined) void framework.driver.reconcile([{ taskId: 'keeps-running', agentId: agent.agentId ?? '' }]);
      return answered();
    }, 'reconciliation after failover', 8000);
    expect(answer.state).to.equal('TASK_RUNNING');
  });

  it('lets a framework with failover_timeout 0 that was connected at a master restart re-subscribe with its id', async function () {
    const framework = await driver({ name: 'no-failover' });
    const frameworkId = framework.driver.frameworkId ?? '';
    await master.stop();
    master = await startMaster();
    const [info] = await nextEvent(framework.driver, 'subscribed');
    expect(info.frameworkId).to.equal(frameworkId);
    expect(info.reconnected).to.equal(true);
    expect(master.master.state.frameworks.get(frameworkId)?.connected).to.equal(true);
  });

  it('serves /state and /metrics with the cluster as it is', async function () {
    const framework = await driver({ name: 'observed', roles: ['ops'] });
    const [[offer]] = await nextEvent(framework.driver, 'offers');
    await framework.driver.launch(offer!, [{ id: 'watched', name: 'watched', command: 'sleep 60', resources: { cpus: 0.5, mem: 100 } }]);
    await until(() => framework.updates.find((update) => update.state === 'TASK_RUNNING'), 'running');
    const state = await (await fetch(`${master.url}/state`)).json() as {
      agents: Array<{ hostname: string; resources: Record<string, unknown>; used_resources: Record<string, unknown> }>;
      frameworks: Array<{ name: string; roles: string[]; tasks: Array<{ id: string; state: string; agent_id: string }> }>;
      roles: Array<{ name: string }>;
    };
    expect(state.agents[0]).to.deep.include({ hostname: 'box-1' });
    expect(state.agents[0]?.resources).to.deep.include({ cpus: 2, mem: 1024, ports: '[31000-31009]' });
    expect(state.agents[0]?.used_resources).to.deep.include({ cpus: 0.5, mem: 100 });
    const observed = state.frameworks.find((entry) => entry.name === 'observed');
    expect(observed?.roles).to.deep.equal(['ops']);
    expect(observed?.tasks.map((task) => [task.id, task.state])).to.deep.equal([['watched', 'TASK_RUNNING']]);
    expect(state.roles.map((role) => role.name)).to.include('ops');
    const metrics = await (await fetch(`${master.url}/metrics`)).text();
    expect(metrics).to.match(/^master_cpus_total 2$/m);
    expect(metrics).to.match(/^master_cpus_used 0\.5$/m);
    expect(metrics).to.match(/^master_tasks_running 1$/m);
    expect(metrics).to.match(/^master_agents_active 1$/m);
    expect(metrics).to.match(/^allocator_allocation_run_ms \d/m);
    expect((await fetch(`${master.url}/health`)).status).to.equal(200);
    expect(await (await fetch(`${master.url}/version`)).json()).to.have.property('version');
  });
});
