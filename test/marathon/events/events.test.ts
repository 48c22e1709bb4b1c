// Event objects, deployment plans and SSE frames: exact Marathon field names, timestamps, heavy vs light plans.
import { expect } from 'chai';
import fc from 'fast-check';
import {
  deploymentFailedEvent, deploymentInfoEvent, deploymentSuccessEvent, instanceChangedEvent, instanceHealthChangedEvent,
  marathonConditionName, marathonEvent, MARATHON_EVENT_TYPES, rootGroup, sseFrame, toEventTimestamp, toLightEvent,
  type MarathonEvent,
} from '../../../frameworks/marathon/events/index.js';
import type { Instance, InstanceCondition } from '../../../frameworks/marathon/model/index.js';
import { isDroverError } from '../../../shared/errors/index.js';
import { app, samplePlan, T0, T1 } from './fixtures.js';

const ISO_MS_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function instance(overrides: Partial<Instance> = {}): Instance {
  return {
    instanceId: 'prod_web.instance-6c2c6a1e-1f41-4f7a-9e0e-2b1f7a0c5d11',
    appId: '/prod/web',
    appVersion: T0,
    goal: 'running',
    incarnation: 1,
    condition: 'running',
    conditionSince: T0,
    taskId: 'prod_web.instance-6c2c6a1e-1f41-4f7a-9e0e-2b1f7a0c5d11._app.1',
    agent: { agentId: 'agent-1', hostname: 'node-1.example', attributes: {} },
    hostPorts: [31000],
    ...overrides,
  };
}

describe('marathon events: objects', () => {
  it('stamps eventType and a ms-precision UTC timestamp from a Date or an ISO string', () => {
    const fromDate = marathonEvent('app_terminated_event', { appId: '/prod/web' }, new Date(Date.UTC(2024, 4, 1, 10)));
    expect(fromDate).to.deep.equal({ appId: '/prod/web', eventType: 'app_terminated_event', timestamp: T0 });
    const fromOffset = marathonEvent('app_terminated_event', { appId: '/a' }, '2024-05-01T12:00:00+02:00');
    expect(fromOffset.timestamp).to.equal(T0);
    expect(toEventTimestamp('2024-05-01T10:00:00.1234Z')).to.equal('2024-05-01T10:00:00.123Z');
  });

  it('rejects times that are not ISO 8601 date-times', () => {
    for (const bad of ['yesterday', '2024-05-01', '05/01/2024 10:00', '2024-13-01T00:00:00Z']) {
      expect(() => toEventTimestamp(bad), bad).to.throw().that.satisfies((e: unknown) => isDroverError(e, 'INVALID_ARGUMENT'));
    }
    expect(() => toEventTimestamp(new Date(Number.NaN))).to.throw();
  });

  it('renders every valid time in the ISO form with milliseconds and Z', () => {
    fc.assert(fc.property(fc.date({ min: new Date(0), max: new Date(Date.UTC(9999, 0)), noInvalidDate: true }), (date) => {
      const stamp = toEventTimestamp(date);
      expect(stamp).to.match(ISO_MS_Z);
      expect(toEventTimestamp(stamp)).to.equal(stamp);
    }));
  });

  it('builds instance events with Marathon field names and condition names', () => {
    expect(instanceChangedEvent(instance(), T1)).to.deep.equal({
      instanceId: instance().instanceId, condition: 'Running', runSpecId: '/prod/web', agentId: 'agent-1',
      host: 'node-1.example', runSpecVersion: T0, eventType: 'instance_changed_event', timestamp: T1,
    });
    const { agent: _agent, ...unplaced } = instance({ condition: 'scheduled' });
    const scheduled = instanceChangedEvent(unplaced, T1);
    expect([scheduled.condition, scheduled.agentId, scheduled.host]).to.deep.equal(['Scheduled', null, null]);
    expect(instanceHealthChangedEvent(instance({ healthy: false }), T1)).to.deep.equal({
      instanceId: instance().instanceId, runSpecId: '/prod/web', healthy: false, runSpecVersion: T0,
      eventType: 'instance_health_changed_event', timestamp: T1,
    });
    expect(instanceHealthChangedEvent(instance(), T1).healthy).to.equal(null);
    const names: Partial<Record<InstanceCondition, string>> = {
      gone_by_operator: 'GoneByOperator', unreachable_inactive: 'UnreachableInactive', provisioned: 'Provisioned',
    };
    for (const [condition, name] of Object.entries(names)) {
      expect(marathonConditionName(condition as InstanceCondition)).to.equal(name);
    }
  });

  it('carries the heavy plan: root groups nested by path, steps as {actions:[{action, app}]}', () => {
    const plan = samplePlan();
    const event = deploymentInfoEvent(plan, plan.steps[1] ?? { actions: [] }, T1);
    expect(Object.keys(event).sort()).to.deep.equal(['currentStep', 'eventType', 'plan', 'timestamp']);
    expect(Object.keys(event.plan).sort()).to.deep.equal(['id', 'original', 'steps', 'target', 'version']);
    expect(event.currentStep).to.deep.equal({ actions: [{ action: 'RestartApplication', app: '/prod/web' }] });
    expect(event.plan.steps).to.deep.equal(plan.steps);
    const target = event.plan.target;
    expect(target.id).to.equal('/');
    expect(target.apps).to.deep.equal([]);
    const prod = target.groups[0];
    expect(prod?.id).to.equal('/prod');
    expect(prod?.apps.map((a) => a.id)).to.deep.equal(['/prod/web']);
    expect(prod?.groups.map((g) => [g.id, g.apps.map((a) => a.id)])).to.deep.equal([['/prod/api', ['/prod/api/db']]]);
    expect(prod?.apps[0]?.cmd).to.equal('sleep 2000');
    expect(event.plan.original.groups[0]?.apps[0]?.cmd).to.equal('sleep 1000');
    expect(event.plan.original.version).to.equal(T0);
    expect(target.version).to.equal(T1);
  });

  it('puts deployment ids and an optional failure reason where Marathon does', () => {
    const plan = samplePlan();
    expect(deploymentSuccessEvent(plan, T1).id).to.equal(plan.id);
    expect(deploymentFailedEvent(plan, T1)).to.not.have.property('reason');
    expect(deploymentFailedEvent(plan, T1, 'killed by user').reason).to.equal('killed by user');
  });

  it('sorts groups and apps by id however the apps come', () => {
    const apps = ['/b/x', '/a/z', '/a/y', '/c', '/a/b/q'].map((id) => app(id, T0));
    fc.assert(fc.property(fc.shuffledSubarray(apps, { minLength: apps.length }), (order) => {
      const root = rootGroup(order, T0);
      expect(root.apps.map((a) => a.id)).to.deep.equal(['/c']);
      expect(root.groups.map((g) => g.id)).to.deep.equal(['/a', '/b']);
      expect(root.groups[0]?.apps.map((a) => a.id)).to.deep.equal(['/a/y', '/a/z']);
      expect(root.groups[0]?.groups[0]?.apps.map((a) => a.id)).to.deep.equal(['/a/b/q']);
    }));
  });
});

