// Marathon at scale (issue 4): seconds from POST /v2/apps of an N-instance app to N tasks TASK_RUNNING, per-task
// POST → RUNNING latency, and how long DELETE takes to kill them all. Two scenarios on one master:
//
//   hollow: 1,000 instances on 200 hollow agents (bench/support/hollow-agents.ts): simulated agents that speak the
//           real agent protocol over NATS but start nothing, so the master and the framework carry the whole load.
//           Each agent holds exactly its share (ceil(N / agents) instances), so the app spreads over every agent,
//           as the anchor's 500 instances did over 189.
//   real:   200 instances of `sleep 3600` on one real `drover agent` (process containerizer, cgroups).
//
// Anchor: Marathon 0.15.2 took 14.18 s (median) for 500 instances on 189 agents (OpenStack performance-docs).
//
// Layout: a private nats-server, `drover master` and `drover marathon` (LMDB store, every setting at its default)
// are separate processes started through the CLI, as a user would; the real agent too. The hollow agents run in
// this process on one NATS connection, beside the /v2/events client that times the tasks. Everything shares the
// machine's cores. One `drover marathon` serves both scenarios, one after the other; each POST finds it at rest
// (every offer declined) and free to REVIVE at once.
//
//   npm run bench -- marathon [--quick] [--instances N] [--agents N] [--real-instances N] [--only hollow|real]
//                             [--allocation-interval 1s] [--marathon-store memory:]
//
// DROVER_BENCH_NODE_FLAGS (e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof') goes to every drover process's node;
// DROVER_KEEP_BENCH_LOGS keeps their logs and work dirs.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { supervisorBinary } from '../agent/containerizer/process/index.js';
import { freePort, startNatsServer, type NatsServerProcess } from '../cli/nats-server.js';
import { connectNatsBus, type Bus } from '../shared/bus/index.js';
import { countContainerCgroups, removeAgentLeftovers } from './support/agent-leftovers.js';
import { runApp } from './support/app-run.js';
import { startHollowAgents, type HollowFleet } from './support/hollow-agents.js';
import { runBenchmark } from './support/bench-main.js';
import { machineInfo, percentile } from './support/machine.js';
import { marathonCall } from './support/marathon-client.js';
import {
  isAlive, logTail, ownCpuMs, processCpuMs, processRssMb, spawnDrover, stopDrover, type DroverProcess,
} from './support/processes.js';
import { Waiter } from './support/waiter.js';

const CLUSTER = 'bench';
const APP = { cpus: 0.01, mem: 8 } as const;
const CMD = 'sleep 3600';
const REAL_AGENT_RESOURCES = 'cpus:16;mem:16384;disk:4096;ports:[31000-32999]';
const REAL_AGENT_MAX = 1000;
const MIN_REVIVE_INTERVAL_MS = 5000;
const ANCHOR = {
  system: 'Marathon 0.15.2 on Mesos', instances: 500, agents: 189, seconds: 14.18, statistic: 'median',
  source: 'OpenStack performance-docs, Marathon scale test',
} as const;

type ScenarioName = 'hollow' | 'real';

interface Settings {
  readonly instances: number;
  readonly agents: number;
  readonly realInstances: number;
  readonly scenarios: readonly ScenarioName[];
  readonly allocationInterval: string | undefined;
  /** `drover marathon --store`; default its LMDB store in the work dir. For diagnosis (e.g. `memory:`). */
  readonly marathonStore: string | undefined;
}

function parseArgs(args: readonly string[]): Settings {
  let instances = 1000;
  let agents = 200;
  let realInstances = 200;
  let scenarios: ScenarioName[] = ['hollow', 'real'];
  let allocationInterval: string | undefined;
  let marathonStore: string | undefined;
  const count = (value: string | undefined, flag: string, max: number): number => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1 || parsed > max) throw new Error(`${flag} must be an integer from 1 to ${max}`);
    return parsed;
  };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--quick') [instances, agents, realInstances] = [50, 5, 10];
    else if (arg === '--instances') instances = count(args[++i], arg, 10_000);
    else if (arg === '--agents') agents = count(args[++i], arg, 5000);
    else if (arg === '--real-instances') realInstances = count(args[++i], arg, REAL_AGENT_MAX);
    else if (arg === '--only' && (args[i + 1] === 'hollow' || args[i + 1] === 'real')) scenarios = [args[++i] as ScenarioName];
    else if (arg === '--allocation-interval' && args[i + 1] !== undefined) allocationInterval = args[++i];
    else if (arg === '--marathon-store' && args[i + 1] !== undefined) marathonStore = args[++i];
    else throw new Error(`unknown argument ${arg}`);
  }
  // A hollow agent's ports range holds 1,000 instances (one host port each).
  if (Math.ceil(instances / agents) > 1000) throw new Error('--instances / --agents must be at most 1000 per agent');
  return { instances, agents, realInstances, scenarios, allocationInterval, marathonStore };
}

