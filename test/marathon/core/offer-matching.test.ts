import { expect } from 'chai';
import { offerFromProto, parseResources, resourcesToProto, type Offer } from '../../../frameworks/sdk/index.js';
import { matchOffers } from '../../../frameworks/marathon/scheduler/index.js';
import type { Instance } from '../../../frameworks/marathon/model/index.js';
import { app, inst, T0 } from './fixtures.js';

function offer(id: string, hostname: string, resources: string, address = '10.0.0.1'): Offer {
  return offerFromProto({
    id: { value: id }, agentId: { value: `agent-${hostname}` }, hostname, resources: resourcesToProto(parseResources(resources)),
    url: `http://${address}:5051/agent/agent-${hostname}`,
  });
}

const waiting = (count: number, appId = '/a'): Instance[] =>
  Array.from({ length: count }, (_, index) => inst(`a.instance-${index}`, 'scheduled', { appId, incarnation: index === 0 ? 2 : 0 }));

describe('marathon core: matchOffers (pure)', () => {
  const unique = app('/a', { cpus: 1, mem: 64, constraints: [['hostname', 'UNIQUE']] });
  const small = app('/a', { cpus: 1, mem: 64 });

  it('fills offers in queue order up to what fits and what maxInstancesPerOffer allows, and counts who still waits', () => {
    const result = matchOffers({
      offers: [offer('o1', 'h1', 'cpus:3;mem:1024;ports:[31000-31010]'), offer('o2', 'h2', 'cpus:1;mem:1024;ports:[31000-31010]')],
      waiting: waiting(5), app: () => small, placedByApp: new Map(), maxInstancesPerOffer: 2, nowIso: T0,
    });
    expect(result.launches.map((launch) => [launch.offer.id, launch.planned.map((planned) => planned.instance.instanceId)])).to.deep.equal([
      ['o1', ['a.instance-0', 'a.instance-1']], ['o2', ['a.instance-2']],
    ]);
    expect(result.stillWaiting).to.equal(2);
    expect(result.unused).to.deep.equal([]);
    const first = result.launches[0]!.planned[0]!.instance;
    expect(first).to.include({ condition: 'provisioned', incarnation: 3, taskId: 'a.instance-0._app.3', stagedAt: T0 });
    expect(first.agent).to.deep.include({ agentId: 'agent-h1', hostname: 'h1', address: '10.0.0.1' });
    expect(first.hostPorts).to.have.length(1);
    const [one, two] = result.launches[0]!.planned;
    expect(one!.instance.hostPorts[0]).not.to.equal(two!.instance.hostPorts[0]);
  });

  it('checks constraints against instances already running and those placed in the same round', () => {
    const result = matchOffers({
      offers: [offer('o1', 'h1', 'cpus:8;mem:1024;ports:[31000-31010]'), offer('o2', 'h2', 'cpus:8;mem:1024;ports:[31000-31010]'),
        offer('o3', 'h3', 'cpus:8;mem:1024;ports:[31000-31010]')],
      waiting: waiting(3), app: () => unique, placedByApp: new Map([['/a', [{ hostname: 'h3', attributes: {} }]]]),
      maxInstancesPerOffer: 10, nowIso: T0,
    });
    expect(result.launches.map((launch) => [launch.offer.id, launch.planned.length])).to.deep.equal([['o1', 1], ['o2', 1]]);
    expect(result.unused).to.deep.equal(['o3']);
    expect(result.stillWaiting).to.equal(1);
    expect(result.rejections.every((rejection) => rejection.reasons.includes('UnfulfilledConstraint'))).to.equal(true);
  });

  it('leaves out instances whose app is gone, and reports offers too small', () => {
    const result = matchOffers({
      offers: [offer('o1', 'h1', 'cpus:0.5;mem:1024;ports:[31000-31010]')],
      waiting: [...waiting(1), ...waiting(1, '/gone')], app: (appId) => (appId === '/a' ? small : undefined),
      placedByApp: new Map(), maxInstancesPerOffer: 10, nowIso: T0,
    });
    expect(result.launches).to.deep.equal([]);
    expect(result.unused).to.deep.equal(['o1']);
    expect(result.rejections).to.deep.equal([{ appId: '/a', reasons: ['InsufficientCpus'] }]);
    expect(result.stillWaiting).to.equal(2);
  });
});
