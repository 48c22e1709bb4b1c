// Runs `drover marathon` as its own process against a TestCluster, and talks to its /v2 API.
import { join } from 'node:path';
import { freePort } from '../../cli/nats-server.js';
import { spawnDrover, stopProcess, type ManagedProcess, type TestCluster } from './cluster.js';

export interface MarathonResponse<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

export interface V2Task {
  id: string;
  appId: string;
  host: string;
  state: string;
  ports: number[];
  startedAt?: string;
  healthCheckResults: Array<{ alive: boolean }>;
}

export interface V2App {
  id: string;
  instances: number;
  tasksRunning: number;
  tasksHealthy: number;
  tasksStaged: number;
  tasksUnhealthy: number;
  deployments: Array<{ id: string }>;
  tasks?: V2Task[];
}

export class MarathonProcess {
  private constructor(
    private readonly cluster: TestCluster,
    readonly url: string,
    private readonly args: readonly string[],
    public process: ManagedProcess,
  ) {}

  /** Starts `drover marathon` with its state under the cluster's directory, and waits for /ping. */
  static async start(cluster: TestCluster, extraArgs: readonly string[] = []): Promise<MarathonProcess> {
    const port = await freePort();
    const args = [
      'marathon', '--nats', cluster.natsUrl, '--cluster', 'it', '--port', String(port), '--marathon-host', '127.0.0.1',
      '--work-dir', join(cluster.dir, 'marathon'), '--min-revive-offers-interval', '200ms', ...extraArgs,
    ];
    const marathon = new MarathonProcess(cluster, `http://127.0.0.1:${port}`, args, spawnDrover(`marathon-${Date.now()}`, args, cluster.dir));
    cluster.frameworks.set('marathon', marathon.process);
    await marathon.waitUp();
    return marathon;
  }

  /** Starts the same command again without waiting for it (for a start that is expected to fail). */
  respawn(): ManagedProcess {
    this.process = spawnDrover(`marathon-${Date.now()}`, this.args, this.cluster.dir);
    this.cluster.frameworks.set('marathon', this.process);
    return this.process;
  }

  async waitUp(): Promise<void> {
    await this.cluster.waitFor(async () => {
      const info = await fetch(`${this.url}/v2/info`).then(async (response) => response.json() as Promise<{ frameworkId: string | null }>, () => undefined);
      return typeof info?.frameworkId === 'string';
    }, 'marathon subscribed');
  }

  /** kill -9, then the same command again (same store, same framework id). */
  async restart(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    await stopProcess(this.process, signal);
    this.respawn();
    await this.waitUp();
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    await stopProcess(this.process, signal);
  }

  async stop(): Promise<void> {
    await stopProcess(this.process);
  }

  async call<T = unknown>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<MarathonResponse<T>> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = text;
    }
    return { status: response.status, headers: response.headers, body: parsed as T };
  }

  async app(id: string): Promise<V2App> {
    const response = await this.call<{ app: V2App }>('GET', `/v2/apps${id}`);
    if (response.status !== 200) throw new Error(`GET /v2/apps${id}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.app;
  }

  async deployments(): Promise<Array<{ id: string; affectedApps: string[] }>> {
    return (await this.call<Array<{ id: string; affectedApps: string[] }>>('GET', '/v2/deployments')).body;
  }

  /** Waits until no deployment is listed (the way `drover app add` decides a deployment finished). */
  async waitForDeployments(timeoutMs = 60_000): Promise<void> {
    await this.cluster.waitFor(async () => (await this.deployments()).length === 0, 'deployments to finish', timeoutMs);
  }

}
