// Property tests: random sequences of cluster events never make the allocator hand out a resource twice, more than an
// agent has, reserved resources to the wrong role, or offers to frameworks that may not get them; and weighted DRF
// converges to shares proportional to the weights.
import { expect } from 'chai';
import fc from 'fast-check';
import { HierarchicalAllocator, type OfferDecision } from '../../master/allocator/index.js';
import {
  addResources,
  containsResources,
  formatResources,
  isRoleOrSubrole,
  scalarValue,
  subtractResources,
  type Resources,
} from '../../shared/resources/index.js';
import { r } from './allocator-support.js';

const AGENT_SHAPES = [
  'cpus:4;mem:1024;ports:[31000-31009]',
  'cpus:2;mem:512;cpus(web):2;mem(web):256;ports(web):[8000-8001]',
  'cpus:1;mem:256;disk:100;cpus(eng/ml):1;mem(eng/ml):64',
  'cpus:8;mem:4096;gpus:1',
];
const ROLES = ['*', 'web', 'web/api', 'eng', 'eng/ml', 'batch'];
const BATCH_CPU_LIMIT = 3;

type Op =
  | { kind: 'addAgent'; agent: number; shape: number }
  | { kind: 'removeAgent'; agent: number }
  | { kind: 'growAgent'; agent: number }
  | { kind: 'addFramework'; framework: number; roles: string[] }
  | { kind: 'removeFramework'; framework: number }
  | { kind: 'setActive'; framework: number; active: boolean }
  | { kind: 'suppress' | 'revive'; framework: number; role: string | undefined }
  | { kind: 'allocate'; subset: boolean }
  | { kind: 'respond'; pick: number; action: 'decline' | 'accept' | 'partial'; refuseSeconds: number | undefined }
  | { kind: 'finish'; pick: number }
  | { kind: 'advance'; ms: number };

const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('addAgent' as const), agent: fc.nat(5), shape: fc.nat(AGENT_SHAPES.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeAgent' as const), agent: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('growAgent' as const), agent: fc.nat(5) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('addFramework' as const), framework: fc.nat(4), roles: fc.subarray(ROLES, { minLength: 1, maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeFramework' as const), framework: fc.nat(4) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('setActive' as const), framework: fc.nat(4), active: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('suppress' as const, 'revive' as const), framework: fc.nat(4), role: fc.option(fc.constantFrom(...ROLES), { nil: undefined }) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('allocate' as const), subset: fc.boolean() }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('respond' as const),
      pick: fc.nat(50),
      action: fc.constantFrom('decline' as const, 'accept' as const, 'partial' as const),
      refuseSeconds: fc.option(fc.constantFrom(0, 1, 5, 1e9), { nil: undefined }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('finish' as const), pick: fc.nat(50) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.constantFrom(500, 1000, 5000) }) },
);

interface Holding {
  readonly frameworkId: string;
  readonly agentId: string;
  readonly role: string;
  readonly resources: Resources;
  used: boolean;
}

interface FrameworkModel {
  roles: Set<string>;
  active: boolean;
  suppressed: Set<string>;
}

class Harness {
  readonly allocator = new HierarchicalAllocator({ seed: 11 });
  readonly agents = new Map<string, { total: Resources; active: boolean }>();
  readonly frameworks = new Map<string, FrameworkModel>();
  holdings: Holding[] = [];
  now = 0;

  constructor() {
    this.allocator.setQuota('batch', r(`cpus:${BATCH_CPU_LIMIT}`));
  }