/** A hollow agent's resources: exactly `slots` instances of the app. */
function hollowResources(slots: number): string {
  return `cpus:${Number((slots * APP.cpus).toFixed(3))};mem:${slots * APP.mem};ports:[31000-31999]`;
}

class Interrupted extends Error {}

interface MasterStateJson {
  agents: Array<{ id: string; hostname: string; active: boolean }>;
  frameworks: Array<{ id: string; active: boolean; offers: unknown[] }>;
}

/** One run: owns every process and directory it makes, and removes them all in cleanup(), even after a failure. */
class MarathonBench {
  readonly dir = mkdtempSync(join(tmpdir(), 'drover-bench-marathon-'));
  private readonly cgroupsRoot = `drover-bench-${process.pid}-${randomBytes(3).toString('hex')}`;
  private nats: NatsServerProcess | undefined;
  private bus: Bus | undefined;
  private master: DroverProcess | undefined;
  private masterUrl = '';
  private marathon: DroverProcess | undefined;
  private agent: DroverProcess | undefined;
  private fleet: HollowFleet | undefined;
  private marathonUrl = '';
  /** performance.now() when the last scenario's tasks were all running (no revive after that). */
  private lastLaunchAt = -Infinity;
  private interrupted: string | undefined;
  readonly waiter = new Waiter(() => this.check(), () => this.logs());

  constructor(private readonly settings: Settings) {}

  interrupt(reason: string): void {
    this.interrupted = reason;
    this.waiter.wake();
  }

  private check(): void {
    if (this.interrupted !== undefined) throw new Interrupted(`interrupted by ${this.interrupted}`);
    for (const child of [this.master, this.marathon, this.agent]) {
      if (child !== undefined && !isAlive(child)) throw new Error(`${child.name} exited\n${this.logs()}`);
    }
  }

  private logs(): string {
    return [this.master, this.marathon, this.agent].filter((child) => child !== undefined).map((child) => logTail(child)).join('\n');
  }

  async execute(): Promise<Record<string, unknown>> {
    const { settings } = this;
    if (settings.scenarios.includes('real')) await supervisorBinary(); // a deployed agent already has it
    this.nats = await startNatsServer();
    this.bus = await connectNatsBus(this.nats.url);
    const port = await freePort();
    this.masterUrl = `http://127.0.0.1:${port}`;
    this.master = spawnDrover('master', [
      'master', '--nats', this.nats.url, '--port', String(port), '--host', '127.0.0.1', '--work-dir', join(this.dir, 'master'),
      '--cluster', CLUSTER, ...(settings.allocationInterval === undefined ? [] : ['--allocation-interval', settings.allocationInterval]),
    ], this.dir);
    // The framework keeps trying to subscribe until the master is up, so both start at once.
    const subscribed = this.startMarathon();
    subscribed.catch(() => undefined); // awaited by each scenario; a failure surfaces there
    const scenarios: Record<string, unknown> = {};
    if (settings.scenarios.includes('hollow')) scenarios['hollow'] = await this.hollowScenario(subscribed);
    if (settings.scenarios.includes('real')) scenarios['real'] = await this.realScenario(subscribed);
    return {
      bench: 'marathon',
      scenarios,
      anchor: ANCHOR,
      target: null,
      app: { cmd: CMD, ...APP, portDefinitions: 'default (one host port per instance)' },
      settings: {
        master: `defaults${settings.allocationInterval === undefined ? ' (allocation interval 1s)' : `, allocation interval ${settings.allocationInterval}`}`,
        marathon: `defaults (max instances per offer 100, min revive interval 5s), store ${settings.marathonStore ?? 'LMDB (default)'}`,
      },
      layout: {
        natsServer: 'local process, shares the cores',
        master: 'own process (drover master)',
        marathon: 'own process (drover marathon), one for both scenarios',
        hollowAgents: 'this process, one NATS connection, beside the /v2/events client',
        realAgent: 'own process (drover agent, process containerizer)',
        sharesCores: true,
      },
      machine: machineInfo(),
    };
  }

