import { expect } from 'chai';
import fc from 'fast-check';
import {
  addResources, buildTaskInfos, containsResources, isTerminalState, isUncertainState, matchTasksToOffers, offerFromProto,
  parseResources, rangesValue, resolveTaskResources, resourcesFromProto, resourcesToProto, subtractResources, type Offer, type Resources,
  type TaskSpec,
} from '../../frameworks/sdk/index.js';

function offer(id: string, agentId: string, resources: string, role = '*'): Offer {
  return offerFromProto({
    id: { value: id }, frameworkId: { value: 'fw' }, agentId: { value: agentId }, hostname: `${agentId}.example`,
    resources: resourcesToProto(parseResources(resources)), allocationRole: role,
  });
}

function task(name: string, resources: TaskSpec['resources']): TaskSpec {
  return { id: name, name, command: 'true', resources };
}

const offerArbitrary = fc.record({
  agent: fc.integer({ min: 1, max: 4 }),
  cpus: fc.integer({ min: 0, max: 40 }).map((tenths) => tenths / 10),
  mem: fc.integer({ min: 0, max: 2048 }),
  portBase: fc.integer({ min: 0, max: 3 }).map((n) => 31000 + n * 100),
  portCount: fc.integer({ min: 0, max: 4 }),
});

const taskArbitrary = fc.oneof(
  fc.record({ cpus: fc.integer({ min: 1, max: 15 }).map((tenths) => tenths / 10), mem: fc.integer({ min: 1, max: 512 }), ports: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ cpus: fc.integer({ min: 1, max: 15 }).map((tenths) => tenths / 10), mem: fc.integer({ min: 1, max: 512 }) })
    .map(({ cpus, mem }) => `cpus:${cpus};mem:${mem}`),
);

interface OfferShape { agent: number; cpus: number; mem: number; portBase: number; portCount: number }

function offersFrom(specs: readonly OfferShape[]): Offer[] {
  return specs.map((spec, index) => {
    const ports = spec.portCount > 0 ? `;ports:[${spec.portBase}-${spec.portBase + spec.portCount - 1}]` : '';
    const text = [spec.cpus > 0 ? `cpus:${spec.cpus}` : '', spec.mem > 0 ? `mem:${spec.mem}` : ''].filter(Boolean).join(';') + ports;
    return offer(`o${index}`, `agent-${spec.agent}`, text.replace(/^;/, '') || 'disk:1');
  });
}

