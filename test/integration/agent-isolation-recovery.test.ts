// Issue 3's must-shows against real components: a nats-server, `drover master` and `drover agent` processes with
// the process and docker containerizers, real cgroups, a private dockerd, and SDK frameworks.
import { expect } from 'chai';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TaskSpec } from '../../frameworks/sdk/index.js';
import { TestCluster } from '../support/cluster.js';
import { useDockerd, type Dockerd } from '../support/dockerd.js';
import { TestFramework } from '../support/test-framework.js';
import { processGone } from '../agent/support/wait.js';

describe('agent isolation, docker, health checks and recovery (real cluster, cgroups and dockerd)', function () {
  this.timeout(120_000);
  let cluster: TestCluster;
  let dockerd: Dockerd;
  const frameworks: TestFramework[] = [];

  before(async function () {
    dockerd = await useDockerd();
    cluster = await TestCluster.start({
      agents: 1,
      agentResources: 'cpus:8;mem:8192;disk:1024;ports:[31000-31099]',
      agentArgs: ['--containerizers', 'process,docker', '--docker-socket', dockerd.socketPath],
      // Slow enough that a restarted agent is back before the master would call it gone (Mesos: 75 s).
      masterArgs: ['--agent-ping-interval', '1s', '--max-agent-ping-timeouts', '15'],
    });
  });

  // A framework holds on to the offers it does not use: each test's frameworks go when it ends.
  afterEach(async function () {
    await Promise.all(frameworks.splice(0).map((framework) => framework.teardown().catch(() => undefined)));
  });

  after(async function () {
    await cluster?.stop();
  });

  async function framework(name: string): Promise<TestFramework> {
    const handle = await TestFramework.start(cluster.natsUrl, { name, checkpoint: true, failoverTimeoutSeconds: 600 });
    frameworks.push(handle);
    return handle;
  }

  function sandboxOf(taskId: string): string {
    const agentsDir = join(cluster.agentWorkDir('agent-0'), 'agents');
    const found = readdirDeep(agentsDir, taskId);
    if (found === undefined) throw new Error(`no sandbox for ${taskId}`);
    return found;
  }

  it('kills a process task over its memory limit: TASK_FAILED with the memory reason', async function () {
    const mem = await framework('mem');
    const offer = await mem.takeOffer();
    const [taskId] = await mem.driver.launch(offer, [{
      id: 'hog', name: 'hog', resources: 'cpus:0.5;mem:32', command: 'dd if=/dev/zero of=/dev/null bs=200M count=1',
    }]);
    const failed = await mem.waitForState(taskId!, 'TASK_FAILED', 30_000);
    expect(failed.reason).to.equal('REASON_CONTAINER_LIMITATION_MEMORY');
    expect(failed.message).to.match(/[Mm]emory limit exceeded/);
  });

  it('throttles a cpus:0.5 task burning two cores to about half a core, as the agent\'s /monitor/statistics shows', async function () {
    const burner = await framework('burner');
    const offer = await burner.takeOffer();
    const [taskId] = await burner.driver.launch(offer, [{
      id: 'burn', name: 'burn', resources: 'cpus:0.5;mem:64',
      command: 'while :; do :; done & while :; do :; done',
    }]);
    await burner.waitForState(taskId!, 'TASK_RUNNING', 30_000);
    const agentUrl = await agentHttpUrl();
    const sample = async (): Promise<{ cpu: number; at: number; statistics: Record<string, number> }> => {
      const entries = await (await fetch(`${agentUrl}/monitor/statistics`)).json() as Array<{ executor_id: string; statistics: Record<string, number> }>;
      const mine = entries.find((entry) => entry.executor_id === taskId);
      if (mine === undefined) throw new Error(`no statistics for ${taskId}: ${JSON.stringify(entries)}`);
      const statistics = mine.statistics;
      return { cpu: (statistics['cpus_user_time_secs'] ?? 0) + (statistics['cpus_system_time_secs'] ?? 0), at: statistics['timestamp'] ?? 0, statistics };
    };
    const first = await sample();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const second = await sample();
    const cores = (second.cpu - first.cpu) / (second.at - first.at);
    // Loose bounds: two busy loops would use up to 2 cores unthrottled.
    expect(cores, `cores used: ${cores}`).to.be.within(0.25, 0.75);
    expect(second.statistics['cpus_limit']).to.equal(0.5);
    expect(second.statistics['cpus_nr_throttled']).to.be.greaterThan(0);
    expect(second.statistics['mem_limit_bytes']).to.equal(64 * 1024 * 1024);
    await burner.driver.kill(taskId!);
    await burner.waitForState(taskId!, 'TASK_KILLED', 30_000);
  });

  it('reads a task\'s sandbox through the master given only its id, and refuses paths that leave the sandbox', async function () {
    const reader = await framework('reader');
    const offer = await reader.takeOffer();
    const [taskId] = await reader.driver.launch(offer, [{
      id: 'files', name: 'files', resources: 'cpus:0.1;mem:32',
      command: 'echo "hello sandbox"; ln -s /etc etc-link; ln -s /etc/passwd passwd-link; exec sleep 60',
    }]);
    await reader.waitForState(taskId!, 'TASK_RUNNING', 30_000);
    await cluster.waitFor(() => existsSync(join(sandboxOf(taskId!), 'passwd-link')), 'the symlinks exist');
    const files = `${cluster.masterUrl}/tasks/${taskId}/files`;
    const read = await fetch(`${files}/read?path=stdout&offset=0`);
    expect(read.status).to.equal(200);
    expect(await read.json()).to.deep.equal({ data: 'hello sandbox\n', offset: 0 });
    expect(await (await fetch(`${files}/read?path=stdout&offset=-1`)).json()).to.deep.equal({ data: '', offset: 14 });
    const listing = await (await fetch(`${files}/browse?path=`)).json() as Array<{ path: string }>;
    expect(listing.map((entry) => entry.path)).to.include.members(['stdout', 'stderr']);
    for (const path of ['../../etc/passwd', '/etc/passwd', 'etc-link/passwd', 'passwd-link']) {
      const refused = await fetch(`${files}/read?path=${encodeURIComponent(path)}&offset=0`);
      expect(refused.status, path).to.be.oneOf([400, 403]);
      expect(await refused.text(), path).to.not.contain('root:');
    }
    await reader.driver.kill(taskId!);
    await reader.waitForState(taskId!, 'TASK_KILLED', 30_000);
  });

  it('serves HTTP from a docker task on its offered host port; the HTTP health check turns healthy, then unhealthy', async function () {
    const web = await framework('web');
    const offer = await web.takeOffer((candidate) => candidate.resources.some((resource) => resource.name === 'ports'));
    const hostPort = 31050;
    const [taskId] = await web.driver.launch(offer, [{
      id: 'web', name: 'web', resources: `cpus:0.2;mem:64;ports:[${hostPort}-${hostPort}]`,
      command: 'echo hello > /www/index.html; httpd -f -p 80 -h /www & server=$!; '
        + 'while [ ! -f /tmp/stop ]; do sleep 0.1; done; kill $server; sleep 30',
      container: { docker: { image: dockerd.image, network: 'BRIDGE', portMappings: [{ hostPort, containerPort: 80 }] } },
      healthCheck: { type: 'http', port: 80, path: '/', delaySeconds: 0, intervalSeconds: 0.2, timeoutSeconds: 1,
        gracePeriodSeconds: 5, consecutiveFailures: 2 },
    }]);
    await web.waitForState(taskId!, 'TASK_RUNNING', 30_000);
    await web.until(() => web.updates.find((update) => update.taskId === taskId && update.healthy === true), 'healthy', 30_000);
    const response = await fetch(`http://127.0.0.1:${hostPort}/`);
    expect(response.status).to.equal(200);
    expect((await response.text()).trim()).to.equal('hello');
    const container = dockerd.docker.getContainer(await dockerIdOf(taskId!));
    const exec = await container.exec({ Cmd: ['sh', '-c', 'echo > /tmp/stop'] });
    await exec.start({ Detach: true });
    await web.until(() => web.updates.find((update) => update.taskId === taskId && update.healthy === false), 'unhealthy', 30_000);
  });

  it('recovers 18 of 20 tasks (10 process, 10 docker) across kill -9 of the agent; the 2 that ended meanwhile are reported once', async function () {
    const steady = await framework('steady');
    const offer = await steady.takeOffer();
    // Each task writes its pid, then waits for a `go` file in its sandbox before exiting with 3.
    const waitForGo = 'echo $$ > "$MESOS_SANDBOX/pid"; while [ ! -f "$MESOS_SANDBOX/go" ]; do sleep 0.1; done; exit 3';
    const specs: TaskSpec[] = [];
    for (let index = 0; index < 10; index += 1) {
      specs.push({ id: `proc-${index}`, name: 'proc', resources: 'cpus:0.05;mem:32', command: waitForGo });
      specs.push({ id: `dock-${index}`, name: 'dock', resources: 'cpus:0.05;mem:32', command: waitForGo,
        container: { docker: { image: dockerd.image, network: 'HOST' } } });
    }
    const launched = await steady.driver.launch(offer, specs);
    for (const taskId of launched) await steady.waitForState(taskId, 'TASK_RUNNING', 60_000);
    const processPids = new Map(launched.filter((id) => id.startsWith('proc-')).map((id) => [id, pidIn(sandboxOf(id))]));
    const dockerIds = new Map<string, string>();
    for (const id of launched.filter((candidate) => candidate.startsWith('dock-'))) dockerIds.set(id, await dockerIdOf(id));

    await cluster.killAgent('agent-0');
    // Two tasks end while no agent watches them.
    await writeFile(join(sandboxOf('proc-0'), 'go'), '');
    await writeFile(join(sandboxOf('dock-0'), 'go'), '');
    await cluster.waitFor(() => processGone(processPids.get('proc-0')!), 'proc-0 exited');
    await cluster.waitFor(async () => !(await dockerd.docker.getContainer(dockerIds.get('dock-0')!).inspect()).State.Running, 'dock-0 exited');
    const before = steady.updates.length;

    await cluster.startAgent('agent-0');
    for (const ended of ['proc-0', 'dock-0']) {
      const failed = await steady.waitForState(ended, 'TASK_FAILED', 30_000);
      expect(failed.exitCode, `${ended}: ${failed.message}`).to.equal(3);
    }
    for (const [taskId, pid] of processPids) {
      if (taskId === 'proc-0') continue;
      expect(processGone(pid), `${taskId} still runs as pid ${pid}`).to.equal(false);
    }
    for (const [taskId, dockerId] of dockerIds) {
      if (taskId === 'dock-0') continue;
      expect((await dockerd.docker.getContainer(dockerId).inspect()).State.Running, `${taskId} still runs`).to.equal(true);
      expect(await dockerIdOf(taskId)).to.equal(dockerId);
    }
    // The master still counts 18 running tasks of this framework.
    await cluster.waitFor(async () => {
      const state = await cluster.state();
      const mine = state.frameworks.find((candidate) => candidate.id === steady.frameworkId);
      return mine?.tasks.filter((task) => task.state === 'TASK_RUNNING').length === 18;
    }, '18 running tasks in the master state');
    const after = steady.updates.slice(before);
    expect(after.filter((update) => update.state === 'TASK_LOST' || update.state === 'TASK_UNREACHABLE')).to.deep.equal([]);
    for (const ended of ['proc-0', 'dock-0']) {
      const terminal = steady.updates.filter((update) => update.taskId === ended && update.state === 'TASK_FAILED');
      expect(terminal, ended).to.have.length(1);
    }
  });

  async function agentHttpUrl(): Promise<string> {
    const agent = (await cluster.state()).agents.find((candidate) => candidate.hostname === 'agent-0');
    const port = (agent as { port?: number } | undefined)?.port ?? 0;
    if (port === 0) throw new Error('the agent advertised no HTTP port');
    return `http://127.0.0.1:${port}`;
  }

  async function dockerIdOf(taskId: string): Promise<string> {
    const containers = await dockerd.docker.listContainers({ all: true, filters: { label: [`drover.task_id=${taskId}`] } });
    if (containers.length !== 1) throw new Error(`expected one container for ${taskId}, found ${containers.length}`);
    return containers[0]!.Id;
  }
});

function pidIn(sandbox: string): number {
  return Number(readFileSync(join(sandbox, 'pid'), 'utf8'));
}

/** The newest run directory of a task under <work>/agents/<aid>/frameworks/<fid>/tasks/<taskId>/runs/. */
function readdirDeep(agentsDir: string, taskId: string): string | undefined {
  for (const agentId of readdirSync(agentsDir)) {
    const frameworksDir = join(agentsDir, agentId, 'frameworks');
    if (!existsSync(frameworksDir)) continue;
    for (const frameworkId of readdirSync(frameworksDir)) {
      const runs = join(frameworksDir, frameworkId, 'tasks', taskId, 'runs');
      if (!existsSync(runs)) continue;
      const newest = readdirSync(runs).map((run) => join(runs, run))
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
      if (newest !== undefined) return newest;
    }
  }
  return undefined;
}