describe('marathon events: frames', () => {
  it('writes event and data lines, the data one line of JSON with eventType and timestamp', () => {
    const event = marathonEvent('group_change_failed', { groupId: '/g', version: T0, reason: 'line one\nline two\r' }, T1);
    const frame = sseFrame(event, 'full');
    expect(frame.endsWith('\n\n')).to.equal(true);
    const lines = frame.slice(0, -2).split('\n');
    expect(lines).to.have.length(2);
    expect(lines[0]).to.equal('event: group_change_failed');
    expect(lines[1]?.startsWith('data: ')).to.equal(true);
    expect(lines[1]).to.not.include('\r');
    const data = JSON.parse(lines[1]?.slice('data: '.length) ?? '') as Record<string, unknown>;
    expect(data).to.deep.equal(event);
    expect(data['eventType']).to.equal('group_change_failed');
    expect(data['timestamp']).to.equal(T1);
  });

  it('strips original and target only from deployment events under the light format', () => {
    const plan = samplePlan();
    const events: MarathonEvent[] = [
      deploymentInfoEvent(plan, plan.steps[0] ?? { actions: [] }, T1),
      deploymentSuccessEvent(plan, T1),
      deploymentFailedEvent(plan, T1, 'no offers'),
    ];
    for (const event of events) {
      const light = JSON.parse(sseFrame(event, 'light').split('\n')[1]?.slice('data: '.length) ?? '') as { plan: object };
      expect(Object.keys(light.plan).sort(), event.eventType).to.deep.equal(['id', 'steps', 'version']);
      const full = JSON.parse(sseFrame(event, 'full').split('\n')[1]?.slice('data: '.length) ?? '') as { plan: object };
      expect(full.plan, event.eventType).to.have.keys('id', 'original', 'target', 'steps', 'version');
    }
    const other = marathonEvent('app_terminated_event', { appId: '/x' }, T1);
    expect(toLightEvent(other)).to.equal(other);
    expect(sseFrame(other, 'light')).to.equal(sseFrame(other, 'full'));
  });

  it('lists the event types of the reference, each once', () => {
    expect(new Set(MARATHON_EVENT_TYPES).size).to.equal(MARATHON_EVENT_TYPES.length);
    expect(MARATHON_EVENT_TYPES).to.include.members([
      'api_post_event', 'status_update_event', 'instance_changed_event', 'instance_health_changed_event',
      'health_status_changed_event', 'failed_health_check_event', 'unhealthy_instance_kill_event',
      'app_terminated_event', 'deployment_info', 'deployment_success', 'deployment_failed', 'deployment_step_success',
      'deployment_step_failure', 'group_change_success', 'group_change_failed', 'event_stream_attached',
      'event_stream_detached',
    ]);
  });
});
