import { expect } from 'chai';
import { HierarchicalAllocator } from '../../master/allocator/index.js';
import { isDroverError } from '../../shared/errors/index.js';
import { formatResources } from '../../shared/resources/index.js';
import { declineAll, describeOffers, offersPerFramework, r, withAgents } from './allocator-support.js';

describe('HierarchicalAllocator: DRF order', function () {
  it('offers a new agent to the framework with the lowest dominant share', function () {
    const allocator = new HierarchicalAllocator();
    allocator.addFramework('busy', { roles: ['*'] });
    allocator.addFramework('idle', { roles: ['*'] });
    allocator.addAgent('a1', r('cpus:4;mem:1024'), [{ frameworkId: 'busy', role: '*', resources: r('cpus:4;mem:1024') }]);
    allocator.addAgent('a2', r('cpus:4;mem:1024'), []);
    expect(describeOffers(allocator.allocate(0))).to.deep.equal(['idle@a2(*):cpus:4;mem:1024']);
  });

  it('breaks share ties by fewer allocations, then by name', function () {
    const allocator = withAgents(1, 'cpus:1;mem:64');
    allocator.addFramework('b', { roles: ['*'] });
    allocator.addFramework('a', { roles: ['*'] });
    const first = allocator.allocate(0);
    expect(first.map((d) => d.frameworkId)).to.deep.equal(['a']);
    declineAll(allocator, first, undefined, 0);
    // Shares are equal again, but `a` has one allocation more than `b` now.
    expect(allocator.allocate(1).map((d) => d.frameworkId)).to.deep.equal(['b']);
  });

  it('charges every offer at once, so one cycle spreads agents over frameworks', function () {
    const allocator = withAgents(6, 'cpus:2;mem:256');
    for (const id of ['f1', 'f2', 'f3']) allocator.addFramework(id, { roles: ['*'] });
    const counts = offersPerFramework(allocator.allocate(0));
    expect([...counts.values()]).to.deep.equal([2, 2, 2]);
  });

  it('measures the dominant resource: a memory-heavy framework waits for a cpu-heavy one', function () {
    const allocator = new HierarchicalAllocator();
    allocator.addFramework('cpu-heavy', { roles: ['*'] });
    allocator.addFramework('mem-heavy', { roles: ['*'] });
    allocator.addFramework('filler', { roles: ['other'] }, false);
    allocator.addAgent('a1', r('cpus:10;mem:1000'), [
      { frameworkId: 'cpu-heavy', role: '*', resources: r('cpus:3;mem:100') }, // dominant share 3/11 cpus
      { frameworkId: 'mem-heavy', role: '*', resources: r('cpus:1;mem:400') }, // dominant share 400/1010 mem
      { frameworkId: 'filler', role: 'other', resources: r('cpus:6;mem:500') },
    ]);
    allocator.addAgent('a2', r('cpus:1;mem:10'), []);
    expect(allocator.allocate(0).map((d) => d.frameworkId)).to.deep.equal(['cpu-heavy']);
  });

  it('leaves excluded resource names out of shares', function () {
    const allocator = new HierarchicalAllocator({ fairnessExcludedResourceNames: ['gpus'] });
    allocator.addFramework('gpu-user', { roles: ['*'], capabilities: { gpuResources: true } });
    allocator.addFramework('cpu-user', { roles: ['*'] });
    allocator.addFramework('filler', { roles: ['other'] }, false);
    allocator.addAgent('a1', r('cpus:10;mem:1000;gpus:4'), [
      { frameworkId: 'gpu-user', role: '*', resources: r('cpus:1;mem:100;gpus:4') },
      { frameworkId: 'cpu-user', role: '*', resources: r('cpus:2;mem:100') },
      { frameworkId: 'filler', role: 'other', resources: r('cpus:7;mem:800') },
    ]);
    allocator.addAgent('a2', r('cpus:1;mem:64'), []);
    // Counting gpus, gpu-user's share would be 1.0; without them it is 0.1 < 0.2.
    expect(allocator.allocate(0).map((d) => d.frameworkId)).to.deep.equal(['gpu-user']);
  });
});

