import { expect } from 'chai';
import {
  addResources,
  allocatableToRole,
  containsResources,
  filterResources,
  formatResources,
  isEmptyResources,
  isReserved,
  normalizeResources,
  onlyNames,
  parseResources,
  rangesValue,
  reservedResources,
  resourcesEqual,
  resourcesFromJson,
  scalarQuantities,
  scalarValue,
  setValue,
  subtractResources,
  takeScalarsAndPorts,
  unreservedResources,
  withoutNames,
  type Resources,
} from '../../shared/resources/index.js';
import { expectFault } from './resources-support.js';

const r = (text: string): Resources => parseResources(text);
const text = (resources: Resources | undefined): string | undefined =>
  resources === undefined ? undefined : formatResources(resources);

describe('resources: arithmetic', function () {
  it('adds entry by entry, keeping roles apart', function () {
    const sum = addResources(r('cpus:1;mem:100;ports:[1-5];d:{a}'), r('cpus:0.5;cpus(ops):2;ports:[6-8,10-10];d:{b}'));
    expect(text(sum)).to.equal('cpus:1.5;cpus(ops):2;d:{a,b};mem:100;ports:[1-8,10-10]');
  });

  it('subtracts entry by entry and drops what reaches zero', function () {
    const rest = subtractResources(r('cpus:2;mem:100;ports:[1-10];d:{a,b}'), r('cpus:2;mem:30.5;ports:[3-4];d:{a}'));
    expect(text(rest)).to.equal('d:{b};mem:69.5;ports:[1-2,5-10]');
  });

  it('refuses to subtract what is not there and names what is missing', function () {
    expectFault(
      () => subtractResources(r('cpus:1;mem:5;ports:[1-3]'), r('cpus:2;disk:3;ports:[3-4]')),
      'RESOURCE_ARITHMETIC',
      'cannot subtract cpus:2;disk:3;ports:[3-4] from cpus:1;mem:5;ports:[1-3]: missing cpus:1;disk:3;ports:[4-4]',
    );
    // Same amount, other role: reserved cpus do not pay for unreserved ones.
    expectFault(
      () => subtractResources(r('cpus(ops):2'), r('cpus:1')),
      'RESOURCE_ARITHMETIC',
      'cannot subtract cpus:1 from cpus(ops):2: missing cpus:1',
    );
  });

  it('contains only what the same identity covers', function () {
    const agent = r('cpus:4;cpus(ops):2;mem:1024;ports:[31000-32000];d:{a,b}');
    expect(containsResources(agent, r('cpus:4;mem:1024'))).to.equal(true);
    expect(containsResources(agent, r('cpus(ops):2;ports:[31000-31001,31999-32000];d:{b}'))).to.equal(true);
    expect(containsResources(agent, r('cpus:4.001'))).to.equal(false);
    expect(containsResources(agent, r('cpus(ops):3'))).to.equal(false);
    expect(containsResources(agent, r('cpus(dev):1'))).to.equal(false);
    expect(containsResources(agent, r('ports:[30999-31000]'))).to.equal(false);
    expect(containsResources(agent, r('d:{c}'))).to.equal(false);
    expect(containsResources(agent, r('gpus:1'))).to.equal(false);
    expect(containsResources(agent, [])).to.equal(true);
    expect(containsResources([], r('cpus:1'))).to.equal(false);
  });

  it('tells dynamic from static reservations and labels apart', function () {
    const dynamic = resourcesFromJson([
      { name: 'cpus', type: 'SCALAR', scalar: { value: 1 }, reservations: [{ type: 'DYNAMIC', role: 'ops', principal: 'p' }] },
    ]);
    const relabelled = resourcesFromJson([
      { name: 'cpus', type: 'SCALAR', scalar: { value: 1 }, reservations: [{ type: 'DYNAMIC', role: 'ops', principal: 'p', labels: { labels: [{ key: 'k', value: 'v' }] } }] },
    ]);
    expect(containsResources(r('cpus(ops):5'), dynamic)).to.equal(false);
    expect(addResources(dynamic, relabelled)).to.have.length(2);
    expect(containsResources(addResources(dynamic, dynamic), dynamic)).to.equal(true);
    expect(scalarValue(addResources(dynamic, r('cpus(ops):2')), 'cpus')).to.equal(3);
  });

  it('keeps scalars exact to 3 decimals through many small steps', function () {
    let total = r('cpus:0');
    for (let i = 0; i < 1000; i += 1) total = addResources(total, r('cpus:0.001'));
    expect(scalarValue(total, 'cpus')).to.equal(1);
    for (let i = 0; i < 999; i += 1) total = subtractResources(total, r('cpus:0.001'));
    expect(text(total)).to.equal('cpus:0.001');
    expect(text(subtractResources(total, r('cpus:0.001')))).to.equal('');
  });

  it('compares and tests emptiness', function () {
    expect(resourcesEqual(r('cpus:1;mem:2'), r('mem:2;cpus:0.5;cpus:0.5'))).to.equal(true);
    expect(resourcesEqual(r('cpus:1'), r('cpus(a):1'))).to.equal(false);
    expect(resourcesEqual(r('ports:[1-2]'), r('ports:[1-3]'))).to.equal(false);
    expect(isEmptyResources([])).to.equal(true);
    expect(isEmptyResources(r('cpus:0;d:{}'))).to.equal(true);
    expect(isEmptyResources(r('cpus:0.001'))).to.equal(false);
  });

  it('never mutates its arguments', function () {
    const a = r('cpus:1;ports:[1-5]');
    const b = r('cpus:1;ports:[3-3]');
    const before = JSON.stringify([a, b]);
    addResources(a, b);
    subtractResources(a, b);
    containsResources(a, b);
    expect(JSON.stringify([a, b])).to.equal(before);
  });
});

