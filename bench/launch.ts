// Launch/destroy: N sleeping tasks on ONE agent with the process containerizer, time until all are TASK_RUNNING and
// then until all are TASK_KILLED. Mesos 1.7 needed 30.7 s to launch and about 20 s to destroy 1,000 containers on
// one agent; the target here is ≤ 10 s each on 2 cores. Also reports the agent's RSS idle and with N tasks, and the
// supervisors' RSS, giving a per-task overhead of (agent RSS delta / N) + mean supervisor RSS.
//
// A private nats-server, a `drover master` and a `drover agent` run as separate processes started through the CLI,
// as a user would; the framework (SDK SchedulerDriver, checkpointing) runs in this process. The supervisor binary
// is built before the clock starts, as a deployed agent would already have it.
//
//   npm run bench -- launch [--tasks N] [--quick]
//
// DROVER_BENCH_NODE_FLAGS (e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof') goes to the master's and agent's node;
// DROVER_KEEP_BENCH_LOGS keeps their logs and work dirs.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { supervisorBinary } from '../agent/containerizer/process/index.js';
import { freePort, startNatsServer, type NatsServerProcess } from '../cli/nats-server.js';
import {
  connectNatsBus, isTerminalState, matchTasksToOffers, SchedulerDriver, type Bus, type Offer, type TaskSpec,
  type TaskStatus,
} from '../frameworks/sdk/index.js';
import { containerCheckpoints, countContainerCgroups, removeAgentLeftovers } from './support/agent-leftovers.js';
import { runBenchmark } from './support/bench-main.js';
import { machineInfo, round } from './support/machine.js';
import {
  isAlive, logTail, ownCpuMs, processCpuMs, spawnDrover, stopDrover, type DroverProcess,
} from './support/processes.js';

const CLUSTER = 'bench';
const DEFAULT_TASKS = 1000;
const QUICK_TASKS = 20;
const AGENT_RESOURCES = 'cpus:64;mem:65536;ports:[31000-32000]';
const TASK_RESOURCES = { cpus: 0.01, mem: 32 } as const;
const MAX_TASKS = 2048;
const TARGET_MS = 10_000;

function parseArgs(args: readonly string[]): { tasks: number } {
  let tasks = DEFAULT_TASKS;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--quick') tasks = QUICK_TASKS;
    else if (arg === '--tasks') tasks = Number(args[++i]);
    else throw new Error(`unknown argument ${arg}`);
  }
  // The agent's mem:65536 holds 2,048 tasks of mem 32: more would wait forever for offers.
  if (!Number.isInteger(tasks) || tasks < 1 || tasks > MAX_TASKS) throw new Error(`--tasks must be an integer from 1 to ${MAX_TASKS}`);
  return { tasks };
}

/** VmRSS of a process in KiB, or 0 when it is gone. */
async function rssKb(pid: number): Promise<number> {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
    return match === null ? 0 : Number(match[1]);
  } catch {
    return 0;
  }
}

/**
 * Proportional set size in KiB (smaps_rollup Pss): shared pages (libc) divided among the processes that map them,
 * so it adds up across 1,000 supervisors where VmRSS would count libc 1,000 times. 0 when gone.
 */