describe('HierarchicalAllocator: weights and hierarchical roles', function () {
  it('gives a role of weight 3 three times the share of a role of weight 1', function () {
    const allocator = withAgents(8, 'cpus:1;mem:128');
    allocator.setWeight('heavy', 3);
    allocator.addFramework('light-fw', { roles: ['light'] });
    allocator.addFramework('heavy-fw', { roles: ['heavy'] });
    const counts = offersPerFramework(allocator.allocate(0));
    expect(counts.get('light-fw')).to.equal(2);
    expect(counts.get('heavy-fw')).to.equal(6);
    const shares = allocator.roleShares();
    expect(shares.get('light')).to.be.closeTo(0.25, 1e-9);
    expect(shares.get('heavy')).to.be.closeTo(0.75, 1e-9);
  });

  it("counts a subrole's allocation in its parent's share", function () {
    const allocator = withAgents(4, 'cpus:1;mem:128');
    allocator.addFramework('eng-a', { roles: ['eng/a'] });
    allocator.addFramework('eng-b', { roles: ['eng/b'] });
    allocator.addFramework('ops', { roles: ['ops'] });
    const counts = offersPerFramework(allocator.allocate(0));
    // Flat, the three roles would get 2/1/1; as a tree, eng (a + b) and ops split the cluster evenly.
    expect(Object.fromEntries(counts)).to.deep.equal({ 'eng-a': 1, 'eng-b': 1, ops: 2 });
    const shares = allocator.roleShares();
    expect(shares.get('eng')).to.be.closeTo(0.5, 1e-9);
    expect(shares.get('eng/a')).to.be.closeTo(0.25, 1e-9);
    expect(shares.get('ops')).to.be.closeTo(0.5, 1e-9);
  });

  it('weights inner roles of the tree', function () {
    const allocator = withAgents(8, 'cpus:1;mem:128');
    allocator.setWeight('eng', 3);
    allocator.addFramework('eng-a', { roles: ['eng/a'] });
    allocator.addFramework('eng-b', { roles: ['eng/b'] });
    allocator.addFramework('ops', { roles: ['ops'] });
    const counts = offersPerFramework(allocator.allocate(0));
    expect((counts.get('eng-a') ?? 0) + (counts.get('eng-b') ?? 0)).to.equal(6);
    expect(counts.get('ops')).to.equal(2);
  });

  it('rejects invalid roles and weights', function () {
    const allocator = new HierarchicalAllocator();
    expect(() => allocator.addFramework('f', { roles: ['a//b'] })).to.throw().that.satisfies((e: unknown) => isDroverError(e, 'INVALID_ARGUMENT'));
    expect(() => allocator.setWeight('a', 0)).to.throw().that.satisfies((e: unknown) => isDroverError(e, 'INVALID_ARGUMENT'));
  });
});

describe('HierarchicalAllocator: reservations', function () {
  const total = 'cpus:2;mem:256;cpus(web):4;mem(web):512';

  it('never offers resources reserved to a role to another role', function () {
    const allocator = withAgents(1, total);
    allocator.addFramework('batch', { roles: ['batch'] });
    expect(describeOffers(allocator.allocate(0))).to.deep.equal(['batch@agent-0(batch):cpus:2;mem:256']);
  });

  it('offers them to their role and its subroles', function () {
    const allocator = withAgents(1, total);
    allocator.addFramework('frontend', { roles: ['web/frontend'] });
    expect(describeOffers(allocator.allocate(0))).to.deep.equal([
      'frontend@agent-0(web/frontend):cpus:2;cpus(web):4;mem:256;mem(web):512',
    ]);
  });

  it('keeps the reserved part for its role when another role takes the unreserved part first', function () {
    const allocator = withAgents(1, total);
    allocator.addFramework('batch', { roles: ['batch'] });
    allocator.addFramework('web', { roles: ['web'] });
    const offers = describeOffers(allocator.allocate(0));
    // batch sorts first (name), takes the unreserved slice; web still gets its reservation in the same cycle.
    expect(offers).to.deep.equal(['batch@agent-0(batch):cpus:2;mem:256', 'web@agent-0(web):cpus(web):4;mem(web):512']);
  });
});

