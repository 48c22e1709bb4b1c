import { expect } from 'chai';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeApp, type AppDefinition, type ValidationError } from '../../frameworks/marathon/app-definition/index.js';
import { appJson } from '../../frameworks/marathon/wire/index.js';

const DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'compat', 'marathon');
function load(name: string): unknown {
  const file = join(DIR, name);
  if (!existsSync(file)) throw new Error(`compat fixture missing: ${file} (expected /work/shared/compat/marathon)`);
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}
function ok(input: unknown, opts = {}): AppDefinition {
  const r = normalizeApp(input, opts);
  if ('errors' in r) throw new Error(`unexpected errors: ${JSON.stringify(r.errors)}`);
  return r.app;
}
function bad(input: unknown): ValidationError {
  const r = normalizeApp(input);
  if ('app' in r) throw new Error('expected a validation error');
  return r.errors;
}

describe('marathon app-definition', () => {
  it('finds the compat folder', () => {
    expect(existsSync(DIR), `missing ${DIR}`).to.equal(true);
  });

  for (const f of ['marathon-app-simple.json', 'marathon-readiness-and-health-app.json',
    'marathon-persistent-volume-app.json', 'marathon-docker-bridge-webapp.json']) {
    it(`accepts ${f}`, () => {
      ok(load(f));
    });
  }

  it('accepts every app of the dependency batch and of the group file', () => {
    const batch = load('marathon-apps-create-with-dependencies.json') as unknown[];
    for (const a of batch) ok(a);
    const group = load('marathon-group-sleep.json') as { groups: { apps: unknown[] }[] };
    for (const a of group.groups[0]?.apps ?? []) ok(a, { base: '/sleep-group/sleep' });
  });

  it('rejects the full apidoc example with every violation in one list', () => {
    const e = bad(load('marathon-app-full-apidoc.json'));
    expect(e.message).to.equal('Object is not valid');
    const all = e.details.flatMap((d) => d.errors.map((m) => `${d.path} ${m}`));
    expect(all).to.include("/ AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'.");
    expect(all.some((m) => m.startsWith('/env/PASSWORD') && m.includes('references an undefined secret'))).to.equal(true);
    expect(all.some((m) => m.startsWith('/ipAddress/discovery/ports'))).to.equal(true);
    expect(e.details).to.have.length(3);
  });

  it('applies defaults to app-simple', () => {
    const app = ok(load('marathon-app-simple.json'));
    expect(app).to.deep.include({
      id: '/simple', instances: 2, cpus: 0.1, mem: 16, disk: 0, gpus: 0, backoffSeconds: 1, backoffFactor: 1.15,
      maxLaunchDelaySeconds: 300, requirePorts: false, killSelection: 'YOUNGEST_FIRST',
    });
    expect(app.networks).to.deep.equal([{ mode: 'host' }]);
    expect(app.portDefinitions).to.deep.equal([{ port: 0, protocol: 'tcp', name: 'default' }]);
    expect(app.upgradeStrategy).to.deep.equal({ minimumHealthCapacity: 1, maximumOverCapacity: 1 });
    expect(app.unreachableStrategy).to.deep.equal({ inactiveAfterSeconds: 0, expungeAfterSeconds: 0 });
  });

  it('resident apps default to disabled unreachable strategy', () => {
    expect(ok(load('marathon-persistent-volume-app.json')).unreachableStrategy).to.equal('disabled');
  });

  it('normalises the docker bridge webapp', () => {
    const app = ok(load('marathon-docker-bridge-webapp.json'));
    expect(app.id).to.equal('/bridged-webapp');
    expect(app.networks).to.deep.equal([{ mode: 'container/bridge' }]);
    expect(app.container?.portMappings).to.have.length(2);
    expect(app.portDefinitions).to.deep.equal([]);
  });

  it('rewrites legacy docker network, ports and uris', () => {
    const app = ok({
      id: 'x', container: { type: 'DOCKER', docker: { image: 'i', network: 'BRIDGE', portMappings: [{ containerPort: 80 }] } },
      uris: ['http://h/a.tgz', 'http://h/b.sh'],
    });
    expect(app.networks).to.deep.equal([{ mode: 'container/bridge' }]);
    expect(app.container?.portMappings).to.deep.equal([{ containerPort: 80, hostPort: 0, servicePort: 0, protocol: 'tcp' }]);
    expect(app.fetch.map((f) => f.extract)).to.deep.equal([true, false]);
    expect(ok({ id: 'y', cmd: 'c', ports: [80, 81] }).portDefinitions).to.deep.equal([
      { port: 80, protocol: 'tcp' }, { port: 81, protocol: 'tcp' }]);
  });

  it('accepts numeric strings and resolves relative ids', () => {
    const app = ok({ id: 'b/../c', cmd: 'x', instances: '3', cpus: '0.5', mem: '64' }, { base: '/g' });
    expect(app).to.deep.include({ id: '/g/c', instances: 3, cpus: 0.5, mem: 64 });
  });

  it('reports bad ids, negatives, constraints, health checks and upgrade bounds together', () => {
    const e = bad({
      id: '/Bad_Id', cmd: 'x', args: ['y'], instances: -1, cpus: -1,
      constraints: [['hostname', 'NOPE'], ['a', 'MAX_PER'], ['h', 'LIKE', '(']],
      healthChecks: [{ protocol: 'FOO' }, { portIndex: 5 }],
      upgradeStrategy: { minimumHealthCapacity: 2, maximumOverCapacity: -1 },
      readinessChecks: [{ portName: 'nope' }],
    });
    const paths = e.details.map((d) => d.path);
    for (const p of ['/id', '/', '/instances', '/cpus', '/constraints(0)', '/constraints(1)', '/constraints(2)',
      '/healthChecks(0)/protocol', '/healthChecks(1)', '/upgradeStrategy/minimumHealthCapacity',
      '/upgradeStrategy/maximumOverCapacity', '/readinessChecks(0)/portName']) {
      expect(paths, p).to.include(p);
    }
  });

  it('rejects conflicting legacy and canonical fields', () => {
    const paths = (input: unknown): string[] => bad(input).details.map((d) => d.path);
    expect(paths({ id: 'a', cmd: 'c', uris: ['u'], fetch: [{ uri: 'u' }] })).to.deep.equal(['/uris']);
    expect(paths({
      id: 'a', networks: [{ mode: 'container/bridge' }],
      container: { docker: { image: 'i', network: 'BRIDGE' } },
    })).to.deep.equal(['/networks']);
    expect(paths({ id: 'a', container: { docker: { image: 'i', network: 'WEIRD' } } }))
      .to.deep.equal(['/container/docker/network']);
    expect(paths({
      id: 'a', networks: [{ mode: 'container/bridge' }],
      container: { docker: { image: 'i', portMappings: [{ containerPort: 1 }] }, portMappings: [{ containerPort: 2 }] },
    })).to.deep.equal(['/container/portMappings']);
    expect(paths({ id: 'a', cmd: 'c', networks: [{ mode: 'container' }] })).to.deep.equal(['/networks(0)']);
    expect(paths({ id: 'a', cmd: 'c', env: { A: { secret: 's' } }, secrets: { t: { source: 'x' } } }))
      .to.deep.equal(['/env/A']);
    expect(paths({ id: 'a' })).to.deep.equal(['/']);
    expect(paths({ cmd: 'c' })).to.deep.equal(['/id']);
    expect(paths({ id: '/', cmd: 'c' })).to.deep.equal(['/id']);
  });

  it('maps ipAddress on a MESOS container to a named network with port mappings', () => {
    const app = ok({
      id: 'a', cmd: 'c', container: { type: 'MESOS' },
      ipAddress: { networkName: 'dcos', discovery: { ports: [{ number: 80, name: 'http', protocol: 'tcp' }] } },
    });
    expect(app.networks).to.deep.equal([{ mode: 'container', name: 'dcos' }]);
    expect(app.container?.portMappings).to.deep.equal([{ containerPort: 80, servicePort: 0, protocol: 'tcp', name: 'http' }]);
  });

  it('stamps version and versionInfo only when given a time and no version', () => {
    const now = new Date('2026-01-02T03:04:05.678Z');
    expect(ok({ id: 'a', cmd: 'c' }).version).to.equal(undefined);
    expect(ok({ id: 'a', cmd: 'c' }, { now })).to.deep.include({
      version: now.toISOString(),
      versionInfo: { lastScalingAt: now.toISOString(), lastConfigChangeAt: now.toISOString() },
    });
    expect(ok({ id: 'a', cmd: 'c', version: 'v1' }, { now }).version).to.equal('v1');
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.dictionary(
      fc.constantFrom('id', 'cmd', 'args', 'container', 'networks', 'env', 'ports', 'uris', 'healthChecks',
        'readinessChecks', 'constraints', 'upgradeStrategy', 'ipAddress', 'instances', 'secrets'),
      fc.jsonValue(),
    )), (v) => {
      const r = normalizeApp(v);
      if ('errors' in r) expect(r.errors.details.length).to.be.greaterThan(0);
    }), { numRuns: 300 });
  });

  it('normalizing a normalized app is the identity', () => {
    fc.assert(fc.property(
      fc.record({
        id: fc.constantFrom('a', '/b/c', 'd.e'), instances: fc.nat(10), cpus: fc.double({ min: 0, max: 8, noNaN: true }),
        mem: fc.nat(4096), cmd: fc.string({ minLength: 1 }), bridge: fc.boolean(),
        ports: fc.array(fc.integer({ min: 0, max: 65535 }), { maxLength: 3 }),
        constraints: fc.array(fc.constantFrom(['hostname', 'UNIQUE'], ['rack', 'GROUP_BY', 3], ['h', 'LIKE', 'a.*'])),
      }),
      ({ bridge, ports, ...a }) => {
        const input = bridge
          ? { ...a, networks: [{ mode: 'container/bridge' }], container: { type: 'DOCKER', docker: { image: 'i' } } }
          : { ...a, ports, uris: ['http://h/x.tar.gz'], healthChecks: ports.length > 0 ? [{ protocol: 'TCP' }] : [] };
        const once = ok(input, { now: new Date(0) });
        expect(ok(JSON.parse(JSON.stringify(once)))).to.deep.equal(once);
      }), { numRuns: 100 });
  });
});

