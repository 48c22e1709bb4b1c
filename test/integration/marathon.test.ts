// The Marathon-like framework end to end: `drover marathon` as its own process against a real master, three real
// agents (process and docker containerizers, a private dockerd) and nats-server, driven only through its Marathon-compatible /v2 API.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { EventSource } from 'eventsource';
import { DROVER, TestCluster } from '../support/cluster.js';
import { useDockerd, type Dockerd } from '../support/dockerd.js';
import { MarathonProcess, type V2App, type V2Task } from '../support/marathon.js';

/** A web server on $PORT0 (busybox httpd from busybox-static), so HTTP health checks have something to probe. */
const HTTPD = 'mkdir -p www && echo ok > www/index.html && exec busybox httpd -f -p $PORT0 -h www';
const FAST_HTTP_CHECK = { protocol: 'HTTP', path: '/', portIndex: 0, gracePeriodSeconds: 10, intervalSeconds: 1, timeoutSeconds: 1, maxConsecutiveFailures: 3 };

describe('Marathon-like framework on a real cluster (/v2 API, deployments, placement, backoff, events)', function () {
  this.timeout(120_000);
  let cluster: TestCluster;
  let marathon: MarathonProcess;
  let dockerd: Dockerd;

  before(async function () {
    dockerd = await useDockerd();
    cluster = await TestCluster.start({
      agents: 3, agentResources: 'cpus:8;mem:4096;disk:1024;ports:[31000-31999]',
      agentArgs: ['--containerizers', 'process,docker', '--docker-socket', dockerd.socketPath],
    });
    // State in JetStream KV, as in a production cluster (drover dev keeps it in LMDB; the CLI test covers that).
    marathon = await MarathonProcess.start(cluster, ['--store', 'nats']);
  });

  after(async function () {
    await cluster?.stop();
  });

  const taskIds = (app: V2App): string[] => (app.tasks ?? []).map((task) => task.id).sort();
  const running = (app: V2App): V2Task[] => (app.tasks ?? []).filter((task) => task.state === 'TASK_RUNNING');

  it('places 5 UNIQUE-per-hostname instances on 3 agents: 3 run healthy, 2 wait in /v2/queue with the reason', async function () {
    const created = await marathon.call('POST', '/v2/apps', {
      id: '/unique-web', cmd: HTTPD, instances: 5, cpus: 0.1, mem: 32,
      constraints: [['hostname', 'UNIQUE']], healthChecks: [FAST_HTTP_CHECK],
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    expect(created.headers.get('location')).to.equal('/unique-web');
    expect(created.headers.get('marathon-deployment-id')).to.be.a('string');
    await cluster.waitFor(async () => (await marathon.app('/unique-web')).tasksHealthy === 3, '3 healthy instances', 30_000);
    const app = await marathon.app('/unique-web');
    expect(new Set(running(app).map((task) => task.host)).size).to.equal(3);
    const queue = (await marathon.call<{ queue: Array<{ app: { id: string }; count: number; processedOffersSummary: { rejectSummaryLastOffers: Array<{ reason: string; declined: number }> } }> }>('GET', '/v2/queue')).body.queue;
    const waiting = queue.find((item) => item.app.id === '/unique-web');
    expect(waiting?.count).to.equal(2);
    await cluster.waitFor(async () => {
      const item = (await marathon.call<{ queue: Array<{ app: { id: string }; processedOffersSummary: { rejectSummaryLastOffers: Array<{ reason: string; declined: number }> } }> }>('GET', '/v2/queue')).body.queue
        .find((entry) => entry.app.id === '/unique-web');
      return (item?.processedOffersSummary.rejectSummaryLastOffers.find((reason) => reason.reason === 'UnfulfilledConstraint')?.declined ?? 0) > 0;
    }, 'offers declined for UnfulfilledConstraint');
    // The deployment cannot finish (2 instances have nowhere to go); deleting the app ends it.
    expect((await marathon.call('DELETE', '/v2/apps/unique-web')).status).to.equal(200);
    await marathon.waitForDeployments();
  });

  it('runs a Docker app in bridge mode on dynamic host ports, healthy by its agent-run MESOS_HTTP check', async function () {
    // The legacy docker.network/portMappings form, as old Marathon clients still send it.
    const created = await marathon.call('POST', '/v2/apps', {
      id: '/docker-web', instances: 2, cpus: 0.1, mem: 32,
      cmd: 'mkdir -p /www && echo hello-docker > /www/index.html && exec httpd -f -p 80 -h /www',
      container: { type: 'DOCKER', docker: { image: dockerd.image, network: 'BRIDGE', portMappings: [{ containerPort: 80, hostPort: 0 }] } },
      healthChecks: [{ protocol: 'MESOS_HTTP', portIndex: 0, path: '/', gracePeriodSeconds: 20, intervalSeconds: 1, timeoutSeconds: 2, maxConsecutiveFailures: 3, delaySeconds: 0 }],
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    await cluster.waitFor(async () => (await marathon.app('/docker-web')).tasksHealthy === 2, '2 healthy docker instances', 60_000);
    const app = await marathon.app('/docker-web');
    for (const task of running(app)) {
      expect(task.ports).to.have.length(1);
      const response = await fetch(`http://127.0.0.1:${task.ports[0]!}/`);
      expect((await response.text()).trim()).to.equal('hello-docker');
    }
    const containers = await dockerd.docker.listContainers({ filters: { label: ['drover.task_id'] } });
    expect(containers.filter((container) => (container.Labels['drover.task_id'] ?? '').startsWith('docker-web.'))).to.have.length(2);
    expect((await marathon.call('DELETE', '/v2/apps/docker-web')).status).to.equal(200);
    await marathon.waitForDeployments();
  });

  it('fetches an app\'s archive into the sandbox before it starts (fetch with extract)', async function () {
    const dir = mkdtempSync(join(tmpdir(), 'drover-fetch-'));
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site', 'index.html'), 'fetched site\n');
    execFileSync('tar', ['-czf', join(dir, 'site.tgz'), '-C', dir, 'site']);
    try {
      const created = await marathon.call('POST', '/v2/apps', {
        id: '/fetched', instances: 1, cpus: 0.05, mem: 16, cmd: 'exec busybox httpd -f -p $PORT0 -h site',
        fetch: [{ uri: `file://${join(dir, 'site.tgz')}` }], healthChecks: [FAST_HTTP_CHECK],
      });
      expect(created.status).to.equal(201);
      await cluster.waitFor(async () => (await marathon.app('/fetched')).tasksHealthy === 1, 'the fetched site served', 30_000);
      const task = running(await marathon.app('/fetched'))[0]!;
      expect(await (await fetch(`http://127.0.0.1:${task.ports[0]!}/`)).text()).to.equal('fetched site\n');
    } finally {
      await marathon.call('DELETE', '/v2/apps/fetched');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('scales 2 → 20 → 5 without restarting a surviving task', async function () {
    expect((await marathon.call('POST', '/v2/apps', { id: '/scaler', cmd: 'sleep 1000', instances: 2, cpus: 0.05, mem: 16 })).status).to.equal(201);
    await marathon.waitForDeployments();
    const first = taskIds(await marathon.app('/scaler'));
    expect(first).to.have.length(2);
    expect((await marathon.call('PUT', '/v2/apps/scaler', { instances: 20 })).status).to.equal(200);
    await marathon.waitForDeployments();
    const twenty = await marathon.app('/scaler');
    expect(running(twenty)).to.have.length(20);
    for (const id of first) expect(taskIds(twenty)).to.include(id);
    expect((await marathon.call('PATCH', '/v2/apps/scaler', { instances: 5 })).status).to.equal(200);
    await marathon.waitForDeployments();
    const five = await marathon.app('/scaler');
    expect(running(five)).to.have.length(5);
    // Every survivor is one of the twenty, on its first launch; killSelection YOUNGEST_FIRST keeps the first two.
    for (const id of taskIds(five)) {
      expect(taskIds(twenty)).to.include(id);
      expect(id).to.match(/\._app\.1$/);
    }
    for (const id of first) expect(taskIds(five)).to.include(id);
  });

  it('replaces a task killed with scale=false: same instance, next launch, instance count unchanged', async function () {
    const before = await marathon.app('/scaler');
    const victim = running(before)[0]!.id;
    const killed = await marathon.call<{ task: V2Task }>('DELETE', `/v2/apps/scaler/tasks/${victim}?scale=false`);
    expect(killed.status).to.equal(200);
    expect(killed.body.task.id).to.equal(victim);
    const replacement = victim.replace(/\._app\.1$/, '._app.2');
    await cluster.waitFor(async () => running(await marathon.app('/scaler')).some((task) => task.id === replacement), 'the replacement task running');
    const after = await marathon.app('/scaler');
    expect(running(after)).to.have.length(5);
    expect(taskIds(after)).not.to.include(victim);
    expect((await marathon.app('/scaler')).instances).to.equal(5);
  });

  it('rolls a restart of 10 instances with minimumHealthCapacity 0.5 without dropping below 5 healthy', async function () {
    const created = await marathon.call('POST', '/v2/apps', {
      id: '/rolling', cmd: HTTPD, instances: 10, cpus: 0.05, mem: 16, healthChecks: [FAST_HTTP_CHECK],
      upgradeStrategy: { minimumHealthCapacity: 0.5, maximumOverCapacity: 0 },
    });
    expect(created.status).to.equal(201);
    await cluster.waitFor(async () => (await marathon.app('/rolling')).tasksHealthy === 10 && (await marathon.deployments()).length === 0, '10 healthy', 60_000);
    const old = taskIds(await marathon.app('/rolling'));
    const restart = await marathon.call<{ deploymentId: string }>('POST', '/v2/apps/rolling/restart');
    expect(restart.status).to.equal(200);
    let minimum = Number.POSITIVE_INFINITY;
    let samples = 0;
    await cluster.waitFor(async () => {
      const app = await marathon.app('/rolling');
      minimum = Math.min(minimum, app.tasksHealthy);
      samples++;
      return app.deployments.length === 0;
    }, 'the rolling restart to finish', 90_000);
    const after = await marathon.app('/rolling');
    expect(after.tasksHealthy).to.equal(10);
    expect(taskIds(after).filter((id) => old.includes(id))).to.deep.equal([]);
    expect(samples).to.be.greaterThan(5);
    expect(minimum, `lowest healthy count sampled over ${samples} samples`).to.be.at.least(5);
    await marathon.call('DELETE', '/v2/apps/rolling');
  });

  it('backs a crashing app off as configured (1 s, ×2, capped at 4 s) and records the last failure', async function () {
    const launches: number[] = [];
    const events = new EventSource(`${marathon.url}/v2/events?event_type=instance_changed_event`);
    events.addEventListener('instance_changed_event', (message) => {
      const event = JSON.parse(String(message.data)) as { runSpecId: string; condition: string; timestamp: string };
      if (event.runSpecId === '/crasher' && event.condition === 'Provisioned') launches.push(Date.parse(event.timestamp));
    });
    await new Promise((resolve) => events.addEventListener('open', resolve));
    try {
      expect((await marathon.call('POST', '/v2/apps', {
        id: '/crasher', cmd: 'exit 3', instances: 1, cpus: 0.05, mem: 16, backoffSeconds: 1, backoffFactor: 2, maxLaunchDelaySeconds: 4,
      })).status).to.equal(201);
      await cluster.waitFor(() => launches.length >= 5, '5 launches of the crashing app', 40_000);
    } finally {
      events.close();
    }
    const gaps = launches.slice(1).map((at, index) => (at - launches[index]!) / 1000);
    // Delays 1, 2, 4, 4 s come on top of the task's own short life: each gap is at least its delay, and the cap holds.
    expect(gaps[0]).to.be.at.least(1);
    expect(gaps[1]).to.be.at.least(2);
    expect(gaps[2]).to.be.at.least(4);
    expect(gaps[3]).to.be.at.least(4).and.below(8);
    // Between launches the instance waits in the queue with the delay left.
    await cluster.waitFor(async () => {
      const queued = (await marathon.call<{ queue: Array<{ app: { id: string }; delay: { timeLeftSeconds: number; overdue: boolean } }> }>('GET', '/v2/queue')).body.queue;
      const item = queued.find((entry) => entry.app.id === '/crasher');
      return item !== undefined && item.delay.timeLeftSeconds > 0 && !item.delay.overdue;
    }, 'the crashing app delayed in /v2/queue');
    const shown = (await marathon.call<{ app: { lastTaskFailure?: { state: string; appId: string } } }>('GET', '/v2/apps/crasher')).body.app;
    expect(shown.lastTaskFailure?.state).to.equal('TASK_FAILED');
    expect((await marathon.call('DELETE', '/v2/queue/crasher/delay')).status).to.equal(204);
    // A new version also starts without the delay: once delayed again, a fixed command clears it and runs.
    const delayLeft = async (): Promise<number> => (await marathon.call<{ queue: Array<{ app: { id: string }; delay: { timeLeftSeconds: number } }> }>('GET', '/v2/queue')).body.queue
      .find((entry) => entry.app.id === '/crasher')?.delay.timeLeftSeconds ?? 0;
    await cluster.waitFor(async () => await delayLeft() >= 2, 'the crashing app delayed again');
    expect((await marathon.call('PUT', '/v2/apps/crasher?force=true', { cmd: 'sleep 1000' })).status).to.equal(200);
    expect(await delayLeft()).to.equal(0);
    await cluster.waitFor(async () => (await marathon.app('/crasher')).tasksRunning === 1, 'the fixed version running');
    expect((await marathon.call('DELETE', '/v2/apps/crasher')).status).to.equal(200);
  });

  it('kills and replaces an instance its HTTP check gives up on; maxConsecutiveFailures 0 never kills', async function () {
    const kills: Array<{ appId: string; taskId: string }> = [];
    const events = new EventSource(`${marathon.url}/v2/events?event_type=unhealthy_instance_kill_event`);
    events.addEventListener('unhealthy_instance_kill_event', (message) => kills.push(JSON.parse(String(message.data)) as { appId: string; taskId: string }));
    await new Promise((resolve) => events.addEventListener('open', resolve));
    // Nothing listens on PORT0: every probe fails.
    const check = { protocol: 'HTTP', path: '/', portIndex: 0, gracePeriodSeconds: 1, intervalSeconds: 1, timeoutSeconds: 1 };
    try {
      await marathon.call('PUT', '/v2/apps', [
        { id: '/sick', cmd: 'sleep 1000', instances: 1, cpus: 0.05, mem: 16, healthChecks: [{ ...check, maxConsecutiveFailures: 2 }] },
        { id: '/tolerated', cmd: 'sleep 1000', instances: 1, cpus: 0.05, mem: 16, healthChecks: [{ ...check, maxConsecutiveFailures: 0 }] },
      ]);
      await cluster.waitFor(() => kills.some((kill) => kill.appId === '/sick'), 'the unhealthy kill of /sick', 30_000);
      await cluster.waitFor(async () => running(await marathon.app('/sick')).some((task) => task.id.endsWith('._app.2')), 'its replacement', 30_000);
    } finally {
      events.close();
    }
    const tolerated = await marathon.app('/tolerated');
    expect(kills.filter((kill) => kill.appId === '/tolerated')).to.deep.equal([]);
    expect(running(tolerated).map((task) => task.id)).to.satisfy((ids: string[]) => ids.length === 1 && ids[0]!.endsWith('._app.1'));
    expect(tolerated.tasksUnhealthy).to.equal(1);
    await marathon.call('DELETE', '/v2/apps/sick?force=true');
    await marathon.call('DELETE', '/v2/apps/tolerated?force=true');
    await marathon.waitForDeployments();
  });

  it('holds a deployment until the new instances pass their readiness check', async function () {
    // The readiness file appears 3 s after the server starts: until then GET /ready.txt answers 404.
    const created = await marathon.call('POST', '/v2/apps', {
      id: '/ready-app', instances: 1, cpus: 0.05, mem: 16,
      cmd: 'mkdir -p www && (sleep 3; echo ok > www/ready.txt) & mkdir -p www && exec busybox httpd -f -p $PORT0 -h www',
      portDefinitions: [{ port: 0, name: 'http' }],
      readinessChecks: [{ name: 'ready', protocol: 'HTTP', path: '/ready.txt', portName: 'http', intervalSeconds: 1, timeoutSeconds: 0.5 }],
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    const deploymentId = created.headers.get('marathon-deployment-id');
    await cluster.waitFor(async () => (await marathon.app('/ready-app')).tasksRunning === 1, 'the task running', 30_000);
    const pending = (await marathon.call<Array<{ id: string; currentActions: Array<{ readinessCheckResults: Array<{ ready: boolean }> }> }>>('GET', '/v2/deployments')).body
      .find((deployment) => deployment.id === deploymentId);
    expect(pending, 'still deploying while not ready').not.to.equal(undefined);
    await marathon.waitForDeployments(30_000);
    const shown = (await marathon.call<{ app: { readinessCheckResults: Array<{ ready: boolean; name: string }> } }>('GET', '/v2/apps/ready-app?embed=app.readiness')).body.app;
    expect(shown.readinessCheckResults.map((result) => [result.name, result.ready])).to.deep.equal([['ready', true]]);
    await marathon.call('DELETE', '/v2/apps/ready-app');
  });

  it('replaces an unreachable instance after inactiveAfterSeconds, and keeps exactly one when the agent comes back', async function () {
    const created = await marathon.call('POST', '/v2/apps', {
      id: '/partitioned', cmd: 'sleep 1000', instances: 1, cpus: 0.05, mem: 16,
      unreachableStrategy: { inactiveAfterSeconds: 1, expungeAfterSeconds: 3600 },
    });
    expect(created.status).to.equal(201);
    await marathon.waitForDeployments();
    const original = running(await marathon.app('/partitioned'))[0]!;
    await cluster.killAgent(original.host);
    await cluster.waitFor(async () => running(await marathon.app('/partitioned')).some((task) => task.host !== original.host), 'a replacement on another agent', 30_000);
    const during = await marathon.app('/partitioned');
    expect(during.tasks?.find((task) => task.id === original.id)?.state).to.equal('TASK_UNREACHABLE');
    await cluster.startAgent(original.host);
    // The original task comes back RUNNING; one of the two goes (the youngest), so one instance runs again.
    await cluster.waitFor(async () => {
      const tasks = (await marathon.app('/partitioned')).tasks ?? [];
      return tasks.length === 1 && tasks[0]!.state === 'TASK_RUNNING';
    }, 'exactly one task again', 30_000);
    const live = ((await cluster.state()).frameworks.find((framework) => framework.name === 'marathon')?.tasks ?? [])
      .filter((task) => task.id.startsWith('partitioned.') && task.state === 'TASK_RUNNING');
    expect(live).to.have.length(1);
    await marathon.call('DELETE', '/v2/apps/partitioned');
    await marathon.waitForDeployments();
  });

  it('survives kill -9 in the middle of a 20-instance deployment: exactly 20 instances, no duplicate, no healthy task restarted', async function () {
    // Instances turn healthy over ~5 s (each sleeps PORT0 mod 5 seconds first), so the kill lands mid-deployment.
    const created = await marathon.call('POST', '/v2/apps', {
      id: '/survivor', cmd: `sleep $(( PORT0 % 5 )) && ${HTTPD}`, instances: 20, cpus: 0.05, mem: 16, healthChecks: [FAST_HTTP_CHECK],
    });
    expect(created.status).to.equal(201);
    const deploymentId = created.headers.get('marathon-deployment-id');
    await cluster.waitFor(async () => (await marathon.app('/survivor')).tasksHealthy >= 5, '5 healthy instances', 30_000);
    const before = await marathon.app('/survivor');
    const healthyBefore = (before.tasks ?? []).filter((task) => task.healthCheckResults.some((result) => result.alive)).map((task) => task.id);
    expect((await marathon.deployments()).map((deployment) => deployment.id), 'the deployment is still running at the kill').to.include(deploymentId);
    await marathon.kill('SIGKILL');
    await marathon.restart();
    await cluster.waitFor(async () => (await marathon.deployments()).length === 0, 'the resumed deployment to finish', 60_000);
    const after = await marathon.app('/survivor');
    expect(after.tasksHealthy).to.equal(20);
    expect(running(after)).to.have.length(20);
    // The master's view: exactly 20 live tasks of the framework, one per instance.
    const framework = (await cluster.state()).frameworks.find((candidate) => candidate.name === 'marathon');
    const live = (framework?.tasks ?? []).filter((task) => task.id.startsWith('survivor.'));
    expect(live).to.have.length(20);
    const instances = live.map((task) => task.id.replace(/\._app\.\d+$/, ''));
    expect(new Set(instances).size).to.equal(20);
    for (const id of healthyBefore) expect(live.map((task) => task.id), `${id} kept running`).to.include(id);
    expect(healthyBefore.length).to.be.at.least(5);
    await marathon.call('DELETE', '/v2/apps/survivor');
    await marathon.waitForDeployments();
  });

  it('drives apps with the drover CLI: add waits (exit 0), unplaceable add exits 2 naming the reason, scale, list', async function () {
    const dir = mkdtempSync(join(tmpdir(), 'drover-app-'));
    const drover = (...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> => new Promise((resolve) => {
      const child = spawn(process.execPath, [DROVER, ...args, '--marathon', marathon.url], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
      child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
      child.once('exit', (status) => resolve({ status, stdout, stderr }));
    });
    writeFileSync(join(dir, 'ok.json'), JSON.stringify({ id: '/cli/ok', cmd: 'sleep 1000', instances: 2, cpus: 0.05, mem: 16 }));
    writeFileSync(join(dir, 'huge.json'), JSON.stringify({ id: '/cli/huge', cmd: 'sleep 1000', instances: 1, cpus: 0.05, mem: 100_000 }));
    try {
      const added = await drover('app', 'add', join(dir, 'ok.json'));
      expect(added.status, added.stderr).to.equal(0);
      expect((await marathon.app('/cli/ok')).tasksRunning).to.equal(2);
      const impossible = await drover('app', 'add', join(dir, 'huge.json'), '--placement-timeout', '2s');
      expect(impossible.status, impossible.stderr).to.equal(2);
      expect(impossible.stderr).to.contain('InsufficientMemory');
      const scaled = await drover('app', 'scale', '/cli/ok', '3');
      expect(scaled.status, scaled.stderr).to.equal(0);
      expect((await marathon.app('/cli/ok')).tasksRunning).to.equal(3);
      const listed = await drover('app', 'list', '-o', 'json');
      expect(listed.status).to.equal(0);
      expect((JSON.parse(listed.stdout) as { apps: Array<{ id: string }> }).apps.map((app) => app.id)).to.include.members(['/cli/ok', '/cli/huge']);
      const missing = await drover('app', 'show', '/cli/nope');
      expect(missing.status).to.equal(1);
      expect(missing.stderr).to.contain("App '/cli/nope' does not exist");
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await marathon.call('DELETE', '/v2/apps/cli/ok?force=true');
      await marathon.call('DELETE', '/v2/apps/cli/huge?force=true');
    }
    await marathon.waitForDeployments();
  });

  it('streams deployment and status events to a plain EventSource client', async function () {
    const seen: Array<{ type: string; data: Record<string, unknown> }> = [];
    const events = new EventSource(`${marathon.url}/v2/events`);
    for (const type of ['event_stream_attached', 'deployment_info', 'deployment_step_success', 'deployment_success', 'status_update_event']) {
      events.addEventListener(type, (message) => seen.push({ type, data: JSON.parse(String(message.data)) as Record<string, unknown> }));
    }
    await new Promise((resolve) => events.addEventListener('open', resolve));
    try {
      const created = await marathon.call('POST', '/v2/apps', { id: '/evented', cmd: 'sleep 1000', instances: 1, cpus: 0.05, mem: 16 });
      const deploymentId = created.headers.get('marathon-deployment-id');
      await cluster.waitFor(() => seen.some((event) => event.type === 'deployment_success' && event.data.id === deploymentId), 'deployment_success');
    } finally {
      events.close();
    }
    expect(seen[0]?.type).to.equal('event_stream_attached');
    const running = seen.find((event) => event.type === 'status_update_event' && event.data.appId === '/evented' && event.data.taskStatus === 'TASK_RUNNING');
    expect(running?.data).to.include.keys('slaveId', 'taskId', 'host', 'ports', 'version', 'timestamp', 'eventType');
    expect(seen.some((event) => event.type === 'deployment_info')).to.equal(true);
    for (const event of seen) {
      expect(event.data.eventType).to.equal(event.type);
      expect(event.data.timestamp).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
  });
});