describe('HierarchicalAllocator: offer filters', function () {
  it('skips a declined agent for refuse_seconds, then offers it again', function () {
    const allocator = withAgents(1, 'cpus:4;mem:1024');
    allocator.addFramework('f', { roles: ['*'] });
    declineAll(allocator, allocator.allocate(0), 5, 0);
    expect(allocator.allocate(4_999)).to.deep.equal([]);
    expect(allocator.stats().filters).to.equal(1);
    expect(describeOffers(allocator.allocate(5_000))).to.deep.equal(['f@agent-0(*):cpus:4;mem:1024']);
    expect(allocator.stats().filters).to.equal(0);
  });

  it('expires each of many filters on an agent at its own time', function () {
    const allocator = withAgents(1, 'cpus:4;mem:1024');
    const expiries = new Map<string, number>();
    for (let i = 0; i < 40; i += 1) allocator.addFramework(`f${String(i).padStart(2, '0')}`, { roles: ['*'] });
    for (let k = 0; k < 40; k += 1) {
      const [offer] = allocator.allocate(0);
      expect(offer, `decline ${k}`).to.not.equal(undefined);
      const refuseSeconds = 1 + (k % 7);
      expiries.set(offer!.frameworkId, refuseSeconds * 1000);
      allocator.recoverResources(offer!.frameworkId, offer!.agentId, offer!.role, offer!.resources, refuseSeconds, 0);
    }
    expect(allocator.allocate(0)).to.deep.equal([]);
    for (let now = 1000; now <= 7000; now += 1000) {
      const [offer] = allocator.allocate(now);
      expect(offer, `at ${now}`).to.not.equal(undefined);
      expect(expiries.get(offer!.frameworkId)).to.be.at.most(now);
      const stillFiltering = [...expiries.values()].filter((expiry) => expiry > now).length;
      expect(allocator.stats().filters).to.equal(stillFiltering);
      allocator.recoverResources(offer!.frameworkId, offer!.agentId, offer!.role, offer!.resources, undefined, now);
    }
  });

  it('offers the filtered agent to the next framework in order', function () {
    const allocator = withAgents(1, 'cpus:4;mem:1024');
    allocator.addFramework('a', { roles: ['*'] });
    allocator.addFramework('b', { roles: ['*'] });
    declineAll(allocator, allocator.allocate(0), 60, 0);
    expect(allocator.allocate(1).map((d) => d.frameworkId)).to.deep.equal(['b']);
  });

  it('does not filter when refuse_seconds is zero or absent', function () {
    const allocator = withAgents(1, 'cpus:4;mem:1024');
    allocator.addFramework('f', { roles: ['*'] });
    declineAll(allocator, allocator.allocate(0), 0, 0);
    expect(allocator.allocate(1)).to.have.length(1);
  });

  it('filters per role, and revive drops the filters of the revived roles only', function () {
    const allocator = withAgents(1, 'cpus:4;mem:1024');
    allocator.addFramework('f', { roles: ['x', 'y'] });
    const inX = allocator.allocate(0);
    expect(inX.map((d) => d.role)).to.deep.equal(['x']);
    declineAll(allocator, inX, 3600, 0);
    const inY = allocator.allocate(1);
    expect(inY.map((d) => d.role)).to.deep.equal(['y']);
    declineAll(allocator, inY, 3600, 1);
    expect(allocator.allocate(2)).to.deep.equal([]);
    allocator.reviveOffers('f', ['y'], 3);
    expect(allocator.allocate(3).map((d) => d.role)).to.deep.equal(['y']);
  });

  it('lets an agent through when more resources became free than the framework refused', function () {
    const allocator = new HierarchicalAllocator();
    allocator.addFramework('runner', { roles: ['*'] }, false);
    allocator.addFramework('picky', { roles: ['*'] });
    allocator.addAgent('a1', r('cpus:4;mem:1024'), [{ frameworkId: 'runner', role: '*', resources: r('cpus:2;mem:512') }]);
    declineAll(allocator, allocator.allocate(0), 3600, 0);
    expect(allocator.allocate(1)).to.deep.equal([]);
    // The running task ends: 4 cpus are free, more than the 2 refused, so the filter no longer covers the offer.
    allocator.recoverResources('runner', 'a1', '*', r('cpus:2;mem:512'), undefined, 2);
    expect(describeOffers(allocator.allocate(3))).to.deep.equal(['picky@a1(*):cpus:4;mem:1024']);
  });

  it('keeps blocking offers within what was refused after the agent shrinks back', function () {
    const allocator = new HierarchicalAllocator();
    allocator.addFramework('runner', { roles: ['*'] }, false);
    allocator.addFramework('picky', { roles: ['*'] });
    allocator.addAgent('a1', r('cpus:4;mem:1024'), [{ frameworkId: 'runner', role: '*', resources: r('cpus:2;mem:512') }]);
    declineAll(allocator, allocator.allocate(0), 3600, 0); // refuses cpus:2;mem:512
    allocator.recoverResources('runner', 'a1', '*', r('cpus:2;mem:512'), undefined, 1);
    const [offer] = allocator.allocate(2);
    expect(offer?.frameworkId).to.equal('picky');
    // picky launches half and hands the rest back unfiltered: what is free is again within the first refusal.
    allocator.recoverResources('picky', 'a1', '*', r('cpus:2;mem:512'), undefined, 3);
    expect(allocator.allocate(4)).to.deep.equal([]);
    expect(allocator.allocate(3_600_000)).to.have.length(1);
  });

  it('checks a partial decline exactly against what was refused', function () {
    const allocator = withAgents(1, 'cpus:4;mem:1024');
    allocator.addFramework('f', { roles: ['*'] });
    const [offer] = allocator.allocate(0);
    // f keeps cpus:1;mem:256 and refuses the rest.
    allocator.recoverResources('f', 'agent-0', '*', r('cpus:3;mem:768'), 3600, 0);
    expect(allocator.allocate(1)).to.deep.equal([]);
    expect(offer).to.not.equal(undefined);
    allocator.recoverResources('f', 'agent-0', '*', r('cpus:1;mem:256'), undefined, 2);
    expect(describeOffers(allocator.allocate(3))).to.deep.equal(['f@agent-0(*):cpus:4;mem:1024']);
  });

  it('drops the filters of a deactivated framework', function () {
    const allocator = withAgents(1, 'cpus:4;mem:1024');
    allocator.addFramework('f', { roles: ['*'] });
    declineAll(allocator, allocator.allocate(0), 3600, 0);
    allocator.deactivateFramework('f');
    expect(allocator.stats().filters).to.equal(0);
    allocator.activateFramework('f');
    expect(allocator.allocate(1)).to.have.length(1);
  });
});

