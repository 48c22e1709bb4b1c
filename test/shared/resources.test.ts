import { expect } from 'chai';
import {
  formatAttributes,
  formatResources,
  invalidRoleReason,
  parseAttributes,
  parseResources,
  rangesValue,
  scalarValue,
  setValue,
} from '../../shared/resources/index.js';
import { v1 } from '../../shared/protocol/index.js';
import { isDroverError } from '../../shared/errors/index.js';
import { expectParseError } from './resources-support.js';

describe('resources: the Mesos text form', function () {
  it('parses the agent example from the Mesos docs into a sorted normalised list', function () {
    const resources = parseResources(
      'cpus:24;gpus:2;mem:24576;disk:409600;ports:[21000-24000,30000-34000];bugs(debug_role):{a,b,c}',
    );
    expect(resources.map((r) => `${r.name}(${r.role})`)).to.deep.equal([
      'bugs(debug_role)', 'cpus(*)', 'disk(*)', 'gpus(*)', 'mem(*)', 'ports(*)',
    ]);
    expect(scalarValue(resources, 'cpus')).to.equal(24);
    expect(rangesValue(resources, 'ports')).to.deep.equal([{ begin: 21000, end: 24000 }, { begin: 30000, end: 34000 }]);
    expect(setValue(resources, 'bugs')).to.deep.equal(['a', 'b', 'c']);
    expect(resources[0]!.reservations).to.deep.equal([{ type: 'static', role: 'debug_role' }]);
  });

  it('formats back to text that parses to the same list', function () {
    const text = 'cpus:4;mem:1024;disk:4096;ports:[31000-32000];gpus:1;cpus(ops):2;disks:{b,a}';
    const formatted = formatResources(parseResources(text));
    expect(formatted).to.equal('cpus:4;cpus(ops):2;disk:4096;disks:{a,b};gpus:1;mem:1024;ports:[31000-32000]');
    expect(parseResources(formatted)).to.deep.equal(parseResources(text));
  });

  it('tolerates whitespace and empty entries', function () {
    const resources = parseResources('  cpus : 4 ;; mem(ops) : 8 ; ports : [ 5 - 6 , 1-3 ] ; disks:{ b , a } ; ');
    expect(formatResources(resources)).to.equal('cpus:4;disks:{a,b};mem(ops):8;ports:[1-3,5-6]');
    expect(parseResources('')).to.deep.equal([]);
    expect(parseResources('   ')).to.deep.equal([]);
  });

  it('sums repeated scalars, merges overlapping and adjacent ranges, unites sets, drops zeroes', function () {
    const resources = parseResources('cpus:1.5;cpus:2.25;ports:[10-20];ports:[15-30,31-31,40-40];s:{a};s:{a,b};mem:0;t:{}');
    expect(formatResources(resources)).to.equal('cpus:3.75;ports:[10-31,40-40];s:{a,b}');
  });

  it('rounds scalars to 3 decimals like Mesos fixed point', function () {
    expect(scalarValue(parseResources('cpus:0.1;cpus:0.2'), 'cpus')).to.equal(0.3);
    expect(scalarValue(parseResources('cpus:1.23456'), 'cpus')).to.equal(1.235);
    expect(parseResources('cpus:0.0004')).to.deep.equal([]);
    expect(scalarValue(parseResources('mem:1e3;disk:.5'), 'mem')).to.equal(1000);
  });

  it('takes a single port [80] as the range 80-80', function () {
    expect(formatResources(parseResources('ports:[80,443]'))).to.equal('ports:[80-80,443-443]');
  });

  it('applies the default role to entries written without one, and * stays unreserved', function () {
    const resources = parseResources('cpus:2;cpus(*):1;mem(other):3', { defaultRole: 'ops' });
    expect(formatResources(resources)).to.equal('cpus:1;cpus(ops):2;mem(other):3');
  });

  it('accepts hierarchical roles', function () {
    const [cpus] = parseResources('cpus(eng/web/frontend):1');
    expect(cpus!.role).to.equal('eng/web/frontend');
  });

  it('accepts a JSON array when the text starts with [', function () {
    const resources = parseResources(' [{"name":"cpus","type":"SCALAR","scalar":{"value":2}}] ', { defaultRole: 'ops' });
    expect(formatResources(resources)).to.equal('cpus(ops):2');
  });

  describe('errors name the bad token', function () {
    const cases: [string, string][] = [
      ['cpus:abc', "invalid resource 'cpus:abc': 'abc' is not a number"],
      ['cpus:NaN', "invalid resource 'cpus:NaN': 'NaN' is not a number"],
      ['cpus:1x', "invalid resource 'cpus:1x': '1x' is not a number"],
      ['cpus:-1', "invalid resource 'cpus:-1': '-1' must not be negative"],
      ['cpus:1e400', "invalid resource 'cpus:1e400': '1e400' must be a finite number"],
      ['mem:1e13', "invalid resource 'mem:1e13': '1e13' must be at most 9007199254740"],
      ['gpus:1.5', "invalid resource 'gpus:1.5': '1.5' must be a whole number for gpus"],
      ['ports:[5-3]', "invalid range '[5-3]' in 'ports:[5-3]': begin > end"],
      ['ports:[1-2,5-3]', "invalid range '[1-2,5-3]' in 'ports:[1-2,5-3]': begin > end in '5-3'"],
      ['ports:[1-2', "invalid range '[1-2' in 'ports:[1-2': missing ']'"],
      ['ports:[1-2,]', "invalid range '[1-2,]' in 'ports:[1-2,]': empty range"],
      ['ports:[a-b]', "invalid range '[a-b]' in 'ports:[a-b]': 'a-b' is not of the form begin-end with non-negative integers"],
      ['ports:[-1-5]', "invalid range '[-1-5]' in 'ports:[-1-5]': '-1-5' is not of the form begin-end with non-negative integers"],
      ['ports:[1-99999999999999999]', "invalid range '[1-99999999999999999]' in 'ports:[1-99999999999999999]': '99999999999999999' is larger than 9007199254740991"],
      ['disks:{a,b', "invalid resource 'disks:{a,b': missing '}'"],
      ['disks:{a,,b}', "invalid resource 'disks:{a,,b}': empty item in '{a,,b}'"],
      ['disks:{a,[b]}', "invalid resource 'disks:{a,[b]}': item '[b]' must not contain brackets"],
      [':1', "invalid resource ':1': name must not be empty"],
      ['(ops):1', "invalid resource '(ops):1': name must not be empty"],
      ['my cpus:1', "invalid resource 'my cpus:1': name 'my cpus' must not contain whitespace or any of ()[]{}:;,"],
      ['cpus', "invalid resource 'cpus': expected 'name:value' or 'name(role):value'"],
      ['cpus:', "invalid resource 'cpus:': missing value"],
      ['cpus(ops:1', "invalid resource 'cpus(ops:1': missing ')' after the role"],
      ['cpus(ops)x:1', "invalid resource 'cpus(ops)x:1': expected ':' after the role"],
      ['cpus():1', "invalid resource 'cpus():1': role '' must not be empty"],
      ['cpus(/a):1', "invalid resource 'cpus(/a):1': role '/a' must not start with '/'"],
      ['cpus(a/):1', "invalid resource 'cpus(a/):1': role 'a/' must not end with '/'"],
      ['cpus(a//b):1', "invalid resource 'cpus(a//b):1': role 'a//b' must not contain '//'"],
      ['cpus(.):1', "invalid resource 'cpus(.):1': role '.' must not have the component '.'"],
      ['cpus(a/..):1', "invalid resource 'cpus(a/..):1': role 'a/..' must not have the component '..'"],
      ['cpus(a/*):1', "invalid resource 'cpus(a/*):1': role 'a/*' must not have the component '*'"],
      ['cpus(a/-b):1', "invalid resource 'cpus(a/-b):1': role 'a/-b' must not have a component starting with '-'"],
      ['cpus(a b):1', "invalid resource 'cpus(a b):1': role 'a b' must not contain whitespace or backspace"],
      ['ports:4', "invalid resource 'ports:4': ports must be ranges"],
      ['cpus:[1-2]', "invalid resource 'cpus:[1-2]': cpus must be a scalar"],
      ['mem:{a}', "invalid resource 'mem:{a}': mem must be a scalar"],
    ];
    for (const [text, message] of cases) {
      it(`${text} → ${message}`, function () {
        expectParseError(() => parseResources(`mem:1;${text};cpus:2`), message);
      });
    }

    it('reports malformed JSON as RESOURCE_PARSE', function () {
      let thrown: unknown;
      try {
        parseResources('[{"name":');
      } catch (error) {
        thrown = error;
      }
      expect(isDroverError(thrown, 'RESOURCE_PARSE')).to.equal(true);
      expect((thrown as Error).message).to.match(/^invalid resource JSON: /);
    });

    it('rejects an invalid default role', function () {
      expectParseError(() => parseResources('cpus:1', { defaultRole: 'a//b' }), "invalid default role 'a//b': must not contain '//'");
    });
  });
});

