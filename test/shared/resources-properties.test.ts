import { expect } from 'chai';
import fc from 'fast-check';
import { v1 } from '../../shared/protocol/index.js';
import {
  addResources,
  containsResources,
  formatResources,
  normalizeResources,
  parseResources,
  rangesSize,
  rangesValue,
  resourcesEqual,
  resourcesFromJson,
  resourcesFromProto,
  resourcesToJson,
  resourcesToProto,
  subtractResources,
  takeScalarsAndPorts,
  type Reservation,
  type Resource,
  type Resources,
} from '../../shared/resources/index.js';

const RUNS = { numRuns: 200 };

interface Universe {
  /** Ports come from [portBase, portBase + 60]. */
  readonly portBase: number;
  readonly items: readonly string[];
}

const LOW: Universe = { portBase: 0, items: ['a', 'b', 'c', 'd'] };
const HIGH: Universe = { portBase: 1000, items: ['w', 'x', 'y', 'z'] };

const staticReservations = fc.constantFrom<readonly Reservation[]>(
  [],
  [{ type: 'static', role: 'ops' }],
  [{ type: 'static', role: 'eng/web' }],
);

/** Every reservation form: refinements, dynamic ones, principals and labels. */
const anyReservations = fc.oneof(
  staticReservations,
  fc.constantFrom<readonly Reservation[]>(
    [{ type: 'dynamic', role: 'ops', principal: 'alice' }],
    [{ type: 'static', role: 'eng' }, { type: 'dynamic', role: 'eng/web', labels: { team: 'web', tier: '1' } }],
  ),
);

function entry(universe: Universe, reservations: fc.Arbitrary<readonly Reservation[]>): fc.Arbitrary<Resource> {
  const scalar = fc.tuple(fc.constantFrom('cpus', 'mem', 'disk', 'custom'), fc.integer({ min: 0, max: 100_000 })).map(
    ([name, millis]) => ({ name, value: { type: 'scalar', value: millis / 1000 } as const }),
  );
  const gpus = fc.integer({ min: 0, max: 8 }).map((value) => ({ name: 'gpus', value: { type: 'scalar', value } as const }));
  const range = fc
    .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 8 }))
    .map(([offset, length]) => ({ begin: universe.portBase + offset, end: universe.portBase + offset + length }));
  const ports = fc.array(range, { maxLength: 4 }).map((ranges) => ({ name: 'ports', value: { type: 'ranges', ranges } as const }));
  const set = fc
    .subarray([...universe.items])
    .map((items) => ({ name: 'disks', value: { type: 'set', items } as const }));
  return fc
    .tuple(fc.oneof(scalar, gpus, ports, set), reservations)
    .map(([{ name, value }, held]) => ({ name, role: '', reservations: held, value }));
}

function resources(
  universe: Universe = LOW,
  reservations: fc.Arbitrary<readonly Reservation[]> = anyReservations,
): fc.Arbitrary<Resources> {
  return fc.array(entry(universe, reservations), { maxLength: 8 }).map(normalizeResources);
}

function expectSame(actual: Resources, expected: Resources): void {
  expect(resourcesEqual(actual, expected), `${formatResources(actual)} != ${formatResources(expected)}`).to.equal(true);
  expect(actual).to.deep.equal(expected);
}

function subtracts(a: Resources, b: Resources): boolean {
  try {
    subtractResources(a, b);
    return true;
  } catch {
    return false;
  }
}

function hasThreeDecimals(value: number): boolean {
  return Number(value.toFixed(3)) === value;
}