  apply(op: Op): void {
    const agentId = 'agent' in op ? `a${op.agent}` : '';
    const frameworkId = 'framework' in op ? `f${op.framework}` : '';
    switch (op.kind) {
      case 'addAgent':
        if (this.agents.has(agentId)) return;
        this.allocator.addAgent(agentId, r(AGENT_SHAPES[op.shape]!), []);
        this.agents.set(agentId, { total: r(AGENT_SHAPES[op.shape]!), active: true });
        return;
      case 'removeAgent':
        this.allocator.removeAgent(agentId);
        this.agents.delete(agentId);
        this.holdings = this.holdings.filter((h) => h.agentId !== agentId);
        return;
      case 'growAgent': {
        const agent = this.agents.get(agentId);
        if (agent === undefined) return;
        agent.total = addResources(agent.total, r('cpus:1'));
        this.allocator.updateAgentTotal(agentId, agent.total);
        return;
      }
      case 'addFramework':
        if (this.frameworks.has(frameworkId)) return;
        this.allocator.addFramework(frameworkId, { roles: op.roles, capabilities: { gpuResources: true } });
        this.frameworks.set(frameworkId, { roles: new Set(op.roles), active: true, suppressed: new Set() });
        return;
      case 'removeFramework':
        this.allocator.removeFramework(frameworkId);
        this.frameworks.delete(frameworkId);
        this.holdings = this.holdings.filter((h) => h.frameworkId !== frameworkId);
        return;
      case 'setActive': {
        const framework = this.frameworks.get(frameworkId);
        if (framework === undefined) return;
        if (op.active) this.allocator.activateFramework(frameworkId);
        else this.allocator.deactivateFramework(frameworkId);
        framework.active = op.active;
        return;
      }
      case 'suppress':
      case 'revive': {
        const framework = this.frameworks.get(frameworkId);
        if (framework === undefined) return;
        const roles = op.role === undefined ? [...framework.roles] : [op.role];
        if (op.kind === 'suppress') {
          this.allocator.suppressOffers(frameworkId, roles);
          for (const role of roles) framework.suppressed.add(role);
        } else {
          this.allocator.reviveOffers(frameworkId, roles, this.now);
          for (const role of roles) framework.suppressed.delete(role);
        }
        return;
      }
      case 'allocate': {
        const subset = op.subset ? [...this.agents.keys()].filter((_, i) => i % 2 === 0) : undefined;
        const decisions = this.allocator.allocate(this.now, subset);
        for (const decision of decisions) this.checkDecision(decision, subset);
        this.holdings.push(...decisions.map((d) => ({ ...d, used: false })));
        return;
      }
      case 'respond': {
        const offers = this.holdings.filter((h) => !h.used);
        const offer = offers[op.pick % Math.max(1, offers.length)];
        if (offer === undefined) return;
        if (op.action === 'accept') {
          offer.used = true;
          return;
        }
        this.holdings = this.holdings.filter((h) => h !== offer);
        if (op.action === 'decline') {
          this.allocator.recoverResources(offer.frameworkId, offer.agentId, offer.role, offer.resources, op.refuseSeconds, this.now);
          return;
        }
        const kept: Resources = offer.resources.slice(0, 1);
        const rest = subtractResources(offer.resources, kept);
        this.holdings.push({ ...offer, resources: kept, used: true });
        if (rest.length > 0) this.allocator.recoverResources(offer.frameworkId, offer.agentId, offer.role, rest, op.refuseSeconds, this.now);
        return;
      }
      case 'finish': {
        const used = this.holdings.filter((h) => h.used);
        const task = used[op.pick % Math.max(1, used.length)];
        if (task === undefined) return;
        this.holdings = this.holdings.filter((h) => h !== task);
        this.allocator.recoverResources(task.frameworkId, task.agentId, task.role, task.resources, undefined, this.now);
        return;
      }
      case 'advance':
        this.now += op.ms;
        return;
    }
  }