  private async hollowScenario(subscribed: Promise<string>): Promise<Record<string, unknown>> {
    const { instances, agents } = this.settings;
    const resources = hollowResources(Math.ceil(instances / agents));
    const controller = new AbortController();
    // Bounded: the fleet retries until the master answers, so a master that never comes up would hang it.
    const timer = setTimeout(() => controller.abort(), 120_000);
    try {
      this.fleet = await startHollowAgents({ bus: this.bus!, cluster: CLUSTER, count: agents, resources, signal: controller.signal });
    } finally {
      clearTimeout(timer);
    }
    await this.waitQuiet(await subscribed, agents);
    const fleet = this.fleet;
    const cpu = this.cpuMeter(() => ownCpuMs());
    const figures = await runApp({
      marathonUrl: this.marathonUrl, appId: '/bench-hollow', instances, cmd: CMD, resources: APP, waiter: this.waiter, mark: cpu.mark,
    });
    // The framework acknowledges each TASK_KILLED after reporting it: the agents' counts are read once all got through.
    await this.waiter.until(() => fleet.openStreams === 0, 'the hollow agents\' updates to be acknowledged', 30_000, 50);
    const counters = { ...fleet.counters };
    const rss = await this.rss();
    // Unregistered: the master drops them at once, so the real scenario has its agent alone.
    await fleet.stop({ unregister: true });
    this.fleet = undefined;
    const commands = counters.runTaskCommandsAt;
    const gaps = commands.slice(1).map((at, index) => at - commands[index]!).sort((a, b) => a - b);
    return {
      agents, agentResources: resources, ...figures,
      // Where the launch time went: POST → first and last RUN_TASK at an agent, and the time between two RUN_TASK
      // commands (one per ACCEPT: the framework's per-offer cycle).
      runTaskReceivedMs: { first: (commands[0] ?? Number.NaN) - figures.postedAtEpochMs, last: (commands.at(-1) ?? Number.NaN) - figures.postedAtEpochMs },
      runTaskCommands: { count: commands.length, gapMs: { p50: percentile(gaps, 0.5), p99: percentile(gaps, 0.99), max: gaps.at(-1) ?? Number.NaN } },
      hollowAgents: { runTasks: counters.runTasks, kills: counters.kills, statusUpdates: counters.updates,
        statusUpdatesResent: counters.published - counters.updates, acknowledgements: counters.acknowledgements, pings: counters.pings },
      cpuMs: { ...cpu.spent(), agentsLabel: 'this process: hollow agents and the /v2/events client' },
      rssMb: rss,
    };
  }

  private async realScenario(subscribed: Promise<string>): Promise<Record<string, unknown>> {
    const agentWorkDir = join(this.dir, 'agent');
    this.agent = spawnDrover('agent', [
      'agent', '--nats', this.nats!.url, '--cluster', CLUSTER, '--work-dir', agentWorkDir, '--hostname', 'bench-agent',
      '--http-port', '0', '--resources', REAL_AGENT_RESOURCES, '--cgroups-root', this.cgroupsRoot, '--kill-tasks-on-stop',
    ], this.dir);
    await this.waitQuiet(await subscribed, 1);
    // Marathon revives at most every 5 s (min revive interval): the POST waits until that has passed since the last
    // launch, so its REVIVE goes at once, as the first scenario's did.
    const reviveFreeAt = this.lastLaunchAt + MIN_REVIVE_INTERVAL_MS + 500;
    await this.waiter.until(() => performance.now() >= reviveFreeAt, 'the min revive interval to pass', MIN_REVIVE_INTERVAL_MS + 1000, 100);
    const agentPid = this.agent.child.pid;
    const cpu = this.cpuMeter(() => processCpuMs(agentPid));
    let containerCgroups: Record<string, number> = {};
    let agentRssMb = 0;
    const figures = await runApp({
      marathonUrl: this.marathonUrl, appId: '/bench-real', instances: this.settings.realInstances, cmd: CMD, resources: APP,
      waiter: this.waiter,
      mark: async (phase) => {
        await cpu.mark(phase);
        if (phase !== 'running') return;
        // With every task up: which isolation was in effect, and the agent's memory.
        containerCgroups = await countContainerCgroups(this.cgroupsRoot);
        agentRssMb = await processRssMb(agentPid);
      },
    });
    return {
      agents: 1, agentResources: REAL_AGENT_RESOURCES, ...figures, containerCgroups,
      cpuMs: { ...cpu.spent(), agentsLabel: 'the drover agent process' }, rssMb: { ...(await this.rss()), agentWithTasks: agentRssMb },
    };
  }

