// The in-process event bus: filtering, unsubscribing, listener faults, and publish order under re-entrant publishing.
import { expect } from 'chai';
import fc from 'fast-check';
import {
  marathonEvent, MarathonEventBus, type MarathonEvent, type MarathonEventType,
} from '../../../frameworks/marathon/events/index.js';
import { T0 } from './fixtures.js';

const terminated = (appId: string): MarathonEvent => marathonEvent('app_terminated_event', { appId }, T0);
const groupOk = (groupId: string): MarathonEvent => marathonEvent('group_change_success', { groupId, version: T0 }, T0);

describe('marathon events: bus', () => {
  it('delivers to every listener, or only the filtered types', () => {
    const bus = new MarathonEventBus();
    const all: string[] = [];
    const only: string[] = [];
    bus.subscribe((event) => all.push(event.eventType));
    bus.subscribe((event) => only.push(event.eventType), new Set(['group_change_success']));
    bus.subscribe(() => undefined, new Set());
    bus.publish(terminated('/a'));
    bus.publish(groupOk('/g'));
    expect(all).to.deep.equal(['app_terminated_event', 'group_change_success']);
    expect(only).to.deep.equal(['group_change_success']);
    expect(bus.listenerCount).to.equal(3);
  });

  it('stops delivering after unsubscribe, even when a listener unsubscribes another mid-publish', () => {
    const bus = new MarathonEventBus();
    const seen: string[] = [];
    let second = (): void => undefined;
    const first = bus.subscribe(() => { seen.push('first'); second(); });
    second = bus.subscribe(() => seen.push('second'));
    bus.publish(terminated('/a'));
    expect(seen).to.deep.equal(['first']);
    first();
    first();
    bus.publish(terminated('/b'));
    expect(seen).to.deep.equal(['first']);
    expect(bus.listenerCount).to.equal(0);
  });

  it('never throws because of a listener and still reaches the others', () => {
    const errors: unknown[] = [];
    const bus = new MarathonEventBus({ onListenerError: (error) => { errors.push(error); throw new Error('reporter too'); } });
    const seen: string[] = [];
    bus.subscribe(() => { throw new Error('boom'); });
    bus.subscribe((event) => seen.push(event.eventType));
    expect(() => bus.publish(terminated('/a'))).to.not.throw();
    expect(seen).to.deep.equal(['app_terminated_event']);
    expect(errors.map((e) => (e as Error).message)).to.deep.equal(['boom']);
    expect(() => new MarathonEventBus().publish(terminated('/b'))).to.not.throw();
  });

  it('keeps publish order for every listener when listeners publish', () => {
    // Listener 0 reacts to some events by publishing more; every listener must see one and the same sequence.
    fc.assert(fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 20 }), fc.integer({ min: 2, max: 4 }), (reacts, listeners) => {
      const bus = new MarathonEventBus();
      const logs: string[][] = Array.from({ length: listeners }, () => []);
      logs.forEach((log, index) => bus.subscribe((event) => {
        const name = event.eventType === 'app_terminated_event' ? event.appId : `reaction:${event.eventType === 'group_change_success' ? event.groupId : ''}`;
        log.push(name);
        if (index === 0 && event.eventType === 'app_terminated_event' && reacts[Number(event.appId.slice(1))] === true) {
          bus.publish(groupOk(event.appId));
        }
      }));
      reacts.forEach((_, i) => bus.publish(terminated(`/${i}`)));
      for (const log of logs) expect(log).to.deep.equal(logs[0]);
      const expected = reacts.flatMap((react, i) => (react ? [`/${i}`, `reaction:/${i}`] : [`/${i}`]));
      expect(logs[0]).to.deep.equal(expected);
    }));
  });

  it('filters by exact event type', () => {
    fc.assert(fc.property(fc.subarray(['app_terminated_event', 'group_change_success'] as MarathonEventType[]), (types) => {
      const bus = new MarathonEventBus();
      const seen: string[] = [];
      bus.subscribe((event) => seen.push(event.eventType), new Set(types));
      bus.publish(terminated('/a'));
      bus.publish(groupOk('/g'));
      const expected = types.length === 0 ? ['app_terminated_event', 'group_change_success'] : ['app_terminated_event', 'group_change_success'].filter((t) => types.includes(t as MarathonEventType));
      expect(seen).to.deep.equal(expected);
    }));
  });
});
