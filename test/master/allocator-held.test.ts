// What clients hold on one agent is a small pairs list that turns into a Map past 16 clients (state.ts): both forms
// must account the same way through charge, release, framework removal and agent removal.
import { expect } from 'chai';
import { HierarchicalAllocator } from '../../master/allocator/index.js';
import { describeOffers, r } from './allocator-support.js';

function crowdedAgent(frameworks: number): HierarchicalAllocator {
  const allocator = new HierarchicalAllocator({ seed: 7 });
  const ids = Array.from({ length: frameworks }, (_, i) => `framework-${String(i).padStart(2, '0')}`);
  for (const id of ids) allocator.addFramework(id, { roles: ['*'] });
  allocator.addAgent('agent-0', r('cpus:100;mem:10000'), ids.map((frameworkId) => ({ frameworkId, role: '*', resources: r('cpus:1;mem:10') })));
  return allocator;
}

for (const frameworks of [3, 40]) {
  describe(`allocator: an agent held by ${frameworks} frameworks`, () => {
    it('offers exactly what nobody holds, and takes releases and removals back', () => {
      const allocator = crowdedAgent(frameworks);
      expect(allocator.resourceTotals().offeredOrAllocated.get('cpus')).to.equal(frameworks);

      const first = allocator.allocate(0);
      expect(first).to.have.length(1);
      expect(allocator.resourceTotals().offeredOrAllocated.get('cpus')).to.equal(100);
      const taker = first[0]!;
      expect(describeOffers(first)[0]).to.match(new RegExp(`@agent-0\\(\\*\\):cpus:${100 - frameworks};mem:${10000 - 10 * frameworks}$`));

      // The taker gives back its task and the offer; another framework goes away with its task.
      allocator.recoverResources(taker.frameworkId, 'agent-0', '*', r('cpus:1;mem:10'), undefined, 0);
      allocator.recoverResources(taker.frameworkId, 'agent-0', '*', taker.resources, undefined, 0);
      const gone = taker.frameworkId === 'framework-01' ? 'framework-02' : 'framework-01';
      allocator.removeFramework(gone);
      expect(allocator.resourceTotals().offeredOrAllocated.get('cpus') ?? 0).to.equal(frameworks - 2);

      const second = allocator.allocate(1000);
      expect(second).to.have.length(1);
      expect(describeOffers(second)[0]).to.match(new RegExp(`:cpus:${102 - frameworks};mem:${10020 - 10 * frameworks}$`));

      // Removing the agent takes back everything held there (another agent keeps the totals non-zero).
      allocator.addAgent('agent-1', r('cpus:10;mem:1000'), []);
      allocator.removeAgent('agent-0');
      expect(allocator.roleShares().get('*') ?? 0).to.equal(0);
    });

    it('releases every holding when the frameworks go', () => {
      const allocator = crowdedAgent(frameworks);
      for (let i = 0; i < frameworks; i += 1) allocator.removeFramework(`framework-${String(i).padStart(2, '0')}`);
      expect(allocator.resourceTotals().offeredOrAllocated.get('cpus') ?? 0).to.equal(0);
      expect(allocator.roleShares().get('*') ?? 0).to.equal(0);
    });
  });
}