describe('matchTasksToOffers and buildTaskInfos', function () {
  it('never over-commits an offer, places each task at most once, and leaves only tasks that fit nowhere (property)', function () {
    fc.assert(fc.property(
      fc.array(offerArbitrary, { maxLength: 6 }),
      fc.array(taskArbitrary, { maxLength: 12 }),
      fc.constantFrom('first-fit' as const, 'spread' as const),
      (offerSpecs, taskResources, strategy) => {
        const offers = offersFrom(offerSpecs);
        const tasks = taskResources.map((resources, index) => task(`t${index}`, resources));
        const result = matchTasksToOffers(tasks, offers, strategy);
        const placed = result.assignments.flatMap((assignment) => assignment.tasks.map((t) => t.id));
        expect([...placed, ...result.unplaced.map((t) => t.id)].sort()).to.deep.equal(tasks.map((t) => t.id).sort());
        expect(result.assignments.length + result.unused.length).to.equal(offers.length);
        const leftovers = new Map<string, Resources>(offers.map((o) => [o.id, o.resources]));
        for (const { offer: target, tasks: assigned } of result.assignments) {
          // Launching the assignment carves the same resources and never needs more than the offer holds.
          const infos = buildTaskInfos(assigned, target);
          let used: Resources = [];
          for (const info of infos) used = addResources(used, resourcesFromProto(info.resources));
          expect(containsResources(target.resources, used), `${target.id} over-committed`).to.equal(true);
          const ports = infos.flatMap((info) => rangesValue(resourcesFromProto(info.resources), 'ports'));
          const portNumbers = ports.flatMap((range) => Array.from({ length: range.end - range.begin + 1 }, (_, i) => range.begin + i));
          expect(new Set(portNumbers).size).to.equal(portNumbers.length);
          leftovers.set(target.id, subtractResources(target.resources, used));
        }
        for (const unplaced of result.unplaced) {
          for (const target of offers) {
            const fits = resolveTaskResources(unplaced.resources, leftovers.get(target.id) ?? [], target.role) !== undefined;
            expect(fits, `${unplaced.id} was left out but fits what is left of ${target.id}`).to.equal(false);
          }
        }
      },
    ), { numRuns: 300 });
  });

  it('spread puts identical tasks round-robin across agents; first-fit fills the first offer first', function () {
    const offers = [offer('o1', 'a1', 'cpus:10;mem:1000'), offer('o2', 'a2', 'cpus:10;mem:1000'), offer('o3', 'a3', 'cpus:10;mem:1000')];
    const tasks = Array.from({ length: 7 }, (_, index) => task(`t${index}`, { cpus: 1, mem: 10 }));
    const spread = matchTasksToOffers(tasks, offers, 'spread');
    expect(spread.assignments.map((a) => [a.offer.id, a.tasks.map((t) => t.id)])).to.deep.equal([
      ['o1', ['t0', 't3', 't6']], ['o2', ['t1', 't4']], ['o3', ['t2', 't5']],
    ]);
    const firstFit = matchTasksToOffers(tasks, offers, 'first-fit');
    expect(firstFit.assignments.map((a) => [a.offer.id, a.tasks.length])).to.deep.equal([['o1', 7]]);
    expect(firstFit.unused.map((o) => o.id)).to.deep.equal(['o2', 'o3']);
  });

  it('spread gives every agent the same number of identical tasks, give or take one (property)', function () {
    fc.assert(fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 20 }), (agents, count) => {
      const offers = Array.from({ length: agents }, (_, index) => offer(`o${index}`, `a${index}`, 'cpus:100;mem:10000'));
      const tasks = Array.from({ length: count }, (_, index) => task(`t${index}`, { cpus: 0.1, mem: 32 }));
      const counts = offers.map((o) => matchTasksToOffers(tasks, offers, 'spread').assignments.find((a) => a.offer.id === o.id)?.tasks.length ?? 0);
      expect(Math.max(...counts) - Math.min(...counts)).to.be.at.most(1);
      expect(counts.reduce((sum, n) => sum + n, 0)).to.equal(count);
    }));
  });

  it('spread skips an agent that has no room and keeps rotating', function () {
    const offers = [offer('o1', 'a1', 'cpus:0.1;mem:10'), offer('o2', 'a2', 'cpus:4;mem:400')];
    const result = matchTasksToOffers([task('t0', { cpus: 1 }), task('t1', { cpus: 1 }), task('t2', { cpus: 0.1 })], offers, 'spread');
    expect(result.assignments.map((a) => [a.offer.id, a.tasks.map((t) => t.id)])).to.deep.equal([['o1', ['t2']], ['o2', ['t0', 't1']]]);
  });

  it('carves amount requests from the offer\'s role reservation before unreserved resources', function () {
    const reserved = offer('o1', 'a1', 'cpus(web):1;cpus:4;mem:100', 'web');
    const [info] = buildTaskInfos([task('t', { cpus: 1.5, mem: 10 })], reserved);
    const used = resourcesFromProto(info?.resources);
    expect(used.filter((r) => r.name === 'cpus').map((r) => [r.role, r.value.type === 'scalar' ? r.value.value : 0])).to.deep.equal([['*', 0.5], ['web', 1]]);
  });

  it('builds docker containers, health checks, kill policies and labels', function () {
    const [info] = buildTaskInfos([{
      name: 'web', command: 'nginx', resources: { cpus: 0.5, mem: 64, ports: 1 },
      container: { docker: { image: 'nginx:1', network: 'BRIDGE', portMappings: [{ hostPort: 31000, containerPort: 80 }] } },
      healthCheck: { type: 'http', port: 31000, path: '/health', intervalSeconds: 5 },
      killGracePeriodSeconds: 7, maxCompletionTimeSeconds: 60, labels: { tier: 'front' },
    }], offer('o1', 'a1', 'cpus:1;mem:128;ports:[31000-31000]'));
    expect(info?.taskId?.value).to.match(/^web-[0-9a-f]{8}$/);
    expect(info?.container?.docker?.image).to.equal('nginx:1');
    expect(info?.container?.docker?.portMappings?.[0]).to.deep.include({ hostPort: 31000, containerPort: 80, protocol: 'tcp' });
    expect(info?.healthCheck).to.deep.include({ intervalSeconds: 5 });
    expect(info?.healthCheck?.http).to.deep.include({ port: 31000, path: '/health' });
    expect(info?.killPolicy?.gracePeriodSeconds).to.equal(7);
    expect(info?.maxCompletionTime).to.equal(60);
    expect(info?.labels?.labels).to.deep.equal([{ key: 'tier', value: 'front' }]);
  });

  it('classifies task states as mesos.md §3 does', function () {
    for (const state of ['TASK_FINISHED', 'TASK_FAILED', 'TASK_KILLED', 'TASK_ERROR', 'TASK_DROPPED', 'TASK_GONE'] as const) {
      expect(isTerminalState(state), state).to.equal(true);
    }
    for (const state of ['TASK_STAGING', 'TASK_RUNNING', 'TASK_KILLING', 'TASK_LOST', 'TASK_UNREACHABLE', 'TASK_GONE_BY_OPERATOR', 'TASK_UNKNOWN'] as const) {
      expect(isTerminalState(state), state).to.equal(false);
    }
    expect(isUncertainState('TASK_LOST')).to.equal(true);
    expect(isUncertainState('TASK_RUNNING')).to.equal(false);
  });
});
