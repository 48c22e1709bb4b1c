// A real cluster for integration tests: a private nats-server, a `drover master` process and `drover agent`
// processes, each started through the CLI exactly as a user would. Logs go to files in the cluster's temp dir.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startNatsServer, type NatsServerProcess } from '../../cli/nats-server.js';

export const DROVER = join(import.meta.dirname, '..', '..', 'bin', 'drover.js');

export interface ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly logFile: string;
  readonly exited: Promise<number | null>;
}

export function spawnDrover(name: string, args: readonly string[], dir: string): ManagedProcess {
  const logFile = join(dir, `${name}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [DROVER, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DROVER_LOG_LEVEL: 'debug' } });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, child, logFile, exited };
}

export async function stopProcess(managed: ManagedProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (managed.child.exitCode !== null || managed.child.signalCode !== null) return;
  managed.child.kill(signal);
  const timer = setTimeout(() => managed.child.kill('SIGKILL'), 10_000);
  await managed.exited;
  clearTimeout(timer);
}

/**
 * Removes the cluster's cgroup root, deepest first. Tasks of agents the tests killed with -9 (never restarted) are
 * still in there: they are killed first, so no test leaves processes behind.
 */
function removeCgroupRoot(root: string): void {
  for (const controller of ['cpu', 'cpuacct', 'memory', 'pids', 'unified']) {
    const top = join('/sys/fs/cgroup', controller, root);
    if (existsSync(top)) removeCgroupTree(top);
  }
}

function removeCgroupTree(dir: string): void {
  for (const child of readdirSync(dir, { withFileTypes: true })) {
    if (child.isDirectory()) removeCgroupTree(join(dir, child.name));
  }
  try {
    for (const pid of readFileSync(join(dir, 'cgroup.procs'), 'utf8').split('\n').filter((line) => line !== '')) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // gone already
      }
    }
    rmdirSync(dir);
  } catch {
    // Still busy for a moment, or gone already: the machine's next boot clears it.
  }
}

function readLog(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // not created yet
  }
}

export interface StateJson {
  agents: Array<{ id: string; hostname: string; active: boolean; resources: Record<string, number | string>; used_resources: Record<string, number | string> }>;
  frameworks: Array<{ id: string; name: string; active: boolean; tasks: Array<{ id: string; state: string; agent_id: string }>; completed_tasks: Array<{ id: string; state: string }> }>;
  [key: string]: unknown;
}

export interface ClusterOptions {
  readonly agents?: number;
  readonly agentResources?: string;
  readonly masterArgs?: readonly string[];
  readonly agentArgs?: readonly string[];
}

/** Short timeouts so failures show up in seconds. */
export const FAST_MASTER_ARGS = [
  '--allocation-interval', '100ms', '--agent-ping-interval', '200ms', '--max-agent-ping-timeouts', '3',
  '--framework-heartbeat-interval', '300ms',
] as const;

export class TestCluster {
  readonly agents = new Map<string, ManagedProcess>();
  /** Framework processes started against the cluster: their logs join logTail(), and stop() stops them first. */
  readonly frameworks = new Map<string, ManagedProcess>();
  private constructor(
    readonly dir: string,
    readonly nats: NatsServerProcess,
    public master: ManagedProcess,
    readonly masterUrl: string,
    private readonly masterArgs: readonly string[],
    private readonly options: ClusterOptions,
  ) {}

  get natsUrl(): string {
    return this.nats.url;
  }

  static async start(options: ClusterOptions = {}): Promise<TestCluster> {
    const dir = mkdtempSync(join(tmpdir(), 'drover-it-'));
    const nats = await startNatsServer({ jetstream: true });
    const port = await freePort();
    const masterArgs = [
      'master', '--nats', nats.url, '--port', String(port), '--host', '127.0.0.1', '--work-dir', join(dir, 'master'),
      '--cluster', 'it', '--store', 'nats', ...FAST_MASTER_ARGS, ...(options.masterArgs ?? []),
    ];
    const master = spawnDrover('master', masterArgs, dir);
    const cluster = new TestCluster(dir, nats, master, `http://127.0.0.1:${port}`, masterArgs, options);
    try {
      await cluster.waitForMaster();
      for (let index = 0; index < (options.agents ?? 2); index += 1) await cluster.startAgent(`agent-${index}`);
    } catch (error) {
      // Nobody gets a cluster to stop: leave no master, agent or nats-server behind.
      await cluster.stop().catch(() => undefined);
      throw error;
    }
    return cluster;
  }

  private async waitForMaster(): Promise<void> {
    await this.waitFor(async () => (await fetch(`${this.masterUrl}/health`).then((response) => response.ok, () => false)), 'master /health');
  }

  /** Kills the master process (SIGKILL: no goodbye) and starts it again with the same flags and registry. */
  async restartMaster(): Promise<void> {
    await stopProcess(this.master, 'SIGKILL');
    this.master = spawnDrover(`master-${Date.now()}`, this.masterArgs, this.dir);
    await this.waitForMaster();
  }

  /** One per agent: an agent's recovery removes the cgroups it does not know. */
  cgroupsRoot(hostname: string): string {
    return `drover-it-${process.pid}/${hostname}`;
  }

  /** The agent's work directory (sandboxes under agents/, checkpoints under meta/). */
  agentWorkDir(hostname: string): string {
    return join(this.dir, hostname);
  }

  async startAgent(hostname: string): Promise<string> {
    const agent = spawnDrover(`${hostname}-${Date.now()}`, [
      'agent', '--nats', this.natsUrl, '--cluster', 'it', '--work-dir', this.agentWorkDir(hostname), '--hostname', hostname,
      '--resources', this.options.agentResources ?? 'cpus:4;mem:2048;disk:1024;ports:[31000-31099]',
      '--status-update-backoff', '300ms', '--cgroups-root', this.cgroupsRoot(hostname), '--http-port', '0', '--advertise-ip', '127.0.0.1',
      // Tests leave nothing running behind them, checkpointed or not.
      '--kill-tasks-on-stop', ...(this.options.agentArgs ?? []),
    ], this.dir);
    this.agents.set(hostname, agent);
    let agentId = '';
    await this.waitFor(async () => {
      // This process's own word that it (re-)registered: the master may still list an earlier incarnation as active.
      if (!readLog(agent.logFile).includes('agent registered')) return false;
      const found = (await this.state()).agents.find((candidate) => candidate.hostname === hostname && candidate.active);
      agentId = found?.id ?? '';
      return found !== undefined;
    }, `agent ${hostname} registered`);
    return agentId;
  }

  /** SIGKILLs the agent process (no goodbye, tasks keep running) and returns when it is gone. */
  async killAgent(hostname: string): Promise<void> {
    const agent = this.agents.get(hostname);
    if (agent !== undefined) await stopProcess(agent, 'SIGKILL');
  }

  async state(): Promise<StateJson> {
    const response = await fetch(`${this.masterUrl}/state`);
    return (await response.json()) as StateJson;
  }

  async agentId(hostname: string): Promise<string> {
    const agent = (await this.state()).agents.find((candidate) => candidate.hostname === hostname);
    if (agent === undefined) throw new Error(`no agent ${hostname}`);
    return agent.id;
  }

  async waitFor(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await condition()) return;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${this.logTail()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  logTail(lines = 30): string {
    return [this.master, ...this.agents.values(), ...this.frameworks.values()].map((managed) => {
      let text = '';
      try {
        text = readFileSync(managed.logFile, 'utf8');
      } catch {
        text = '';
      }
      return `--- ${managed.name} ---\n${text.split('\n').slice(-lines).join('\n')}`;
    }).join('\n');
  }

  async stop(): Promise<void> {
    await Promise.all([...this.frameworks.values()].map((framework) => stopProcess(framework)));
    await Promise.all([...this.agents.values()].map((agent) => stopProcess(agent)));
    await stopProcess(this.master);
    await this.nats.stop();
    removeCgroupRoot(`drover-it-${process.pid}`);
    if (process.env['DROVER_KEEP_TEST_LOGS'] === undefined) rmSync(this.dir, { recursive: true, force: true });
  }
}