describe('resources: normalizeResources', function () {
  it('sorts, merges, rounds, drops empties and reads a bare role as a static reservation', function () {
    const normal = normalizeResources([
      { name: 'mem', role: '*', reservations: [], value: { type: 'scalar', value: 1.00049 } },
      { name: 'cpus', role: 'ops', reservations: [], value: { type: 'scalar', value: 1 } },
      { name: 'mem', role: '*', reservations: [], value: { type: 'scalar', value: 2 } },
      { name: 'ports', role: '*', reservations: [], value: { type: 'ranges', ranges: [{ begin: 5, end: 9 }, { begin: 1, end: 4 }] } },
      { name: 'disk', role: '*', reservations: [], value: { type: 'scalar', value: 0 } },
    ]);
    expect(text(normal)).to.equal('cpus(ops):1;mem:3;ports:[1-9]');
    expect(normal[0]!.reservations).to.deep.equal([{ type: 'static', role: 'ops' }]);
  });

  it('rejects invalid entries with INVALID_ARGUMENT', function () {
    const scalar = (value: number) => ({ type: 'scalar', value }) as const;
    expectFault(
      () => normalizeResources([{ name: 'cpus', role: '*', reservations: [], value: scalar(-1) }]),
      'INVALID_ARGUMENT',
      "invalid resource [0] 'cpus': value -1 must not be negative",
    );
    expectFault(
      () => normalizeResources([{ name: 'ports', role: '*', reservations: [], value: { type: 'ranges', ranges: [{ begin: 3, end: 1 }] } }]),
      'INVALID_ARGUMENT',
      "invalid resource [0] 'ports': range 3-1: begin > end",
    );
    expectFault(
      () => normalizeResources([{ name: 'cpus', role: 'b', reservations: [{ type: 'static', role: 'a' }], value: scalar(1) }]),
      'INVALID_ARGUMENT',
      "invalid resource [0] 'cpus': role 'b' is not the innermost reservation role 'a'",
    );
    expectFault(
      () => normalizeResources([{ name: 'cpus', role: 'a//b', reservations: [], value: scalar(1) }]),
      'INVALID_ARGUMENT',
      "invalid resource [0] 'cpus': role 'a//b' must not contain '//'",
    );
  });
});