describe('marathon app definition: resourceLimits, check and executorResources', () => {
  it('keeps them when given and serves them back; omits them otherwise', () => {
    const r = normalizeApp({
      id: '/x', cmd: 'sleep 1', cpus: 0.5, mem: 64,
      resourceLimits: { cpus: 'unlimited', mem: '128' },
      check: { http: { portIndex: 0, path: '/ready' }, intervalSeconds: 5 },
      executorResources: { cpus: 0.2 },
    });
    if ('errors' in r) throw new Error(JSON.stringify(r.errors));
    expect(r.app.resourceLimits).to.deep.equal({ cpus: 'unlimited', mem: 128 });
    expect(r.app.check).to.deep.equal({ http: { portIndex: 0, path: '/ready' }, intervalSeconds: 5, timeoutSeconds: 20, delaySeconds: 15 });
    expect(r.app.executorResources).to.deep.equal({ cpus: 0.2, mem: 32, disk: 10 });
    const served = appJson(r.app);
    expect(served).to.include.keys('resourceLimits', 'check', 'executorResources');
    const plain = normalizeApp({ id: '/y', cmd: 'sleep 1' });
    if ('errors' in plain) throw new Error('unexpected');
    expect(appJson(plain.app)).not.to.have.any.keys('resourceLimits', 'check', 'executorResources');
  });

  it('refuses limits below the request and a check with no kind or two', () => {
    const r = normalizeApp({ id: '/x', cmd: 'sleep 1', mem: 64, resourceLimits: { mem: 32 }, check: { intervalSeconds: 5 } });
    expect('errors' in r && r.errors.details.map((detail) => detail.path)).to.deep.equal(['/resourceLimits/mem', '/check']);
    const two = normalizeApp({ id: '/x', cmd: 'sleep 1', check: { tcp: { portIndex: 0 }, exec: { command: { shell: 'true' } } } });
    expect('errors' in two).to.equal(true);
  });
});
