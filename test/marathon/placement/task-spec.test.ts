import { expect } from 'chai';
import {
  buildTaskSpec, labelsEnv, matchOffer, taskIdFor, newInstanceId, type TaskLaunch,
} from '../../../frameworks/marathon/placement/index.js';
import { buildTaskInfos, offerFromProto, parseResources, resourcesToProto, type Resources } from '../../../frameworks/sdk/index.js';
import type { AppDefinition } from '../../../frameworks/marathon/app-definition/index.js';
import { app, offer } from './helpers.js';

const TASK_ID = taskIdFor(newInstanceId('/prod/web', 'u1'), 1);
const RESOURCES: Resources = parseResources('cpus:1;mem:128;ports:[31000-31001]');

function launch(hostPorts: number[], extra: Partial<TaskLaunch> = {}): TaskLaunch {
  return { taskId: TASK_ID, hostname: 'agent-1.example', hostPorts, resources: RESOURCES, ...extra };
}

function bridgeApp(json: Record<string, unknown> = {}): AppDefinition {
  return app({
    id: '/prod/web',
    cmd: undefined,
    container: {
      type: 'DOCKER',
      docker: { image: 'nginx:1.25', privileged: true, forcePullImage: true },
      portMappings: [
        { containerPort: 80, hostPort: 0, name: 'http' },
        { containerPort: 0, hostPort: 0, protocol: 'udp,tcp' },
      ],
      volumes: [
        { containerPath: '/data', hostPath: '/srv/data', mode: 'RO' },
        { containerPath: 'pv', mode: 'RW', persistent: { size: 10 } },
      ],
    },
    networks: [{ mode: 'container/bridge' }],
    ...json,
  });
}

