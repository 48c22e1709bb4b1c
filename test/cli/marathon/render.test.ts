// What `drover app list/show/tasks/versions` and `drover deployment list` print in table mode.
import { expect } from 'chai';
import {
  appStatus, healthCell, readTasks, renderAppDetail, renderAppList, renderDeployments, renderTasks, renderVersions,
} from '../../../cli/marathon/index.js';
import { app, deployment, queueItem } from './fixtures.js';

describe('app STATUS', function () {
  it('says Deploying first, then Suspended, then Waiting, else Running', function () {
    const queued = [queueItem()];
    expect(appStatus(app({ deployments: [{ id: 'd' }], instances: 0 }), queued)).to.equal('Deploying');
    expect(appStatus(app({ instances: 0 }), queued)).to.equal('Suspended');
    expect(appStatus(app(), queued)).to.equal('Waiting');
    expect(appStatus(app(), [])).to.equal('Running');
    expect(appStatus(app({ id: '/other' }), queued), 'another app\'s queue entry').to.equal('Running');
    expect(appStatus(app(), [queueItem({ count: 0 })]), 'nothing left to launch').to.equal('Running');
  });
});

describe('table output', function () {
  it('lists apps sorted by id with running/target, healthy/unhealthy, resources and status', function () {
    const text = renderAppList([
      app({ id: '/web', tasksRunning: 1, instances: 3, tasksHealthy: 1, tasksUnhealthy: 0, deployments: [{ id: 'd' }] }),
      app({ id: '/batch/worker', healthChecks: [], cpus: 2, mem: 1024, instances: 0, tasksRunning: 0 }),
      app({ id: '/api', cpus: 0.25 }),
    ], []);
    expect(text).to.equal([
      'ID             INSTANCES  HEALTH  CPUS   MEM  STATUS',
      '/api                 3/3     3/0  0.25    64  Running',
      '/batch/worker        0/0       -     2  1024  Suspended',
      '/web                 1/3     1/0   0.5    64  Deploying',
    ].join('\n'));
  });

  it('shows - for health when an app has no health checks', function () {
    expect(healthCell(app({ healthChecks: [] }))).to.equal('-');
    expect(healthCell(app({ tasksHealthy: 2, tasksUnhealthy: 1 }))).to.equal('2/1');
  });

  it('shows one app\'s settings, then its tasks', function () {
    const text = renderAppDetail(app({
      tasksRunning: 1, tasksStaged: 1, tasks: [{ id: 't1', host: 'h1', ports: [31000, 31001], state: 'TASK_RUNNING', startedAt: '2024-05-01T10:00:01.000Z', version: 'v1' }],
      lastTaskFailure: { state: 'TASK_FAILED', message: 'exit 1', timestamp: '2024-05-01T09:00:00.000Z' },
    }), [queueItem()]);
    expect(text).to.contain('ID            /web\n');
    expect(text).to.contain('STATUS        Waiting');
    expect(text).to.contain('INSTANCES     1/3 running, 1 staged');
    expect(text).to.contain('CMD           python3 -m http.server $PORT0');
    expect(text).to.contain('CONSTRAINTS   hostname:UNIQUE');
    expect(text).to.contain('LAST FAILURE  TASK_FAILED at 2024-05-01T09:00:00.000Z: exit 1');
    expect(text).to.not.contain('IMAGE');
    expect(text).to.match(/\n\nID\s+HOST\s+PORTS.*\nt1\s+h1\s+31000,31001\s+TASK_RUNNING\s+-\s+2024/);
  });

  it('lists tasks with their health', function () {
    const tasks = readTasks([
      { id: 'web.1', host: 'h1', ports: [], state: 'TASK_STAGING' },
      { id: 'web.2', host: 'h2', ports: [31002], state: 'TASK_RUNNING', healthCheckResults: [{ alive: false }] },
    ]);
    expect(renderTasks(tasks).split('\n')).to.deep.equal([
      'ID     HOST  PORTS  STATE         HEALTH     STARTED  VERSION',
      'web.1  h1    -      TASK_STAGING  -          -        -',
      'web.2  h2    31002  TASK_RUNNING  unhealthy  -        -',
    ]);
  });

  it('marks the current version', function () {
    expect(renderVersions(['v2', 'v1'], 'v2')).to.equal(['VERSION  CURRENT', 'v2       *', 'v1'].join('\n'));
  });

  it('lists deployments with their step and current actions', function () {
    expect(renderDeployments([deployment()]).split('\n')).to.deep.equal([
      'ID                                    VERSION                   AFFECTED  STEP  CURRENT ACTIONS',
      '5ed4c0c5-9ff8-4a6f-a0cd-f57f59a34b43  2024-05-01T10:00:00.000Z  /web       2/2  ScaleApplication /web',
    ]);
  });
});
