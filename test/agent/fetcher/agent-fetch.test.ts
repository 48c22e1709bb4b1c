// The fetcher through a whole agent (fake master on a MemoryBus, real processes, a real local HTTP server): URIs land
// in the sandbox before the command runs; a failed fetch ends the task TASK_FAILED and launches nothing.
import { expect } from 'chai';
import { readdir, readFile, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { v1 } from '../../../shared/protocol/index.js';
import { commandTask, framework, useAgentHarness } from '../support/agent-harness.js';
import { makeArchive, startFileServer, type FileServer } from './support.js';

const State = v1.TaskState;
const Reason = v1.TaskStatus.Reason;

describe('agent fetches task URIs before launch (fake master, real processes, real HTTP server)', function () {
  let server: FileServer;

  before(async () => {
    server = await startFileServer();
    server.serve('/run.sh', '#!/bin/sh\necho "running as $(id -un)"\ncat app/message.txt\n');
    server.serve('/app.tgz', await makeArchive('tar.gz', { 'app/message.txt': 'hello from the archive\n' }));
  });

  after(async () => {
    await server.close();
  });

  const harness = useAgentHarness();

  async function sandboxOf(agentId: string, taskId: string): Promise<string> {
    const runs = join(harness().workDir, 'agents', agentId, 'frameworks', 'fw', 'tasks', taskId, 'runs');
    const [runId] = await readdir(runs);
    return join(runs, runId!);
  }

  it('runs a fetched executable script that reads a file from a fetched archive', async () => {
    const { agentId } = await harness().startRegistered();
    harness().master.autoAcknowledge = true;
    const task = commandTask('./run.sh');
    task.command!.uris = [
      { value: `${server.url}/run.sh`, executable: true },
      { value: `${server.url}/app.tgz`, extract: true },
    ];
    harness().master.runTask(agentId, framework('fw'), task);
    const taskId = task.taskId!.value!;
    const finished = await harness().master.untilStatus(taskId, State.TASK_FINISHED);
    expect(finished.status.exitCode, finished.status.message).to.equal(0);
    const sandbox = await sandboxOf(agentId, taskId);
    const user = process.getuid?.() === 0 ? 'nobody' : userInfo().username;
    expect(await readFile(join(sandbox, 'stdout'), 'utf8')).to.equal(`running as ${user}\nhello from the archive\n`);
    expect(harness().master.statesOf(taskId)).to.deep.equal(['TASK_STARTING', 'TASK_RUNNING', 'TASK_FINISHED']);
  });

  it('fails a task whose URI cannot be fetched, naming the URI and the cause, and launches nothing', async () => {
    const { agentId } = await harness().startRegistered();
    harness().master.autoAcknowledge = true;
    const task = commandTask('touch ran');
    task.command!.uris = [{ value: `${server.url}/run.sh` }, { value: `${server.url}/missing.tgz`, extract: true }];
    harness().master.runTask(agentId, framework('fw'), task);
    const taskId = task.taskId!.value!;
    const failed = await harness().master.untilStatus(taskId, State.TASK_FAILED);
    expect(failed.status.message).to.equal(`fetch of ${server.url}/missing.tgz failed: HTTP 404 Not Found`);
    expect(failed.status.reason).to.equal(Reason.REASON_CONTAINER_LAUNCH_FAILED);
    expect(failed.status.source).to.equal(v1.TaskStatus.Source.SOURCE_AGENT);
    expect(harness().master.statesOf(taskId)).to.deep.equal(['TASK_FAILED']);
    const sandbox = await sandboxOf(agentId, taskId);
    expect(await readdir(sandbox)).to.deep.equal(['run.sh']); // no stdout: no container ever started
  });

  it('refuses a path-escaping output_file and an unknown scheme as failed launches', async () => {
    const { agentId } = await harness().startRegistered();
    harness().master.autoAcknowledge = true;
    const escaping = commandTask('true');
    escaping.command!.uris = [{ value: `${server.url}/run.sh`, outputFile: '../../escaped.sh' }];
    const hdfs = commandTask('true');
    hdfs.command!.uris = [{ value: 'hdfs://namenode/app.jar' }];
    harness().master.runTask(agentId, framework('fw'), escaping);
    harness().master.runTask(agentId, framework('fw'), hdfs);
    const refused = await harness().master.untilStatus(escaping.taskId!.value!, State.TASK_FAILED);
    expect(refused.status.message).to.equal(`fetch of ${server.url}/run.sh failed: output_file '../../escaped.sh' leaves the sandbox`);
    const unknown = await harness().master.untilStatus(hdfs.taskId!.value!, State.TASK_FAILED);
    expect(unknown.status.message).to.match(/^fetch of hdfs:\/\/namenode\/app\.jar failed: unsupported URI scheme 'hdfs'/);
  });

  it('caches under the work dir: a second task with the same cached URI does not download it again', async () => {
    const { agentId } = await harness().startRegistered({ fetcherCacheSize: 1024 * 1024 });
    harness().master.autoAcknowledge = true;
    server.serve('/cached.txt', 'cached content\n');
    for (const _ of [1, 2]) {
      const task = commandTask('cat cached.txt');
      task.command!.uris = [{ value: `${server.url}/cached.txt`, cache: true }];
      harness().master.runTask(agentId, framework('fw'), task);
      const finished = await harness().master.untilStatus(task.taskId!.value!, State.TASK_FINISHED);
      expect(finished.status.exitCode).to.equal(0);
      expect(await readFile(join(await sandboxOf(agentId, task.taskId!.value!), 'stdout'), 'utf8')).to.equal('cached content\n');
    }
    expect(server.requests.get('/cached.txt')).to.equal(1);
    expect(await readdir(join(harness().workDir, 'fetcher-cache'))).to.have.length(1);
  });

  it("fetches a custom executor's URIs into its sandbox, and fails its task when one cannot be fetched", async () => {
    const { agentId } = await harness().startRegistered();
    harness().master.autoAcknowledge = true;
    server.serve('/executor-config.txt', 'config\n');
    const fetching = commandTask('unused');
    delete fetching.command;
    // The executor exits at once (no SDK driver): enough to see what it found in its sandbox.
    fetching.executor = {
      executorId: { value: 'fetching' },
      command: { value: 'cat executor-config.txt; exit 3', uris: [{ value: `${server.url}/executor-config.txt` }] },
    };
    harness().master.runTask(agentId, framework('fw'), fetching);
    await harness().master.untilStatus(fetching.taskId!.value!, State.TASK_FAILED);
    const runs = join(harness().workDir, 'agents', agentId, 'frameworks', 'fw', 'executors', 'fetching', 'runs');
    const [runId] = await readdir(runs);
    expect(await readFile(join(runs, runId!, 'stdout'), 'utf8')).to.equal('config\n');
    expect((await stat(join(runs, runId!, 'executor-config.txt'))).isFile()).to.equal(true);

    const missing = commandTask('unused');
    delete missing.command;
    missing.executor = {
      executorId: { value: 'missing' },
      command: { value: 'exit 0', uris: [{ value: `${server.url}/no-such-executor.tgz` }] },
    };
    harness().master.runTask(agentId, framework('fw'), missing);
    const failed = await harness().master.untilStatus(missing.taskId!.value!, State.TASK_FAILED);
    expect(failed.status.reason).to.equal(Reason.REASON_CONTAINER_LAUNCH_FAILED);
    expect(failed.status.message).to.contain(`fetch of ${server.url}/no-such-executor.tgz failed: HTTP 404 Not Found`);
  });
});
