// The master's files proxy end to end: a real master (memory bus) whose agent registered with the port of a real
// agent HTTP server over a temp work directory; requests to the master reach the task's sandbox on that agent.
import { expect } from 'chai';
import { fastify, type FastifyInstance } from 'fastify';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sandboxPath } from '../../agent/containerizer/sandbox.js';
import { startAgentHttpServer, type AgentHttpServer } from '../../agent/http/index.js';
import { requestRegistration } from '../../agent/registration.js';
import { registerFilesProxy } from '../../master/http/files-proxy.js';
import { buildStateJson } from '../../master/http/state-json.js';
import {
  chooseTaskLocation, locateTaskInState, locateTaskInStateJson, type TaskSighting,
} from '../../master/http/task-locator.js';
import { runMaster, type RunningMaster } from '../../master/index.js';
import { MemoryBus, subjectsFor } from '../../shared/bus/index.js';
import { v1, type pb } from '../../shared/protocol/index.js';
import { resourcesToProto, parseResources } from '../../shared/resources/index.js';
import { MemoryStore } from '../../shared/store/index.js';
import { waitUntil } from '../agent/support/wait.js';

interface Fetched {
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
  readonly response: IncomingMessage;
}

/** A GET on its own connection (no pooled keep-alive sockets to hold a server's close()). */
function get(url: string): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const request = httpGet(url, { agent: false }, (response) => resolve({ status: response.statusCode ?? 0, headers: response.headers, response }));
    request.once('error', reject);
  });
}

async function text(fetched: Fetched): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of fetched.response) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function json(fetched: Fetched): Promise<unknown> {
  return JSON.parse(await text(fetched)) as unknown;
}

function readUntil(response: IncomingMessage, wanted: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const onData = (chunk: Buffer): void => {
      received += chunk.toString('utf8');
      if (!received.includes(wanted)) return;
      response.off('data', onData);
      response.pause();
      resolve(received);
    };
    response.on('data', onData);
    response.once('end', () => reject(new Error(`ended before '${wanted}': '${received}'`)));
    response.resume();
  });
}

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

const q = encodeURIComponent;

function buildStateJsonOf(running: RunningMaster): Record<string, unknown> {
  return buildStateJson({
    state: running.master.state, masterInfo: running.master.masterInfo(), startedAtMs: running.master.startedAt,
    elected: true, roleWeights: new Map(), roleShares: new Map(),
  });
}

