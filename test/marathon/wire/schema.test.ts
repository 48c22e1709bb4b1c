import { expect } from 'chai';
import fc from 'fast-check';
import { Ajv } from 'ajv';
import { APP_JSON_SCHEMA, normalizeApp, type AppDefinition } from '../../../frameworks/marathon/app-definition/index.js';
import { appInfoJson, appJson, parseEmbed } from '../../../frameworks/marathon/wire/index.js';
import { APP_KEYS, NOW, compatApps, instance } from './fixtures.js';

const ajv = new Ajv({ allowUnionTypes: true, strictTuples: false });
const validate = ajv.compile(APP_JSON_SCHEMA);

function schemaErrors(v: unknown): string {
  return validate(v) ? '' : ajv.errorsText(validate.errors);
}

/** normalizeApp(appJson(app)) must give back the same app: what we serve is a valid input that means the same. */
function expectRoundTrip(a: AppDefinition, what: string): void {
  const served = appJson(a);
  expect(schemaErrors(served), `${what}: served JSON fails the schema`).to.equal('');
  const again = normalizeApp(JSON.parse(JSON.stringify(served)) as unknown);
  if ('errors' in again) expect.fail(`${what}: served JSON rejected: ${JSON.stringify(again.errors)}`);
  expect(again.app, what).to.deep.equal(a);
}

describe('marathon wire: APP_JSON_SCHEMA', () => {
  it('is a draft-07 schema that ajv compiles, with id required', () => {
    expect(APP_JSON_SCHEMA.$schema).to.equal('http://json-schema.org/draft-07/schema#');
    expect(APP_JSON_SCHEMA.required).to.deep.equal(['id']);
  });

  it('accepts every compat app that normalizeApp accepts, and its served form round-trips', () => {
    let accepted = 0;
    for (const { file, input, base } of compatApps()) {
      const r = normalizeApp(input, { now: NOW, base });
      if ('errors' in r) continue;
      accepted++;
      expect(schemaErrors(input), file).to.equal('');
      expectRoundTrip(r.app, file);
    }
    expect(accepted).to.be.greaterThan(3);
  });

  it('takes back a full GET body (AppInfo with tasks, counts, deployments) as the same app', () => {
    const r = normalizeApp({ id: '/web', cmd: 'serve', instances: 2 }, { now: NOW });
    if ('errors' in r) expect.fail('fixture rejected');
    const body = appInfoJson(r.app, { instances: [instance({ instanceId: 'web.instance-1' })], deployments: [{ id: 'd1' }],
      lastTaskFailure: { appId: '/web', host: 'h', message: 'm', state: 'TASK_FAILED', taskId: 't', timestamp: 'x', version: 'v' } },
    parseEmbed(['apps.taskStats', 'apps.readiness'], 'app'));
    expect(schemaErrors(body)).to.equal('');
    const again = normalizeApp(body);
    if ('errors' in again) expect.fail(JSON.stringify(again.errors));
    expect(again.app).to.deep.equal(r.app);
  });

  it('accepts the loose forms normalizeApp accepts: numeric strings, "true", and nulls for optional fields', () => {
    const loose = {
      id: 'relative/app', cmd: 'x', instances: '3', cpus: ' 0.5 ', requirePorts: 'true', args: null, user: null,
      container: null, healthChecks: null, upgradeStrategy: { minimumHealthCapacity: '0.5', maximumOverCapacity: null },
    };
    expect('app' in normalizeApp(loose)).to.equal(true);
    expect(schemaErrors(loose)).to.equal('');
  });

  const rejectedByBoth: Array<[string, Record<string, unknown>]> = [
    ['no id', { cmd: 'x' }],
    ['an id with capitals', { id: '/Web', cmd: 'x' }],
    ['an id that is only a slash', { id: '/', cmd: 'x' }],
    ['negative instances', { id: '/a', cmd: 'x', instances: -1 }],
    ['non-numeric cpus', { id: '/a', cmd: 'x', cpus: 'lots' }],
    ['a number for cmd', { id: '/a', cmd: 5 }],
    ['an empty cmd', { id: '/a', cmd: '' }],
    ['an unknown killSelection', { id: '/a', cmd: 'x', killSelection: 'RANDOM' }],
    ['a constraint without operator', { id: '/a', cmd: 'x', constraints: [['hostname']] }],
    ['an unknown constraint operator', { id: '/a', cmd: 'x', constraints: [['hostname', 'NEAR']] }],
    ['two readiness checks', { id: '/a', cmd: 'x', portDefinitions: [{ name: 'http-api' }],
      readinessChecks: [{ intervalSeconds: 30 }, { intervalSeconds: 30 }] }],
    ['a capacity above 1', { id: '/a', cmd: 'x', upgradeStrategy: { minimumHealthCapacity: 1.5 } }],
    ['a port above 65535', { id: '/a', cmd: 'x', portDefinitions: [{ port: 70000 }] }],
    ['a docker container without image', { id: '/a', cmd: 'x', container: { type: 'DOCKER', docker: {} } }],
    ['an unknown network mode', { id: '/a', cmd: 'x', networks: [{ mode: 'overlay' }] }],
    ['a fetch entry without uri', { id: '/a', cmd: 'x', fetch: [{ extract: true }] }],
    ['a persistent volume without size', { id: '/a', cmd: 'x', container: { type: 'MESOS',
      volumes: [{ containerPath: 'd', mode: 'RW', persistent: {} }] } }],
  ];
  for (const [what, input] of rejectedByBoth) {
    it(`rejects ${what}, as normalizeApp does`, () => {
      expect('errors' in normalizeApp(input), 'normalizeApp').to.equal(true);
      expect(validate(input), 'schema').to.equal(false);
    });
  }

  it('property: whatever normalizeApp accepts passes the schema, is served with known keys, and round-trips', () => {
    let accepted = 0;
    fc.assert(fc.property(appInput, (input) => {
      const r = normalizeApp(input, { now: NOW });
      if ('errors' in r) return;
      accepted++;
      expect(schemaErrors(input), JSON.stringify(input)).to.equal('');
      const unknown = Object.keys(appJson(r.app)).filter((k) => !APP_KEYS.has(k) && k !== 'tty');
      expect(unknown).to.deep.equal([]);
      expectRoundTrip(r.app, JSON.stringify(input));
    }), { numRuns: 300 });
    expect(accepted, 'the generator should mostly produce valid apps').to.be.greaterThan(150);
  });
});

