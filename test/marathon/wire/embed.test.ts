import { expect } from 'chai';
import fc from 'fast-check';
import { parseEmbed, type EmbedSet } from '../../../frameworks/marathon/wire/index.js';

const on = (set: EmbedSet): string[] => Object.entries(set).filter(([, v]) => v).map(([k]) => k).sort();

describe('marathon wire: parseEmbed', () => {
  it('always embeds counts and deployments for GET /v2/apps', () => {
    expect(on(parseEmbed([], 'apps'))).to.deep.equal(['counts', 'deployments']);
  });

  it('always embeds tasks and lastTaskFailure too for GET /v2/apps/{id}', () => {
    expect(on(parseEmbed([], 'app'))).to.deep.equal(['counts', 'deployments', 'lastTaskFailure', 'tasks']);
  });

  it('accepts the prefixes apps., app., group.apps. and none alike', () => {
    for (const v of ['apps.taskStats', 'app.taskStats', 'group.apps.taskStats', 'taskStats']) {
      expect(on(parseEmbed([v], 'apps')), v).to.deep.equal(['counts', 'deployments', 'taskStats']);
    }
  });

  it('reads the misspelt apps.count of the RAML enum as counts', () => {
    expect(parseEmbed(['apps.count'], 'group').counts).to.equal(false);
    expect(parseEmbed(['group.apps.count'], 'group').counts).to.equal(true);
    expect(parseEmbed(['apps.count'], 'apps').counts).to.equal(true);
  });

  it('expands the deprecated apps.failures to tasks, lastTaskFailure and deployments', () => {
    expect(on(parseEmbed(['group.apps.failures'], 'group'))).to.deep.equal(['deployments', 'lastTaskFailure', 'tasks']);
  });

  it('takes the repeated values load balancers send and ignores unknown ones', () => {
    const set = parseEmbed(['apps.tasks', 'apps.deployments', 'apps.counts', 'apps.readiness', 'apps.bogus', 'pods', 'APPS.TASKS',
      'apps.constructor', 'apps.__proto__'], 'apps');
    expect(on(set)).to.deep.equal(['counts', 'deployments', 'readiness', 'tasks']);
  });

  it('embeds groups, apps and pods by default on /v2/groups, and only what is asked otherwise', () => {
    expect(on(parseEmbed([], 'group'))).to.deep.equal(['apps', 'groups', 'pods']);
    expect(on(parseEmbed(['group.groups'], 'group'))).to.deep.equal(['groups']);
    expect(on(parseEmbed(['group.apps', 'group.apps.tasks', 'apps.taskStats'], 'group'))).to.deep.equal(['apps', 'deployments', 'tasks']);
  });

  it('property: order and repetition of values do not matter', () => {
    const value = fc.constantFrom('apps.tasks', 'app.counts', 'apps.count', 'lastTaskFailure', 'group.apps.readiness', 'group.apps',
      'group.groups', 'group.pods', 'apps.failures', 'x', 'apps.taskStats');
    fc.assert(fc.property(fc.array(value, { maxLength: 6 }), fc.constantFrom<Array<'apps' | 'app' | 'group'>>('apps', 'app', 'group'),
      (values, scope) => {
        const base = parseEmbed(values, scope);
        expect(parseEmbed([...values].reverse(), scope)).to.deep.equal(base);
        if (values.length > 0) expect(parseEmbed([...values, ...values], scope)).to.deep.equal(base);
      }), { numRuns: 200 });
  });
});
