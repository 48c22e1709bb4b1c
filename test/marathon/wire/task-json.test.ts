import { expect } from 'chai';
import { isDroverError } from '../../../shared/errors/index.js';
import { isListedTask, mesosTaskState, taskJson } from '../../../frameworks/marathon/wire/index.js';
import type { Instance, InstanceCondition } from '../../../frameworks/marathon/model/index.js';
import { TASK_KEYS, app, instance } from './fixtures.js';

const web = app({ id: '/web', cmd: 'serve', portDefinitions: [{ port: 10001 }, { port: 10002 }] });

describe('marathon wire: taskJson', () => {
  it('serves a running instance as a Marathon task', () => {
    const i = instance({ instanceId: 'web.instance-1', hostPorts: [31001, 31002] });
    expect(taskJson(i, web, [{ alive: true, consecutiveFailures: 0, instanceId: 'web.instance-1', lastSuccess: '2024-05-01T12:00:05.000Z' }]))
      .to.deep.equal({
        appId: '/web',
        healthCheckResults: [{ alive: true, consecutiveFailures: 0, lastSuccess: '2024-05-01T12:00:05.000Z', instanceId: 'web.instance-1' }],
        host: 'node-1.example',
        id: 'web.instance-1._app.1',
        ports: [31001, 31002],
        servicePorts: [10001, 10002],
        slaveId: 'agent-1',
        state: 'TASK_RUNNING',
        stagedAt: '2024-05-01T12:00:01.000Z',
        startedAt: '2024-05-01T12:00:02.000Z',
        version: '2024-05-01T12:00:00.000Z',
        localVolumes: [],
      });
  });

  it('leaves startedAt out until the task started, and shows healthCheckResults as [] without results', () => {
    const json = taskJson(instance({ instanceId: 'web.instance-2', condition: 'staging' }, ['startedAt']), web);
    expect(json).not.to.have.property('startedAt');
    expect(json).to.include({ state: 'TASK_STAGING', stagedAt: '2024-05-01T12:00:01.000Z' });
    expect(json.healthCheckResults).to.deep.equal([]);
  });

  it('takes service ports from the port mappings of a bridge app, and none without the app', () => {
    const bridged = app({ id: '/web', cmd: 'x', networks: [{ mode: 'container/bridge' }], container: { docker: { image: 'i' },
      portMappings: [{ containerPort: 80, servicePort: 10080 }] } });
    const i = instance({ instanceId: 'web.instance-3' });
    expect(taskJson(i, bridged).servicePorts).to.deep.equal([10080]);
    expect(taskJson(i, undefined).servicePorts).to.deep.equal([]);
  });

  it('gives ipAddresses for an agent known by IPv4 address, or the ones the instance carries', () => {
    const byIp = instance({ instanceId: 'web.instance-4', agent: { agentId: 'a', hostname: '10.0.0.7', attributes: {} } });
    expect(taskJson(byIp, web).ipAddresses).to.deep.equal([{ ipAddress: '10.0.0.7', protocol: 'IPv4' }]);
    expect(taskJson(instance({ instanceId: 'web.instance-5' }), web)).not.to.have.property('ipAddresses');
    const carried = { ...instance({ instanceId: 'web.instance-6' }), ipAddresses: ['172.17.0.3', 'fd00::3'] } as Instance;
    expect(taskJson(carried, web).ipAddresses).to.deep.equal([
      { ipAddress: '172.17.0.3', protocol: 'IPv4' }, { ipAddress: 'fd00::3', protocol: 'IPv6' },
    ]);
  });

  it('maps every condition with a task to its Mesos state name', () => {
    const expected: Record<Exclude<InstanceCondition, 'scheduled'>, string> = {
      provisioned: 'TASK_STAGING', staging: 'TASK_STAGING', starting: 'TASK_STARTING', running: 'TASK_RUNNING',
      killing: 'TASK_KILLING', finished: 'TASK_FINISHED', failed: 'TASK_FAILED', killed: 'TASK_KILLED', error: 'TASK_ERROR',
      dropped: 'TASK_DROPPED', gone: 'TASK_GONE', gone_by_operator: 'TASK_GONE_BY_OPERATOR', unreachable: 'TASK_UNREACHABLE',
      unreachable_inactive: 'TASK_UNREACHABLE', unknown: 'TASK_UNKNOWN',
    };
    for (const [condition, state] of Object.entries(expected)) {
      expect(mesosTaskState(condition as InstanceCondition), condition).to.equal(state);
      expect(taskJson(instance({ instanceId: 'web.instance-7', condition: condition as InstanceCondition }), web).state).to.equal(state);
    }
    expect(mesosTaskState('scheduled')).to.equal(undefined);
  });

  it('refuses an instance without a task with INVALID_ARGUMENT', () => {
    const scheduled = instance({ instanceId: 'web.instance-8', condition: 'scheduled' }, ['taskId']);
    expect(() => taskJson(scheduled, web)).to.throw().that.satisfies((e: unknown) => isDroverError(e, 'INVALID_ARGUMENT'));
    expect(() => taskJson(instance({ instanceId: 'web.instance-9' }, ['taskId']), web)).to.throw(/has no task/);
  });

  it('lists only instances with a live task', () => {
    expect(isListedTask(instance({ instanceId: 'a' }))).to.equal(true);
    expect(isListedTask(instance({ instanceId: 'b', condition: 'unreachable' }))).to.equal(true);
    expect(isListedTask(instance({ instanceId: 'c', condition: 'killed' }))).to.equal(false);
    expect(isListedTask(instance({ instanceId: 'd', condition: 'scheduled' }, ['taskId']))).to.equal(false);
  });

  it('uses only keys strict clients know', () => {
    const i = { ...instance({ instanceId: 'web.instance-10' }), ipAddresses: ['10.0.0.1'] } as Instance;
    const keys = Object.keys(taskJson(i, web, [{ alive: false, consecutiveFailures: 1, instanceId: 'x' }]));
    expect(keys.filter((k) => !TASK_KEYS.has(k))).to.deep.equal([]);
    expect(keys).to.include.members(['ipAddresses', 'startedAt', 'slaveId', 'healthCheckResults', 'localVolumes']);
  });
});
