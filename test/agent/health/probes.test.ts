import { expect } from 'chai';
import { ManualClock } from '../../../shared/clock/index.js';
import { runCommandCheck, runHttpCheck, runTcpCheck } from '../../../agent/health/index.js';
import type { ContainerEndpoint } from '../../../agent/containerizer/types.js';
import { shellEndpoint } from './support/shell-endpoint.js';
import {
  closedPort, selfSignedCertificate, startHttpServer, startTcpListener, type TestHttpServer,
} from './support/servers.js';

describe('agent health probes (real servers and processes)', () => {
  describe('HTTP', () => {
    let server: TestHttpServer;

    beforeEach(async () => {
      server = await startHttpServer();
    });

    afterEach(async () => {
      await server.close();
    });

    const check = (extra: { path?: string; statuses?: number[]; timeoutMs?: number } = {}) =>
      runHttpCheck({ address: '127.0.0.1', port: server.port, timeoutMs: 2000, ...extra });

    it('GETs / on a fresh connection and is healthy on 200', async () => {
      expect(await check()).to.deep.equal({ ok: true, message: `HTTP health check GET http://127.0.0.1:${server.port}/ returned 200` });
      expect(server.requests).to.deep.equal([{ path: '/', connection: 'close' }]);
    });

    it('asks for the given path', async () => {
      await check({ path: '/health?deep=1' });
      expect(server.requests.map((request) => request.path)).to.deep.equal(['/health?deep=1']);
    });

    it('takes 200-399 as healthy when no statuses are given, and anything else as a failure', async () => {
      server.answer = 302;
      expect((await check()).ok).to.equal(true);
      server.answer = 399;
      expect((await check()).ok).to.equal(true);
      server.answer = 404;
      expect((await check()).ok).to.equal(false);
      server.answer = 500;
      const failed = await check();
      expect(failed.ok).to.equal(false);
      expect(failed.message).to.match(/returned 500, not a healthy status/);
    });

    it('takes only the given statuses as healthy when there are some', async () => {
      server.answer = 200;
      expect((await check({ statuses: [204] })).ok).to.equal(false);
      server.answer = 503;
      expect((await check({ statuses: [200, 503] })).ok).to.equal(true);
    });

    it('fails with a timeout message when the server never answers', async () => {
      server.answer = 'hang';
      const outcome = await check({ timeoutMs: 100 });
      expect(outcome.ok).to.equal(false);
      expect(outcome.message).to.match(/timed out after 100 ms/);
    });

    it('fails when nothing listens on the port', async () => {
      const outcome = await runHttpCheck({ address: '127.0.0.1', port: await closedPort(), timeoutMs: 2000 });
      expect(outcome.ok).to.equal(false);
      expect(outcome.message).to.match(/failed: .*ECONNREFUSED/);
    });

    it('fails, without throwing, for a scheme it does not speak', async () => {
      const outcome = await runHttpCheck({ scheme: 'gopher', address: '127.0.0.1', port: server.port, timeoutMs: 2000 });
      expect(outcome).to.deep.include({ ok: false });
      expect(outcome.message).to.match(/scheme "gopher" is not http or https/);
    });
  });

  describe('HTTPS', () => {
    let server: TestHttpServer;

    before(async () => {
      server = await startHttpServer(selfSignedCertificate());
    });

    after(async () => {
      await server.close();
    });

    it('speaks TLS and accepts a self-signed certificate, as curl -k does', async () => {
      const outcome = await runHttpCheck({ scheme: 'https', address: '127.0.0.1', port: server.port, path: '/tls', timeoutMs: 2000 });
      expect(outcome).to.deep.equal({ ok: true, message: `HTTP health check GET https://127.0.0.1:${server.port}/tls returned 200` });
    });

    it('fails when it speaks plain HTTP to a TLS port', async () => {
      const outcome = await runHttpCheck({ scheme: 'http', address: '127.0.0.1', port: server.port, timeoutMs: 2000 });
      expect(outcome.ok).to.equal(false);
    });
  });

  describe('TCP', () => {
    it('is healthy when the port accepts a connection', async () => {
      const listener = await startTcpListener();
      try {
        const outcome = await runTcpCheck({ address: '127.0.0.1', port: listener.port, timeoutMs: 2000 });
        expect(outcome).to.deep.equal({ ok: true, message: `TCP health check to 127.0.0.1:${listener.port} connected` });
      } finally {
        await listener.close();
      }
    });

    it('fails when nothing listens on the port', async () => {
      const outcome = await runTcpCheck({ address: '127.0.0.1', port: await closedPort(), timeoutMs: 2000 });
      expect(outcome.ok).to.equal(false);
      expect(outcome.message).to.match(/ECONNREFUSED/);
    });

    it('fails with a timeout message when its time runs out before the connection is made', async () => {
      const listener = await startTcpListener();
      try {
        const clock = new ManualClock();
        const probe = runTcpCheck({ address: '127.0.0.1', port: listener.port, timeoutMs: 500 }, clock);
        clock.advance(500); // before the event loop could complete the connect
        expect(await probe).to.deep.equal({ ok: false, message: `TCP health check to 127.0.0.1:${listener.port} timed out after 500 ms` });
      } finally {
        await listener.close();
      }
    });
  });

  describe('COMMAND', () => {
    const endpoint = shellEndpoint();

    it('is healthy when the command exits 0', async () => {
      expect(await runCommandCheck(endpoint, { value: 'echo fine' }, 5000))
        .to.deep.equal({ ok: true, message: 'command health check exited with status 0: fine' });
    });

    it('fails with the exit status and the output when the command exits non-zero', async () => {
      expect(await runCommandCheck(endpoint, { value: 'echo broken >&2; exit 3' }, 5000))
        .to.deep.equal({ ok: false, message: 'command health check exited with status 3: broken' });
    });

    it('runs a non-shell command with its argv', async () => {
      const outcome = await runCommandCheck(endpoint, { shell: false, value: '/bin/sh', arguments: ['sh', '-c', 'exit 0'] }, 5000);
      expect(outcome.ok).to.equal(true);
    });

    it('fails with a timeout message when the command runs too long', async () => {
      const outcome = await runCommandCheck(endpoint, { value: 'sleep 5' }, 100);
      expect(outcome).to.deep.equal({ ok: false, message: 'command health check timed out after 100 ms' });
    });

    it('fails, without throwing, when the command cannot be run at all', async () => {
      const outcome = await runCommandCheck(endpoint, { shell: false, value: '/nonexistent/probe' }, 5000);
      expect(outcome.ok).to.equal(false);
      expect(outcome.message).to.match(/could not run: .*ENOENT/);
    });

    it('fails, without throwing, when the endpoint throws synchronously', async () => {
      const broken: ContainerEndpoint = { address: '127.0.0.1', exec: () => { throw new Error('container gone'); } };
      expect(await runCommandCheck(broken, { value: 'true' }, 5000))
        .to.deep.equal({ ok: false, message: 'command health check could not run: container gone' });
    });
  });
});