describe('resources: queries', function () {
  const agent = r('cpus:4;cpus(eng):2;cpus(eng/web):1;cpus(ops):3;mem:100;ports:[1-5];ports(eng):[6-9];d:{a};d(ops):{b}');

  it('sums values across roles', function () {
    expect(scalarValue(agent, 'cpus')).to.equal(10);
    expect(scalarValue(agent, 'gpus')).to.equal(0);
    expect(rangesValue(agent, 'ports')).to.deep.equal([{ begin: 1, end: 9 }]);
    expect(setValue(agent, 'd')).to.deep.equal(['a', 'b']);
    expect([...scalarQuantities(agent)]).to.deep.equal([['cpus', 10], ['mem', 100]]);
  });

  it('slices by reservation', function () {
    expect(text(unreservedResources(agent))).to.equal('cpus:4;d:{a};mem:100;ports:[1-5]');
    expect(text(reservedResources(agent))).to.equal('cpus(eng):2;cpus(eng/web):1;cpus(ops):3;d(ops):{b};ports(eng):[6-9]');
    expect(text(reservedResources(agent, 'eng'))).to.equal('cpus(eng):2;ports(eng):[6-9]');
    expect(isReserved(agent[0]!)).to.equal(false);
    expect(isReserved(agent[1]!)).to.equal(true);
  });

  it('offers a role its own and its ancestors\' reservations, never a subrole\'s or a sibling\'s', function () {
    expect(text(allocatableToRole(agent, 'eng/web'))).to.equal('cpus:4;cpus(eng):2;cpus(eng/web):1;d:{a};mem:100;ports:[1-5];ports(eng):[6-9]');
    expect(text(allocatableToRole(agent, 'eng'))).to.equal('cpus:4;cpus(eng):2;d:{a};mem:100;ports:[1-5];ports(eng):[6-9]');
    expect(text(allocatableToRole(agent, 'engineering'))).to.equal('cpus:4;d:{a};mem:100;ports:[1-5]');
  });

  it('filters by name and predicate', function () {
    expect(text(onlyNames(agent, ['mem', 'ports']))).to.equal('mem:100;ports:[1-5];ports(eng):[6-9]');
    expect(text(withoutNames(agent, ['cpus', 'd']))).to.equal('mem:100;ports:[1-5];ports(eng):[6-9]');
    expect(text(filterResources(agent, (res) => res.role === 'ops'))).to.equal('cpus(ops):3;d(ops):{b}');
  });
});

describe('resources: takeScalarsAndPorts', function () {
  const offer = r('cpus:2;cpus(eng):0.5;cpus(eng/web):0.25;mem:1024;mem(eng/web):128;ports:[31000-31002,31010-31020];ports(eng/web):[40000-40000]');

  it('takes from the role\'s own reservation, then its ancestors\', then unreserved', function () {
    const taken = takeScalarsAndPorts(offer, { cpus: 1, mem: 256, ports: 3 }, 'eng/web');
    expect(text(taken)).to.equal('cpus:0.25;cpus(eng):0.5;cpus(eng/web):0.25;mem:128;mem(eng/web):128;ports:[31000-31001];ports(eng/web):[40000-40000]');
    expect(containsResources(offer, taken!)).to.equal(true);
  });

  it('takes the lowest unreserved ports across ranges', function () {
    expect(text(takeScalarsAndPorts(offer, { ports: 5 }, 'ops'))).to.equal('ports:[31000-31002,31010-31011]');
  });

  it('without a role uses reserved entries first', function () {
    expect(text(takeScalarsAndPorts(offer, { cpus: 1 }))).to.equal('cpus:0.25;cpus(eng):0.5;cpus(eng/web):0.25');
  });

  it('returns undefined when the offer is too small for the role', function () {
    expect(takeScalarsAndPorts(offer, { cpus: 2.5 }, 'ops')).to.equal(undefined);
    expect(takeScalarsAndPorts(offer, { gpus: 1 }, 'eng')).to.equal(undefined);
    expect(takeScalarsAndPorts(offer, { ports: 15 }, 'ops')).to.equal(undefined);
    expect(text(takeScalarsAndPorts(offer, { cpus: 2.75, ports: 15 }, 'eng/web'))).to.be.a('string');
  });

  it('rejects nonsense requests', function () {
    expectFault(() => takeScalarsAndPorts(offer, { cpus: -1 }), 'INVALID_ARGUMENT', 'requested cpus must be a non-negative finite number, got -1');
    expectFault(() => takeScalarsAndPorts(offer, { gpus: 0.5 }), 'INVALID_ARGUMENT', 'requested gpus must be a non-negative integer, got 0.5');
    expectFault(() => takeScalarsAndPorts(offer, { ports: 1.5 }), 'INVALID_ARGUMENT', 'requested ports must be a non-negative integer, got 1.5');
    expectFault(() => takeScalarsAndPorts(offer, { mem: NaN }), 'INVALID_ARGUMENT', 'requested mem must be a non-negative finite number, got NaN');
  });

  it('an empty request takes nothing', function () {
    expect(takeScalarsAndPorts(offer, {})).to.deep.equal([]);
  });
});