describe('HierarchicalAllocator: suppression, activity, minimum size', function () {
  it('suppresses and revives offers per role', function () {
    const allocator = withAgents(2, 'cpus:4;mem:1024');
    allocator.addFramework('f', { roles: ['x', 'y'] });
    allocator.suppressOffers('f', ['x']);
    const offers = allocator.allocate(0);
    expect(offers.map((d) => d.role)).to.deep.equal(['y', 'y']);
    declineAll(allocator, offers, undefined, 0);
    allocator.suppressOffers('f');
    expect(allocator.allocate(1)).to.deep.equal([]);
    allocator.reviveOffers('f', ['x']);
    expect(allocator.allocate(2).map((d) => d.role)).to.deep.equal(['x', 'x']);
  });

  it('takes suppressed roles from the framework info', function () {
    const allocator = withAgents(1, 'cpus:4;mem:1024');
    allocator.addFramework('f', { roles: ['x'], suppressedRoles: ['x'] });
    expect(allocator.allocate(0)).to.deep.equal([]);
    allocator.updateFramework('f', { roles: ['x'] });
    expect(allocator.allocate(1)).to.have.length(1);
  });

  it('makes no offers to inactive frameworks', function () {
    const allocator = withAgents(1, 'cpus:4;mem:1024');
    allocator.addFramework('f', { roles: ['*'] }, false);
    expect(allocator.allocate(0)).to.deep.equal([]);
    allocator.activateFramework('f');
    expect(allocator.allocate(1)).to.have.length(1);
    expect(allocator.stats()).to.include({ frameworks: 1, activeFrameworks: 1, agents: 1 });
  });

  it('leaves inactive (draining) agents out', function () {
    const allocator = withAgents(2, 'cpus:4;mem:1024');
    allocator.addFramework('f', { roles: ['*'] });
    allocator.deactivateAgent('agent-0');
    expect(allocator.allocate(0).map((d) => d.agentId)).to.deep.equal(['agent-1']);
    allocator.activateAgent('agent-0');
    expect(allocator.allocate(1).map((d) => d.agentId)).to.deep.equal(['agent-0']);
  });

  it('does not offer slices below the minimum allocatable size', function () {
    const allocator = new HierarchicalAllocator();
    allocator.addFramework('f', { roles: ['*'] });
    allocator.addAgent('tiny', r('cpus:0.005;mem:16'), []);
    allocator.addAgent('cpu-only', r('cpus:0.5'), []);
    expect(allocator.allocate(0).map((d) => d.agentId)).to.deep.equal(['cpu-only']);
  });

  it('takes the minimum allocatable alternatives from the options', function () {
    const allocator = new HierarchicalAllocator({ minAllocatable: [r('cpus:1;mem:100'), r('gpus:1')] });
    allocator.addFramework('f', { roles: ['*'], capabilities: { gpuResources: true } });
    allocator.addAgent('small', r('cpus:0.5;mem:1000'), []);
    allocator.addAgent('enough', r('cpus:1;mem:100'), []);
    allocator.addAgent('gpu', r('gpus:1'), []);
    expect(allocator.allocate(0).map((d) => d.agentId).sort()).to.deep.equal(['enough', 'gpu']);
  });

  it('only offers the agents asked for', function () {
    const allocator = withAgents(3, 'cpus:4;mem:1024');
    allocator.addFramework('f', { roles: ['*'] });
    expect(allocator.allocate(0, ['agent-2', 'nope']).map((d) => d.agentId)).to.deep.equal(['agent-2']);
  });
});

