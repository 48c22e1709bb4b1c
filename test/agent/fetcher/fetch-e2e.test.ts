// The fetcher end to end: an SDK framework's `fetch` on a real cluster (nats-server, `drover master`, `drover agent`
// with --fetcher-cache-size), and a docker task that finds its fetched files in the mounted sandbox.
import { expect } from 'chai';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { v1 } from '../../../shared/protocol/index.js';
import { TestCluster } from '../../support/cluster.js';
import { useDockerd } from '../../support/dockerd.js';
import { TestFramework } from '../../support/test-framework.js';
import { commandTask, framework, useAgentHarness } from '../support/agent-harness.js';
import { makeArchive, startFileServer, type FileServer } from './support.js';

const SMALL = { cpus: 0.1, mem: 16 } as const;

describe('fetcher end to end (SDK on a real cluster; docker sandbox mount)', function () {
  this.timeout(60_000);
  let server: FileServer;

  before(async () => {
    server = await startFileServer();
    server.serve('/run.sh', '#!/bin/sh\ncat app/message.txt\n');
    server.serve('/app.tgz', await makeArchive('tar.gz', { 'app/message.txt': 'hello from the archive\n' }));
  });

  after(async () => {
    await server.close();
  });

  describe('an SDK framework on a cluster of processes', function () {
    let cluster: TestCluster | undefined;
    let sdk: TestFramework | undefined;

    before(async () => {
      cluster = await TestCluster.start({ agents: 1, agentArgs: ['--fetcher-cache-size', '1MB'] });
      sdk = await TestFramework.start(cluster.natsUrl, { name: 'fetching' });
    });

    after(async () => {
      await sdk?.teardown().catch(() => undefined);
      await cluster?.stop();
    });

    it('runs a task on its fetched files (archives extracted by default), and fails one whose URI is missing', async () => {
      const offer = await sdk!.takeOffer();
      const [ok, missing] = await sdk!.driver.launch(offer, [
        { id: 'fetch-ok', name: 'fetch-ok', command: './run.sh | grep -qx "hello from the archive"', resources: SMALL,
          fetch: [{ uri: `${server.url}/run.sh`, executable: true }, { uri: `${server.url}/app.tgz`, cache: true }] },
        { id: 'fetch-missing', name: 'fetch-missing', command: 'true', resources: SMALL,
          fetch: [{ uri: `${server.url}/missing.tgz` }] },
      ]);
      const finished = await sdk!.waitForState(ok ?? '', 'TASK_FINISHED');
      expect(finished.exitCode).to.equal(0);
      const failed = await sdk!.waitForState(missing ?? '', 'TASK_FAILED');
      expect(failed.message).to.equal(`fetch of ${server.url}/missing.tgz failed: HTTP 404 Not Found`);
      expect(failed.reason).to.equal('REASON_CONTAINER_LAUNCH_FAILED');
      expect(failed.source).to.equal('SOURCE_AGENT');
    });
  });

  describe('a docker task', function () {
    const harness = useAgentHarness();

    it('finds its fetched files in the sandbox mounted into the container', async () => {
      const dockerd = await useDockerd();
      const { agentId } = await harness().startRegistered({ containerizers: ['docker'], dockerSocket: dockerd.socketPath });
      harness().master.autoAcknowledge = true;
      const task = commandTask('./run.sh && test -x /mnt/mesos/sandbox/run.sh', {
        container: {
          type: v1.ContainerInfo.Type.DOCKER,
          docker: { image: dockerd.image, network: v1.ContainerInfo.DockerInfo.Network.NONE },
        },
      });
      task.command!.uris = [{ value: `${server.url}/run.sh`, executable: true }, { value: `${server.url}/app.tgz`, extract: true }];
      harness().master.runTask(agentId, framework('fw'), task);
      const taskId = task.taskId!.value!;
      const finished = await harness().master.untilStatus(taskId, v1.TaskState.TASK_FINISHED);
      expect(finished.status.exitCode, finished.status.message).to.equal(0);
      const runs = join(harness().workDir, 'agents', agentId, 'frameworks', 'fw', 'tasks', taskId, 'runs');
      const [runId] = await readdir(runs);
      expect(await readFile(join(runs, runId!, 'stdout'), 'utf8')).to.equal('hello from the archive\n');
    });
  });
});