const segment = fc.stringMatching(/^[a-z][a-z0-9-]{0,4}[a-z0-9]$/);
const numberish = (n: fc.Arbitrary<number>): fc.Arbitrary<number | string> => fc.oneof(n, n.map(String));
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });
const labels = fc.dictionary(fc.stringMatching(/^[A-Z_]{1,6}$/), fc.string({ maxLength: 6 }), { maxKeys: 3 });

const networking = fc.oneof(
  fc.constant({}),
  fc.record({ portDefinitions: fc.array(fc.record({ port: fc.constantFrom(0, 8080), name: maybe(fc.constantFrom('http', 'admin')),
    labels: maybe(labels) }, { requiredKeys: ['port'] }), { maxLength: 2 }) }),
  fc.record({ ports: fc.array(fc.constantFrom(0, 9000), { maxLength: 2 }) }),
  fc.record({ requirePorts: fc.boolean(), container: fc.constant({ type: 'DOCKER', docker: { image: 'nginx', forcePullImage: true } }) }),
  fc.record({
    networks: fc.constant([{ mode: 'container/bridge' }]),
    container: fc.record({ docker: fc.record({ image: fc.constant('nginx'), parameters: fc.constant([{ key: 'label', value: 'x' }]) }),
      portMappings: fc.array(fc.record({ containerPort: fc.constantFrom(0, 80), servicePort: fc.constantFrom(0, 10001),
        protocol: fc.constantFrom('tcp', 'udp') }), { maxLength: 2 }) }),
  }),
  fc.record({
    networks: fc.constant([{ mode: 'container', name: 'dcos', labels: { a: 'b' } }]),
    container: fc.constant({ type: 'MESOS', volumes: [{ containerPath: 'data', mode: 'RW', persistent: { size: 10 } }] }),
  }),
  fc.record({ ipAddress: fc.constant({ networkName: 'overlay', discovery: { ports: [{ number: 80, name: 'http', protocol: 'tcp' }] } }) }),
);

