import { expect } from 'chai';
import {
  NO_EMBED, appInfoJson, parseEmbed, taskJson, type AppView, type EmbedSet, type HealthCheckResult,
} from '../../../frameworks/marathon/wire/index.js';
import type { Instance } from '../../../frameworks/marathon/model/index.js';
import { APP_KEYS, NOW, app, instance } from './fixtures.js';

const web = app({ id: '/web', cmd: 'serve', instances: 6, healthChecks: [{ protocol: 'HTTP' }] });
const ALL: EmbedSet = parseEmbed(['apps.tasks', 'apps.counts', 'apps.deployments', 'apps.readiness', 'apps.lastTaskFailure',
  'apps.taskStats'], 'apps');

const mixed: Instance[] = [
  instance({ instanceId: 'web.instance-a', condition: 'provisioned' }, ['startedAt']),
  instance({ instanceId: 'web.instance-b', condition: 'staging' }),
  instance({ instanceId: 'web.instance-c', condition: 'starting' }),
  instance({ instanceId: 'web.instance-d', condition: 'running', healthy: true }),
  instance({ instanceId: 'web.instance-e', condition: 'running', healthy: false }),
  instance({ instanceId: 'web.instance-f', condition: 'running' }),
  instance({ instanceId: 'web.instance-g', condition: 'scheduled' }, ['taskId', 'agent', 'stagedAt', 'startedAt']),
  instance({ instanceId: 'web.instance-h', condition: 'failed' }),
];

const failure = {
  appId: '/web', host: 'node-2', message: 'Command exited with status 1', state: 'TASK_FAILED',
  taskId: 'web.instance-z._app.3', timestamp: '2024-05-01T11:00:00.000Z', version: NOW.toISOString(), slaveId: 'agent-2',
};

