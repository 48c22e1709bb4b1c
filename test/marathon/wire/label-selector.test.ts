import { expect } from 'chai';
import fc from 'fast-check';
import { matchesLabels, parseLabelSelector, type LabelSelector } from '../../../frameworks/marathon/wire/index.js';

function parse(text: string): LabelSelector {
  const r = parseLabelSelector(text);
  if ('error' in r) throw new Error(r.error);
  return r;
}

const matches = (text: string, labels: Record<string, string>): boolean => matchesLabels(parse(text), labels);

describe('marathon wire: label selectors', () => {
  it('parses existence, equality and set selectors joined by commas', () => {
    expect(parse('a in (t1, t2, t3), b notin (t1), c, d == x, e!=y').requirements).to.deep.equal([
      { key: 'a', op: 'in', values: ['t1', 't2', 't3'] },
      { key: 'b', op: 'notin', values: ['t1'] },
      { key: 'c', op: 'exists', values: [] },
      { key: 'd', op: '==', values: ['x'] },
      { key: 'e', op: '!=', values: ['y'] },
    ]);
    expect(parse('  ').requirements).to.deep.equal([]);
    expect(parse('a in ()').requirements).to.deep.equal([{ key: 'a', op: 'in', values: [] }]);
  });

  it('unescapes backslash escapes, as in Marathon\'s own example', () => {
    expect(parse('\\!\\!\\! in (\\-\\-\\-, \\&\\&\\&, \\+\\+\\+)').requirements).to.deep.equal([
      { key: '!!!', op: 'in', values: ['---', '&&&', '+++'] },
    ]);
    expect(parse('msg==hello\\ world\\,\\(x\\)\\\\').requirements).to.deep.equal([
      { key: 'msg', op: '==', values: ['hello world,(x)\\'] },
    ]);
    expect(parse('HAPROXY_GROUP==external, vip.port-name').requirements.map((r) => r.key)).to.deep.equal(['HAPROXY_GROUP', 'vip.port-name']);
  });

  it('matches like Marathon: every selector needs its label, comma is AND, empty matches all', () => {
    const labels = { env: 'prod', tier: 'web' };
    expect(matches('env', labels)).to.equal(true);
    expect(matches('owner', labels)).to.equal(false);
    expect(matches('env==prod', labels)).to.equal(true);
    expect(matches('env==qa', labels)).to.equal(false);
    expect(matches('env!=qa', labels)).to.equal(true);
    expect(matches('owner!=qa', labels)).to.equal(false);
    expect(matches('env in (qa, prod)', labels)).to.equal(true);
    expect(matches('env notin (qa, prod)', labels)).to.equal(false);
    expect(matches('owner notin (qa)', labels)).to.equal(false);
    expect(matches('env==prod, tier==web', labels)).to.equal(true);
    expect(matches('env==prod, tier==db', labels)).to.equal(false);
    expect(matches('', labels)).to.equal(true);
    expect(matches('toString', labels)).to.equal(false);
  });

  const bad = ['a==', '==b', 'a in (x', 'a in (x,)', 'a,', ',a', 'a b', 'a\\', 'a in x', 'a = b', 'a!b', 'a==b==c', 'a notin'];
  for (const text of bad) {
    it(`rejects ${JSON.stringify(text)} with Marathon's message`, () => {
      const r = parseLabelSelector(text);
      expect(r).to.have.property('error').that.matches(new RegExp(`^Can not parse label selector ${text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}\\. Reason: `));
    });
  }

  it('property: escaping any key and value round-trips, and k==v matches exactly the labels where k is v', () => {
    const escape = (s: string): string => s.replace(/[^A-Za-z0-9]/g, (c) => `\\${c}`);
    const text = fc.string({ minLength: 1, maxLength: 8 });
    fc.assert(fc.property(text, text, fc.dictionary(text, text, { maxKeys: 3 }), (k, v, labels) => {
      const sel = parse(`${escape(k)} == ${escape(v)}`);
      expect(sel.requirements).to.deep.equal([{ key: k, op: '==', values: [v] }]);
      expect(matchesLabels(sel, labels)).to.equal(Object.hasOwn(labels, k) && labels[k] === v);
      expect(matchesLabels(sel, { ...labels, [k]: v })).to.equal(true);
    }), { numRuns: 300 });
  });
});
