// ReadinessCheckRunner: against real local servers, and its serial timing on a manual clock.
import { expect } from 'chai';
import { ManualClock, systemClock } from '../../../shared/clock/index.js';
import type { ReadinessCheck } from '../../../frameworks/marathon/app-definition/index.js';
import {
  ReadinessCheckRunner, type ProbeOutcome, type ReadinessCheckResult, type ReadinessTarget,
} from '../../../frameworks/marathon/health/index.js';
import {
  Recorder, closedPort, deferred, opensslAvailable, readinessCheck, selfSignedCertificate, startHttpServer,
  startHttpsServer, type RunningServer,
} from './helpers.js';

function target(check: ReadinessCheck, hostPorts: number[], instanceId = 'web.instance-1'): ReadinessTarget {
  return {
    instanceId, taskId: `${instanceId}._app.1`, host: '127.0.0.1', hostPorts,
    portIndexByName: { admin: 0, 'http-api': 1 }, check,
  };
}

describe('marathon ReadinessCheckRunner against real servers', function () {
  this.timeout(5000);
  let runner: ReadinessCheckRunner;
  let results: Recorder<ReadinessCheckResult>;
  let servers: RunningServer[] = [];

  beforeEach(() => {
    results = new Recorder<ReadinessCheckResult>();
    runner = new ReadinessCheckRunner({ clock: systemClock, onResult: results.push });
  });

  afterEach(async () => {
    runner.stop();
    await Promise.all(servers.map((server) => server.close()));
    servers = [];
  });

  it('turns ready once the server starts answering 200, keeping the last response when asked', async () => {
    const port = await closedPort();
    runner.track(target(readinessCheck({ preserveLastResponse: true }), [1, port]));
    const notYet = await results.waitFor();
    expect(notYet).to.include({ instanceId: 'web.instance-1', taskId: 'web.instance-1._app.1', name: 'readinessCheck', ready: false });
    expect(notYet.lastResponse).to.include({ status: 504, contentType: 'text/plain' });
    expect(notYet.lastResponse?.body).to.match(new RegExp(`^Marathon could not query http://127\\.0\\.0\\.1:${port}/ready: .*ECONNREFUSED`));
    servers.push(await startHttpServer((req, res) => {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(req.url === '/ready' ? '{"ready":true}' : '{}');
    }, port));
    const ready = await results.waitFor((r) => r.ready);
    expect(ready.lastResponse).to.deep.equal({ status: 200, contentType: 'application/json', body: '{"ready":true}' });
    expect(runner.isTracking('web.instance-1')).to.equal(false);
  });

  it('is not ready on statuses outside httpStatusCodesForReady and leaves lastResponse out unless asked', async () => {
    let requests = 0;
    const server = await startHttpServer((_req, res) => {
      requests += 1;
      res.statusCode = requests <= 2 ? 200 : 204;
      res.end();
    });
    servers.push(server);
    runner.track(target(readinessCheck({ httpStatusCodesForReady: [204] }), [1, server.port]));
    const ready = await results.waitFor((r) => r.ready);
    expect(results.items.map((r) => r.ready)).to.deep.equal([false, false, true]);
    for (const result of results.items) expect(result).not.to.have.property('lastResponse');
    expect(ready).to.deep.equal({ instanceId: 'web.instance-1', taskId: 'web.instance-1._app.1', name: 'readinessCheck', ready: true });
  });

  it('times out a server that does not answer and keeps trying', async () => {
    let requests = 0;
    const server = await startHttpServer((_req, res) => {
      requests += 1;
      if (requests >= 2) res.end(); // the first request hangs
    });
    servers.push(server);
    runner.track(target(readinessCheck({ preserveLastResponse: true, timeoutSeconds: 0.05 }), [1, server.port]));
    const first = await results.waitFor();
    expect(first.ready).to.equal(false);
    expect(first.lastResponse?.status).to.equal(504);
    expect(first.lastResponse?.body).to.match(/Timed out/);
    await results.waitFor((r) => r.ready);
  });

  it('probes HTTPS readiness endpoints without verifying the certificate', async function () {
    expect(opensslAvailable(), 'openssl is missing: run scripts/install-deps.sh').to.equal(true);
    const server = await startHttpsServer(selfSignedCertificate(), (_req, res) => res.end('up'));
    servers.push(server);
    runner.track(target(readinessCheck({ protocol: 'HTTPS', portName: 'admin', preserveLastResponse: true }), [server.port]));
    const result = await results.waitFor();
    expect(result.ready).to.equal(true);
    expect(result.lastResponse?.body).to.equal('up');
  });
});

describe('marathon ReadinessCheckRunner timing (manual clock)', () => {
  let clock: ManualClock;
  let answers: Recorder<(outcome: ProbeOutcome) => void>;
  let results: Recorder<ReadinessCheckResult>;
  let runner: ReadinessCheckRunner;
  const status = (code: number): ProbeOutcome => ({ kind: 'response', status: code, statusText: '', contentType: '', body: '' });

  beforeEach(() => {
    clock = new ManualClock(0);
    answers = new Recorder();
    results = new Recorder();
    runner = new ReadinessCheckRunner({
      clock,
      onResult: results.push,
      probe: () => {
        const answer = deferred<ProbeOutcome>();
        answers.push(answer.resolve);
        return answer.promise;
      },
    });
  });

  afterEach(() => runner.stop());

  it('waits intervalSeconds after each probe ends before the next, and stops once ready', async () => {
    runner.track(target(readinessCheck({ intervalSeconds: 30, timeoutSeconds: 10 }), [1, 2]));
    expect(answers.items).to.have.length(1);
    clock.advance(5_000);
    answers.items[0]?.(status(503));
    await results.waitForCount(1);
    clock.advance(29_999);
    expect(answers.items).to.have.length(1);
    clock.advance(1);
    expect(answers.items).to.have.length(2);
    answers.items[1]?.(status(200));
    await results.waitForCount(2);
    expect(results.items.map((r) => r.ready)).to.deep.equal([false, true]);
    expect(clock.pendingTimers).to.equal(0);
    clock.advance(300_000);
    expect(answers.items).to.have.length(2);
  });

  it('reports a portName without a host port as not ready', async () => {
    runner.track(target(readinessCheck({ portName: 'metrics', preserveLastResponse: true }), [1, 2]));
    const result = await results.waitFor();
    expect(result.ready).to.equal(false);
    expect(result.lastResponse?.body).to.match(/no host port for portName metrics/);
    expect(answers.items).to.have.length(0);
  });

  it('untrack stops probing and drops the probe in flight', async () => {
    runner.track(target(readinessCheck(), [1, 2]));
    runner.untrack('web.instance-1');
    answers.items[0]?.(status(200));
    await new Promise((resolve) => setImmediate(resolve));
    expect(results.items).to.deep.equal([]);
    expect(clock.pendingTimers).to.equal(0);
  });
});