describe('marathon wire: appInfoJson', () => {
  it('always carries the counts and the deployments, even with nothing embedded', () => {
    const json = appInfoJson(web, { instances: mixed, deployments: [{ id: 'dep-1' }] }, NO_EMBED);
    expect(json).to.include({ id: '/web', tasksStaged: 2, tasksRunning: 3, tasksHealthy: 1, tasksUnhealthy: 1 });
    expect(json.deployments).to.deep.equal([{ id: 'dep-1' }]);
    for (const k of ['tasks', 'lastTaskFailure', 'taskStats', 'readinessCheckResults']) expect(json).not.to.have.property(k);
  });

  it('answers POST /v2/apps with zero counts and the new deployment', () => {
    const json = appInfoJson(web, { instances: [], deployments: [{ id: 'dep-new' }] }, parseEmbed([], 'apps'));
    expect(json).to.include({ tasksStaged: 0, tasksRunning: 0, tasksHealthy: 0, tasksUnhealthy: 0 });
    expect(json.deployments).to.deep.equal([{ id: 'dep-new' }]);
  });

  it('embeds the tasks that have a live task: not scheduled instances, not terminal ones', () => {
    const view: AppView = { instances: mixed, deployments: [] };
    const json = appInfoJson(web, view, parseEmbed(['apps.tasks'], 'apps'));
    const tasks = json.tasks as Array<Record<string, unknown>>;
    expect(tasks.map((t) => t.id)).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `web.instance-${x}._app.1`));
    expect(tasks[3]).to.deep.equal(taskJson(mixed[3] as Instance, web));
  });

  it('prefers health results over the instance flag, and puts them on the tasks', () => {
    const results: Record<string, HealthCheckResult[]> = {
      'web.instance-d': [{ alive: false, consecutiveFailures: 2, instanceId: 'web.instance-d', lastFailureCause: 'timeout' }],
      'web.instance-f': [{ alive: true, consecutiveFailures: 0, instanceId: 'web.instance-f', firstSuccess: 'x', lastSuccess: 'y' }],
    };
    const view: AppView = { instances: mixed, deployments: [], healthResults: (id) => results[id] ?? [] };
    const json = appInfoJson(web, view, parseEmbed(['apps.tasks'], 'apps'));
    // d: results say unhealthy; e: no results, flag says unhealthy; f: results say healthy.
    expect(json).to.include({ tasksHealthy: 1, tasksUnhealthy: 2 });
    const f = (json.tasks as Array<Record<string, unknown>>).find((t) => t.id === 'web.instance-f._app.1');
    expect(f?.healthCheckResults).to.deep.equal([
      { alive: true, consecutiveFailures: 0, firstSuccess: 'x', lastSuccess: 'y', instanceId: 'web.instance-f' },
    ]);
  });

  it('embeds lastTaskFailure only when asked and known', () => {
    const view: AppView = { instances: [], deployments: [], lastTaskFailure: failure };
    expect(appInfoJson(web, view, parseEmbed(['apps.lastTaskFailure'], 'apps')).lastTaskFailure).to.deep.equal(failure);
    expect(appInfoJson(web, view, parseEmbed([], 'apps'))).not.to.have.property('lastTaskFailure');
    expect(appInfoJson(web, { instances: [], deployments: [] }, ALL)).not.to.have.property('lastTaskFailure');
    const { slaveId: _s, ...noAgent } = failure;
    expect(appInfoJson(web, { ...view, lastTaskFailure: noAgent }, ALL).lastTaskFailure).to.deep.equal(noAgent);
  });

  it('embeds taskStats as {} without tasks, and per version group with them', () => {
    expect(appInfoJson(web, { instances: [], deployments: [] }, ALL).taskStats).to.deep.equal({});
    expect(web.versionInfo?.lastScalingAt).to.equal(NOW.toISOString());
    const old = instance({ instanceId: 'web.instance-old', appVersion: '2024-04-01T00:00:00.000Z', stagedAt: '2024-04-01T00:00:00.000Z',
      startedAt: '2024-05-01T11:59:00.000Z' });
    const fresh = instance({ instanceId: 'web.instance-new', condition: 'staging', stagedAt: '2024-05-01T12:00:10.000Z' },
      ['startedAt']);
    const json = appInfoJson(web, { instances: [old, fresh], deployments: [], now: '2024-05-01T12:01:00.000Z' }, ALL);
    expect(json.taskStats).to.deep.equal({
      startedAfterLastScaling: { stats: { counts: { staged: 1, running: 0, healthy: 0, unhealthy: 0 } } },
      withLatestConfig: { stats: { counts: { staged: 1, running: 0, healthy: 0, unhealthy: 0 } } },
      withOutdatedConfig: { stats: { counts: { staged: 0, running: 1, healthy: 0, unhealthy: 0 },
        lifeTime: { averageSeconds: 120, medianSeconds: 120 } } },
      totalSummary: { stats: { counts: { staged: 1, running: 1, healthy: 0, unhealthy: 0 },
        lifeTime: { averageSeconds: 120, medianSeconds: 120 } } },
    });
  });

  it('takes the median life time of an even number of tasks as the mean of the middle two', () => {
    const started = ['2024-05-01T11:59:50.000Z', '2024-05-01T11:59:40.000Z', '2024-05-01T11:59:00.000Z', '2024-05-01T11:50:00.000Z'];
    const list = started.map((s, n) => instance({ instanceId: `web.instance-${n}`, startedAt: s }));
    const stats = appInfoJson(web, { instances: list, deployments: [], now: '2024-05-01T12:00:00.000Z' }, ALL).taskStats as {
      totalSummary: { stats: { lifeTime: unknown } } };
    expect(stats.totalSummary.stats.lifeTime).to.deep.equal({ averageSeconds: (10 + 20 + 60 + 600) / 4, medianSeconds: 40 });
  });

  it('embeds readinessCheckResults when asked, [] when there are none', () => {
    const readiness = [{ name: 'readinessCheck', taskId: 't1', ready: false, lastResponse: { status: 503, contentType: 'text/plain', body: 'warming' } }];
    expect(appInfoJson(web, { instances: [], deployments: [], readiness }, ALL).readinessCheckResults).to.deep.equal(readiness);
    expect(appInfoJson(web, { instances: [], deployments: [] }, ALL).readinessCheckResults).to.deep.equal([]);
  });

  it('uses only keys strict clients know, with everything embedded', () => {
    const json = appInfoJson(web, { instances: mixed, deployments: [{ id: 'd' }], lastTaskFailure: failure, readiness: [] }, ALL);
    expect(Object.keys(json).filter((k) => !APP_KEYS.has(k))).to.deep.equal([]);
    for (const k of ['tasks', 'lastTaskFailure', 'taskStats', 'readinessCheckResults', 'tasksStaged', 'deployments']) {
      expect(json).to.have.property(k);
    }
  });
});
