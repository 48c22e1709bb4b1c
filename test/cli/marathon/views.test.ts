// Reading /v2 answers: what the CLI takes from each body, and that missing or odd fields never crash a listing.
import { expect } from 'chai';
import {
  appPath, parseAppId, readApp, readApps, readDeploymentResult, readDeployments, readQueue, readTasks,
} from '../../../cli/marathon/index.js';
import { appJson, queueItemJson } from './fixtures.js';

describe('reading Marathon /v2 bodies', function () {
  it('reads an AppInfo with counts, deployments, container image, constraints and tasks', function () {
    const view = readApp(appJson({
      deployments: [{ id: 'd1' }], container: { type: 'DOCKER', docker: { image: 'nginx:1.25' } },
      tasks: [{ id: 'web.instance-1._app.1', host: 'h1', ports: [31000], state: 'TASK_RUNNING', healthCheckResults: [{ alive: true }] }],
      lastTaskFailure: { state: 'TASK_FAILED', message: 'exit 1', timestamp: '2024-05-01T09:00:00.000Z', taskId: 't0' },
    }));
    expect(view).to.deep.include({
      id: '/web', instances: 3, cpus: 0.5, mem: 64, tasksRunning: 3, tasksHealthy: 3, healthCheckCount: 1,
      deployments: ['d1'], image: 'nginx:1.25', containerType: 'DOCKER', constraints: ['hostname:UNIQUE'],
    });
    expect(view?.tasks.map((task) => [task.id, task.healthy, task.ports])).to.deep.equal([['web.instance-1._app.1', true, [31000]]]);
    expect(view?.lastTaskFailure).to.deep.include({ state: 'TASK_FAILED', message: 'exit 1' });
  });

  it('fills Marathon\'s defaults for missing fields and skips entries without an id', function () {
    const views = readApps([{ id: '/bare' }, { cmd: 'no id' }, 'junk', null]);
    expect(views).to.have.length(1);
    expect(views[0]).to.deep.include({ id: '/bare', instances: 1, cpus: 1, mem: 128, tasksRunning: 0, healthCheckCount: 0, deployments: [] });
  });

  it('judges task health from every health check result', function () {
    const tasks = readTasks([
      { id: 'a', healthCheckResults: [{ alive: true }, { alive: false }] },
      { id: 'b', healthCheckResults: [] },
      { id: 'c', healthCheckResults: [{ alive: true }] },
    ]);
    expect(tasks.map((task) => task.healthy)).to.deep.equal([false, undefined, true]);
  });

  it('reads the launch queue of types/queue.raml, apps and pods', function () {
    const items = readQueue({ queue: [queueItemJson(), { pod: { id: '/pod' }, count: 1 }, { count: 4 }] });
    expect(items.map((item) => item.runSpecId)).to.deep.equal(['/web', '/pod']);
    expect(items[0]).to.deep.include({ count: 2, processedOffers: 12, unusedOffers: 12, delaySecondsLeft: 0 });
    expect(items[0]?.rejectSummaryLastOffers[3]).to.deep.equal({ reason: 'InsufficientMemory', processed: 3, declined: 3 });
    expect(items[0]?.lastUnusedOffers[0]).to.deep.include({ reasons: ['InsufficientMemory'], agentId: 'a1' });
    expect(readQueue({})).to.deep.equal([]);
  });

  it('reads deployment plans and deployment results', function () {
    const [plan] = readDeployments([{
      id: 'd1', affectedApps: ['/a', '/b'], currentStep: 1, totalSteps: 3,
      currentActions: [{ action: 'StartApplication', app: '/a' }, { action: 'RestartPod', pod: '/p' }],
    }]);
    expect(plan).to.deep.include({ id: 'd1', affectedApps: ['/a', '/b'], currentStep: 1, totalSteps: 3 });
    expect(plan?.currentActions).to.deep.equal([{ action: 'StartApplication', target: '/a' }, { action: 'RestartPod', target: '/p' }]);
    expect(readDeploymentResult({ deploymentId: 'd2', version: 'v' })).to.deep.equal({ deploymentId: 'd2', version: 'v' });
    expect(readDeploymentResult({ tasks: [] })).to.equal(undefined);
  });

  it('normalizes app ids as typed and encodes them for URL paths', function () {
    expect(parseAppId('prod/web/')).to.equal('/prod/web');
    expect(parseAppId('/web')).to.equal('/web');
    expect(() => parseAppId('/')).to.throw('expected an app id');
    expect(() => parseAppId('a b')).to.throw("'a b' cannot be part of an app id");
    expect(appPath('/prod/web')).to.equal('prod/web');
    expect(appPath('/we:b')).to.equal('we%3Ab');
  });
});
