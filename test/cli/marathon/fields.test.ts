// `drover app update <id> field=value ...`: how each argument becomes part of the partial-update body.
import { expect } from 'chai';
import { InvalidArgumentError } from 'commander';
import fc from 'fast-check';
import {
  buildPatch, collectFieldAssignment, nestedFields, parseFieldAssignment, parseFieldValue,
} from '../../../cli/marathon/index.js';

describe('drover app update field=value arguments', function () {
  it('parses values as JSON when they parse, else keeps the text', function () {
    expect(parseFieldValue('5')).to.equal(5);
    expect(parseFieldValue('0.5')).to.equal(0.5);
    expect(parseFieldValue('true')).to.equal(true);
    expect(parseFieldValue('null')).to.equal(null);
    expect(parseFieldValue('["a","b"]')).to.deep.equal(['a', 'b']);
    expect(parseFieldValue('{"minimumHealthCapacity":0.5}')).to.deep.equal({ minimumHealthCapacity: 0.5 });
    expect(parseFieldValue('"5"')).to.equal('5');
    expect(parseFieldValue('sleep 10')).to.equal('sleep 10');
    expect(parseFieldValue('')).to.equal('');
    expect(parseFieldValue('[unclosed')).to.equal('[unclosed');
  });

  it('splits at the first = only, so values may contain =', function () {
    expect(parseFieldAssignment('cmd=env A=1 sleep 10')).to.deep.include({ path: ['cmd'], value: 'env A=1 sleep 10' });
    expect(parseFieldAssignment('cmd=')).to.deep.include({ path: ['cmd'], value: '' });
  });

  it('reads dotted keys as a path into an object field', function () {
    expect(parseFieldAssignment('env.LOG_LEVEL=debug').path).to.deep.equal(['env', 'LOG_LEVEL']);
    expect(parseFieldAssignment('upgradeStrategy.minimumHealthCapacity=0.5')).to.deep.include({
      path: ['upgradeStrategy', 'minimumHealthCapacity'], value: 0.5,
    });
  });

  it('keeps env and label values as text, as Marathon requires, except secret references', function () {
    expect(parseFieldAssignment('env.PORT=8080').value).to.equal('8080');
    expect(parseFieldAssignment('labels.canary=true').value).to.equal('true');
    expect(parseFieldAssignment('env.DB_PASSWORD={"secret":"db"}').value).to.deep.equal({ secret: 'db' });
    expect(parseFieldAssignment('env={"A":"1"}').value, 'the whole field is JSON').to.deep.equal({ A: '1' });
  });

  it('refuses arguments that are not field=value, naming the argument', function () {
    for (const [argument, fragment] of [
      ['instances', "'instances' is not field=value"],
      ['=5', "'' in '=5' is not a field name"],
      ['env..A=1', "'env..A' in 'env..A=1'"],
      ['my field=1', "'my field'"],
      ['__proto__.x=1', "'__proto__.x'"],
    ] as const) {
      expect(() => parseFieldAssignment(argument), argument).to.throw(InvalidArgumentError, fragment);
    }
  });

  it('collects a variadic argument in order', function () {
    const collected = collectFieldAssignment('cpus=1', collectFieldAssignment('instances=2', undefined));
    expect(collected.map((assignment) => assignment.source)).to.deep.equal(['instances=2', 'cpus=1']);
  });

  it('builds the patch: plain fields replace, later arguments win', function () {
    const patch = buildPatch(['instances=5', 'cpus=0.5', 'cmd=sleep 10', 'instances=6'].map(parseFieldAssignment));
    expect(patch).to.deep.equal({ instances: 6, cpus: 0.5, cmd: 'sleep 10' });
  });

  it('starts a dotted field from the app\'s current value, so its other keys survive the partial update', function () {
    const assignments = ['env.B=2', 'upgradeStrategy.minimumHealthCapacity=0.5'].map(parseFieldAssignment);
    expect(nestedFields(assignments)).to.deep.equal(['env', 'upgradeStrategy']);
    const current = { env: { A: '1', B: 'old' }, upgradeStrategy: { minimumHealthCapacity: 1, maximumOverCapacity: 1 }, cmd: 'x' };
    expect(buildPatch(assignments, current)).to.deep.equal({
      env: { A: '1', B: '2' },
      upgradeStrategy: { minimumHealthCapacity: 0.5, maximumOverCapacity: 1 },
    });
    expect(current.env.B, 'the current app is not modified').to.equal('old');
  });

  it('creates missing objects on the way and applies field=value on top of --file', function () {
    const patch = buildPatch(['labels.tier=web', 'env.X=1'].map(parseFieldAssignment), {}, { env: { Y: 'y' }, instances: 2 });
    expect(patch).to.deep.equal({ env: { Y: 'y', X: '1' }, instances: 2, labels: { tier: 'web' } });
  });

  it('refuses a dotted field whose parent is not an object', function () {
    expect(() => buildPatch([parseFieldAssignment('cmd.x=1')], { cmd: 'sleep 1' })).to.throw(InvalidArgumentError, 'cmd is not an object');
    expect(() => buildPatch([parseFieldAssignment('env.A.B=1')], { env: { A: 'text' } })).to.throw(InvalidArgumentError, 'env.A is not an object');
  });

  it('round-trips any JSON value typed as field=<json>', function () {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const text = JSON.stringify(value);
      expect(parseFieldAssignment(`field=${text}`).value).to.deep.equal(JSON.parse(text));
    }));
  });

  it('keeps any text that is not JSON as a string, unchanged', function () {
    fc.assert(fc.property(fc.string(), (text) => {
      let isJson = true;
      try { JSON.parse(text); } catch { isJson = false; }
      fc.pre(!isJson);
      expect(parseFieldAssignment(`cmd=${text}`).value).to.equal(text);
    }));
  });
});
