// The offer loop end to end over a real nats-server: a `drover master` process, two `drover agent` processes, and
// SDK frameworks in this (separate) process, all started the way a user starts them.
import { expect } from 'chai';
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { connectNatsBus } from '../../shared/bus/index.js';
import { decodeMessage, encodeMessage, v1 } from '../../shared/protocol/index.js';
import { isDroverError } from '../../shared/errors/index.js';
import { TestCluster, stopProcess } from '../support/cluster.js';
import { TestFramework } from '../support/test-framework.js';

const SMALL = { cpus: 0.1, mem: 16 } as const;

describe('offer loop over real NATS (master, two agents, SDK frameworks as separate processes)', function () {
  this.timeout(60_000);
  let cluster: TestCluster;
  const frameworks: TestFramework[] = [];

  async function framework(name: string, options: { partitionAware?: boolean; failoverTimeoutSeconds?: number; id?: string } = {}): Promise<TestFramework> {
    const handle = await TestFramework.start(cluster.natsUrl, {
      name,
      ...(options.id === undefined ? {} : { id: options.id }),
      ...(options.failoverTimeoutSeconds === undefined ? {} : { failoverTimeoutSeconds: options.failoverTimeoutSeconds }),
      ...(options.partitionAware === true ? { capabilities: ['PARTITION_AWARE' as const] } : {}),
    });
    frameworks.push(handle);
    return handle;
  }

  before(async function () {
    cluster = await TestCluster.start({ agents: 2 });
  });

  afterEach(async function () {
    for (const handle of frameworks.splice(0)) await handle.teardown().catch(() => undefined);
  });

  after(async function () {
    await cluster?.stop();
  });

  it('launches 50 tasks across both agents and all 50 finish with their real exit status', async function () {
    const hello = await framework('fifty');
    const launched: string[] = [];
    const agentsUsed = new Set<string>();
    while (launched.length < 50) {
      const offer = await hello.takeOffer();
      const count = Math.min(25, 50 - launched.length);
      const specs = Array.from({ length: count }, (_, index) => ({
        id: `task-${launched.length + index}`, name: 'fifty', command: 'echo "hello from $DROVER_TASK_ID"', resources: SMALL,
      }));
      launched.push(...await hello.driver.launch(offer, specs));
      agentsUsed.add(offer.agentId);
    }
    for (const taskId of launched) {
      const finished = await hello.waitForState(taskId, 'TASK_FINISHED');
      expect(finished.exitCode, taskId).to.equal(0);
    }
    expect(agentsUsed.size).to.equal(2);
    const states = new Set(hello.updates.map((update) => update.state));
    expect([...states]).to.include.members(['TASK_STARTING', 'TASK_RUNNING', 'TASK_FINISHED']);
    expect(hello.updates.filter((update) => update.state === 'TASK_FAILED')).to.deep.equal([]);
  });

  it('reports a failing command as TASK_FAILED with its exit status, and a signal as 128 + signal', async function () {
    const failing = await framework('failing');
    const offer = await failing.takeOffer();
    await failing.driver.launch(offer, [
      { id: 'exit-3', name: 'exit-3', command: 'echo to stderr >&2; exit 3', resources: SMALL },
      { id: 'self-kill', name: 'self-kill', command: 'kill -USR1 $$', resources: SMALL },
    ]);
    const exited = await failing.waitForState('exit-3', 'TASK_FAILED');
    expect(exited.exitCode).to.equal(3);
    expect(exited.message).to.contain('3');
    const signalled = await failing.waitForState('self-kill', 'TASK_FAILED');
    expect(signalled.exitCode).to.equal(128 + 10);
  });

  it('does not re-offer a declined agent to that framework within refuse_seconds, and REVIVE lifts the filter', async function () {
    const picky = await framework('picky');
    const first = await picky.takeOffer();
    const refusedAgent = first.agentId;
    await picky.driver.decline([first.id], { refuseSeconds: 30 });
    // Keep declining everything else briefly; watch the offers for 2 s.
    const seen: string[] = [];
    const deadline = Date.now() + 2000;
    while (Date.now() < deadline) {
      const offer = await picky.takeOffer(() => true, Math.max(100, deadline - Date.now())).catch(() => undefined);
      if (offer === undefined) break;
      seen.push(offer.agentId);
      await picky.driver.decline([offer.id], { refuseSeconds: 0.2 });
    }
    expect(seen.length, 'the other agent keeps being offered').to.be.greaterThan(1);
    expect(seen).to.not.include(refusedAgent);
    await picky.driver.revive();
    const again = await picky.takeOffer((offer) => offer.agentId === refusedAgent, 5000);
    expect(again.agentId).to.equal(refusedAgent);
  });

  it('kills a sleeping task: TASK_KILLED', async function () {
    const killer = await framework('killer');
    const offer = await killer.takeOffer();
    const [taskId] = await killer.driver.launch(offer, [{ id: 'sleeper', name: 'sleeper', command: 'sleep 120', resources: SMALL }]);
    await killer.waitForState(taskId ?? '', 'TASK_RUNNING');
    await killer.driver.kill(taskId ?? '');
    const killed = await killer.waitForState(taskId ?? '', 'TASK_KILLED');
    expect(killed.source).to.equal('SOURCE_EXECUTOR');
    const state = await cluster.state();
    const entry = state.frameworks.find((candidate) => candidate.id === killer.frameworkId);
    expect(entry?.completed_tasks.map((task) => [task.id, task.state])).to.deep.include(['sleeper', 'TASK_KILLED']);
  });

  it('keeps the tasks of a framework that fails over within failover_timeout, and reconciliation reports them RUNNING', async function () {
    const first = await framework('failover', { failoverTimeoutSeconds: 60 });
    const frameworkId = first.frameworkId;
    const offer = await first.takeOffer();
    await first.driver.launch(offer, [{ id: 'long-runner', name: 'long-runner', command: 'sleep 120', resources: SMALL }]);
    await first.waitForState('long-runner', 'TASK_RUNNING');
    await first.crash();
    frameworks.splice(frameworks.indexOf(first), 1);
    await cluster.waitFor(async () => (await cluster.state()).frameworks.some((entry) => entry.id === frameworkId && !entry.active), 'the master to see the framework disconnected');

    const second = await framework('failover', { id: frameworkId, failoverTimeoutSeconds: 60 });
    expect(second.frameworkId).to.equal(frameworkId);
    await second.driver.reconcile([{ taskId: 'long-runner' }]);
    const reconciled = await second.until(() => second.updates.find((update) => update.taskId === 'long-runner' && update.reason === 'REASON_RECONCILIATION'), 'a reconciliation answer');
    expect(reconciled.state).to.equal('TASK_RUNNING');
    const state = await cluster.state();
    const entry = state.frameworks.find((candidate) => candidate.id === frameworkId);
    expect(entry?.active).to.equal(true);
    expect(entry?.tasks.map((task) => [task.id, task.state])).to.deep.equal([['long-runner', 'TASK_RUNNING']]);
  });

  it('recovers from a kill -9 of the master: its registry (JetStream KV) survives, agents re-register with their tasks, frameworks re-subscribe', async function () {
    const steady = await framework('steady', { failoverTimeoutSeconds: 60 });
    const offer = await steady.takeOffer();
    await steady.driver.launch(offer, [{ id: 'through-restart', name: 'through-restart', command: 'sleep 120', resources: SMALL }]);
    await steady.waitForState('through-restart', 'TASK_RUNNING');
    const epochBefore = (await cluster.state())['epoch'];
    await cluster.restartMaster();
    await cluster.waitFor(async () => {
      const state = await cluster.state();
      const entry = state.frameworks.find((candidate) => candidate.id === steady.frameworkId);
      return state.agents.filter((agent) => agent.active).length === 2 && entry?.active === true &&
        entry.tasks.some((task) => task.id === 'through-restart' && task.state === 'TASK_RUNNING');
    }, 'agents and the framework to come back with the running task');
    expect((await cluster.state())['epoch']).to.equal(Number(epochBefore) + 1);
    await steady.driver.kill('through-restart');
    await steady.waitForState('through-restart', 'TASK_KILLED');
  });

  it('answers bad input with specific errors and keeps serving', async function () {
    const bus = await connectNatsBus(cluster.natsUrl);
    try {
      const reply = decodeMessage(v1.CallResponse, await bus.request('drover.it.master.scheduler', new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]), { timeoutMs: 5000 }));
      expect(reply.ok).to.equal(false);
      expect(reply.errorCode).to.equal('DECODE_FAILED');
      const notSubscribed = decodeMessage(v1.CallResponse, await bus.request('drover.it.master.scheduler', encodeMessage(v1.Call, { type: v1.Call.Type.REVIVE, frameworkId: { value: 'nobody' } }), { timeoutMs: 5000 }));
      expect(notSubscribed.errorCode).to.equal('NOT_SUBSCRIBED');
    } finally {
      await bus.close();
    }

    const careless = await framework('careless');
    const offer = await careless.takeOffer();
    const unknown = await careless.driver.launch('no-such-offer', [{ id: 'on-unknown-offer', name: 'x', command: 'true', resources: 'cpus:0.1' }]).catch((error: unknown) => error);
    expect(isDroverError(unknown, 'INVALID_OFFERS'), String(unknown)).to.equal(true);
    const dropped = await careless.until(() => careless.latest('on-unknown-offer'), 'an update for the task on an unknown offer');
    expect([dropped.state, dropped.reason]).to.deep.equal(['TASK_LOST', 'REASON_INVALID_OFFERS']);

    await careless.driver.launch(offer, [
      { id: '../x', name: 'bad-id', command: 'true', resources: SMALL },
      { id: 'greedy', name: 'greedy', command: 'true', resources: 'cpus:400' },
      { id: 'fine', name: 'fine', command: 'true', resources: SMALL },
    ]);
    const badId = await careless.waitForState('../x', 'TASK_ERROR');
    expect(badId.reason).to.equal('REASON_TASK_INVALID');
    expect(badId.message).to.contain("must not contain '/'");
    const greedy = await careless.waitForState('greedy', 'TASK_ERROR');
    expect(greedy.message).to.contain('uses more resources than offered');
    await careless.waitForState('fine', 'TASK_FINISHED');

    const reused = await careless.driver.launch(offer, [{ id: 'on-used-offer', name: 'x', command: 'true', resources: SMALL }]).catch((error: unknown) => error);
    expect(isDroverError(reused, 'INVALID_OFFERS'), String(reused)).to.equal(true);

    // Still serving: health answers and a fresh offer still launches.
    expect((await fetch(`${cluster.masterUrl}/health`)).status).to.equal(200);
    const next = await careless.takeOffer(() => true, 10_000);
    await careless.driver.launch(next, [{ id: 'after-bad-input', name: 'ok', command: 'true', resources: SMALL }]);
    await careless.waitForState('after-bad-input', 'TASK_FINISHED');
  });

  it('runs the hello-framework example to completion', async function () {
    const example = spawn(process.execPath, ['--import', 'tsx', join('examples', 'hello-framework.ts'), '--nats', cluster.natsUrl, '--cluster', 'it', '--tasks', '5'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    example.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    example.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    const code = await new Promise<number | null>((resolve) => example.once('exit', resolve));
    expect(code, output).to.equal(0);
    expect(output.match(/TASK_FINISHED/g) ?? [], output).to.have.length(5);
  });

  it('reports the tasks of a kill -9ed agent as TASK_UNREACHABLE (partition-aware) or TASK_LOST after the ping timeout', async function () {
    const victim = cluster.agents.get('agent-1');
    const victimId = await cluster.agentId('agent-1');
    const aware = await framework('aware', { partitionAware: true });
    const plain = await framework('plain');
    for (const [handle, marker] of [[aware, '317'], [plain, '318']] as const) {
      const offer = await handle.takeOffer((candidate) => candidate.agentId === victimId, 10_000);
      await handle.driver.launch(offer, [{ id: `on-victim-${marker}`, name: 'victim', command: `sleep ${marker}`, resources: SMALL }]);
      await handle.waitForState(`on-victim-${marker}`, 'TASK_RUNNING');
      await handle.declineAll(60);
    }
    if (victim === undefined) throw new Error('no agent-1');
    await stopProcess(victim, 'SIGKILL');
    try {
      const unreachable = await aware.waitForState('on-victim-317', 'TASK_UNREACHABLE');
      expect(unreachable.reason).to.equal('REASON_AGENT_REMOVED');
      const lost = await plain.waitForState('on-victim-318', 'TASK_LOST');
      expect(lost.reason).to.equal('REASON_AGENT_REMOVED');
      const state = await cluster.state();
      expect(state.agents.find((agent) => agent.id === victimId)?.active).to.equal(false);
    } finally {
      // The agent was killed with SIGKILL, so its tasks are orphans now; end them.
      try {
        execFileSync('pkill', ['-f', '^sleep 31[78]$']);
      } catch {
        // none left
      }
    }
  });
});