describe('HierarchicalAllocator: quota', function () {
  it('never lets a role exceed its limit, shrinking the last slice', function () {
    const allocator = withAgents(3, 'cpus:2;mem:100');
    allocator.setQuota('q', r('cpus:3'));
    allocator.addFramework('f', { roles: ['q'] });
    const offers = allocator.allocate(0);
    // mem has no limit, so the third agent still goes out without cpus.
    const slices = offers.map((d) => formatResources(d.resources)).sort();
    expect(slices).to.deep.equal(['cpus:1;mem:100', 'cpus:2;mem:100', 'mem:100']);
    expect(allocator.quotaStatus().get('q')?.consumed.get('cpus')).to.equal(3);
    declineAll(allocator, offers, undefined, 0);
    expect(allocator.allocate(1).map((d) => allocatorCpus(formatResources(d.resources))).sort()).to.deep.equal([0, 1, 2]);
  });

  it('applies a parent limit to its subroles together', function () {
    const allocator = withAgents(4, 'cpus:1;mem:100');
    allocator.setQuota('team', r('cpus:2;mem:200'));
    allocator.addFramework('a', { roles: ['team/a'] });
    allocator.addFramework('b', { roles: ['team/b'] });
    expect(allocator.allocate(0)).to.have.length(2);
  });

  it('serves unmet guarantees first, against DRF order', function () {
    const allocator = withAgents(4, 'cpus:2;mem:100');
    allocator.setWeight('big', 100);
    allocator.setQuota('small', undefined, r('cpus:4'));
    allocator.addFramework('big-fw', { roles: ['big'] });
    allocator.addFramework('small-fw', { roles: ['small'] });
    const offers = allocator.allocate(0);
    // By weights alone small would get one agent (2 cpus); its guarantee gets it 4.
    const smallCpus = offers
      .filter((d) => d.frameworkId === 'small-fw')
      .reduce((sum, d) => sum + allocatorCpus(formatResources(d.resources)), 0);
    expect(smallCpus).to.equal(4);
  });

  it('holds back headroom for a guarantee nobody is using yet', function () {
    const allocator = withAgents(4, 'cpus:2;mem:100');
    allocator.setQuota('reserved-for-later', undefined, r('cpus:4'));
    allocator.addFramework('greedy', { roles: ['greedy'] });
    const offers = allocator.allocate(0);
    const cpus = offers.reduce((sum, d) => sum + allocatorCpus(formatResources(d.resources)), 0);
    expect(cpus).to.equal(4);
  });

  it('clears a quota when both limit and guarantee are absent', function () {
    const allocator = withAgents(2, 'cpus:2;mem:100');
    allocator.setQuota('q', r('cpus:2'));
    allocator.setQuota('q', undefined);
    allocator.addFramework('f', { roles: ['q'] });
    expect(allocator.allocate(0)).to.have.length(2);
    expect(allocator.quotaStatus().size).to.equal(0);
  });
});

function allocatorCpus(text: string): number {
  const match = /cpus:([\d.]+)/.exec(text);
  return match === null ? 0 : Number(match[1]);
}

