import { expect } from 'chai';
import fc from 'fast-check';
import {
  newInstanceId, parseInstanceId, parseTaskId, taskIdFor,
} from '../../../frameworks/marathon/placement/index.js';

const UUID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,6}[a-z0-9])?$/);
const segment = fc.array(label, { minLength: 1, maxLength: 3 }).map((labels) => labels.join('.'));
const appId = fc.array(segment, { minLength: 1, maxLength: 4 }).map((segments) => `/${segments.join('/')}`);

describe('marathon placement: instance and task ids', () => {
  it('builds Marathon\'s instance and task ids', () => {
    const instanceId = newInstanceId('/prod/web', UUID);
    expect(instanceId).to.equal(`prod_web.instance-${UUID}`);
    expect(taskIdFor(instanceId, 3)).to.equal(`prod_web.instance-${UUID}._app.3`);
  });

  it('parses instance-era ids, with and without a launch count', () => {
    expect(parseTaskId(`prod_web.instance-${UUID}._app.3`)).to.deep.equal({
      appId: '/prod/web', instanceId: `prod_web.instance-${UUID}`, incarnation: 3,
    });
    expect(parseTaskId(`prod_web.instance-${UUID}._app`)).to.deep.equal({
      appId: '/prod/web', instanceId: `prod_web.instance-${UUID}`, incarnation: 0,
    });
  });

  it('parses dotted app paths from the last delimiter', () => {
    const id = taskIdFor(newInstanceId('/a.instance-b/c.d', UUID), 1);
    expect(parseTaskId(id)).to.deep.equal({ appId: '/a.instance-b/c.d', instanceId: `a.instance-b_c.d.instance-${UUID}`, incarnation: 1 });
  });

  it('parses legacy ids', () => {
    expect(parseTaskId(`prod_web.${UUID}`)).to.deep.equal({ appId: '/prod/web', instanceId: `prod_web.marathon-${UUID}`, incarnation: 0 });
    expect(parseTaskId(`my.app.${UUID}`)?.appId).to.equal('/my.app');
    expect(parseTaskId(`web_${UUID}`)?.appId).to.equal('/web');
  });

  it('rejects what is not a task id', () => {
    for (const bad of ['', 'nodelimiter', `prod.instance-${UUID}`, `prod.instance-${UUID}._app.x`,
      `prod.instance-${UUID}.other`, `.instance-${UUID}._app.1`, `a__b.instance-${UUID}._app.1`, `prod.instance-${UUID}._app.`]) {
      expect(parseTaskId(bad), bad).to.equal(undefined);
    }
  });

  it('parses instance ids', () => {
    expect(parseInstanceId(`prod_web.instance-${UUID}`)).to.deep.equal({ appId: '/prod/web', uuid: UUID });
    expect(parseInstanceId(`prod_web.instance-${UUID}._app.1`)).to.equal(undefined);
  });

  it('round-trips app id, instance id and incarnation (property)', () => {
    fc.assert(fc.property(appId, fc.uuid(), fc.nat(), (id, uuid, incarnation) => {
      const instanceId = newInstanceId(id, uuid);
      expect(parseInstanceId(instanceId)).to.deep.equal({ appId: id, uuid });
      expect(parseTaskId(taskIdFor(instanceId, incarnation))).to.deep.equal({ appId: id, instanceId, incarnation });
    }));
  });
});