  /** An offer goes to a framework that may have it, respects reservations and is worth making. */
  private checkDecision(decision: OfferDecision, subset: string[] | undefined): void {
    const framework = this.frameworks.get(decision.frameworkId);
    const where = `${decision.frameworkId}@${decision.agentId}(${decision.role}): ${formatResources(decision.resources)}`;
    expect(framework, where).to.not.equal(undefined);
    expect(framework!.active, `inactive framework got ${where}`).to.equal(true);
    expect(framework!.roles.has(decision.role), `unsubscribed role in ${where}`).to.equal(true);
    expect(framework!.suppressed.has(decision.role), `suppressed role in ${where}`).to.equal(false);
    expect(this.agents.has(decision.agentId), `unknown agent in ${where}`).to.equal(true);
    if (subset !== undefined) expect(subset).to.include(decision.agentId);
    for (const resource of decision.resources) {
      if (resource.reservations.length > 0) {
        expect(isRoleOrSubrole(decision.role, resource.role), `reservation for ${resource.role} in ${where}`).to.equal(true);
      }
    }
    const worthIt = scalarValue(decision.resources, 'cpus') >= 0.01 || scalarValue(decision.resources, 'mem') >= 32;
    expect(worthIt, `below the minimum: ${where}`).to.equal(true);
  }

  /** Outstanding offers and tasks on each agent are disjoint and fit in its total; quota limits hold. */
  checkHoldings(): void {
    for (const [agentId, agent] of this.agents) {
      let taken: Resources = [];
      for (const holding of this.holdings.filter((h) => h.agentId === agentId)) {
        const left = subtractResources(agent.total, taken);
        expect(
          containsResources(left, holding.resources),
          `${agentId}: ${formatResources(holding.resources)} handed out twice or beyond ${formatResources(agent.total)}`,
        ).to.equal(true);
        taken = addResources(taken, holding.resources);
      }
    }
    const batchCpus = this.holdings
      .filter((h) => h.role === 'batch')
      .reduce((sum, h) => sum + scalarValue(h.resources.filter((x) => x.reservations.length === 0), 'cpus'), 0);
    expect(batchCpus).to.be.at.most(BATCH_CPU_LIMIT + 1e-9);
  }
}

describe('HierarchicalAllocator properties', function () {
  it('never hands out more than is free, a resource twice, or to someone who may not have it', function () {
    fc.assert(
      fc.property(fc.array(opArbitrary, { minLength: 1, maxLength: 80 }), (ops) => {
        const harness = new Harness();
        for (const op of ops) {
          harness.apply(op);
          harness.checkHoldings();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('converges to dominant shares in proportion 1:3 for weights 1 and 3', function () {
    fc.assert(
      fc.property(
        fc.integer({ min: 40, max: 240 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
        (agentCount, frameworksPerRole, seed, churn) => {
          const allocator = new HierarchicalAllocator({ seed });
          for (let i = 0; i < agentCount; i += 1) allocator.addAgent(`a${i}`, r('cpus:1;mem:128'), []);
          allocator.setWeight('three', 3);
          for (let i = 0; i < frameworksPerRole; i += 1) {
            allocator.addFramework(`one-${i}`, { roles: ['one'] });
            allocator.addFramework(`three-${i}`, { roles: ['three'] });
          }
          let outstanding = allocator.allocate(0);
          const check = (): void => {
            const shares = allocator.roleShares();
            const one = shares.get('one') ?? 0;
            const three = shares.get('three') ?? 0;
            expect(one + three).to.be.closeTo(1, 1e-9);
            // Greedy DRF ends within one agent's (weighted) share of perfect balance.
            expect(Math.abs(one / 1 - three / 3)).to.be.at.most(1 / agentCount + 1e-9);
          };
          check();
          // Tasks end at random and their agents are offered again: the balance holds.
          for (const [round, fraction] of churn.entries()) {
            const released = outstanding.filter((_, i) => (i * 7919 + round) % 1000 < fraction * 1000);
            for (const d of released) allocator.recoverResources(d.frameworkId, d.agentId, d.role, d.resources, undefined, round + 1);
            const again = allocator.allocate(round + 1);
            outstanding = [...outstanding.filter((d) => !released.includes(d)), ...again];
            check();
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