  /** Starts `drover marathon` (LMDB store in its work dir) and resolves with its framework id once subscribed. */
  private async startMarathon(): Promise<string> {
    const port = await freePort();
    this.marathonUrl = `http://127.0.0.1:${port}`;
    this.marathon = spawnDrover('marathon', [
      'marathon', '--nats', this.nats!.url, '--cluster', CLUSTER, '--port', String(port), '--marathon-host', '127.0.0.1',
      '--work-dir', join(this.dir, 'marathon'),
      ...(this.settings.marathonStore === undefined ? [] : ['--store', this.settings.marathonStore]),
    ], this.dir);
    let frameworkId = '';
    await this.waiter.until(async () => {
      const info = await marathonCall<{ frameworkId?: string | null }>(this.marathonUrl, 'GET', '/v2/info').catch(() => undefined);
      frameworkId = info?.body.frameworkId ?? '';
      return frameworkId !== '';
    }, 'drover marathon to subscribe', 60_000, 200);
    return frameworkId;
  }

  private async stopMarathon(): Promise<void> {
    if (this.marathon !== undefined) await stopDrover(this.marathon, 10_000);
    this.marathon = undefined;
  }

  private async masterState(): Promise<MasterStateJson | undefined> {
    return fetch(`${this.masterUrl}/state`).then(async (response) => (response.ok ? await response.json() as MasterStateJson : undefined), () => undefined);
  }

  private async allocationRuns(): Promise<number> {
    const text = await fetch(`${this.masterUrl}/metrics`).then(async (response) => response.text(), () => '');
    return Number(/^allocator_allocation_runs\s+(\d+)/m.exec(text)?.[1] ?? Number.NaN);
  }

  /**
   * Until the cluster is at rest: `agents` agents active, the framework subscribed, and every offer it got answered
   * (declined: nothing waits), with one more allocation run after that, so no offer is in flight when the POST goes.
   */
  private async waitQuiet(frameworkId: string, agents: number): Promise<void> {
    const quiet = async (): Promise<boolean> => {
      const state = await this.masterState();
      const framework = state?.frameworks.find((candidate) => candidate.id === frameworkId);
      const offers = state?.frameworks.reduce((sum, candidate) => sum + candidate.offers.length, 0);
      return state?.agents.filter((agent) => agent.active).length === agents && framework?.active === true && offers === 0;
    };
    for (;;) {
      await this.waiter.until(quiet, `${agents} agents and framework ${frameworkId} at rest`, 120_000, 100);
      const runs = await this.allocationRuns();
      await this.waiter.until(async () => (await this.allocationRuns()) > runs, 'an allocation run', 30_000, 100);
      if (await quiet()) return;
    }
  }

  /** CPU used per phase by the master, the framework, the agents (hollow: this process) and nats-server. */
  private cpuMeter(agentsCpu: () => number | Promise<number>): { mark: (phase: 'launch' | 'running' | 'killed') => Promise<void>; spent: () => Record<string, unknown> } {
    const read = async (): Promise<Record<string, number>> => ({
      master: await processCpuMs(this.master?.child.pid), marathon: await processCpuMs(this.marathon?.child.pid),
      agents: await agentsCpu(), natsServer: await processCpuMs(this.nats?.process.pid),
    });
    const marks = new Map<string, Record<string, number>>();
    const between = (from: string, to: string): Record<string, number> => {
      const a = marks.get(from) ?? {};
      const b = marks.get(to) ?? {};
      return Object.fromEntries(Object.keys(b).map((key) => [key, Math.round((b[key] ?? 0) - (a[key] ?? 0))]));
    };
    return {
      mark: async (phase) => {
        if (phase === 'running') this.lastLaunchAt = performance.now();
        marks.set(phase, await read());
      },
      spent: () => ({ launch: between('launch', 'running'), kill: between('running', 'killed') }),
    };
  }

  private async rss(): Promise<Record<string, number>> {
    return { master: await processRssMb(this.master?.child.pid), marathon: await processRssMb(this.marathon?.child.pid) };
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
    await step(async () => this.fleet?.stop({ unregister: true }));
    await step(() => this.stopMarathon());
    const agent = this.agent;
    if (agent !== undefined) await step(() => stopDrover(agent, 20_000));
    await step(() => removeAgentLeftovers(join(this.dir, 'agent'), this.cgroupsRoot));
    const master = this.master;
    if (master !== undefined) await step(() => stopDrover(master, 10_000));
    await step(async () => this.bus?.close());
    await step(async () => this.nats?.stop());
    if (process.env['DROVER_KEEP_BENCH_LOGS'] === undefined) rmSync(this.dir, { recursive: true, force: true });
    else console.error(`logs kept in ${this.dir}`);
  }
}

export async function main(args: string[]): Promise<void> {
  const bench = new MarathonBench(parseArgs(args));
  await runBenchmark(bench);
}