async function pssKb(pid: number): Promise<number> {
  try {
    const match = /^Pss:\s+(\d+)\s+kB/m.exec(await readFile(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match === null ? 0 : Number(match[1]);
  } catch {
    return 0;
  }
}

interface CpuSnapshot {
  readonly agent: number;
  readonly master: number;
  /** This process: the SDK driver and its acknowledgements. */
  readonly framework: number;
}

function cpuSpent(before: CpuSnapshot, after: CpuSnapshot): CpuSnapshot {
  return {
    agent: Math.round(after.agent - before.agent),
    master: Math.round(after.master - before.master),
    framework: Math.round(after.framework - before.framework),
  };
}

/** When the first, the middle and the last of the tasks got there: shows whether they progress steadily. */
function progress(times: readonly number[]): { first: number; half: number; all: number } {
  const at = (index: number): number => Math.round(times[index] ?? Number.NaN);
  return { first: at(0), half: at(Math.ceil(times.length / 2) - 1), all: at(times.length - 1) };
}

class Interrupted extends Error {}

/** One run: owns every process and directory it makes, and removes them all in cleanup(), even after a failure. */
class LaunchBench {
  readonly dir = mkdtempSync(join(tmpdir(), 'drover-bench-launch-'));
  readonly agentWorkDir = join(this.dir, 'agent');
  readonly cgroupsRoot = `drover-bench-${randomBytes(4).toString('hex')}`;
  private nats: NatsServerProcess | undefined;
  private master: DroverProcess | undefined;
  private agent: DroverProcess | undefined;
  private bus: Bus | undefined;
  private driver: SchedulerDriver | undefined;
  private interrupted: string | undefined;
  private wake: () => void = () => undefined;
  private readonly states = new Map<string, TaskStatus['state']>();
  private readonly running = new Set<string>();
  private readonly killed = new Set<string>();
  /** ms after the launch (kill) started at which each task reached RUNNING (KILLED). */
  private readonly runningAt: number[] = [];
  private readonly killedAt: number[] = [];
  private killStarted: number | undefined;
  private readonly failures: string[] = [];
  private pending: TaskSpec[] = [];
  private launchStarted = 0;
  private agentId = '';

  constructor(private readonly tasks: number) {}

  interrupt(reason: string): void {
    this.interrupted = reason;
    this.wake();
  }

  /** Waits, re-checking on every update and at least every 100 ms, until `done()`; fails on task failures. */
  private async until(done: () => boolean, what: string, timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      if (this.interrupted !== undefined) throw new Interrupted(`interrupted by ${this.interrupted}`);
      if (this.failures.length > 0) throw new Error(`tasks failed: ${this.failures.slice(0, 5).join('; ')}\n${this.logs()}`);
      for (const child of [this.master, this.agent]) {
        if (child !== undefined && !isAlive(child)) throw new Error(`${child.name} exited\n${this.logs()}`);
      }
      if (done()) return;
      if (performance.now() > deadline) {
        throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; task states: ${this.stateCounts()}\n${this.logs()}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 100);
        this.wake = () => { clearTimeout(timer); resolve(); };
      });
    }
  }

  private stateCounts(): string {
    const counts = new Map<string, number>();
    for (const state of this.states.values()) counts.set(state, (counts.get(state) ?? 0) + 1);
    return counts.size === 0 ? 'no updates' : [...counts].map(([state, count]) => `${state} ${count}`).join(', ');
  }

  private logs(): string {
    return [this.master, this.agent].filter((child) => child !== undefined).map((child) => logTail(child)).join('\n');
  }

  async execute(): Promise<Record<string, unknown>> {
    await supervisorBinary(); // built once per source version; not part of what is measured
    this.nats = await startNatsServer();
    const port = await freePort();
    const masterUrl = `http://127.0.0.1:${port}`;
    this.master = spawnDrover('master', [
      'master', '--nats', this.nats.url, '--port', String(port), '--host', '127.0.0.1', '--work-dir', join(this.dir, 'master'),
      '--cluster', CLUSTER, '--allocation-interval', '100ms',
    ], this.dir);
    // The agent keeps trying to register until the master is up, so both start at once.
    this.agent = spawnDrover('agent', [
      'agent', '--nats', this.nats.url, '--cluster', CLUSTER, '--work-dir', this.agentWorkDir, '--hostname', 'bench-agent',
      '--http-port', '0',
      '--resources', AGENT_RESOURCES, '--cgroups-root', this.cgroupsRoot, '--kill-tasks-on-stop',
    ], this.dir);
    let healthy = false;
    const checkHealth = (): void => {
      void fetch(`${masterUrl}/health`).then((response) => { healthy = response.ok; }, () => undefined);
    };
    await this.until(() => { checkHealth(); return healthy; }, 'master /health', 30_000);

    this.bus = await connectNatsBus(this.nats.url);
    const driver = new SchedulerDriver({
      bus: this.bus, cluster: CLUSTER, framework: { name: 'bench-launch', checkpoint: true },
      callTimeoutMs: 60_000,
      onListenerError: (error) => this.failures.push(`framework listener: ${String(error)}`),
    });
    this.driver = driver;
    this.pending = Array.from({ length: this.tasks }, (_, i) => ({
      id: `sleep-${i}`, name: 'sleep', command: 'sleep 3600', resources: TASK_RESOURCES,
    }));
    const ids = this.pending.map((task) => task.id ?? '');
    driver.on('update', (status) => this.onUpdate(status));
    driver.on('error', (error) => this.failures.push(`the master ended the framework: ${error.message}`));
    // The first offer shows the agent registered: its idle RSS is read before anything is launched.
    let offers: Offer[] = [];
    driver.on('offers', (received) => {
      offers.push(...received);
      this.wake();
    });
    await driver.start();
    await this.until(() => offers.length > 0, 'the agent to register and be offered', 60_000);
    const agentPid = this.agent.child.pid ?? 0;
    const masterPid = this.master.child.pid ?? 0;
    const cpu = async (): Promise<CpuSnapshot> => ({ agent: await processCpuMs(agentPid), master: await processCpuMs(masterPid), framework: ownCpuMs() });
    const idleKb = await rssKb(agentPid);
    const cpuAtLaunch = await cpu();

    // Launch: every task goes into the agent's offer (one ACCEPT when it holds them all).
    this.launchStarted = performance.now();
    const placing = this.placeOn(offers);
    offers = [];
    driver.on('offers', (received) => { void this.placeOn(received); });
    await placing;
    await this.until(() => this.running.size === this.tasks, `${this.tasks} tasks RUNNING`, Math.max(60_000, this.tasks * 120));
    const launchMs = performance.now() - this.launchStarted;
    const launchCpuMs = cpuSpent(cpuAtLaunch, await cpu());

    const withTasksKb = await rssKb(agentPid);
    const checkpoints = await containerCheckpoints(this.agentWorkDir);
    const supervisorKb = await Promise.all(checkpoints.map((checkpoint) => rssKb(checkpoint.supervisorPid)));
    const totalSupervisorKb = supervisorKb.reduce((sum, kb) => sum + kb, 0);
    const meanSupervisorKb = supervisorKb.length === 0 ? 0 : totalSupervisorKb / supervisorKb.length;
    const supervisorPss = await Promise.all(checkpoints.map((checkpoint) => pssKb(checkpoint.supervisorPid)));
    const meanSupervisorPssKb = supervisorPss.length === 0 ? 0 : supervisorPss.reduce((sum, kb) => sum + kb, 0) / supervisorPss.length;
    const cgroups = await countContainerCgroups(this.cgroupsRoot);

    // Kill: N KILL calls at once, then wait for every TASK_KILLED.
    const cpuAtKill = await cpu();
    const killStarted = performance.now();
    this.killStarted = killStarted;
    await Promise.all(ids.map((id) => driver.kill(id, this.agentId)));
    await this.until(() => this.killed.size === this.tasks, `${this.tasks} tasks KILLED`, Math.max(60_000, this.tasks * 120));
    const killMs = performance.now() - killStarted;
    const killCpuMs = cpuSpent(cpuAtKill, await cpu());

    return {
      bench: 'launch',
      tasks: this.tasks,
      launchMs: Math.round(launchMs),
      killMs: Math.round(killMs),
      launchTargetMs: TARGET_MS,
      killTargetMs: TARGET_MS,
      mesos17: { launchMs: 30_700, destroyMs: 20_000 },
      agentRssMb: { idle: round(idleKb / 1024, 1), withTasks: round(withTasksKb / 1024, 1) },
      supervisorRssKb: { mean: round(meanSupervisorKb, 1), total: totalSupervisorKb },
      supervisorPssKb: { mean: round(meanSupervisorPssKb, 1) },
      supervisorsMeasured: supervisorKb.filter((kb) => kb > 0).length,
      // What one more task costs the machine: the agent's growth per task plus one supervisor's own share (PSS).
      perTaskOverheadKb: round((withTasksKb - idleKb) / this.tasks + meanSupervisorPssKb, 1),
      containerCgroups: cgroups,
      // Diagnostics: how the tasks got there over time, and who spent the CPU (supervisors and tasks not included).
      launchProgressMs: progress(this.runningAt),
      killProgressMs: progress(this.killedAt),
      cpuMs: { launch: launchCpuMs, kill: killCpuMs },
      machine: machineInfo(),
    };
  }

  private async placeOn(offers: readonly Offer[]): Promise<void> {
    const driver = this.driver;
    if (driver === undefined) return;
    const { assignments, unplaced, unused } = matchTasksToOffers(this.pending.splice(0), offers, 'first-fit');
    this.pending.push(...unplaced);
    try {
      await Promise.all(assignments.map(({ offer, tasks }) => driver.launch(offer, tasks)));
      if (unused.length > 0) await driver.decline(unused.map((offer) => offer.id), { refuseSeconds: this.pending.length > 0 ? 0 : 3600 });
      if (this.pending.length === 0) await driver.suppress();
    } catch (error) {
      this.failures.push(`launch: ${String(error)}`);
      this.wake();
    }
  }

  private onUpdate(status: TaskStatus): void {
    this.states.set(status.taskId, status.state);
    if (status.agentId !== undefined) this.agentId = status.agentId;
    if (status.state === 'TASK_RUNNING') {
      if (!this.running.has(status.taskId)) this.runningAt.push(performance.now() - this.launchStarted);
      this.running.add(status.taskId);
    } else if (status.state === 'TASK_KILLED') {
      if (!this.killed.has(status.taskId)) this.killedAt.push(performance.now() - (this.killStarted ?? 0));
      this.killed.add(status.taskId);
    } else if (isTerminalState(status.state)) {
      this.failures.push(`${status.taskId} ${status.state}${status.message === '' ? '' : ` (${status.message})`}`);
    }
    this.wake();
  }

  /** Stops everything this run started, in dependency order; each step runs even when an earlier one failed. */
  async cleanup(): Promise<void> {
    const step = async (work: () => Promise<unknown>): Promise<void> => {
      try {
        await work();
      } catch {
        // Best effort: the next steps still run.
      }
    };
    const driver = this.driver;
    if (driver !== undefined) {
      await step(() => Promise.race([driver.teardown(), new Promise((resolve) => setTimeout(resolve, 10_000))]));
    }
    await step(async () => this.bus?.close());
    const { agent, master } = this;
    if (agent !== undefined) await step(() => stopDrover(agent, 20_000));
    // Supervisors outlive an agent by design: take down any the agent left behind, then the cgroups.
    await step(() => removeAgentLeftovers(this.agentWorkDir, this.cgroupsRoot));
    if (master !== undefined) await step(() => stopDrover(master, 10_000));
    await step(async () => this.nats?.stop());
    if (process.env['DROVER_KEEP_BENCH_LOGS'] === undefined) rmSync(this.dir, { recursive: true, force: true });
    else console.error(`logs kept in ${this.dir}`);
  }
}

export async function main(args: string[]): Promise<void> {
  const { tasks } = parseArgs(args);
  const bench = new LaunchBench(tasks);
  await runBenchmark(bench);
}
