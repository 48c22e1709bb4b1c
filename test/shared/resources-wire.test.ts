import { expect } from 'chai';
import { v1, type pb } from '../../shared/protocol/index.js';
import {
  parseResources,
  resourcesFromJson,
  resourcesFromProto,
  resourcesToJson,
  resourcesToProto,
  type ResourceJson,
  type Resources,
} from '../../shared/resources/index.js';
import { expectParseError } from './resources-support.js';

const refined: Resources = resourcesFromJson([
  {
    name: 'cpus',
    type: 'SCALAR',
    scalar: { value: 2.5 },
    reservations: [
      { type: 'STATIC', role: 'eng' },
      { type: 'DYNAMIC', role: 'eng/web', principal: 'alice', labels: { labels: [{ key: 'z', value: '1' }, { key: 'a', value: '2' }] } },
    ],
  },
  { name: 'ports', type: 'RANGES', ranges: { range: [{ begin: 31005, end: 31010 }, { begin: 31000, end: 31004 }] } },
  { name: 'disks', type: 'SET', set: { item: ['b', 'a', 'b'] } },
  { name: 'mem', type: 'SCALAR', scalar: { value: 64 }, role: 'ops' },
]);

describe('resources: Mesos JSON', function () {
  it('decodes refinements, principals and labels, and merges ranges and sets', function () {
    expect(refined).to.deep.equal([
      {
        name: 'cpus',
        role: 'eng/web',
        reservations: [
          { type: 'static', role: 'eng' },
          { type: 'dynamic', role: 'eng/web', principal: 'alice', labels: { a: '2', z: '1' } },
        ],
        value: { type: 'scalar', value: 2.5 },
      },
      { name: 'disks', role: '*', reservations: [], value: { type: 'set', items: ['a', 'b'] } },
      { name: 'mem', role: 'ops', reservations: [{ type: 'static', role: 'ops' }], value: { type: 'scalar', value: 64 } },
      { name: 'ports', role: '*', reservations: [], value: { type: 'ranges', ranges: [{ begin: 31000, end: 31010 }] } },
    ]);
  });

  it('encodes to the Mesos shape and back', function () {
    const json = resourcesToJson(refined);
    expect(json[0]).to.deep.equal({
      name: 'cpus',
      type: 'SCALAR',
      scalar: { value: 2.5 },
      role: 'eng/web',
      reservations: [
        { type: 'STATIC', role: 'eng' },
        { type: 'DYNAMIC', role: 'eng/web', principal: 'alice', labels: { labels: [{ key: 'a', value: '2' }, { key: 'z', value: '1' }] } },
      ],
    });
    expect(json[1]).to.deep.equal({ name: 'disks', type: 'SET', set: { item: ['a', 'b'] } });
    expect(resourcesFromJson(JSON.parse(JSON.stringify(json)))).to.deep.equal(refined);
  });

  it('is what parseResources reads when the text is a JSON array', function () {
    expect(parseResources(JSON.stringify(resourcesToJson(refined)))).to.deep.equal(refined);
  });

  describe('errors name the field path', function () {
    const cpus = (extra: Record<string, unknown>): unknown[] => [
      { name: 'mem', type: 'SCALAR', scalar: { value: 1 } },
      { name: 'cpus', type: 'SCALAR', scalar: { value: 1 }, ...extra },
    ];
    const cases: [string, unknown, string][] = [
      ['not an array', { name: 'cpus' }, 'resources must be an array'],
      ['an entry is not an object', [1], 'resources[0] must be an object'],
      ['missing name', [{ type: 'SCALAR', scalar: { value: 1 } }], 'resources[0].name must be a string'],
      ['empty name', cpus({ name: '' }), 'resources[1].name must not be empty'],
      ['bad type', cpus({ type: 'scalar' }), 'resources[1].type must be one of SCALAR, RANGES, SET'],
      ['missing scalar', cpus({ scalar: undefined }), 'resources[1].scalar must be an object'],
      ['scalar not a number', cpus({ scalar: { value: '2' } }), 'resources[1].scalar.value must be a number'],
      ['negative scalar', cpus({ scalar: { value: -1 } }), 'resources[1].scalar.value must not be negative'],
      ['two values', cpus({ set: { item: ['a'] } }), 'resources[1] has type SCALAR but also sets set'],
      ['well-known type', [{ name: 'ports', type: 'SCALAR', scalar: { value: 1 } }], 'resources[0].type is wrong: ports must be ranges'],
      ['ranges not a list', [{ name: 'ports', type: 'RANGES', ranges: { range: 5 } }], 'resources[0].ranges.range must be an array'],
      ['range bound', [{ name: 'ports', type: 'RANGES', ranges: { range: [{ begin: 1.5, end: 3 }] } }], 'resources[0].ranges.range[0].begin must be an integer from 0 to 9007199254740991'],
      ['missing end', [{ name: 'ports', type: 'RANGES', ranges: { range: [{ begin: 1 }] } }], 'resources[0].ranges.range[0].end must be a number'],
      ['begin > end', [{ name: 'ports', type: 'RANGES', ranges: { range: [{ begin: 1, end: 2 }, { begin: 9, end: 3 }] } }], 'resources[0].ranges.range[1] has begin 9 > end 3'],
      ['set item type', [{ name: 'd', type: 'SET', set: { item: ['a', 2] } }], 'resources[0].set.item[1] must be a string'],
      ['empty set item', [{ name: 'd', type: 'SET', set: { item: [''] } }], 'resources[0].set.item[0] must not be empty'],
      ['bad role', cpus({ role: 'a//b' }), "resources[1].role 'a//b' must not contain '//'"],
      ['reservations not a list', cpus({ reservations: {} }), 'resources[1].reservations must be an array'],
      ['reservation type', cpus({ reservations: [{ type: 'static', role: 'a' }] }), 'resources[1].reservations[0].type must be STATIC or DYNAMIC'],
      ['reservation to *', cpus({ reservations: [{ type: 'STATIC', role: '*' }] }), "resources[1].reservations[0].role must not be '*'"],
      ['reservation role', cpus({ reservations: [{ type: 'STATIC', role: '-a' }] }), "resources[1].reservations[0].role '-a' must not have a component starting with '-'"],
      ['refinement to a non-subrole', cpus({ reservations: [{ type: 'STATIC', role: 'a' }, { type: 'DYNAMIC', role: 'ab' }] }), "resources[1].reservations[1].role 'ab' must be a subrole of 'a'"],
      ['static after dynamic', cpus({ reservations: [{ type: 'DYNAMIC', role: 'a' }, { type: 'STATIC', role: 'a/b' }] }), 'resources[1].reservations[1] is static but refines a dynamic reservation'],
      ['principal type', cpus({ reservations: [{ type: 'DYNAMIC', role: 'a', principal: 7 }] }), 'resources[1].reservations[0].principal must be a string'],
      ['duplicate label', cpus({ reservations: [{ type: 'DYNAMIC', role: 'a', labels: { labels: [{ key: 'k', value: '1' }, { key: 'k', value: '2' }] } }] }), "resources[1].reservations[0].labels.labels[1].key 'k' is duplicated"],
      ['role mismatch', cpus({ role: 'b', reservations: [{ type: 'STATIC', role: 'a' }] }), "resources[1].role 'b' is not the innermost reservation role 'a'"],
    ];
    for (const [what, json, message] of cases) {
      it(`${what}: ${message}`, function () {
        expectParseError(() => resourcesFromJson(json), message);
      });
    }
  });
});

