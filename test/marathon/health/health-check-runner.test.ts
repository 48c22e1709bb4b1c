// HealthCheckRunner against real local servers (systemClock, real probes).
import { expect } from 'chai';
import type { ServerResponse } from 'node:http';
import { systemClock } from '../../../shared/clock/index.js';
import type { HealthCheck } from '../../../frameworks/marathon/app-definition/index.js';
import { HealthCheckRunner, type HealthTarget, type HealthUpdate } from '../../../frameworks/marathon/health/index.js';
import {
  Recorder, closedPort, healthCheck, opensslAvailable, selfSignedCertificate, startHttpServer, startHttpsServer,
  startTcpServer, type RunningServer,
} from './helpers.js';

const ISO_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('marathon HealthCheckRunner against real servers', function () {
  this.timeout(5000);
  let runner: HealthCheckRunner | undefined;
  let servers: RunningServer[] = [];
  let updates: Recorder<HealthUpdate>;

  beforeEach(() => {
    updates = new Recorder<HealthUpdate>();
  });

  afterEach(async () => {
    runner?.stop();
    runner = undefined;
    await Promise.all(servers.map((server) => server.close()));
    servers = [];
  });

  async function serve(handler: Parameters<typeof startHttpServer>[0]): Promise<number> {
    const server = await startHttpServer(handler);
    servers.push(server);
    return server.port;
  }

  function start(hostPorts: number[], checks: HealthCheck[], startedAt = new Date(), maxConcurrent?: number): void {
    runner = new HealthCheckRunner({
      clock: systemClock,
      onResult: updates.push,
      ...(maxConcurrent === undefined ? {} : { maxConcurrent }),
    });
    runner.track(target('web.instance-1', hostPorts, checks, startedAt));
  }

  function target(instanceId: string, hostPorts: number[], checks: HealthCheck[], startedAt = new Date()): HealthTarget {
    return {
      instanceId, taskId: `${instanceId}._app.1`, appId: '/web', version: '2024-01-01T00:00:00.000Z',
      host: '127.0.0.1', hostPorts, startedAt, checks,
    };
  }

  it('reports an instance whose HTTP endpoint answers 200 on the check path as alive', async () => {
    const port = await serve((req, res) => {
      res.statusCode = req.url === '/health' ? 200 : 404;
      res.end();
    });
    start([port], [healthCheck({ path: '/health' })]);
    const first = await updates.waitFor();
    expect(first).to.include({
      instanceId: 'web.instance-1', taskId: 'web.instance-1._app.1', appId: '/web', checkIndex: 0,
      alive: true, consecutiveFailures: 0, failed: false, aliveChanged: true, shouldKill: false,
    });
    expect(first.firstSuccess).to.match(ISO_MS);
    expect(first.lastSuccess).to.equal(first.firstSuccess);
    expect(first).not.to.have.property('lastFailure');
  });

  it('counts 500 answers as consecutive failures and asks for a kill after more than maxConsecutiveFailures', async () => {
    const port = await serve((_req, res) => {
      res.statusCode = 500;
      res.end();
    });
    start([port], [healthCheck({ maxConsecutiveFailures: 2 })]);
    await updates.waitFor((u) => u.consecutiveFailures === 3);
    const firstThree = updates.items.slice(0, 3);
    expect(firstThree.map((u) => u.consecutiveFailures)).to.deep.equal([1, 2, 3]);
    expect(firstThree.map((u) => u.shouldKill)).to.deep.equal([false, false, true]);
    for (const u of firstThree) {
      expect(u).to.include({ alive: false, failed: true, aliveChanged: false, lastFailureCause: '500 Internal Server Error' });
      expect(u.lastFailure).to.match(ISO_MS);
    }
  });

  it('never asks for a kill when maxConsecutiveFailures is 0', async () => {
    const port = await serve((_req, res) => {
      res.statusCode = 503;
      res.end();
    });
    start([port], [healthCheck({ maxConsecutiveFailures: 0 })]);
    await updates.waitFor((u) => u.consecutiveFailures === 6);
    expect(updates.items.every((u) => !u.shouldKill && u.failed)).to.equal(true);
  });

  it('ignores failures inside the grace period until the first success, and counts them afterwards', async () => {
    let requests = 0;
    let failing = true;
    const port = await serve((_req, res) => {
      requests += 1;
      res.statusCode = failing && requests <= 3 ? 500 : failing ? 200 : 500;
      res.end();
    });
    start([port], [healthCheck({ gracePeriodSeconds: 60 })]);
    const first = await updates.waitFor();
    expect(first).to.include({ alive: true, consecutiveFailures: 0, failed: false });
    expect(first).not.to.have.property('lastFailure');
    expect(requests).to.be.at.least(4);
    failing = false;
    const failure = await updates.waitFor((u) => u.failed);
    expect(failure).to.include({ alive: false, consecutiveFailures: 1, aliveChanged: true, shouldKill: false });
    expect(failure.firstSuccess).to.equal(first.firstSuccess);
  });

  it('counts failures at once when the grace period is over', async () => {
    const port = await serve((_req, res) => {
      res.statusCode = 500;
      res.end();
    });
    start([port], [healthCheck({ gracePeriodSeconds: 1 })], new Date(Date.now() - 10_000));
    const first = await updates.waitFor();
    expect(first).to.include({ failed: true, consecutiveFailures: 1 });
  });

  it('judges by the status line and drops a body that never ends', async () => {
    const port = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('streaming forever');
    });
    start([port], [healthCheck()]);
    await updates.waitFor((u) => u.consecutiveFailures === 0 && u.lastSuccess !== u.firstSuccess);
    expect(updates.items.every((u) => u.alive && !u.failed)).to.equal(true);
  });

  it('counts a server that never answers within timeoutSeconds as a failure', async () => {
    const port = await serve(() => undefined); // never answers
    start([port], [healthCheck({ timeoutSeconds: 0.05, intervalSeconds: 0.1 })]);
    const first = await updates.waitFor();
    expect(first).to.include({ failed: true, alive: false, consecutiveFailures: 1 });
    expect(first.lastFailureCause).to.match(/timed out/i);
  });

  it('reports TCP checks alive when the port accepts connections and failed when it is closed', async () => {
    const tcp = await startTcpServer((socket) => socket.end());
    servers.push(tcp);
    const closed = await closedPort();
    runner = new HealthCheckRunner({ clock: systemClock, onResult: updates.push });
    runner.track(target('up', [tcp.port], [healthCheck({ protocol: 'TCP' })]));
    runner.track(target('down', [closed], [healthCheck({ protocol: 'TCP' })]));
    const up = await updates.waitFor((u) => u.instanceId === 'up');
    const down = await updates.waitFor((u) => u.instanceId === 'down');
    expect(up).to.include({ alive: true, failed: false });
    expect(down).to.include({ alive: false, failed: true });
    expect(down.lastFailureCause).to.match(/ECONNREFUSED/);
  });

  it('probes HTTPS endpoints without verifying their (self-signed) certificate', async function () {
    expect(opensslAvailable(), 'openssl is missing: run scripts/install-deps.sh').to.equal(true);
    const server = await startHttpsServer(selfSignedCertificate(), (_req, res) => res.end('ok'));
    servers.push(server);
    start([server.port], [healthCheck({ protocol: 'HTTPS' })]);
    const first = await updates.waitFor();
    expect(first).to.include({ alive: true, failed: false });
  });

  it('picks hostPorts[portIndex], lets `port` win, and leaves agent-run checks alone', async () => {
    const httpPort = await serve((_req, res) => res.end());
    const tcp = await startTcpServer((socket) => socket.end());
    servers.push(tcp);
    const closed = await closedPort();
    start([closed, httpPort], [
      healthCheck({ portIndex: 1 }),
      healthCheck({ protocol: 'COMMAND', command: { value: 'true' } }),
      healthCheck({ protocol: 'MESOS_HTTP' }),
      healthCheck({ protocol: 'TCP', port: tcp.port, portIndex: 0 }),
    ]);
    const byPortIndex = await updates.waitFor((u) => u.checkIndex === 0);
    const byPort = await updates.waitFor((u) => u.checkIndex === 3);
    expect(byPortIndex).to.include({ alive: true, failed: false });
    expect(byPort).to.include({ alive: true, failed: false });
    expect(updates.items.filter((u) => u.checkIndex === 1 || u.checkIndex === 2)).to.deep.equal([]);
  });

  for (const ignoreHttp1xx of [true, false]) {
    it(`${ignoreHttp1xx ? 'drops' : 'counts as failed'} a 1xx answer when ignoreHttp1xx is ${ignoreHttp1xx}`, async () => {
      let connections = 0;
      const server = await startTcpServer((socket) => {
        connections += 1;
        const first = connections === 1;
        socket.once('data', () => {
          if (first) socket.write('HTTP/1.1 102 Processing\r\n\r\n');
          else socket.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
        });
      });
      servers.push(server);
      start([server.port], [healthCheck({ ignoreHttp1xx })]);
      const first = await updates.waitFor();
      if (ignoreHttp1xx) {
        expect(first).to.include({ alive: true, failed: false });
        expect(first).not.to.have.property('lastFailure');
        expect(connections).to.be.at.least(2);
      } else {
        expect(first).to.include({ failed: true, lastFailureCause: '102 Processing' });
      }
    });
  }

  it('runs at most maxConcurrent probes at once and starts the queued ones as slots free', async () => {
    const held: ServerResponse[] = [];
    const arrivals = new Recorder<number>();
    let requests = 0;
    const port = await serve((_req, res) => {
      requests += 1;
      held.push(res);
      arrivals.push(requests);
    });
    runner = new HealthCheckRunner({ clock: systemClock, onResult: updates.push, maxConcurrent: 2 });
    const check = healthCheck({ intervalSeconds: 60, timeoutSeconds: 30 });
    for (const n of [1, 2, 3, 4]) runner.track(target(`web.instance-${n}`, [port], [check]));
    expect(runner.load).to.deep.equal({ running: 2, queued: 2 });
    await arrivals.waitFor((n) => n === 2);
    expect(runner.load).to.deep.equal({ running: 2, queued: 2 });
    held.shift()?.end();
    await arrivals.waitFor((n) => n === 3);
    expect(held).to.have.length(2);
    for (const res of held.splice(0)) res.end();
    await arrivals.waitFor((n) => n === 4);
    held.shift()?.end();
    const all = await updates.waitForCount(4);
    expect(new Set(all.map((u) => u.instanceId)).size).to.equal(4);
    expect(all.every((u) => u.alive)).to.equal(true);
    expect(requests).to.equal(4);
  });
});