describe('HierarchicalAllocator: capabilities', function () {
  it('with filterGpuResources, offers GPU agents only to GPU-capable frameworks', function () {
    const allocator = new HierarchicalAllocator({ filterGpuResources: true });
    allocator.addFramework('plain', { roles: ['*'] });
    allocator.addAgent('gpu-box', r('cpus:4;mem:1024;gpus:2'), []);
    expect(allocator.allocate(0)).to.deep.equal([]);
    allocator.addFramework('ml', { roles: ['*'], capabilities: { gpuResources: true } });
    expect(describeOffers(allocator.allocate(1))).to.deep.equal(['ml@gpu-box(*):cpus:4;gpus:2;mem:1024']);
  });

  it('offers refined reservations only to frameworks with the capability', function () {
    const refined = r(JSON.stringify([
      { name: 'cpus', type: 'SCALAR', scalar: { value: 2 }, reservations: [{ type: 'STATIC', role: 'a' }, { type: 'DYNAMIC', role: 'a/b' }] },
      { name: 'cpus', type: 'SCALAR', scalar: { value: 1 } },
    ]));
    const allocator = new HierarchicalAllocator();
    allocator.addFramework('old', { roles: ['a/b'] });
    allocator.addAgent('a1', refined, []);
    const [offer] = allocator.allocate(0);
    expect(offer === undefined ? '' : formatResources(offer.resources)).to.equal('cpus:1');
  });
});

describe('HierarchicalAllocator: agents and frameworks coming and going', function () {
  it('gives a removed framework\'s resources to others', function () {
    const allocator = withAgents(1, 'cpus:4;mem:1024');
    allocator.addFramework('first', { roles: ['*'] });
    expect(allocator.allocate(0)).to.have.length(1);
    allocator.addFramework('second', { roles: ['*'] });
    expect(allocator.allocate(1)).to.deep.equal([]);
    allocator.removeFramework('first');
    expect(allocator.allocate(2).map((d) => d.frameworkId)).to.deep.equal(['second']);
  });

  it('forgets a removed agent and ignores resources recovered from it', function () {
    const allocator = withAgents(1, 'cpus:4;mem:1024');
    allocator.addFramework('f', { roles: ['*'] });
    const offers = allocator.allocate(0);
    allocator.removeAgent('agent-0');
    expect(() => declineAll(allocator, offers, 5, 0)).to.not.throw();
    expect(allocator.stats().agents).to.equal(0);
    expect(allocator.roleShares().get('*')).to.equal(0);
  });

  it('offers what an agent gains when its total grows', function () {
    const allocator = withAgents(1, 'cpus:4;mem:1024');
    allocator.addFramework('f', { roles: ['*'] });
    allocator.allocate(0);
    allocator.updateAgentTotal('agent-0', r('cpus:6;mem:1024'));
    expect(describeOffers(allocator.allocate(1))).to.deep.equal(['f@agent-0(*):cpus:2']);
  });

  it('refuses a total that no longer holds what is allocated', function () {
    const allocator = withAgents(1, 'cpus:4;mem:1024');
    allocator.addFramework('f', { roles: ['*'] });
    allocator.allocate(0);
    expect(() => allocator.updateAgentTotal('agent-0', r('cpus:2;mem:1024'))).to.throw().that.satisfies((e: unknown) => isDroverError(e, 'RESOURCE_ARITHMETIC'));
  });

  it('tracks tasks of frameworks it has not heard of until they are added', function () {
    const allocator = new HierarchicalAllocator();
    allocator.addAgent('a1', r('cpus:4;mem:1024'), [{ frameworkId: 'ghost', role: 'r', resources: r('cpus:1;mem:128') }]);
    expect(allocator.stats().frameworks).to.equal(0);
    expect(allocator.roleShares().get('r')).to.be.closeTo(0.25, 1e-9);
    allocator.addFramework('ghost', { roles: ['r'] });
    expect(describeOffers(allocator.allocate(0))).to.deep.equal(['ghost@a1(r):cpus:3;mem:896']);
  });

  it('marks resources used with allocated() and gets them back with recoverResources()', function () {
    const allocator = withAgents(1, 'cpus:4;mem:1024');
    allocator.addFramework('f', { roles: ['*'] });
    allocator.allocated('f', 'agent-0', '*', r('cpus:4;mem:1024'));
    expect(allocator.allocate(0)).to.deep.equal([]);
    expect(allocator.resourceTotals().offeredOrAllocated.get('cpus')).to.equal(4);
    allocator.recoverResources('f', 'agent-0', '*', r('cpus:4;mem:1024'), undefined, 1);
    expect(allocator.allocate(2)).to.have.length(1);
  });

  it('ignores calls about frameworks and agents it does not know (races with their removal)', function () {
    const allocator = withAgents(1, 'cpus:4;mem:1024');
    expect(() => {
      allocator.suppressOffers('gone');
      allocator.reviveOffers('gone');
      allocator.activateFramework('gone');
      allocator.deactivateFramework('gone');
      allocator.updateFramework('gone', { roles: ['*'] });
      allocator.removeFramework('gone');
      allocator.removeAgent('gone');
      allocator.recoverResources('gone', 'agent-0', '*', r('cpus:1'), 5, 0);
    }).to.not.throw();
    expect(allocator.stats()).to.include({ frameworks: 0, filters: 0 });
    expect(() => allocator.updateAgentTotal('gone', r('cpus:1'))).to.throw().that.satisfies((e: unknown) => isDroverError(e, 'UNKNOWN_AGENT'));
  });

  it('refuses to take back more than was allocated', function () {
    const allocator = withAgents(1, 'cpus:4;mem:1024');
    allocator.addFramework('f', { roles: ['*'] });
    allocator.allocated('f', 'agent-0', '*', r('cpus:1'));
    expect(() => allocator.recoverResources('f', 'agent-0', '*', r('cpus:2'), undefined, 0)).to.throw().that.satisfies((e: unknown) => isDroverError(e, 'RESOURCE_ARITHMETIC'));
  });

  it('keeps resources a framework holds in a role it left until they come back', function () {
    const allocator = withAgents(1, 'cpus:4;mem:1024');
    allocator.addFramework('f', { roles: ['old'] });
    const [offer] = allocator.allocate(0);
    allocator.updateFramework('f', { roles: ['new'] });
    expect(allocator.roleShares().get('old')).to.equal(1);
    if (offer !== undefined) allocator.recoverResources('f', 'agent-0', 'old', offer.resources, undefined, 1);
    expect(allocator.roleShares().has('old')).to.equal(false);
    expect(allocator.allocate(2).map((d) => d.role)).to.deep.equal(['new']);
  });
});

