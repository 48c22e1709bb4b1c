import { expect } from 'chai';
import fc from 'fast-check';
import type { AppDefinition } from '../../../frameworks/marathon/app-definition/index.js';
import { assignServicePorts } from '../../../frameworks/marathon/placement/index.js';
import { app } from './helpers.js';

const RANGE = { min: 10000, max: 20000 };

function assigned(result: ReturnType<typeof assignServicePorts>): AppDefinition {
  if ('errors' in result) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.app;
}

function ports(a: AppDefinition): number[] {
  return a.container?.portMappings.length ? a.container.portMappings.map((pm) => pm.servicePort) : a.portDefinitions.map((pd) => pd.port);
}

function bridge(mappings: Record<string, unknown>[]): AppDefinition {
  return app({ container: { type: 'DOCKER', docker: { image: 'nginx' }, portMappings: mappings }, networks: [{ mode: 'container/bridge' }] });
}

describe('marathon placement: service ports', () => {
  it('gives port-0 definitions the lowest free ports, skipping used ones and the app\'s explicit ports', () => {
    const a = app({ portDefinitions: [{ port: 0 }, { port: 10001 }, { port: 0 }] });
    expect(ports(assigned(assignServicePorts(a, new Set([10000, 10002]), RANGE)))).to.deep.equal([10003, 10001, 10004]);
  });

  it('leaves an app without dynamic ports as it is, and explicit ports even when another app has them', () => {
    const a = app({ portDefinitions: [{ port: 10005 }] });
    expect(assigned(assignServicePorts(a, new Set([10005]), RANGE))).to.equal(a);
  });

  it('does not assign definitions of a requirePorts app', () => {
    const a = app({ requirePorts: true, portDefinitions: [{ port: 0 }, { port: 8080 }] });
    expect(ports(assigned(assignServicePorts(a, new Set(), RANGE)))).to.deep.equal([0, 8080]);
  });

  it('assigns container portMappings\' servicePort 0', () => {
    const a = bridge([{ containerPort: 80, servicePort: 0 }, { containerPort: 81, servicePort: 10000 }]);
    const out = assigned(assignServicePorts(a, new Set(), RANGE));
    expect(ports(out)).to.deep.equal([10001, 10000]);
    expect(out.container?.portMappings[0]?.containerPort).to.equal(80);
  });

  it('uses pick over the free ports', () => {
    const a = app({ portDefinitions: [{ port: 0 }, { port: 0 }] });
    const out = assigned(assignServicePorts(a, new Set([10003]), { min: 10000, max: 10005, pick: (n) => n - 1 }));
    expect(ports(out)).to.deep.equal([10005, 10004]);
  });

  it('keeps the ports of the previous version: by name, then position, then any it held', () => {
    const previous = app({ portDefinitions: [{ port: 10010, name: 'http' }, { port: 10011, name: 'admin' }, { port: 10012 }] });
    const renamed = app({ portDefinitions: [{ port: 0, name: 'admin' }, { port: 0, name: 'http' }, { port: 0 }] });
    expect(ports(assigned(assignServicePorts(renamed, new Set(), { ...RANGE, previous })))).to.deep.equal([10011, 10010, 10012]);
    const fewer = app({ portDefinitions: [{ port: 0, name: 'metrics' }] });
    expect(ports(assigned(assignServicePorts(fewer, new Set(), { ...RANGE, previous })))).to.deep.equal([10010]);
    const grown = app({ portDefinitions: [{ port: 0 }, { port: 0 }, { port: 0 }, { port: 0 }] });
    expect(ports(assigned(assignServicePorts(grown, new Set([10000]), { ...RANGE, previous })))).to.deep.equal([10010, 10011, 10012, 10001]);
  });

  it('does not keep a previous port the new version names explicitly elsewhere', () => {
    const previous = app({ portDefinitions: [{ port: 10010 }, { port: 10011 }] });
    const next = app({ portDefinitions: [{ port: 0 }, { port: 10010 }] });
    expect(ports(assigned(assignServicePorts(next, new Set(), { ...RANGE, previous })))).to.deep.equal([10011, 10010]);
  });

  it('answers Marathon\'s 422 body when the range is exhausted', () => {
    const a = app({ portDefinitions: [{ port: 0 }, { port: 0 }, { port: 0 }] });
    const result = assignServicePorts(a, new Set([10001]), { min: 10000, max: 10002 });
    expect(result).to.deep.equal({
      errors: {
        message: 'Object is not valid',
        details: [{ path: '/portDefinitions(2)/port', errors: ['All ports in the range [10000-10002] are already used'] }],
      },
    });
    const b = bridge([{ containerPort: 80 }]);
    const bridgeResult = assignServicePorts(b, new Set([10000]), { min: 10000, max: 10000 });
    expect('errors' in bridgeResult && bridgeResult.errors.details[0]?.path).to.equal('/container/portMappings(0)/servicePort');
  });

  it('assigned ports are unique, in range, outside `used`, and stable when redeployed (property)', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 10000, max: 10040 })), { minLength: 1, maxLength: 8 }),
      fc.uniqueArray(fc.integer({ min: 10000, max: 10040 }), { maxLength: 20 }),
      fc.nat(),
      (requested, usedList, seed) => {
        const a = app({ portDefinitions: requested.map((port) => ({ port })) });
        const used = new Set(usedList);
        const options = { min: 10000, max: 10040, pick: (n: number) => seed % n };
        const result = assignServicePorts(a, used, options);
        const explicit = requested.filter((p) => p !== 0);
        const free = 41 - new Set([...usedList, ...explicit]).size;
        const dynamic = requested.filter((p) => p === 0).length;
        if ('errors' in result) {
          expect(dynamic).to.be.above(free);
          return;
        }
        const out = ports(result.app);
        const fresh = out.filter((_, i) => requested[i] === 0);
        expect(new Set(fresh).size).to.equal(fresh.length);
        for (const p of fresh) {
          expect(p).to.be.within(10000, 10040);
          expect(used.has(p)).to.equal(false);
          expect(explicit).to.not.include(p);
        }
        out.forEach((p, i) => { if (requested[i] !== 0) expect(p).to.equal(requested[i]); });
        // Redeploying the same definition with the result as `previous` keeps every port, whatever `pick` says.
        const again = assignServicePorts(a, used, { ...options, previous: result.app, pick: (n) => (seed + 7) % n });
        expect('app' in again && ports(again.app)).to.deep.equal(out);
      },
    ));
  });
});
