import { expect } from 'chai';
import fc from 'fast-check';
import { mergeAppUpdate, readOnlyFieldsRemoved } from '../../../frameworks/marathon/service/app-update.js';

const READ_ONLY = [
  'version', 'versionInfo', 'tasks', 'tasksStaged', 'tasksRunning', 'tasksHealthy', 'tasksUnhealthy', 'deployments',
  'lastTaskFailure', 'taskStats', 'readinessCheckResults',
];

describe('marathon core: readOnlyFieldsRemoved', () => {
  it('drops every read-only AppInfo field and keeps the rest', () => {
    const body: Record<string, unknown> = { id: '/a', cmd: 'x', instances: 2 };
    for (const field of READ_ONLY) body[field] = field === 'version' ? '2024-01-01T00:00:00.000Z' : [];
    expect(readOnlyFieldsRemoved(body)).to.deep.equal({ id: '/a', cmd: 'x', instances: 2 });
  });

  it('does not touch the body it was given', () => {
    const body = { id: '/a', version: 'v', tasks: [] };
    readOnlyFieldsRemoved(body);
    expect(body).to.deep.equal({ id: '/a', version: 'v', tasks: [] });
  });

  it('answers {} for anything that is not a JSON object', () => {
    for (const body of [null, undefined, 3, 'x', true, [], [{ id: '/a' }]]) expect(readOnlyFieldsRemoved(body)).to.deep.equal({});
  });
});

describe('marathon core: mergeAppUpdate', () => {
  const current = {
    id: '/a', cmd: 'sleep 1', instances: 1, cpus: 0.5, env: { A: '1' }, labels: { x: 'y' },
    portDefinitions: [{ port: 0, protocol: 'tcp' }], fetch: [{ uri: 'http://x/a.tgz' }],
    networks: [{ mode: 'host' }], version: '2024-01-01T00:00:00.000Z', versionInfo: { lastScalingAt: 'a', lastConfigChangeAt: 'b' },
  };

  it('replaces whole top-level fields and keeps the others', () => {
    const merged = mergeAppUpdate(current, { instances: 3, env: { B: '2' } });
    expect(merged.instances).to.equal(3);
    expect(merged.env).to.deep.equal({ B: '2' }); // replaced, not merged
    expect(merged.cpus).to.equal(0.5);
    expect(merged.labels).to.deep.equal({ x: 'y' });
  });

  it('drops the read-only fields of the current definition', () => {
    const merged = mergeAppUpdate(current, {});
    expect(merged).to.not.have.property('version');
    expect(merged).to.not.have.property('versionInfo');
  });

  it('a legacy field replaces its canonical partner, and the other way round', () => {
    const pairs: Array<[string, string]> = [
      ['ports', 'portDefinitions'], ['uris', 'fetch'], ['ipAddress', 'networks'],
    ];
    for (const [legacy, canonical] of pairs) {
      const withLegacy = mergeAppUpdate(current, { [legacy]: [] });
      expect(withLegacy, legacy).to.not.have.property(canonical);
      expect(withLegacy, legacy).to.have.property(legacy);
      const base: Record<string, unknown> = { ...current, [legacy]: ['old'] };
      delete base[canonical];
      const withCanonical = mergeAppUpdate(base, { [canonical]: [] });
      expect(withCanonical, canonical).to.not.have.property(legacy);
      expect(withCanonical[canonical], canonical).to.deep.equal([]);
    }
  });

  it('cmd and args exclude each other: setting one clears the other', () => {
    expect(mergeAppUpdate(current, { args: ['run'] })).to.not.have.property('cmd');
    expect(mergeAppUpdate(current, { args: ['run'] }).args).to.deep.equal(['run']);
    const withArgs = { ...current, cmd: undefined, args: ['run'] };
    expect(mergeAppUpdate(withArgs, { cmd: 'go' })).to.not.have.property('args');
    expect(mergeAppUpdate(withArgs, { cmd: 'go' }).cmd).to.equal('go');
    // Sending neither keeps whichever is there.
    expect(mergeAppUpdate({ id: '/a', args: ['x'] }, { instances: 2 }).args).to.deep.equal(['x']);
  });

  it('does not touch its inputs', () => {
    const base = { ...current };
    const update = { ports: [80], args: ['x'] };
    mergeAppUpdate(base, update);
    expect(base).to.deep.equal(current);
    expect(update).to.deep.equal({ ports: [80], args: ['x'] });
  });

  it('passes unknown fields through to validation, whatever their name', () => {
    // A client may send any key (JSON.parse makes own properties of them all); the merge must not trip on names that
    // happen to exist on Object.prototype.
    for (const key of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      const update = JSON.parse(`{"${key}": 1}`) as Record<string, unknown>;
      let merged: Record<string, unknown> | undefined;
      expect(() => { merged = mergeAppUpdate(current, update); }, key).to.not.throw();
      expect(Object.getOwnPropertyDescriptor(merged, key)?.value, key).to.equal(1);
      expect(Object.getPrototypeOf(merged), key).to.equal(Object.prototype);
    }
  });

  it('property: every update field wins, and no read-only field survives', () => {
    const key = fc.constantFrom('id', 'cmd', 'args', 'instances', 'cpus', 'ports', 'portDefinitions', 'uris', 'fetch',
      'ipAddress', 'networks', 'labels', 'env', ...READ_ONLY);
    const record = fc.dictionary(key, fc.jsonValue(), { maxKeys: 8 });
    fc.assert(fc.property(record, record, (base, rawUpdate) => {
      const update = readOnlyFieldsRemoved(rawUpdate);
      const merged = mergeAppUpdate(base, update);
      for (const [field, value] of Object.entries(update)) expect(merged[field]).to.deep.equal(value);
      for (const field of READ_ONLY) expect(merged).to.not.have.property(field);
      for (const field of Object.keys(merged)) expect(field in update || field in base).to.equal(true);
    }));
  });
});