describe('marathon placement: buildTaskSpec', () => {
  it('names the task as Marathon does and passes id, resources, labels, user and kill grace period', () => {
    const a = app({ id: '/prod/web', user: 'nobody', labels: { team: 'x' }, taskKillGracePeriodSeconds: 7 });
    const spec = buildTaskSpec(a, launch([31000]));
    expect(spec.id).to.equal(TASK_ID);
    expect(spec.name).to.equal('web.prod');
    expect(spec.command).to.equal('sleep 100');
    expect(spec.resources).to.equal(RESOURCES);
    expect(spec.labels).to.deep.equal({ team: 'x' });
    expect(spec.user).to.equal('nobody');
    expect(spec.killGracePeriodSeconds).to.equal(7);
    expect(spec.container).to.equal(undefined);
    expect(spec.healthCheck).to.equal(undefined);
  });

  it('runs args without a shell: the first is the program', () => {
    const spec = buildTaskSpec(app({ cmd: undefined, args: ['/bin/echo', 'a b', 'c'] }), launch([31000]));
    expect(spec.command).to.deep.equal({ shell: false, value: '/bin/echo', arguments: ['a b', 'c'] });
    const docker = buildTaskSpec(bridgeApp({ args: ['--port', '80'] }), launch([31000, 31001]));
    expect(docker.command).to.deep.equal({ shell: false, value: '--port', arguments: ['80'] });
    expect(buildTaskSpec(bridgeApp(), launch([31000, 31001])).command).to.equal(undefined);
  });

  it('sets exactly the documented environment for host networking', () => {
    const a = app({
      id: '/prod/web', cpus: 0.5, mem: 64, disk: 10,
      portDefinitions: [{ port: 10000, name: 'http' }, { port: 10001 }],
      labels: { 'HAPROXY_0_VHOST': 'web.example', 'my.label-x': 'v' },
      env: { USER_VAR: 'u', PORT0: 'overridden', DB_PASSWORD: { secret: 'db' }, MISSING: { secret: 'nope' } },
      secrets: { db: { source: '/db/pw' }, nope: { source: '/x' } },
    });
    const env = buildTaskSpec(a, launch([31000, 31005], { secrets: { db: 's3cret' } })).env;
    expect(env).to.deep.equal({
      MESOS_TASK_ID: TASK_ID,
      MARATHON_APP_ID: '/prod/web',
      MARATHON_APP_VERSION: '2024-01-02T03:04:05.678Z',
      MARATHON_APP_RESOURCE_CPUS: '0.5',
      MARATHON_APP_RESOURCE_MEM: '64.0',
      MARATHON_APP_RESOURCE_DISK: '10.0',
      MARATHON_APP_RESOURCE_GPUS: '0',
      MARATHON_APP_LABELS: 'HAPROXY_0_VHOST MY_LABEL_X',
      MARATHON_APP_LABEL_HAPROXY_0_VHOST: 'web.example',
      MARATHON_APP_LABEL_MY_LABEL_X: 'v',
      PORT0: 'overridden',
      PORT1: '31005',
      PORT_10000: '31000',
      PORT_10001: '31005',
      PORT_HTTP: '31000',
      PORT: '31000',
      PORTS: '31000,31005',
      HOST: 'agent-1.example',
      USER_VAR: 'u',
      DB_PASSWORD: 's3cret',
    });
  });

  it('sets no port variables for an app without ports, and an empty label list', () => {
    const env = buildTaskSpec(app({ portDefinitions: [] }), launch([])).env ?? {};
    expect(Object.keys(env).filter((k) => k.startsWith('PORT'))).to.deep.equal([]);
    expect(env.MARATHON_APP_LABELS).to.equal('');
  });

  it('drops labels whose env name or value would reach 512 characters', () => {
    const longKey = 'k'.repeat(493);
    const okKey = 'k'.repeat(492);
    const env = labelsEnv({ [longKey]: 'v', [okKey]: 'v', big: 'x'.repeat(512), fine: 'x'.repeat(511) });
    expect(env.MARATHON_APP_LABELS).to.equal(`${okKey.toUpperCase()} FINE`);
    expect(Object.keys(env)).to.have.length(3);
    expect(`MARATHON_APP_LABEL_${okKey.toUpperCase()}`.length).to.equal(511);
  });

  it('bridge: PORTn are host ports, PORT_<containerPort> maps to them, container port 0 becomes the host port', () => {
    const spec = buildTaskSpec(bridgeApp(), launch([31000, 31001]));
    const env = spec.env ?? {};
    expect(env.PORT0).to.equal('31000');
    expect(env.PORT1).to.equal('31001');
    expect(env.PORT_80).to.equal('31000');
    expect(env.PORT_31001).to.equal('31001');
    expect(env.PORT_HTTP).to.equal('31000');
    expect(env.PORTS).to.equal('31000,31001');
    expect(env.MARATHON_APP_DOCKER_IMAGE).to.equal('nginx:1.25');
    expect(spec.container).to.deep.equal({
      docker: {
        image: 'nginx:1.25',
        network: 'BRIDGE',
        portMappings: [
          { hostPort: 31000, containerPort: 80, protocol: 'tcp' },
          { hostPort: 31001, containerPort: 31001, protocol: 'udp' },
          { hostPort: 31001, containerPort: 31001, protocol: 'tcp' },
        ],
        privileged: true,
        forcePullImage: true,
      },
      volumes: [{ containerPath: '/data', hostPath: '/srv/data', mode: 'RO' }],
    });
  });

  it('docker on host and container networks', () => {
    const host = app({ container: { type: 'DOCKER', docker: { image: 'redis' } } });
    expect(buildTaskSpec(host, launch([31000])).container).to.deep.equal({
      docker: { image: 'redis', network: 'HOST', privileged: false, forcePullImage: false },
    });
    const user = app({
      container: { type: 'DOCKER', docker: { image: 'redis' }, portMappings: [{ containerPort: 6379, name: 'redis' }, { containerPort: 0 }, { containerPort: 80, hostPort: 0 }] },
      networks: [{ mode: 'container', name: 'overlay' }],
    });
    const spec = buildTaskSpec(user, launch([31000]));
    expect(spec.container?.docker).to.deep.equal({
      image: 'redis', network: 'USER', portMappings: [{ hostPort: 31000, containerPort: 80, protocol: 'tcp' }],
      privileged: false, forcePullImage: false,
    });
    // A container-only mapping's PORTn is its container port; container port 0 gets a free one from 1025.
    expect(spec.env).to.include({ PORT0: '6379', PORT1: '1025', PORT2: '31000', PORT_6379: '6379', PORT_REDIS: '6379', PORT: '31000', PORTS: '31000,1025' });
  });

  it('maps the Mesos health check; HTTP/HTTPS/TCP checks stay with the framework', () => {
    const a = app({
      portDefinitions: [{ port: 0 }, { port: 0 }],
      healthChecks: [
        { protocol: 'MESOS_HTTPS', path: '/health', portIndex: 1, gracePeriodSeconds: 30, intervalSeconds: 5, timeoutSeconds: 2, maxConsecutiveFailures: 4, delaySeconds: 1 },
      ],
    });
    expect(buildTaskSpec(a, launch([31000, 31001])).healthCheck).to.deep.equal({
      type: 'http', port: 31001, path: '/health', scheme: 'https',
      delaySeconds: 1, intervalSeconds: 5, timeoutSeconds: 2, gracePeriodSeconds: 30, consecutiveFailures: 4,
    });
    const tcp = app({ healthChecks: [{ protocol: 'MESOS_TCP', port: 9999 }] });
    expect(buildTaskSpec(tcp, launch([31000])).healthCheck).to.include({ type: 'tcp', port: 9999 });
    const command = app({ healthChecks: [{ protocol: 'COMMAND', command: { value: 'curl -f localhost' } }] });
    expect(buildTaskSpec(command, launch([31000])).healthCheck).to.deep.equal({
      type: 'command', command: 'curl -f localhost',
      delaySeconds: 15, intervalSeconds: 60, timeoutSeconds: 20, gracePeriodSeconds: 300, consecutiveFailures: 3,
    });
    const framework = app({ healthChecks: [{ protocol: 'TCP' }, { protocol: 'HTTP', path: '/' }] });
    expect(buildTaskSpec(framework, launch([31000])).healthCheck).to.equal(undefined);
  });

  it('bridge health checks probe the container port (the agent probes the container\'s own address)', () => {
    const a = bridgeApp({ healthChecks: [{ protocol: 'MESOS_HTTP', portIndex: 0 }] });
    expect(buildTaskSpec(a, launch([31000, 31001])).healthCheck).to.include({ type: 'http', port: 80 });
    const second = bridgeApp({ healthChecks: [{ protocol: 'MESOS_TCP', portIndex: 1 }] });
    expect(buildTaskSpec(second, launch([31000, 31001])).healthCheck).to.include({ type: 'tcp', port: 31001 });
  });

  it('launches what matchOffer matched', () => {
    const a = bridgeApp();
    const match = matchOffer(a, offer('cpus:2;mem:1024;ports:[31000-31010]'), []);
    if (!match.ok) throw new Error('no match');
    const spec = buildTaskSpec(a, { taskId: TASK_ID, hostname: 'host-a', hostPorts: match.hostPorts, resources: match.resources });
    expect(spec.resources).to.equal(match.resources);
    expect(spec.container?.docker?.portMappings?.map((m) => m.hostPort)).to.deep.equal([31000, 31001, 31001]);
  });
});

describe('marathon placement: fetch and docker parameters reach the TaskInfo', () => {
  it('passes fetch entries as CommandInfo.uris and docker parameters as DockerInfo.parameters', () => {
    const withExtras = bridgeApp({
      cmd: 'run.sh',
      fetch: [{ uri: 'http://repo/app.tgz' }, { uri: 'file:///opt/run.sh', executable: true, extract: false, destPath: 'run.sh' }],
      container: { type: 'DOCKER', docker: { image: 'busybox', parameters: [{ key: 'label', value: 'team=a' }] } },
    });
    const spec = buildTaskSpec(withExtras, launch([31000]));
    const [info] = buildTaskInfos([spec], offerFromProto({
      id: { value: 'o1' }, agentId: { value: 'a1' }, hostname: 'agent-1.example', resources: resourcesToProto(RESOURCES),
    }));
    expect(info?.command?.uris).to.deep.equal([
      { value: 'http://repo/app.tgz', extract: true, executable: false, cache: false },
      { value: 'file:///opt/run.sh', extract: false, executable: true, cache: false, outputFile: 'run.sh' },
    ]);
    expect(info?.container?.docker?.parameters).to.deep.equal([{ key: 'label', value: 'team=a' }]);
  });
});