describe('resources: protobuf', function () {
  it('maps role to the innermost role and types to v1.ValueType', function () {
    const proto = resourcesToProto(refined);
    expect(proto[0]).to.deep.equal({
      name: 'cpus',
      role: 'eng/web',
      type: v1.ValueType.SCALAR,
      scalar: { value: 2.5 },
      reservations: [
        { type: v1.Resource.ReservationInfo.Type.STATIC, role: 'eng' },
        {
          type: v1.Resource.ReservationInfo.Type.DYNAMIC,
          role: 'eng/web',
          principal: 'alice',
          labels: { labels: [{ key: 'a', value: '2' }, { key: 'z', value: '1' }] },
        },
      ],
    });
    expect(proto[1]).to.deep.equal({ name: 'disks', role: '*', type: v1.ValueType.SET, set: { item: ['a', 'b'] } });
  });

  it('survives encode and decode', function () {
    const decoded = resourcesToProto(refined).map((resource) =>
      v1.Resource.decode(v1.Resource.encode(resource).finish()),
    );
    expect(resourcesFromProto(decoded)).to.deep.equal(refined);
  });

  it('reads a port range starting at 0 (left out on the wire) and treats null as empty', function () {
    const [decoded] = resourcesToProto(parseResources('ports:[0-10]')).map((resource) =>
      v1.Resource.decode(v1.Resource.encode(resource).finish()),
    );
    expect(resourcesFromProto([decoded!])).to.deep.equal(parseResources('ports:[0-10]'));
    expect(resourcesFromProto(null)).to.deep.equal([]);
    expect(resourcesFromProto(undefined)).to.deep.equal([]);
  });

  it('rejects a decoded port beyond 2^53 rather than rounding it', function () {
    const bytes = v1.Resource.encode({ name: 'ports', type: v1.ValueType.RANGES, ranges: { range: [{ begin: 1, end: 2 ** 60 }] } }).finish();
    expectParseError(
      () => resourcesFromProto([v1.Resource.decode(bytes)]),
      'resources[0].ranges.range[0].end must be an integer from 0 to 9007199254740991',
    );
  });

  it('takes a legacy role without reservations as a static reservation, and "" or * as unreserved', function () {
    const list: pb.Resource.$Properties[] = [
      { name: 'cpus', type: v1.ValueType.SCALAR, scalar: { value: 1 }, role: 'ops' },
      { name: 'mem', type: v1.ValueType.SCALAR, scalar: { value: 2 }, role: '' },
      { name: 'disk', type: v1.ValueType.SCALAR, scalar: { value: 3 }, role: '*' },
    ];
    expect(resourcesToJson(resourcesFromProto(list))).to.deep.equal([
      { name: 'cpus', type: 'SCALAR', scalar: { value: 1 }, role: 'ops', reservations: [{ type: 'STATIC', role: 'ops' }] },
      { name: 'disk', type: 'SCALAR', scalar: { value: 3 } },
      { name: 'mem', type: 'SCALAR', scalar: { value: 2 } },
    ] satisfies ResourceJson[]);
  });

  describe('errors name the field path', function () {
    const cases: [string, pb.Resource.$Properties, string][] = [
      ['unset type', { name: 'cpus', scalar: { value: 1 } }, 'resources[0].type must be SCALAR, RANGES or SET'],
      ['TEXT type', { name: 'cpus', type: v1.ValueType.TEXT }, 'resources[0].type must be SCALAR, RANGES or SET'],
      ['missing scalar', { name: 'cpus', type: v1.ValueType.SCALAR }, 'resources[0].scalar must be an object'],
      ['NaN scalar', { name: 'cpus', type: v1.ValueType.SCALAR, scalar: { value: NaN } }, 'resources[0].scalar.value must be a finite number'],
      ['fractional gpus', { name: 'gpus', type: v1.ValueType.SCALAR, scalar: { value: 0.5 } }, 'resources[0].scalar.value must be a whole number for gpus'],
      ['empty name', { type: v1.ValueType.SCALAR, scalar: { value: 1 } }, 'resources[0].name must not be empty'],
      [
        'unspecified reservation type',
        { name: 'cpus', type: v1.ValueType.SCALAR, scalar: { value: 1 }, reservations: [{ role: 'a' }] },
        'resources[0].reservations[0].type must be STATIC or DYNAMIC',
      ],
      [
        'empty reservation role',
        { name: 'cpus', type: v1.ValueType.SCALAR, scalar: { value: 1 }, reservations: [{ type: v1.Resource.ReservationInfo.Type.STATIC }] },
        "resources[0].reservations[0].role '' must not be empty",
      ],
    ];
    for (const [what, resource, message] of cases) {
      it(`${what}: ${message}`, function () {
        expectParseError(() => resourcesFromProto([resource]), message);
      });
    }
  });
});
