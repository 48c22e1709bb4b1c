import { expect } from 'chai';
import { appJson, servicePorts } from '../../../frameworks/marathon/wire/index.js';
import { APP_KEYS, NOW, app, compatApps } from './fixtures.js';
import { normalizeApp } from '../../../frameworks/marathon/app-definition/index.js';

const STAMP = NOW.toISOString();

describe('marathon wire: appJson', () => {
  it('serves a simple app the way Marathon 1.x does: defaults shown, empty collections and unset options left out', () => {
    const json = appJson(app({ id: '/simple', instances: 2, cmd: 'sleep 1000', cpus: 0.1, disk: 0, mem: 16 }));
    expect(json).to.deep.equal({
      id: '/simple',
      backoffFactor: 1.15,
      backoffSeconds: 1,
      cmd: 'sleep 1000',
      cpus: 0.1,
      disk: 0,
      executor: '',
      instances: 2,
      labels: {},
      maxLaunchDelaySeconds: 300,
      mem: 16,
      gpus: 0,
      networks: [{ mode: 'host' }],
      portDefinitions: [{ port: 0, protocol: 'tcp', name: 'default' }],
      requirePorts: false,
      upgradeStrategy: { minimumHealthCapacity: 1, maximumOverCapacity: 1 },
      version: STAMP,
      versionInfo: { lastScalingAt: STAMP, lastConfigChangeAt: STAMP },
      killSelection: 'YOUNGEST_FIRST',
      unreachableStrategy: { inactiveAfterSeconds: 0, expungeAfterSeconds: 0 },
    });
  });

  it('emits the optional fields the user set, with Marathon names', () => {
    const json = appJson(app({
      id: '/full', cmd: 'run', user: 'nobody', role: 'web', tty: false, taskKillGracePeriodSeconds: 30,
      acceptedResourceRoles: ['*'], env: { A: '1', DB: { secret: 'db' } }, secrets: { db: { source: '/vault/db' } },
      labels: { HAPROXY_GROUP: 'external' }, constraints: [['hostname', 'UNIQUE'], ['rack', 'MAX_PER', 2]],
      fetch: [{ uri: 'http://x/a.tgz', destPath: 'a.tgz' }], storeUrls: ['http://s'], dependencies: ['/db'],
      unreachableStrategy: 'disabled', killSelection: 'OLDEST_FIRST',
      healthChecks: [{ protocol: 'HTTP', path: '/health' }, { protocol: 'TCP', port: 8080 }],
    }));
    expect(json).to.include({ user: 'nobody', role: 'web', tty: false, taskKillGracePeriodSeconds: 30, unreachableStrategy: 'disabled' });
    expect(json.acceptedResourceRoles).to.deep.equal(['*']);
    expect(json.env).to.deep.equal({ A: '1', DB: { secret: 'db' } });
    expect(json.secrets).to.deep.equal({ db: { source: '/vault/db' } });
    expect(json.constraints).to.deep.equal([['hostname', 'UNIQUE'], ['rack', 'MAX_PER', '2']]);
    expect(json.fetch).to.deep.equal([{ uri: 'http://x/a.tgz', extract: true, executable: false, cache: false, destPath: 'a.tgz' }]);
    expect(json.storeUrls).to.deep.equal(['http://s']);
    expect(json.dependencies).to.deep.equal(['/db']);
    expect(json.healthChecks).to.deep.equal([
      { protocol: 'HTTP', path: '/health', portIndex: 0, gracePeriodSeconds: 300, intervalSeconds: 60, timeoutSeconds: 20,
        maxConsecutiveFailures: 3, delaySeconds: 15, ignoreHttp1xx: false, ipProtocol: 'IPv4' },
      { protocol: 'TCP', port: 8080, gracePeriodSeconds: 300, intervalSeconds: 60, timeoutSeconds: 20,
        maxConsecutiveFailures: 3, delaySeconds: 15, ignoreHttp1xx: false, ipProtocol: 'IPv4' },
    ]);
  });

  it('never emits the legacy input fields: ports and uris come out as portDefinitions and fetch', () => {
    const json = appJson(app({ id: '/legacy', cmd: 'x', ports: [8080, 0], uris: ['http://x/app.zip', 'http://x/run.sh'] }));
    for (const k of ['ports', 'uris', 'ipAddress', 'residency']) expect(json).not.to.have.property(k);
    expect(json.portDefinitions).to.deep.equal([{ port: 8080, protocol: 'tcp' }, { port: 0, protocol: 'tcp' }]);
    expect(json.fetch).to.deep.equal([
      { uri: 'http://x/app.zip', extract: true, executable: false, cache: false },
      { uri: 'http://x/run.sh', extract: false, executable: false, cache: false },
    ]);
  });

  it('serves a bridge app with container.portMappings and without portDefinitions or docker.network', () => {
    const json = appJson(app({
      id: '/bridged', cmd: 'serve', container: { type: 'DOCKER', docker: { image: 'nginx', network: 'BRIDGE' },
        volumes: [{ containerPath: '/data', hostPath: '/srv', mode: 'RO' }] },
    }));
    expect(json).not.to.have.property('portDefinitions');
    expect(json.networks).to.deep.equal([{ mode: 'container/bridge' }]);
    expect(json.container).to.deep.equal({
      type: 'DOCKER',
      docker: { forcePullImage: false, image: 'nginx', parameters: [], privileged: false },
      volumes: [{ containerPath: '/data', mode: 'RO', hostPath: '/srv' }],
      portMappings: [{ containerPort: 0, hostPort: 0, servicePort: 0, protocol: 'tcp', name: 'default' }],
    });
    expect(servicePorts(app({ id: '/b', cmd: 'x', networks: [{ mode: 'container/bridge' }], container: { docker: { image: 'i' },
      portMappings: [{ containerPort: 80, servicePort: 10001 }, { containerPort: 81, servicePort: 10002 }] } }))).to.deep.equal([10001, 10002]);
  });

  it('leaves container.portMappings out with host networking', () => {
    const json = appJson(app({ id: '/host-docker', container: { type: 'DOCKER', docker: { image: 'busybox' } } }));
    expect(json.container).to.deep.equal({
      type: 'DOCKER', docker: { forcePullImage: false, image: 'busybox', parameters: [], privileged: false }, volumes: [],
    });
    expect(json.portDefinitions).to.deep.equal([{ port: 0, protocol: 'tcp', name: 'default' }]);
    expect(json).not.to.have.property('cmd');
  });

  it('serves args without cmd', () => {
    const json = appJson(app({ id: '/argv', args: ['sleep', '10'] }));
    expect(json.args).to.deep.equal(['sleep', '10']);
    expect(json).not.to.have.property('cmd');
  });

  it('returns a copy: changing the JSON leaves the stored app as it was', () => {
    const a = app({ id: '/copy', cmd: 'x', labels: { a: 'b' }, constraints: [['hostname', 'UNIQUE']] });
    const json = appJson(a) as { labels: Record<string, string>; constraints: string[][] };
    json.labels.a = 'changed';
    (json.constraints[0] ?? []).push('x');
    expect(a.labels.a).to.equal('b');
    expect(a.constraints[0]).to.deep.equal(['hostname', 'UNIQUE']);
  });

  it('uses only keys strict clients know (tty only when the user set it) for every compat app', () => {
    let checked = 0;
    for (const { file, input, base } of compatApps()) {
      const r = normalizeApp(input, { now: NOW, base });
      if ('errors' in r) continue;
      checked++;
      const unknown = Object.keys(appJson(r.app)).filter((k) => !APP_KEYS.has(k) && !(k === 'tty' && r.app.tty !== undefined));
      expect(unknown, file).to.deep.equal([]);
    }
    expect(checked).to.be.greaterThan(3);
  });
});