describe('resources: properties', function () {
  it('add is commutative', function () {
    fc.assert(fc.property(resources(), resources(), (a, b) => expectSame(addResources(a, b), addResources(b, a))), RUNS);
  });

  it('add is associative', function () {
    fc.assert(
      fc.property(resources(), resources(), resources(), (a, b, c) =>
        expectSame(addResources(addResources(a, b), c), addResources(a, addResources(b, c))),
      ),
      RUNS,
    );
  });

  it('(a + b) - b == a when ranges and sets do not overlap', function () {
    fc.assert(
      fc.property(resources(LOW), resources(HIGH), (a, b) => expectSame(subtractResources(addResources(a, b), b), a)),
      RUNS,
    );
  });

  it('a + b contains b (and a), whatever overlaps', function () {
    fc.assert(
      fc.property(resources(), resources(), (a, b) => {
        const sum = addResources(a, b);
        expect(containsResources(sum, b)).to.equal(true);
        expect(containsResources(sum, a)).to.equal(true);
      }),
      RUNS,
    );
  });

  it('contains(a, b) exactly when subtract(a, b) succeeds', function () {
    fc.assert(
      fc.property(resources(), resources(), resources(), (a, b, c) => {
        for (const [x, y] of [[a, b], [addResources(a, b), b], [b, addResources(a, b)], [addResources(a, c), addResources(b, c)]] as const) {
          expect(subtracts(x, y)).to.equal(containsResources(x, y));
        }
      }),
      RUNS,
    );
  });

  it('a - b is contained in a, and adding b back gives a (for contained b)', function () {
    fc.assert(
      fc.property(resources(LOW), resources(LOW), (a, b) => {
        const whole = addResources(a, b);
        const rest = subtractResources(whole, b);
        expect(containsResources(whole, rest)).to.equal(true);
        expect(containsResources(addResources(rest, b), whole)).to.equal(true);
      }),
      RUNS,
    );
  });

  it('contains both ways means equal', function () {
    fc.assert(
      fc.property(resources(), resources(), (a, b) => {
        const mutual = containsResources(a, b) && containsResources(b, a);
        expect(mutual).to.equal(resourcesEqual(a, b));
      }),
      RUNS,
    );
  });

  it('parse(format(r)) == r for everything the text form can say', function () {
    fc.assert(fc.property(resources(LOW, staticReservations), (r) => expectSame(parseResources(formatResources(r)), r)), RUNS);
  });

  it('JSON and protobuf round-trip every reservation form', function () {
    fc.assert(
      fc.property(resources(HIGH, anyReservations), (r) => {
        expectSame(resourcesFromJson(JSON.parse(JSON.stringify(resourcesToJson(r)))), r);
        expectSame(resourcesFromProto(resourcesToProto(r)), r);
        const decoded = resourcesToProto(r).map((message) => v1.Resource.decode(v1.Resource.encode(message).finish()));
        expectSame(resourcesFromProto(decoded), r);
      }),
      RUNS,
    );
  });

  it('range merging keeps every port exactly once', function () {
    const ranges = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 20 })).map(([begin, length]) => [begin, begin + length] as const),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(ranges, ranges, (first, second) => {
        const spell = (list: readonly (readonly [number, number])[]) => `[${list.map(([b, e]) => `${b}-${e}`).join(',')}]`;
        const merged = rangesValue(parseResources(`ports:${spell(first)};ports(ops):${spell(second)}`), 'ports');
        const expected = new Set<number>();
        for (const [begin, end] of [...first, ...second]) for (let port = begin; port <= end; port += 1) expected.add(port);
        const seen: number[] = [];
        for (const { begin, end } of merged) for (let port = begin; port <= end; port += 1) seen.push(port);
        expect(seen).to.deep.equal([...expected].sort((x, y) => x - y));
        for (let i = 1; i < merged.length; i += 1) expect(merged[i]!.begin).to.be.greaterThan(merged[i - 1]!.end + 1);
      }),
      RUNS,
    );
  });

  it('scalars stay at 3 decimals through parsing and arithmetic', function () {
    const amount = fc.double({ min: 0, max: 1_000_000, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 6 }), (amounts) => {
        const parts = amounts.map((value) => parseResources(`cpus:${value}`));
        for (const part of parts) for (const { value } of part) expect(value.type === 'scalar' && hasThreeDecimals(value.value)).to.equal(true);
        let total: Resources = [];
        for (const part of parts) total = addResources(total, part);
        for (const part of parts.slice(1)) total = subtractResources(total, part);
        expectSame(total, parts[0]!);
        for (const { value } of total) expect(value.type === 'scalar' && hasThreeDecimals(value.value)).to.equal(true);
      }),
      RUNS,
    );
  });

  it('takeScalarsAndPorts returns a part of the offer with exactly what was asked', function () {
    const request = fc.record({
      cpus: fc.integer({ min: 0, max: 5000 }).map((millis) => millis / 1000),
      mem: fc.integer({ min: 0, max: 50_000 }).map((millis) => millis / 1000),
      ports: fc.integer({ min: 0, max: 12 }),
    });
    fc.assert(
      fc.property(resources(LOW, staticReservations), fc.boolean(), request, fc.constantFrom(undefined, 'ops', 'eng/web'), (some, enough, want, role) => {
        // Half the offers surely fit (unreserved resources serve every role), so both outcomes get exercised.
        const offer = enough ? addResources(some, parseResources('cpus:5;mem:50;ports:[100-111]')) : some;
        const taken = takeScalarsAndPorts(offer, want, role);
        if (enough) expect(taken).to.not.equal(undefined);
        if (taken === undefined) return;
        expect(containsResources(offer, taken)).to.equal(true);
        const quantities = (name: string) => taken.filter((res) => res.name === name);
        const scalarSum = (name: string) =>
          quantities(name).reduce((sum, res) => sum + (res.value.type === 'scalar' ? res.value.value * 1000 : 0), 0);
        expect(Math.round(scalarSum('cpus'))).to.equal(Math.round(want.cpus * 1000));
        expect(Math.round(scalarSum('mem'))).to.equal(Math.round(want.mem * 1000));
        // Counted per entry: generated offers may hold the same port number both reserved and unreserved.
        const ports = quantities('ports').reduce((sum, res) => sum + (res.value.type === 'ranges' ? rangesSize(res.value.ranges) : 0), 0);
        expect(ports).to.equal(want.ports);
      }),
      RUNS,
    );
  });
});