describe('HierarchicalAllocator: sorters and randomness', function () {
  it('with the random sorter, spreads offers over frameworks and repeats itself for the same seed', function () {
    const run = (seed: number): string[] => {
      const allocator = withAgents(40, 'cpus:1;mem:128', { sorter: 'random', seed });
      for (const id of ['a', 'b', 'c']) allocator.addFramework(id, { roles: ['*'] });
      return allocator.allocate(0).map((d) => `${d.frameworkId}@${d.agentId}`);
    };
    const first = run(7);
    expect(new Set(first.map((entry) => entry.split('@')[0])).size).to.equal(3);
    expect(run(7)).to.deep.equal(first);
    expect(run(8)).to.not.deep.equal(first);
  });

  it('with the random sorter, favours heavier roles', function () {
    const allocator = withAgents(400, 'cpus:1;mem:128', { sorter: 'random', seed: 3 });
    allocator.setWeight('heavy', 9);
    allocator.addFramework('light-fw', { roles: ['light'] });
    allocator.addFramework('heavy-fw', { roles: ['heavy'] });
    const counts = offersPerFramework(allocator.allocate(0));
    expect(counts.get('heavy-fw') ?? 0).to.be.greaterThan(3 * (counts.get('light-fw') ?? 0));
  });

  it('shuffles agents with the seeded source', function () {
    const order = (seed: number): string[] => {
      const allocator = withAgents(20, 'cpus:1;mem:128', { seed });
      for (let i = 0; i < 20; i += 1) allocator.addFramework(`f${String(i).padStart(2, '0')}`, { roles: ['*'] });
      return allocator.allocate(0).map((d) => d.agentId);
    };
    expect(order(1)).to.deep.equal(order(1));
    expect(order(1)).to.not.deep.equal(order(2));
  });

  it('refuses an unknown sorter name', function () {
    expect(() => new HierarchicalAllocator({ sorter: 'fifo' })).to.throw().that.satisfies((e: unknown) => isDroverError(e, 'CONFIG'));
  });
});