describe('master files proxy (real master, real agent HTTP server)', function () {
  this.timeout(20_000);
  let network: MemoryBus;
  let store: MemoryStore;
  let master: RunningMaster;
  let agentHttp: AgentHttpServer;
  let workDir: string;
  let agentId: string | undefined;
  let agentBus: MemoryBus | undefined;
  let masterStopped: boolean;

  function task(frameworkId: string, taskId: string): pb.TaskRecord.$Properties {
    return {
      task: { taskId: { value: taskId }, name: taskId, resources: resourcesToProto(parseResources('cpus:0.1;mem:16')) },
      frameworkId: { value: frameworkId },
      state: v1.TaskState.TASK_RUNNING,
    };
  }

  /** What an agent that serves HTTP on `port` says to the master: REGISTER, then REREGISTER with its tasks. */
  async function registerAgent(port: number, tasks: pb.TaskRecord.$Properties[]): Promise<string> {
    agentBus = network.connection();
    const subject = subjectsFor('unit').masterAgent;
    const agentInfo: pb.AgentInfo.$Properties = {
      hostname: '127.0.0.1', port, resources: resourcesToProto(parseResources('cpus:2;mem:1024')), bootId: 'boot-1',
    };
    const registered = await requestRegistration(agentBus, subject, { agentInfo, agentId: undefined, tasks: [], frameworks: [] }, 5000);
    if (registered.kind !== 'registered') throw new Error(`registration: ${JSON.stringify(registered)}`);
    const frameworks = [...new Set(tasks.map((record) => record.frameworkId?.value ?? ''))].map((id) => ({ id: { value: id }, name: id }));
    const again = await requestRegistration(agentBus, subject, { agentInfo, agentId: registered.agentId, tasks, frameworks }, 5000);
    if (again.kind !== 'registered') throw new Error(`re-registration: ${JSON.stringify(again)}`);
    return registered.agentId;
  }

  function sandboxOf(frameworkId: string, taskId: string, runId = 'run-1'): string {
    const path = sandboxPath({ workDir, agentId: agentId ?? '', frameworkId, taskId, runId });
    mkdirSync(path, { recursive: true });
    return path;
  }

  beforeEach(async function () {
    network = new MemoryBus();
    store = new MemoryStore();
    workDir = realpathSync(mkdtempSync(join(tmpdir(), 'drover-files-proxy-')));
    agentId = undefined;
    masterStopped = false;
    master = await runMaster({
      bus: network.connection(), store, cluster: 'unit', httpHost: '127.0.0.1', httpPort: 0, agentPingIntervalMs: 60_000,
    });
    agentHttp = await startAgentHttpServer({
      host: '127.0.0.1', port: 0, workDir, agentId: () => agentId, statistics: () => Promise.resolve([]), state: () => ({}),
      followPollIntervalMs: 20,
    });
    agentId = await registerAgent(agentHttp.port, [task('F1', 'web'), task('F1', 'worker'), task('F2', 'worker')]);
    writeFileSync(join(sandboxOf('F1', 'web'), 'stdout'), 'web says hello\n');
    writeFileSync(join(sandboxOf('F1', 'worker'), 'stdout'), 'worker of F1\n');
    writeFileSync(join(sandboxOf('F2', 'worker'), 'stdout'), 'worker of F2\n');
  });

  afterEach(async function () {
    await agentHttp.close();
    if (!masterStopped) await master.stop();
    await agentBus?.close();
    await network.close();
    await store.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('reads, browses and downloads a task sandbox through the master', async function () {
    expect(master.master.state.agents.get(agentId ?? '')?.info.port).to.equal(agentHttp.port);
    const read = await get(`${master.url}/tasks/web/files/read?path=stdout&offset=4&length=4`);
    expect(read.status).to.equal(200);
    expect(await json(read)).to.deep.equal({ data: 'says', offset: 4 });
    const browse = await get(`${master.url}/tasks/web/files/browse`);
    expect(browse.status).to.equal(200);
    expect(await json(browse)).to.have.nested.property('[0].path', 'stdout');
    const download = await get(`${master.url}/tasks/web/files/download?path=stdout`);
    expect(download.status).to.equal(200);
    expect(download.headers['content-type']).to.equal('application/octet-stream');
    expect(download.headers['content-length']).to.equal('15');
    expect(await text(download)).to.equal('web says hello\n');
  });

  it('follows a file through the master, and a client that leaves ends the follow on the agent', async function () {
    const stdout = join(workDir, 'agents', agentId ?? '', 'frameworks', 'F1', 'tasks', 'web', 'runs', 'run-1', 'stdout');
    const follow = await get(`${master.url}/tasks/web/files/follow?path=stdout`);
    expect(follow.status).to.equal(200);
    expect(await readUntil(follow.response, 'hello\n')).to.equal('web says hello\n');
    appendFileSync(stdout, 'appended after connecting\n');
    expect(await readUntil(follow.response, 'connecting\n')).to.equal('appended after connecting\n');
    expect(openDescriptorsOf(stdout)).to.equal(1);
    follow.response.destroy();
    await waitUntil(() => openDescriptorsOf(stdout) === 0, 'the agent closed the followed file');
  });

  it('stops while a follow is relayed: the relay ends and the master does not wait for the client', async function () {
    const follow = await get(`${master.url}/tasks/web/files/follow?path=stdout`);
    expect(await readUntil(follow.response, 'hello\n')).to.equal('web says hello\n');
    const ended = new Promise((resolve) => { follow.response.once('close', resolve); follow.response.resume(); });
    masterStopped = true;
    await master.stop();
    await ended;
  });

  it('finds the same agent through the master\'s state as through its /state document', function () {
    const direct = locateTaskInState(master.master.state, 'worker', 'F1');
    expect(direct).to.include({ found: true, agentId, frameworkId: 'F1', hostname: '127.0.0.1', port: agentHttp.port });
    expect(locateTaskInState(master.master.state, 'worker', undefined)).to.include({ status: 409 });
    expect(locateTaskInState(master.master.state, 'ghost', undefined)).to.include({ status: 404 });
    const fromJson = locateTaskInStateJson(buildStateJsonOf(master), 'worker', 'F1');
    expect(fromJson).to.deep.equal(direct);
  });

  it('passes the agent\'s statuses and bodies through: 403 for traversal, 404 for a missing file', async function () {
    for (const path of ['../../etc/passwd', '/etc/passwd']) {
      const refused = await get(`${master.url}/tasks/web/files/read?path=${q(path)}`);
      expect(refused.status, path).to.equal(403);
      expect(await json(refused)).to.include({ code: 'OUTSIDE_SANDBOX' });
    }
    const missing = await get(`${master.url}/tasks/web/files/read?path=nope`);
    expect(missing.status).to.equal(404);
    expect(await json(missing)).to.include({ code: 'NOT_FOUND' });
  });

  it('answers 404 for a task it does not know and 409 for an id under two frameworks unless one is named', async function () {
    const unknown = await get(`${master.url}/tasks/ghost/files/read?path=stdout`);
    expect(unknown.status).to.equal(404);
    expect(await json(unknown)).to.include({ code: 'UNKNOWN_TASK' });
    const ambiguous = await get(`${master.url}/tasks/worker/files/read?path=stdout`);
    expect(ambiguous.status).to.equal(409);
    expect(await json(ambiguous)).to.include({ code: 'AMBIGUOUS_TASK' });
    const named = await get(`${master.url}/tasks/worker/files/read?path=stdout&framework_id=F2`);
    expect(named.status).to.equal(200);
    expect(await json(named)).to.deep.equal({ data: 'worker of F2\n', offset: 0 });
  });

  it('answers 502 when the agent cannot be reached, and 404 once the agent is gone', async function () {
    await agentHttp.close();
    const unreachable = await get(`${master.url}/tasks/web/files/read?path=stdout`);
    expect(unreachable.status).to.equal(502);
    expect(await json(unreachable)).to.include({ code: 'AGENT_UNREACHABLE' });
    // This master keeps unreachable agents; only the registry's GC forgets one. Forget it as that GC would.
    master.master.state.agents.delete(agentId ?? '');
    const gone = await get(`${master.url}/tasks/web/files/read?path=stdout`);
    expect(gone.status).to.equal(404);
    const body = await json(gone) as { code: string; message: string };
    expect(body.code).to.equal('AGENT_GONE');
    expect(body.message).to.include(agentId ?? '?').and.include('gone');
  });
});

describe('master files proxy (route with a fake task lookup)', function () {
  let server: FastifyInstance;
  let silent: Server;
  const sockets = new Set<Socket>();
  let silentPort: number;

  before(async function () {
    // An "agent" that accepts connections and never answers.
    silent = createServer((socket) => { sockets.add(socket); });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentPort = (silent.address() as { port: number }).port;
    server = fastify();
    registerFilesProxy(server, {
      stateJson: () => { throw new Error('the direct lookup must be used'); },
      locateTask: (taskId, frameworkId) => chooseTaskLocation(taskId, frameworkId, [{ frameworkId: 'F1', agentId: 'S1', active: true }],
        (id) => (id === 'S1' ? { hostname: '127.0.0.1', port: silentPort } : undefined)),
    }, { responseTimeoutMs: 200 });
    await server.listen({ host: '127.0.0.1', port: 0 });
  });

  after(async function () {
    await server.close();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('answers 504 when the agent does not answer in time', async function () {
    const port = (server.server.address() as { port: number }).port;
    const response = await get(`http://127.0.0.1:${port}/tasks/web/files/read?path=stdout`);
    expect(response.status).to.equal(504);
    expect(await json(response)).to.include({ code: 'AGENT_TIMEOUT' });
  });
});

describe('master files proxy: which agent (pure)', function () {
  const address = (agentId: string): { hostname: string; port: number } | undefined =>
    ({ S1: { hostname: 'h1', port: 5051 }, S2: { hostname: 'h2', port: 5052 }, S0: { hostname: 'h0', port: 0 } } as Record<string, { hostname: string; port: number }>)[agentId];

  it('prefers the active task, then the latest completed one', function () {
    const sightings: TaskSighting[] = [
      { frameworkId: 'F', agentId: 'S1', active: false }, { frameworkId: 'F', agentId: 'S2', active: true },
    ];
    expect(chooseTaskLocation('t', undefined, sightings, address)).to.include({ found: true, agentId: 'S2', hostname: 'h2', port: 5052 });
    const completed: TaskSighting[] = [{ frameworkId: 'F', agentId: 'S2', active: false }, { frameworkId: 'F', agentId: 'S1', active: false }];
    expect(chooseTaskLocation('t', 'F', completed, address)).to.include({ agentId: 'S1' });
  });

  it('refuses: unknown (404), ambiguous (409), agent gone (404), no port (502)', function () {
    expect(chooseTaskLocation('t', undefined, [], address)).to.include({ status: 404, code: 'UNKNOWN_TASK' });
    const two: TaskSighting[] = [{ frameworkId: 'A', agentId: 'S1', active: true }, { frameworkId: 'B', agentId: 'S2', active: true }];
    expect(chooseTaskLocation('t', undefined, two, address)).to.include({ status: 409 });
    expect(chooseTaskLocation('t', 'B', two, address)).to.include({ found: true, agentId: 'S2' });
    expect(chooseTaskLocation('t', 'C', two, address)).to.include({ status: 404 });
    expect(chooseTaskLocation('t', undefined, [{ frameworkId: 'A', agentId: 'S9', active: false }], address)).to.include({ status: 404, code: 'AGENT_GONE' });
    expect(chooseTaskLocation('t', undefined, [{ frameworkId: 'A', agentId: 'S0', active: true }], address)).to.include({ status: 502, code: 'NO_AGENT_PORT' });
  });
});
