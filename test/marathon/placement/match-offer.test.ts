import { expect } from 'chai';
import fc from 'fast-check';
import {
  matchOffer, subtractMatched, type OfferToMatch, type PlacedInstance,
} from '../../../frameworks/marathon/placement/index.js';
import { formatResources, parseResources, rangesValue, type Resources } from '../../../frameworks/sdk/index.js';
import { resourcesFromJson } from '../../../shared/resources/index.js';
import { app, offer } from './helpers.js';

function matched(result: ReturnType<typeof matchOffer>): { resources: Resources; hostPorts: number[] } {
  if (!result.ok) throw new Error(`expected a match, got ${result.reasons.join(', ')}`);
  return result;
}

function reasons(result: ReturnType<typeof matchOffer>): string[] {
  if (result.ok) throw new Error('expected no match');
  return result.reasons;
}

describe('marathon placement: matchOffer', () => {
  it('takes exactly cpus, mem and one dynamic port (lowest first by default)', () => {
    const result = matched(matchOffer(app({ cpus: 0.5, mem: 64 }), offer('cpus:4;mem:1024;disk:100;ports:[31000-31009]'), []));
    expect(formatResources(result.resources)).to.equal('cpus:0.5;mem:64;ports:[31000-31000]');
    expect(result.hostPorts).to.deep.equal([31000]);
  });

  it('takes disk and gpus only when the app asks for them', () => {
    const result = matched(matchOffer(app({ cpus: 1, mem: 32, disk: 10, gpus: 1, portDefinitions: [] }),
      offer('cpus:4;mem:1024;disk:100;gpus:2'), []));
    expect(formatResources(result.resources)).to.equal('cpus:1;disk:10;gpus:1;mem:32');
    expect(result.hostPorts).to.deep.equal([]);
  });

  it('reports every shortage', () => {
    const big = app({ cpus: 8, mem: 4096, disk: 500, gpus: 1, portDefinitions: [{ port: 0 }, { port: 0 }] });
    expect(reasons(matchOffer(big, offer('cpus:1;mem:128;disk:10;ports:[31000-31000]'), []))).to.deep.equal([
      'InsufficientCpus', 'InsufficientMemory', 'InsufficientDisk', 'InsufficientGpus', 'InsufficientPorts',
    ]);
    expect(reasons(matchOffer(app({ mem: 512 }), offer('cpus:4;mem:256;ports:[1-10]'), []))).to.deep.equal(['InsufficientMemory']);
  });

  it('reports an unmet constraint with the resource reasons', () => {
    const unique = app({ cpus: 8, constraints: [['hostname', 'UNIQUE']] });
    const placed: PlacedInstance[] = [{ hostname: 'host-a', attributes: {} }];
    expect(reasons(matchOffer(unique, offer('cpus:1;mem:1024;ports:[1-10]'), placed)))
      .to.deep.equal(['UnfulfilledConstraint', 'InsufficientCpus']);
    expect(matchOffer(unique, offer('cpus:8;mem:1024;ports:[1-10]', { hostname: 'host-b' }), placed).ok).to.equal(true);
  });

  describe('roles', () => {
    it('uses unreserved resources and those reserved to the app role, reserved first', () => {
      const result = matched(matchOffer(app({ role: 'ops', cpus: 3, mem: 64 }),
        offer('cpus:2;cpus(ops):2;mem:1024;ports:[31000-31001]', { role: 'ops' }), []));
      expect(formatResources(result.resources)).to.equal('cpus:1;cpus(ops):2;mem:64;ports:[31000-31000]');
    });

    it('ignores reservations of other roles', () => {
      const offered = offer('cpus(other):4;mem:1024;ports:[31000-31001]');
      expect(reasons(matchOffer(app({ cpus: 1 }), offered, []))).to.deep.equal(['InsufficientCpus']);
      expect(reasons(matchOffer(app({ role: 'ops', cpus: 1 }), offered, []))).to.deep.equal(['InsufficientCpus']);
    });

    it('serves a subrole from its parent role\'s reservation', () => {
      const result = matched(matchOffer(app({ role: 'ops/web', cpus: 1, mem: 64, portDefinitions: [] }),
        offer('cpus(ops):2;mem:1024', { role: 'ops/web' }), []));
      expect(formatResources(result.resources)).to.equal('cpus(ops):1;mem:64');
    });

    it('without app.role uses the reservations of the role the offer is allocated to', () => {
      const result = matched(matchOffer(app({ cpus: 1, mem: 64, portDefinitions: [] }), offer('cpus(fw):1;mem:64', { role: 'fw' }), []));
      expect(formatResources(result.resources)).to.equal('cpus(fw):1;mem:64');
    });

    it("acceptedResourceRoles ['*'] uses unreserved resources only", () => {
      const strict = app({ role: 'ops', acceptedResourceRoles: ['*'], cpus: 1, mem: 64, portDefinitions: [] });
      expect(reasons(matchOffer(strict, offer('cpus(ops):4;mem:1024', { role: 'ops' }), []))).to.deep.equal(['InsufficientCpus']);
      const ok = matched(matchOffer(strict, offer('cpus(ops):4;cpus:1;mem:1024', { role: 'ops' }), []));
      expect(formatResources(ok.resources)).to.equal('cpus:1;mem:64');
    });

    it('acceptedResourceRoles naming the role uses reserved resources only', () => {
      const reservedOnly = app({ role: 'ops', acceptedResourceRoles: ['ops'], cpus: 1, mem: 64, portDefinitions: [] });
      expect(reasons(matchOffer(reservedOnly, offer('cpus(ops):1;mem(ops):32;mem:1024', { role: 'ops' }), [])))
        .to.deep.equal(['InsufficientMemory']);
    });

    it('an offer with nothing usable, or allocated to another role, is UnfulfilledRole', () => {
      expect(reasons(matchOffer(app({ portDefinitions: [] }), offer('cpus(x):4;mem(x):1024'), [])))
        .to.deep.equal(['UnfulfilledRole', 'InsufficientCpus', 'InsufficientMemory']);
      expect(reasons(matchOffer(app({ role: 'ops', portDefinitions: [] }), offer('cpus:4;mem:1024', { role: 'dev' }), [])))
        .to.deep.equal(['UnfulfilledRole']);
    });

    it('never uses reservations carrying labels', () => {
      const labelled = resourcesFromJson([
        { name: 'cpus', type: 'SCALAR', scalar: { value: 4 }, reservations: [{ type: 'DYNAMIC', role: 'ops', labels: { labels: [{ key: 'volume', value: 'v1' }] } }] },
        { name: 'mem', type: 'SCALAR', scalar: { value: 1024 } },
      ]);
      const offered: OfferToMatch = { ...offer(''), role: 'ops', resources: labelled };
      expect(reasons(matchOffer(app({ role: 'ops', portDefinitions: [] }), offered, []))).to.deep.equal(['InsufficientCpus']);
    });
  });

  describe('host ports', () => {
    it('requirePorts needs the definition\'s own ports in the offer', () => {
      const required = app({ requirePorts: true, portDefinitions: [{ port: 8080 }, { port: 8081 }] });
      expect(matched(matchOffer(required, offer('cpus:2;mem:1024;ports:[8000-9000]'), [])).hostPorts).to.deep.equal([8080, 8081]);
      expect(reasons(matchOffer(required, offer('cpus:2;mem:1024;ports:[8081-9000]'), []))).to.deep.equal(['InsufficientPorts']);
    });

    it('without requirePorts the definition\'s port is a service port and host ports are dynamic', () => {
      const plain = app({ portDefinitions: [{ port: 10001 }, { port: 10002 }] });
      expect(matched(matchOffer(plain, offer('cpus:2;mem:1024;ports:[31000-31005]'), [])).hostPorts).to.deep.equal([31000, 31001]);
    });

    it('uses pickIndex for dynamic ports and never takes one port twice', () => {
      const three = app({ portDefinitions: [{ port: 0 }, { port: 0 }, { port: 0 }] });
      const result = matched(matchOffer(three, offer('cpus:2;mem:1024;ports:[100-101,200-201]'), [], (n) => n - 1));
      expect(result.hostPorts).to.deep.equal([201, 200, 101]);
      expect(rangesValue(result.resources, 'ports')).to.deep.equal([{ begin: 101, end: 101 }, { begin: 200, end: 201 }]);
    });

    it('bridge: fixed and dynamic host ports from the mappings, in mapping order', () => {
      const bridge = app({
        cmd: undefined,
        container: {
          type: 'DOCKER', docker: { image: 'nginx' },
          portMappings: [{ containerPort: 80, hostPort: 0 }, { containerPort: 443, hostPort: 31443 }, { containerPort: 9000 }],
        },
        networks: [{ mode: 'container/bridge' }],
      });
      const result = matched(matchOffer(bridge, offer('cpus:2;mem:1024;ports:[31000-31500]'), []));
      expect(result.hostPorts).to.deep.equal([31000, 31443, 31001]);
      expect(reasons(matchOffer(bridge, offer('cpus:2;mem:1024;ports:[31000-31400]'), []))).to.deep.equal(['InsufficientPorts']);
    });

    it('container networks: only mappings with a hostPort take host ports', () => {
      const user = app({
        container: { type: 'DOCKER', docker: { image: 'nginx' }, portMappings: [{ containerPort: 80 }, { containerPort: 81, hostPort: 0 }] },
        networks: [{ mode: 'container', name: 'overlay' }],
      });
      const result = matched(matchOffer(user, offer('cpus:2;mem:1024;ports:[31000-31000]'), []));
      expect(result.hostPorts).to.deep.equal([31000]);
    });

    it('keeps each port with its own role', () => {
      const result = matched(matchOffer(app({ role: 'ops', portDefinitions: [{ port: 0 }, { port: 0 }] }),
        offer('cpus:2;mem:1024;ports:[31000-31000];ports(ops):[20000-20000]', { role: 'ops' }), []));
      expect(formatResources(result.resources)).to.equal('cpus:1;mem:128;ports:[31000-31000];ports(ops):[20000-20000]');
      expect(result.hostPorts).to.deep.equal([20000, 31000]);
    });

    it('instances carved one after another from one offer never share a port (property)', () => {
      fc.assert(fc.property(
        fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 8 }), fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
        (portsPerTask, instances, randomness) => {
          const many = app({ cpus: 0.1, mem: 16, portDefinitions: Array.from({ length: portsPerTask }, () => ({ port: 0 })) });
          let remaining = parseResources('cpus:4;mem:4096;ports:[31000-31010,32000-32005]');
          let draw = 0;
          const pick = (n: number): number => randomness[draw++ % randomness.length]! % n;
          const seen = new Set<number>();
          for (let i = 0; i < instances; i += 1) {
            const result = matchOffer(many, { ...offer(''), resources: remaining }, [], pick);
            if (!result.ok) {
              expect(result.reasons).to.deep.equal(['InsufficientPorts']);
              expect(17 - seen.size).to.be.below(portsPerTask);
              return;
            }
            for (const port of result.hostPorts) {
              expect(seen.has(port)).to.equal(false);
              seen.add(port);
            }
            expect(rangesValue(result.resources, 'ports').reduce((n, r) => n + r.end - r.begin + 1, 0)).to.equal(portsPerTask);
            remaining = subtractMatched(remaining, result.resources);
          }
        },
      ));
    });

    it('rejects a pickIndex outside [0, n)', () => {
      expect(() => matchOffer(app({}), offer('cpus:2;mem:1024;ports:[1-5]'), [], (n) => n)).to.throw(/pickIndex/);
    });
  });
});
