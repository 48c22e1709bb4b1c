// The agent's HTTP server on an ephemeral port, over a real work directory.
import { expect } from 'chai';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sandboxPath } from '../../../agent/containerizer/sandbox.js';
import { startAgentHttpServer, type AgentHttpServer } from '../../../agent/http/index.js';
import { waitUntil } from '../support/wait.js';

/** How many of this process's descriptors have `path` open. */
function openDescriptorsOf(path: string): number {
  let count = 0;
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      if (readlinkSync(`/proc/self/fd/${fd}`) === path) count += 1;
    } catch {
      // closed meanwhile
    }
  }
  return count;
}

/** Reads a streaming response until `text` has arrived; returns everything read. */
async function readBodyUntil(response: Response, text: string): Promise<string> {
  const reader = response.body?.getReader();
  if (reader === undefined) throw new Error('no body');
  const decoder = new TextDecoder();
  let received = '';
  while (!received.includes(text)) {
    const chunk = await reader.read() as { done: boolean; value?: Uint8Array };
    if (chunk.done) throw new Error(`the stream ended before '${text}'; got '${received}'`);
    received += decoder.decode(chunk.value, { stream: true });
  }
  reader.releaseLock();
  return received;
}

describe('agent/http: the agent HTTP server', function () {
  let workDir: string;
  let sandbox: string;
  let server: AgentHttpServer;
  let agentId: string | undefined;

  beforeEach(async function () {
    workDir = realpathSync(mkdtempSync(join(tmpdir(), 'drover-agent-http-')));
    agentId = 'A1';
    sandbox = sandboxPath({ workDir, agentId: 'A1', frameworkId: 'F1', taskId: 'web', runId: 'r1' });
    mkdirSync(sandbox, { recursive: true });
    writeFileSync(join(sandbox, 'stdout'), 'hello from web\n');
    writeFileSync(join(workDir, 'outside'), 'secret');
    mkdirSync(join(workDir, 'meta'));
    writeFileSync(join(workDir, 'meta', 'agent-id'), 'A1');
    server = await startAgentHttpServer({
      host: '127.0.0.1', port: 0, workDir, agentId: () => agentId,
      statistics: () => Promise.resolve([{ executor_id: 'web', framework_id: 'F1', statistics: { cpus_limit: 0.1, timestamp: 1 } }]),
      state: () => ({ id: agentId, hostname: 'box-1' }),
      followPollIntervalMs: 20,
    });
  });

  afterEach(async function () {
    await server.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  const get = (path: string, init?: RequestInit): Promise<Response> => fetch(`${server.url}${path}`, init);
  const q = encodeURIComponent;

  it('listens on an ephemeral port and answers /health, /state and /monitor/statistics', async function () {
    expect(server.port).to.be.greaterThan(0);
    expect(server.url).to.equal(`http://127.0.0.1:${server.port}`);
    const health = await get('/health');
    expect(health.status).to.equal(200);
    expect(await (await get('/state')).json()).to.deep.equal({ id: 'A1', hostname: 'box-1' });
    const statistics = await (await get('/monitor/statistics')).json() as unknown[];
    expect(statistics).to.deep.equal([{ executor_id: 'web', framework_id: 'F1', statistics: { cpus_limit: 0.1, timestamp: 1 } }]);
  });

  it('serves /files/* by absolute path under <workDir>/agents and refuses anything else with 403', async function () {
    const read = await get(`/files/read?path=${q(join(sandbox, 'stdout'))}&offset=6&length=4`);
    expect(read.status).to.equal(200);
    expect(await read.json()).to.deep.equal({ data: 'from', offset: 6 });
    const browse = await (await get(`/files/browse.json?path=${q(sandbox)}`)).json() as Array<{ path: string }>;
    expect(browse.map((entry) => entry.path)).to.deep.equal([join(sandbox, 'stdout')]);
    for (const path of ['/etc/passwd', join(workDir, 'outside'), join(workDir, 'meta', 'agent-id'), `${join(workDir, 'agents')}/../outside`]) {
      const refused = await get(`/files/read?path=${q(path)}`);
      expect(refused.status, path).to.equal(403);
      expect(await refused.json()).to.have.property('code', 'OUTSIDE_SANDBOX');
    }
    expect((await get('/files/read?path=relative/path')).status).to.equal(400);
    expect((await get('/files/read')).status).to.equal(400);
  });

  it('serves a task sandbox by task id: browse, read, download', async function () {
    const browse = await get('/tasks/web/files/browse');
    expect(browse.status).to.equal(200);
    const entries = await browse.json() as Array<Record<string, unknown>>;
    expect(entries).to.have.length(1);
    expect(entries[0]).to.include({ path: 'stdout', size: 15, mode: '-rw-r--r--' });
    expect(await (await get('/tasks/web/files/read?path=stdout&offset=-1')).json()).to.deep.equal({ data: '', offset: 15 });
    expect(await (await get('/tasks/web/files/read?path=stdout&framework_id=F1&length=5')).json()).to.deep.equal({ data: 'hello', offset: 0 });
    const download = await get('/tasks/web/files/download?path=stdout');
    expect(download.status).to.equal(200);
    expect(download.headers.get('content-type')).to.equal('application/octet-stream');
    expect(download.headers.get('content-length')).to.equal('15');
    expect(download.headers.get('content-disposition')).to.include('stdout');
    expect(await download.text()).to.equal('hello from web\n');
  });

  it('refuses traversal through the task routes: ../../etc/passwd, /etc/passwd, symlinks to /etc and to a file outside', async function () {
    symlinkSync('/etc', join(sandbox, 'etc'));
    symlinkSync(join(workDir, 'outside'), join(sandbox, 'leak'));
    for (const path of ['../../etc/passwd', '/etc/passwd', 'etc/passwd', 'etc', 'leak', '../../../../../../outside']) {
      for (const operation of ['read', 'download', 'browse', 'follow']) {
        const response = await get(`/tasks/web/files/${operation}?path=${q(path)}`);
        expect(response.status, `${operation} ${path}`).to.equal(403);
        const body = await response.json() as { code: string; message: string };
        expect(body.code).to.equal('OUTSIDE_SANDBOX');
        expect(body.message).to.be.a('string');
      }
    }
  });

  it('answers errors as { code, message }: 400, 404, 409, 503', async function () {
    const expectError = async (path: string, status: number, code: string): Promise<void> => {
      const response = await get(path);
      expect(response.status, path).to.equal(status);
      expect(await response.json(), path).to.include({ code });
    };
    await expectError('/tasks/web/files/read?path=missing', 404, 'NOT_FOUND');
    await expectError('/tasks/nope/files/read?path=stdout', 404, 'NOT_FOUND');
    await expectError('/tasks/web/files/read?path=stdout&offset=x', 400, 'INVALID_ARGUMENT');
    await expectError('/tasks/web/files/read', 400, 'INVALID_PATH');
    await expectError('/tasks/web/files/read?path=.', 400, 'IS_A_DIRECTORY');
    await expectError(`/tasks/web/files/read?path=${q('std\0out')}`, 400, 'INVALID_PATH');
    await expectError('/nowhere', 404, 'NOT_FOUND');
    mkdirSync(sandboxPath({ workDir, agentId: 'A1', frameworkId: 'F2', taskId: 'web', runId: 'r9' }), { recursive: true });
    await expectError('/tasks/web/files/read?path=stdout', 409, 'AMBIGUOUS_TASK');
    agentId = undefined;
    await expectError('/tasks/web/files/read?path=stdout&framework_id=F1', 503, 'NOT_REGISTERED');
  });

  it('follows a file: current content, then bytes appended after connecting', async function () {
    const response = await get('/tasks/web/files/follow?path=stdout');
    expect(response.status).to.equal(200);
    expect(await readBodyUntil(response, 'web\n')).to.equal('hello from web\n');
    appendFileSync(join(sandbox, 'stdout'), 'appended line\n');
    expect(await readBodyUntil(response, 'appended line\n')).to.equal('appended line\n');
    expect(openDescriptorsOf(join(sandbox, 'stdout')), 'the follower holds the file open').to.equal(1);
    await response.body?.cancel();
    // The client went away: the follower is destroyed and closes the file.
    await waitUntil(() => openDescriptorsOf(join(sandbox, 'stdout')) === 0, 'the follower closed the file');
  });

  it('closes while a follow stream is open, ending it', async function () {
    const response = await get('/tasks/web/files/follow?path=stdout&offset=-1');
    expect(response.status).to.equal(200);
    const body = response.text();
    await server.close();
    expect(await body).to.equal('');
  });
});
