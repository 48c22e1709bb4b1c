// The master forgets a framework that stays away longer than its failover timeout, and kills its tasks. `drover
// marathon` then learns FRAMEWORK_REMOVED, forgets its framework id and exits (crash-only); started again it
// registers as a new framework and relaunches every instance: the apps survive, the tasks are new.
import { expect } from 'chai';
import { TestCluster } from '../support/cluster.js';
import { MarathonProcess, type V2App } from '../support/marathon.js';

describe('Marathon after the master removed it (failover timeout passed)', function () {
  this.timeout(90_000);
  let cluster: TestCluster;

  before(async function () {
    cluster = await TestCluster.start({ agents: 1 });
  });

  after(async function () {
    await cluster?.stop();
  });

  it('exits on FRAMEWORK_REMOVED, then registers anew and relaunches the app', async function () {
    const marathon = await MarathonProcess.start(cluster, ['--failover-timeout', '1s']);
    const firstId = (await marathon.call<{ frameworkId: string }>('GET', '/v2/info')).body.frameworkId;
    expect((await marathon.call('POST', '/v2/apps', { id: '/kept', cmd: 'sleep 1000', instances: 2, cpus: 0.05, mem: 16 })).status).to.equal(201);
    await marathon.waitForDeployments();
    const before = ((await marathon.app('/kept')).tasks ?? []).map((task) => task.id).sort();
    await marathon.kill('SIGKILL');
    // Past the 1 s failover timeout the master removes the framework and kills its tasks.
    await cluster.waitFor(async () => !(await cluster.state()).frameworks.some((framework) => framework.id === firstId), 'the master to remove the framework', 30_000);
    const refused = marathon.respawn();
    expect(await refused.exited, 'exit status after FRAMEWORK_REMOVED').to.equal(1);
    marathon.respawn();
    await marathon.waitUp();
    const secondId = (await marathon.call<{ frameworkId: string }>('GET', '/v2/info')).body.frameworkId;
    expect(secondId).not.to.equal(firstId);
    // Reconciliation tells the new framework that the old tasks are gone; the instances are launched again.
    await cluster.waitFor(async () => {
      const tasks = (await marathon.app('/kept')).tasks ?? [];
      return tasks.length === 2 && tasks.every((task) => task.state === 'TASK_RUNNING' && task.id.endsWith('._app.2'));
    }, 'the app relaunched', 30_000);
    const after: V2App = await marathon.app('/kept');
    const relaunched = (after.tasks ?? []).map((task) => task.id).sort();
    expect(relaunched.filter((id) => before.includes(id))).to.deep.equal([]);
    expect(relaunched.every((id) => id.endsWith('._app.2'))).to.equal(true);
    // One agent, whose leftovers were refused for the long decline duration once nothing waited: a scale-up must
    // revive them rather than wait those 120 s out.
    expect((await marathon.call('PUT', '/v2/apps/kept', { instances: 3 })).status).to.equal(200);
    await cluster.waitFor(async () => (await marathon.app('/kept')).tasksRunning === 3, 'the scale-up on the only agent', 20_000);
    await marathon.stop();
  });
});
