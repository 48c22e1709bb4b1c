import { expect } from 'chai';
import fc from 'fast-check';
import type { Constraint } from '../../../frameworks/marathon/app-definition/index.js';
import { checkConstraints, formatAttribute, formatScalar } from '../../../frameworks/marathon/placement/index.js';
import { on } from './helpers.js';

function fits(constraint: Constraint, candidate: ReturnType<typeof on>, placed: ReturnType<typeof on>[] = []): boolean {
  return checkConstraints([constraint], candidate, placed).ok;
}

describe('marathon placement: constraints', () => {
  it('returns the first violated constraint', () => {
    const unique: Constraint = ['hostname', 'UNIQUE'];
    const like: Constraint = ['rack', 'LIKE', 'r[12]'];
    const result = checkConstraints([like, unique], on('a', { rack: 'r1' }), [on('a')]);
    expect(result).to.deep.equal({ ok: false, constraint: unique });
    expect(checkConstraints([], on('a'), [on('a')])).to.deep.equal({ ok: true });
  });

  describe('UNIQUE', () => {
    it('allows one instance per hostname (hostname and @hostname)', () => {
      for (const field of ['hostname', '@hostname']) {
        expect(fits([field, 'UNIQUE'], on('a'), [on('b')])).to.equal(true);
        expect(fits([field, 'UNIQUE'], on('a'), [on('b'), on('a')])).to.equal(false);
      }
    });
    it('allows one instance per attribute value; agents without it never fit', () => {
      expect(fits(['rack', 'UNIQUE'], on('a', { rack: 'r1' }), [on('b', { rack: 'r2' }), on('c')])).to.equal(true);
      expect(fits(['rack', 'UNIQUE'], on('a', { rack: 'r1' }), [on('b', { rack: 'r1' })])).to.equal(false);
      expect(fits(['rack', 'UNIQUE'], on('a'), [])).to.equal(false);
    });
  });

  describe('CLUSTER', () => {
    it('with a value: only agents with that value', () => {
      expect(fits(['rack', 'CLUSTER', 'r1'], on('a', { rack: 'r1' }))).to.equal(true);
      expect(fits(['rack', 'CLUSTER', 'r1'], on('a', { rack: 'r2' }))).to.equal(false);
      expect(fits(['hostname', 'CLUSTER', 'a'], on('a'))).to.equal(true);
      expect(fits(['hostname', 'CLUSTER', 'a'], on('b'))).to.equal(false);
    });
    it('without a value: the first placement pins it', () => {
      expect(fits(['rack', 'CLUSTER'], on('a', { rack: 'r2' }), [])).to.equal(true);
      expect(fits(['rack', 'CLUSTER'], on('a', { rack: 'r2' }), [on('b', { rack: 'r2' })])).to.equal(true);
      expect(fits(['rack', 'CLUSTER'], on('a', { rack: 'r1' }), [on('b', { rack: 'r2' })])).to.equal(false);
      expect(fits(['hostname', 'CLUSTER'], on('a'), [on('a')])).to.equal(true);
      expect(fits(['hostname', 'CLUSTER'], on('b'), [on('a')])).to.equal(false);
    });
    it('placed instances on agents without the attribute break the cluster; a candidate without it never fits', () => {
      expect(fits(['rack', 'CLUSTER'], on('a', { rack: 'r1' }), [on('b')])).to.equal(false);
      expect(fits(['rack', 'CLUSTER', 'r1'], on('a'))).to.equal(false);
    });
    it('compares scalar attributes at 0.001', () => {
      expect(fits(['cores', 'CLUSTER', '4.000'], on('a', { cores: 4 }))).to.equal(true);
      expect(fits(['cores', 'CLUSTER', '4.001'], on('a', { cores: 4 }))).to.equal(false);
    });
  });

  describe('GROUP_BY', () => {
    it('without a count: an unused value, or one with the fewest instances', () => {
      const placed = [on('x', { rack: 'r1' }), on('y', { rack: 'r1' }), on('z', { rack: 'r2' })];
      expect(fits(['rack', 'GROUP_BY'], on('a', { rack: 'r2' }), placed)).to.equal(true);
      expect(fits(['rack', 'GROUP_BY'], on('a', { rack: 'r1' }), placed)).to.equal(false);
      expect(fits(['rack', 'GROUP_BY'], on('a', { rack: 'r3' }), placed)).to.equal(true);
      expect(fits(['rack', 'GROUP_BY'], on('a', { rack: 'r1' }), [on('x', { rack: 'r1' })])).to.equal(true);
    });
    it('with a count: used values wait until that many distinct values are in use', () => {
      const placed = [on('x', { rack: 'r1' })];
      expect(fits(['rack', 'GROUP_BY', '3'], on('a', { rack: 'r1' }), placed)).to.equal(false);
      expect(fits(['rack', 'GROUP_BY', '3'], on('a', { rack: 'r2' }), placed)).to.equal(true);
      const three = [on('x', { rack: 'r1' }), on('y', { rack: 'r2' }), on('z', { rack: 'r3' })];
      expect(fits(['rack', 'GROUP_BY', '3'], on('a', { rack: 'r1' }), three)).to.equal(true);
    });
    it('groups by hostname too; a candidate without the attribute never fits', () => {
      expect(fits(['hostname', 'GROUP_BY'], on('a'), [on('a'), on('b')])).to.equal(true);
      expect(fits(['hostname', 'GROUP_BY'], on('a'), [on('a'), on('a'), on('b')])).to.equal(false);
      expect(fits(['rack', 'GROUP_BY'], on('a'), [])).to.equal(false);
    });
    it('spreads evenly when every placement takes a fitting value (property)', () => {
      fc.assert(fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 5 }), (instances, racks) => {
        const values = Array.from({ length: racks }, (_, i) => `r${i}`);
        const placed: ReturnType<typeof on>[] = [];
        for (let n = 0; n < instances; n += 1) {
          const fitting = values.find((rack) => fits(['rack', 'GROUP_BY', String(racks)], on('h', { rack }), placed));
          expect(fitting).to.not.equal(undefined);
          placed.push(on('h', { rack: fitting! }));
        }
        const counts = values.map((rack) => placed.filter((p) => p.attributes.rack === rack).length);
        expect(Math.max(...counts) - Math.min(...counts)).to.be.at.most(1);
      }));
    });
  });

  describe('LIKE / UNLIKE', () => {
    it('match the whole value with a regex', () => {
      expect(fits(['rack', 'LIKE', 'rack-[1-3]'], on('a', { rack: 'rack-2' }))).to.equal(true);
      expect(fits(['rack', 'LIKE', 'rack-[1-3]'], on('a', { rack: 'rack-22' }))).to.equal(false);
      expect(fits(['rack', 'LIKE', 'rack'], on('a', { rack: 'my-rack-1' }))).to.equal(false);
      expect(fits(['rack', 'UNLIKE', 'rack-[7-9]'], on('a', { rack: 'rack-2' }))).to.equal(true);
      expect(fits(['rack', 'UNLIKE', 'rack-[7-9]'], on('a', { rack: 'rack-8' }))).to.equal(false);
      expect(fits(['hostname', 'LIKE', 'web-.*'], on('web-1'))).to.equal(true);
      expect(fits(['@hostname', 'UNLIKE', 'web-.*'], on('web-1'))).to.equal(false);
      // An alternation must be anchored as a whole.
      expect(fits(['rack', 'LIKE', 'a|b'], on('a', { rack: 'ab' }))).to.equal(false);
    });
    it('a missing attribute matches only UNLIKE', () => {
      expect(fits(['rack', 'LIKE', '.*'], on('a'))).to.equal(false);
      expect(fits(['rack', 'UNLIKE', '.*'], on('a'))).to.equal(true);
    });
    it('match formatted scalars, ranges and sets', () => {
      expect(fits(['cores', 'LIKE', '2\\.5'], on('a', { cores: 2.5 }))).to.equal(true);
      expect(fits(['ports', 'LIKE', '\\[100-200,300-400\\]'], on('a', { ports: [{ begin: 300, end: 400 }, { begin: 100, end: 200 }] }))).to.equal(true);
      expect(fits(['disks', 'LIKE', '\\{a,b\\}'], on('a', { disks: ['b', 'a'] }))).to.equal(true);
    });
  });

  describe('MAX_PER', () => {
    it('allows at most N instances per value', () => {
      const placed = [on('x', { rack: 'r1' }), on('y', { rack: 'r1' }), on('z', { rack: 'r2' })];
      expect(fits(['rack', 'MAX_PER', '2'], on('a', { rack: 'r1' }), placed)).to.equal(false);
      expect(fits(['rack', 'MAX_PER', '2'], on('a', { rack: 'r2' }), placed)).to.equal(true);
      expect(fits(['hostname', 'MAX_PER', '1'], on('x'), placed)).to.equal(false);
      expect(fits(['hostname', 'MAX_PER', '1'], on('w'), placed)).to.equal(true);
      expect(fits(['rack', 'MAX_PER', '2'], on('a'), [])).to.equal(false);
    });
  });

  describe('IS', () => {
    it('is exact equality; scalars at 0.001', () => {
      expect(fits(['os', 'IS', 'ubuntu'], on('a', { os: 'ubuntu' }))).to.equal(true);
      expect(fits(['os', 'IS', 'ubuntu'], on('a', { os: 'ubuntu-22' }))).to.equal(false);
      expect(fits(['cores', 'IS', '2'], on('a', { cores: 2 }))).to.equal(true);
      expect(fits(['cores', 'IS', '2.0'], on('a', { cores: 2.0004 }))).to.equal(true);
      expect(fits(['cores', 'IS', '2.001'], on('a', { cores: 2 }))).to.equal(false);
      expect(fits(['hostname', 'IS', 'a'], on('a'))).to.equal(true);
      expect(fits(['os', 'IS', 'ubuntu'], on('a'))).to.equal(false);
    });
  });

  describe('@region / @zone', () => {
    it('read the fault domain, else the region / zone attributes', () => {
      const domain = { hostname: 'a', attributes: { region: 'attr-region' }, region: 'eu', zone: 'eu-1' };
      expect(fits(['@region', 'IS', 'eu'], domain)).to.equal(true);
      expect(fits(['@zone', 'LIKE', 'eu-.*'], domain)).to.equal(true);
      expect(fits(['@region', 'IS', 'us'], on('a', { region: 'us' }))).to.equal(true);
      expect(fits(['@zone', 'UNIQUE'], on('a', { zone: 'z1' }), [on('b', { zone: 'z1' })])).to.equal(false);
      expect(fits(['@zone', 'IS', 'z1'], on('a'))).to.equal(false);
      expect(fits(['@zone', 'UNLIKE', 'z1'], on('a'))).to.equal(true);
    });
  });

  it('formats attribute values like Mesos / Marathon', () => {
    expect(formatScalar(2)).to.equal('2');
    expect(formatScalar(2.5)).to.equal('2.5');
    expect(formatScalar(0.0015)).to.equal('0.002');
    expect(formatScalar(0.0025)).to.equal('0.002');
    expect(formatScalar(1.23456)).to.equal('1.235');
    expect(formatAttribute([{ begin: 5, end: 6 }, { begin: 1, end: 2 }])).to.equal('[1-2,5-6]');
    expect(formatAttribute(['z', 'a'])).to.equal('{a,z}');
    expect(formatAttribute('text')).to.equal('text');
  });
});