const appInput: fc.Arbitrary<Record<string, unknown>> = fc.record({
  path: fc.array(segment, { minLength: 1, maxLength: 3 }),
  command: fc.oneof(fc.record({ cmd: fc.string({ minLength: 1, maxLength: 8 }) }),
    fc.record({ args: fc.array(fc.string({ maxLength: 4 }), { minLength: 1, maxLength: 3 }) })),
  networking,
  optional: fc.record({
    instances: numberish(fc.nat(5)),
    cpus: numberish(fc.constantFrom(0.1, 0.5, 2)),
    mem: fc.constantFrom(32, 128.5),
    disk: fc.constantFrom(0, 10),
    gpus: fc.constantFrom(0, 1),
    env: fc.dictionary(fc.stringMatching(/^[A-Z]{1,4}$/), fc.string({ maxLength: 4 }), { maxKeys: 2 }),
    labels,
    constraints: fc.array(fc.constantFrom(['hostname', 'UNIQUE'], ['rack', 'GROUP_BY', '3'], ['zone', 'LIKE', 'a.*'], ['dc', 'CLUSTER']),
      { maxLength: 2 }),
    fetch: fc.array(fc.record({ uri: fc.constantFrom('http://x/a.tgz', 'http://x/b'), cache: fc.boolean() }), { maxLength: 2 }),
    uris: fc.array(fc.constantFrom('http://x/c.zip', 'http://x/d.sh'), { maxLength: 2 }),
    storeUrls: fc.array(fc.constant('http://store/x'), { maxLength: 1 }),
    backoffSeconds: fc.constantFrom(1, 5),
    backoffFactor: fc.constantFrom(1, 1.5),
    maxLaunchDelaySeconds: fc.constantFrom(300, 3600),
    healthChecks: fc.array(fc.oneof(
      fc.constant({ protocol: 'COMMAND', command: { value: 'true' } }),
      fc.constant({ protocol: 'MESOS_TCP', port: 8080 }),
    ), { maxLength: 1 }),
    dependencies: fc.array(fc.constantFrom('/db', 'cache', '../other'), { maxLength: 2 }),
    upgradeStrategy: fc.record({ minimumHealthCapacity: fc.constantFrom(0, 0.5, 1), maximumOverCapacity: fc.constantFrom(0, 1) }),
    unreachableStrategy: fc.oneof(fc.constant('disabled'), fc.constant({ inactiveAfterSeconds: 60, expungeAfterSeconds: 120 })),
    killSelection: fc.constantFrom('YOUNGEST_FIRST', 'OLDEST_FIRST'),
    acceptedResourceRoles: fc.constantFrom([], ['*'], ['slave_public']),
    role: fc.constant('web'),
    user: fc.constant('nobody'),
    tty: fc.boolean(),
    taskKillGracePeriodSeconds: fc.constantFrom(0, 30),
    executor: fc.constantFrom('', '//cmd'),
    version: fc.constant('2023-01-01T00:00:00.000Z'),
  }, { requiredKeys: [] }),
}).map(({ path, command, networking: net, optional }) => {
  const input: Record<string, unknown> = { id: `/${path.join('/')}`, ...command, ...net, ...optional };
  if (input.fetch !== undefined && input.uris !== undefined) delete input.uris;
  return input;
});
