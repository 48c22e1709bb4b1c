import { expect } from 'chai';
import { parseBooleanParam } from '../../../frameworks/marathon/wire/index.js';

describe('marathon wire: parseBooleanParam', () => {
  it('takes the default when the parameter is absent', () => {
    expect(parseBooleanParam(undefined, true)).to.equal(true);
    expect(parseBooleanParam(undefined, false)).to.equal(false);
    expect(parseBooleanParam([], true)).to.equal(true);
  });

  it('reads true and false in any case', () => {
    for (const v of ['true', 'True', 'TRUE', 'tRuE', ' true ']) expect(parseBooleanParam(v, false), v).to.equal(true);
    for (const v of ['false', 'False', 'FALSE']) expect(parseBooleanParam(v, true), v).to.equal(false);
  });

  it('uses the first of repeated values', () => {
    expect(parseBooleanParam(['TRUE', 'false'], false)).to.equal(true);
    expect(parseBooleanParam(['false', 'true'], true)).to.equal(false);
  });

  it('answers anything else with an error naming the value', () => {
    for (const v of ['yes', '1', '', 'truthy']) {
      expect(parseBooleanParam(v, true), v).to.deep.equal({ error: `Invalid boolean value '${v}': expected true or false` });
    }
  });
});
