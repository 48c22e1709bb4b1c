import { expect } from 'chai';
import { planDeployment, rollbackTarget } from '../../../frameworks/marathon/planner/index.js';
import type { AppSet, DeploymentPlan } from '../../../frameworks/marathon/model/index.js';
import { app, set, stepsOf } from './fixtures.js';

function planOf(original: AppSet, target: AppSet): DeploymentPlan {
  const p = planDeployment({ id: 'd1', version: '2024-02-02T00:00:00.000Z', original, target });
  if (p === undefined) throw new Error('expected a plan');
  return p;
}

describe('marathon planner: rollbackTarget', () => {
  it('rolls back a create by removing the app, keeping the others', () => {
    const other = app('/other');
    const p = planOf(set(other), set(other, app('/new')));
    expect([...rollbackTarget(set(other, app('/new')), p).keys()]).to.deep.equal(['/other']);
  });

  it('rolls back an update to the original definition', () => {
    const before = app('/a', { cmd: 'sleep 1' });
    const after = app('/a', { cmd: 'sleep 2', instances: 3 });
    const back = rollbackTarget(set(after), planOf(set(before), set(after)));
    expect(back.get('/a')).to.deep.equal(before);
    expect(stepsOf(planDeployment({ id: 'r', version: 'v', original: set(after), target: back })))
      .to.deep.equal([['RestartApplication /a']]);
  });

  it('rolls back a delete by bringing the app back', () => {
    const gone = app('/gone', { instances: 2 });
    const back = rollbackTarget(set(), planOf(set(gone), set()));
    expect(back.get('/gone')).to.deep.equal(gone);
    expect(stepsOf(planDeployment({ id: 'r', version: 'v', original: set(), target: back })))
      .to.deep.equal([['StartApplication /gone'], ['ScaleApplication /gone']]);
  });

  it('reverts only this plan: apps changed since by others keep their current definition', () => {
    const p = planOf(set(app('/a'), app('/b')), set(app('/a', { mem: 512 }), app('/b')));
    const current = set(app('/a', { mem: 512 }), app('/b', { cpus: 4 }), app('/c'));
    const back = rollbackTarget(current, p);
    expect(back.get('/a')).to.deep.equal(app('/a'));
    expect(back.get('/b')).to.deep.equal(app('/b', { cpus: 4 }));
    expect(back.get('/c')).to.deep.equal(app('/c'));
    expect(current.get('/a')).to.deep.equal(app('/a', { mem: 512 }), 'the input set is not changed');
  });
});