describe('resources: role names', function () {
  it('accepts * and well-formed paths', function () {
    for (const role of ['*', 'a', 'a/b', 'eng.web', 'a-b', 'a/b-c/d', 'a:b', 'x.']) {
      expect(invalidRoleReason(role), role).to.equal(undefined);
    }
  });

  it('rejects the forms Mesos rejects', function () {
    for (const role of ['', '/', '/a', 'a/', 'a//b', '.', '..', 'a/./b', '*/a', '-a', 'a/-b', 'a\tb', 'a\bb', 'a\nb']) {
      expect(invalidRoleReason(role), JSON.stringify(role)).to.be.a('string');
    }
  });
});

describe('resources: attributes', function () {
  it('parses text, scalar, ranges and set attributes in order', function () {
    const attributes = parseAttributes('rack:abc;zone:west;level:10;keys:[1000-1500];tags:{b,a};os:centos5');
    expect(attributes).to.deep.equal([
      { name: 'rack', type: v1.ValueType.TEXT, text: { value: 'abc' } },
      { name: 'zone', type: v1.ValueType.TEXT, text: { value: 'west' } },
      { name: 'level', type: v1.ValueType.SCALAR, scalar: { value: 10 } },
      { name: 'keys', type: v1.ValueType.RANGES, ranges: { range: [{ begin: 1000, end: 1500 }] } },
      { name: 'tags', type: v1.ValueType.SET, set: { item: ['a', 'b'] } },
      { name: 'os', type: v1.ValueType.TEXT, text: { value: 'centos5' } },
    ]);
  });

  it('round-trips through the text form', function () {
    const text = 'rack:abc;level:-2.5;keys:[1-5,7-9];tags:{a,b};os:ubuntu:22.04';
    expect(formatAttributes(parseAttributes(` ${text.replaceAll(';', ' ; ')} `))).to.equal(text);
    expect(parseAttributes(formatAttributes(parseAttributes(text)))).to.deep.equal(parseAttributes(text));
  });

  it('formats protobuf attributes that leave the type unset', function () {
    expect(formatAttributes([{ name: 'level', scalar: { value: 3 } }, { name: 'rack', text: { value: 'r1' } }])).to.equal(
      'level:3;rack:r1',
    );
  });

  describe('errors name the bad token', function () {
    const cases: [string, string][] = [
      ['rack', "invalid attribute 'rack': expected 'name:value'"],
      [':abc', "invalid attribute ':abc': name must not be empty"],
      ['rack:', "invalid attribute 'rack:': missing value"],
      ['keys:[9-1]', "invalid range '[9-1]' in 'keys:[9-1]': begin > end"],
      ['tags:{a', "invalid attribute 'tags:{a': missing '}'"],
      ['level:1e999', "invalid attribute 'level:1e999': '1e999' must be a finite number"],
      ['zone:a;zone:b', "invalid attribute 'zone:b': attribute 'zone' appears twice"],
    ];
    for (const [text, message] of cases) {
      it(`${text} → ${message}`, function () {
        expectParseError(() => parseAttributes(text), message);
      });
    }
  });
});
