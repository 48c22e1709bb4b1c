import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Dockerode from 'dockerode';
import { v1, type pb } from '../../shared/protocol/index.js';
import { containerRuntimeDir } from '../../agent/checkpoint/index.js';
import type { ContainerLaunchRequest } from '../../agent/containerizer/index.js';
import {
  CONTAINER_SANDBOX, DOCKER_LABELS, DockerContainerizer, connectDocker, dockerCreateOptions, dockerEngineProblem,
  dockerRefusal, dockerTermination, type DockerAllow,
} from '../../agent/containerizer/docker/index.js';
import { useDockerd } from '../support/dockerd.js';
import { waitUntil } from './support/wait.js';

const { Network } = v1.ContainerInfo.DockerInfo;
const SOCKET = '/run/docker.sock';

interface TaskShape {
  readonly image?: string;
  readonly command?: pb.CommandInfo.$Properties;
  readonly network?: pb.ContainerInfo.DockerInfo.Network;
  readonly portMappings?: pb.ContainerInfo.DockerInfo.PortMapping.$Properties[];
  readonly parameters?: Record<string, string>;
  readonly volumes?: pb.ContainerInfo.Volume.$Properties[];
  readonly privileged?: boolean;
  readonly cpus?: number;
  readonly mem?: number;
  readonly ports?: number[];
}

function dockerTask(shape: TaskShape): pb.TaskInfo.$Properties {
  const resources: pb.Resource.$Properties[] = [
    { name: 'cpus', scalar: { value: shape.cpus ?? 0.1 } },
    { name: 'mem', scalar: { value: shape.mem ?? 64 } },
  ];
  if (shape.ports !== undefined) {
    resources.push({ name: 'ports', ranges: { range: shape.ports.map((port) => ({ begin: port, end: port })) } });
  }
  return {
    name: 'docker-test',
    taskId: { value: `task-${randomUUID()}` },
    resources,
    ...(shape.command === undefined ? {} : { command: shape.command }),
    container: {
      type: v1.ContainerInfo.Type.DOCKER,
      docker: {
        image: shape.image ?? 'drover-test/busybox:latest',
        network: shape.network ?? Network.HOST,
        portMappings: shape.portMappings ?? [],
        privileged: shape.privileged ?? false,
        parameters: Object.entries(shape.parameters ?? {}).map(([key, value]) => ({ key, value })),
      },
      volumes: shape.volumes ?? [],
    },
  };
}

const shell = (value: string): pb.CommandInfo.$Properties => ({ value });

function launchRequest(workDir: string, task: pb.TaskInfo.$Properties, agentId = 'agent-1'): ContainerLaunchRequest {
  const containerId = randomUUID();
  return { containerId, task, frameworkId: 'fw-1', agentId, hostname: 'host.example', sandbox: join(workDir, 'sandboxes', containerId) };
}

function refusal(container: pb.ContainerInfo.$Properties, allow: DockerAllow = {}): string | undefined {
  return dockerRefusal({ container, allow, sandbox: '/work/sandbox', dockerSockets: [SOCKET] });
}

describe('docker containerizer: refusals (pure)', function () {
  const docker = (fields: pb.ContainerInfo.DockerInfo.$Properties, volumes: pb.ContainerInfo.Volume.$Properties[] = []):
  pb.ContainerInfo.$Properties => ({ type: v1.ContainerInfo.Type.DOCKER, docker: { image: 'x', ...fields }, volumes });
  const parameter = (key: string, value: string): pb.ContainerInfo.$Properties => docker({ parameters: [{ key, value }] });

  it('refuses a privileged container unless --docker-allow-privileged', () => {
    expect(refusal(docker({ privileged: true }))).to.match(/container\.docker\.privileged.*--docker-allow-privileged/);
    expect(refusal(parameter('privileged', ''))).to.match(/'privileged'.*--docker-allow-privileged/);
    expect(refusal(parameter('--privileged', 'true'))).to.match(/--docker-allow-privileged/);
    expect(refusal(parameter('privileged', 'false'))).to.equal(undefined);
    expect(refusal(docker({ privileged: true }), { privileged: true })).to.equal(undefined);
  });

  it('refuses host (or another container\'s) namespaces unless --docker-allow-host-namespaces', () => {
    for (const [key, value] of [['pid', 'host'], ['ipc', 'host'], ['uts', 'host'], ['userns', 'host'], ['pid', 'container:x'], ['net', 'container:x']]) {
      expect(refusal(parameter(key ?? '', value ?? '')), `${key}=${value}`).to.match(/--docker-allow-host-namespaces/);
      expect(refusal(parameter(key ?? '', value ?? ''), { hostNamespaces: true }), `${key}=${value}`).to.equal(undefined);
    }
    expect(refusal(parameter('ipc', 'private'))).to.equal(undefined);
    expect(refusal(parameter('net', 'host'))).to.equal(undefined);
  });

  it('refuses added capabilities unless --docker-allow-capabilities; dropping them is fine', () => {
    expect(refusal(parameter('cap-add', 'NET_ADMIN'))).to.match(/cap-add=NET_ADMIN.*--docker-allow-capabilities/);
    expect(refusal(parameter('cap-add', 'NET_ADMIN'), { capabilities: true })).to.equal(undefined);
    expect(refusal(parameter('cap-drop', 'ALL'))).to.equal(undefined);
  });

  it('refuses binds of /, of the Docker socket and of a directory holding it, unless --docker-allow-dangerous-mounts', () => {
    const bind = (hostPath: string): pb.ContainerInfo.$Properties => docker({}, [{ hostPath, containerPath: '/mnt' }]);
    expect(refusal(bind('/'))).to.match(/container\.volumes\[0\] binds host path \/.*root.*--docker-allow-dangerous-mounts/);
    expect(refusal(bind('/var/../'))).to.match(/--docker-allow-dangerous-mounts/);
    // Relative host paths are inside the sandbox, but may climb out of it.
    expect(refusal(bind('../../..'))).to.match(/root directory/);
    expect(refusal(bind(SOCKET))).to.match(/Docker socket.*--docker-allow-dangerous-mounts/);
    expect(refusal(bind('/run'))).to.match(/holding the Docker socket/);
    expect(refusal(parameter('volume', `${SOCKET}:/var/run/docker.sock`))).to.match(/'volume=.*Docker socket/);
    expect(refusal(parameter('v', '/:/host:ro'))).to.match(/root directory/);
    expect(refusal(bind('/'), { dangerousMounts: true })).to.equal(undefined);
    expect(refusal(bind('/srv/data'))).to.equal(undefined);
    expect(refusal(bind('data'))).to.equal(undefined);
    expect(refusal(parameter('volume', 'named:/data'))).to.equal(undefined);
  });

  it('sees through symlinks with the resolver it is given', () => {
    const container = docker({}, [{ hostPath: '/var/run/docker.sock', containerPath: '/s' }]);
    const resolveHostPath = (path: string): string => path.replace(/^\/var\/run\//, '/run/');
    expect(dockerRefusal({ container, allow: {}, sandbox: '/w', dockerSockets: [SOCKET], resolveHostPath }))
      .to.match(/\/var\/run\/docker\.sock \(\/run\/docker\.sock\)/);
  });
});

describe('docker containerizer: create options (pure)', function () {
  const options = (shape: TaskShape): ReturnType<typeof dockerCreateOptions> =>
    dockerCreateOptions({ request: launchRequest('/w', dockerTask(shape)), inherited: { SECRET_AGENT_VAR: 'x' } });
  const created = (shape: TaskShape): Dockerode.ContainerCreateOptions => {
    const spec = options(shape);
    if ('failed' in spec) throw new Error(spec.failed);
    return spec.options;
  };

  it('follows Mesos for the command: shell overrides the entrypoint, argv keeps it, no value runs the image\'s', () => {
    expect(created({ command: shell('echo hi') })).to.deep.include({ Entrypoint: ['/bin/sh'], Cmd: ['-c', 'echo hi'] });
    const argv = created({ command: { shell: false, value: 'echo', arguments: ['a', 'b'] } });
    expect(argv.Cmd).to.deep.equal(['echo', 'a', 'b']);
    expect(argv.Entrypoint).to.equal(undefined);
    expect(created({ command: { shell: false, arguments: ['x'] } }).Cmd).to.deep.equal(['x']);
    const none = created({});
    expect(none.Cmd).to.equal(undefined);
    expect(none.Entrypoint).to.equal(undefined);
  });

  it('gives the task environment with the sandbox inside the container, without the agent\'s environment', () => {
    const spec = created({ ports: [31000] });
    expect(spec.Env).to.include.members([`MESOS_SANDBOX=${CONTAINER_SANDBOX}`, `DROVER_SANDBOX=${CONTAINER_SANDBOX}`, 'PORT0=31000']);
    expect(spec.Env?.some((entry) => entry.startsWith('SECRET_AGENT_VAR='))).to.equal(true);
    const bare = dockerCreateOptions({ request: launchRequest('/w', dockerTask({})), inherited: {} });
    expect('options' in bare && bare.options.Env?.some((entry) => entry.startsWith('PATH='))).to.equal(false);
    expect(spec.HostConfig?.Binds?.[0]).to.match(new RegExp(`^/w/sandboxes/.*:${CONTAINER_SANDBOX}$`));
  });

  it('maps resources, network and port mappings; refuses host ports the task was not given', () => {
    const spec = created({ cpus: 0.5, mem: 32, network: Network.BRIDGE, ports: [31000],
      portMappings: [{ hostPort: 31000, containerPort: 80 }, { hostPort: 31000, containerPort: 53, protocol: 'udp' }] });
    expect(spec.HostConfig).to.include({ NetworkMode: 'bridge', CpuShares: 512, NanoCpus: 5e8, Memory: 32 * 1024 * 1024 });
    expect(created({ privileged: true }).HostConfig?.Privileged).to.equal(true);
    expect(created({ parameters: { privileged: '' } }).HostConfig?.Privileged).to.equal(true);
    expect(spec.HostConfig?.PortBindings).to.deep.equal({ '80/tcp': [{ HostPort: '31000' }], '53/udp': [{ HostPort: '31000' }] });
    expect(created({}).HostConfig?.NetworkMode).to.equal('host');
    const notOffered = options({ network: Network.BRIDGE, ports: [31000], portMappings: [{ hostPort: 31001, containerPort: 80 }] });
    expect(notOffered).to.have.property('failed').that.matches(/host port 31001 is not one of the task's ports/);
    expect(options({ ports: [31000], portMappings: [{ hostPort: 31000, containerPort: 80 }] }))
      .to.have.property('failed').that.matches(/BRIDGE or USER/);
  });

  it('maps known parameters and fails on unknown ones, naming them', () => {
    const spec = created({ parameters: { 'cap-drop': 'ALL', 'ulimit': 'nofile=100:200', 'label': 'team=a', 'env': 'X=1', 'pids-limit': '50' } });
    expect(spec.HostConfig?.CapDrop).to.deep.equal(['ALL']);
    expect(spec.HostConfig?.Ulimits).to.deep.equal([{ Name: 'nofile', Soft: 100, Hard: 200 }]);
    expect(spec.HostConfig?.PidsLimit).to.equal(50);
    expect(spec.Labels).to.include({ team: 'a' });
    expect(spec.Env).to.include('X=1');
    expect(options({ parameters: { 'log-driver': 'none' } })).to.have.property('failed').that.matches(/'log-driver' is not supported/);
    expect(options({ parameters: { label: 'drover.agent_id=other' } })).to.have.property('failed').that.matches(/drover\.\* labels/);
  });

  it('reads the engine exit code as a signal above 128 and the OOM killer as a memory limitation', () => {
    expect(dockerTermination({ exitCode: 3, oomKilled: false, memoryBytes: 0 })).to.deep.equal({ exitCode: 3, signal: null, status: 3 });
    expect(dockerTermination({ exitCode: 143, oomKilled: false, memoryBytes: 0 })).to.deep.equal({ exitCode: null, signal: 'SIGTERM', status: 143 });
    const oom = dockerTermination({ exitCode: 137, oomKilled: true, memoryBytes: 32 * 1024 * 1024 });
    expect(oom.limitation).to.deep.equal({ resource: 'mem', message: "Memory limit exceeded: Requested: 32MB (the kernel's OOM killer ended the container)" });
  });
});

describe('docker containerizer (real dockerd)', function () {
  this.timeout(60_000);
  let docker: Dockerode;
  let socketPath: string;
  let workDir: string;
  let agentId: string;
  let instances: DockerContainerizer[];

  before(async () => {
    ({ docker, socketPath } = await useDockerd());
  });

  beforeEach(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'drover-docker-'));
    agentId = `agent-${randomUUID()}`;
    instances = [];
  });

  afterEach(async () => {
    for (const instance of instances) {
      await Promise.all(instance.containers().map((id) => instance.destroy(id)));
      instance.close();
    }
    const left = await docker.listContainers({ all: true, filters: { label: [`${DOCKER_LABELS.agentId}=${agentId}`] } });
    await Promise.all(left.map((container) => docker.getContainer(container.Id).remove({ force: true })));
    await rm(workDir, { recursive: true, force: true });
  });

  function containerizer(allow: DockerAllow = {}, logRotation?: { maxBytes: number; maxFiles: number }): DockerContainerizer {
    const instance = new DockerContainerizer({ docker, workDir, agentId: () => agentId, allow, ...(logRotation ? { logRotation } : {}) });
    instances.push(instance);
    return instance;
  }

  function request(task: pb.TaskInfo.$Properties): ContainerLaunchRequest {
    return launchRequest(workDir, task, agentId);
  }

  function dockerIdOf(instance: DockerContainerizer, containerId: string): string {
    const id = instance.describe(containerId)?.dockerId;
    if (id === undefined) throw new Error(`no docker id for ${containerId}`);
    return id;
  }

  async function waitForOutput(sandbox: string, text: string): Promise<void> {
    await waitUntil(() => existsSync(join(sandbox, 'stdout')) && readFileSync(join(sandbox, 'stdout'), 'utf8').includes(text),
      `"${text}" in ${sandbox}/stdout`, 20_000);
  }

  it('runs a shell command with the task environment and labels, copies its output and reports its exit code', async () => {
    const instance = containerizer();
    const launch = request(dockerTask({ command: shell('echo out $MESOS_TASK_ID; echo err >&2; ls $MESOS_SANDBOX >/dev/null; pwd; exit 3') }));
    expect(await instance.launch(launch)).to.equal('launched');
    expect(await instance.launch(launch)).to.equal('already-launched');
    const info = await docker.getContainer(dockerIdOf(instance, launch.containerId)).inspect();
    expect(info.Name).to.equal(`/drover-${launch.containerId}`);
    expect(info.Config.Labels).to.include({
      'drover.agent_id': agentId, 'drover.framework_id': 'fw-1', 'drover.task_id': launch.task.taskId?.value,
      'drover.container_id': launch.containerId,
    });
    expect(info.Config.Env).to.include.members([`MESOS_SANDBOX=${CONTAINER_SANDBOX}`, 'HOST=host.example', 'DROVER_AGENT_ID=' + agentId]);
    expect(info.Config.Env.some((entry) => entry.startsWith('PATH='))).to.equal(false); // the image's, not the agent's
    expect(readFileSync(join(containerRuntimeDir(workDir, launch.containerId), 'docker.json'), 'utf8')).to.contain(info.Id);
    expect(await instance.wait(launch.containerId)).to.deep.equal({ exitCode: 3, signal: null, status: 3 });
    expect(await readFile(join(launch.sandbox, 'stdout'), 'utf8')).to.equal(`out ${launch.task.taskId?.value}\n${CONTAINER_SANDBOX}\n`);
    expect(await readFile(join(launch.sandbox, 'stderr'), 'utf8')).to.equal('err\n');
    await instance.destroy(launch.containerId);
    expect(instance.containers()).to.deep.equal([]);
    expect(await docker.getContainer(info.Id).inspect().then(() => 'there', () => 'gone')).to.equal('gone');
  });

  it('runs argv commands on the image\'s entrypoint, and the image\'s own command without a value', async () => {
    const instance = containerizer();
    const argv = request(dockerTask({ command: { shell: false, value: 'echo', arguments: ['hello', 'world'] } }));
    const none = request(dockerTask({}));
    expect(await instance.launch(argv)).to.equal('launched');
    expect(await instance.launch(none)).to.equal('launched');
    expect((await instance.wait(argv.containerId))?.exitCode).to.equal(0);
    expect((await instance.wait(none.containerId))?.exitCode).to.equal(0);
    expect(await readFile(join(argv.sandbox, 'stdout'), 'utf8')).to.equal('hello world\n');
    expect(await readFile(join(none.sandbox, 'stdout'), 'utf8')).to.equal('image default command\n');
  });

  it('rotates the sandbox copies of the output past the size limit', async () => {
    const instance = containerizer({}, { maxBytes: 1000, maxFiles: 2 });
    const launch = request(dockerTask({ command: shell("for i in 1 2 3 4 5 6 7 8; do head -c 500 /dev/zero | tr '\\0' a; echo; done") }));
    await instance.launch(launch);
    expect((await instance.wait(launch.containerId))?.exitCode).to.equal(0);
    for (const name of ['stdout', 'stdout.1', 'stdout.2']) {
      const size = (await readFile(join(launch.sandbox, name))).length;
      expect(size, name).to.be.within(501, 1000);
    }
    expect(existsSync(join(launch.sandbox, 'stdout.3'))).to.equal(false);
  });

  it('answers notSupported for non-docker tasks and failed (with the engine\'s message) when the image cannot be pulled', async () => {
    const instance = containerizer();
    const plain = request({ name: 't', taskId: { value: 't' }, command: { value: 'true' } });
    expect(await instance.launch(plain)).to.have.property('notSupported');
    const result = await instance.launch(request(dockerTask({ image: 'drover-test/no-such-image:1', command: shell('true') })));
    expect(result).to.have.property('failed').that.matches(/failed to pull image 'drover-test\/no-such-image:1': .+/);
    expect((result as { failed: string }).failed).to.not.contain('HTTP code');
    expect(instance.containers()).to.deep.equal([]);
  });

  it('publishes a bridge port mapping on the task\'s host port, and gives the container address to checks', async () => {
    const hostPort = await freePort();
    const instance = containerizer();
    const launch = request(dockerTask({
      network: Network.BRIDGE, ports: [hostPort], portMappings: [{ hostPort, containerPort: 80 }],
      command: shell('echo served-by-httpd > /www/index.html; exec httpd -f -p 80 -h /www'),
    }));
    expect(JSON.stringify(await instance.launch(launch))).to.equal('"launched"');
    const body = await fetchWhenUp(`http://127.0.0.1:${hostPort}/`);
    expect(body).to.equal('served-by-httpd\n');
    const info = await docker.getContainer(dockerIdOf(instance, launch.containerId)).inspect();
    const endpoint = instance.endpoint(launch.containerId);
    expect(endpoint?.address).to.equal((info.NetworkSettings as { IPAddress?: string }).IPAddress);
    expect(endpoint?.address).to.not.equal('127.0.0.1');
  });

  it('reports the OOM killer as a memory limitation', async () => {
    const instance = containerizer();
    const launch = request(dockerTask({ mem: 32, command: shell('dd if=/dev/zero of=/dev/null bs=200M count=1') }));
    expect(await instance.launch(launch)).to.equal('launched');
    const termination = await instance.wait(launch.containerId);
    expect(termination?.signal).to.equal('SIGKILL');
    expect(termination?.limitation?.resource).to.equal('mem');
    expect(termination?.limitation?.message).to.match(/^Memory limit exceeded: Requested: 32MB/);
  });

  it('refuses dangerous containers, and runs them when the operator allows it', async () => {
    const refusing = containerizer();
    const cases: [TaskShape, RegExp][] = [
      [{ privileged: true }, /--docker-allow-privileged/],
      [{ parameters: { pid: 'host' } }, /--docker-allow-host-namespaces/],
      [{ parameters: { 'cap-add': 'NET_ADMIN' } }, /--docker-allow-capabilities/],
      [{ volumes: [{ hostPath: '/', containerPath: '/host' }] }, /root directory.*--docker-allow-dangerous-mounts/],
      [{ volumes: [{ hostPath: socketPath, containerPath: '/docker.sock' }] }, /Docker socket.*--docker-allow-dangerous-mounts/],
    ];
    for (const [shape, message] of cases) {
      expect(await refusing.launch(request(dockerTask({ ...shape, command: shell('true') })))).to.have.property('failed').that.matches(message);
    }
    expect(await docker.listContainers({ all: true, filters: { label: [`${DOCKER_LABELS.agentId}=${agentId}`] } })).to.have.length(0);
    const allowing = containerizer({ privileged: true, hostNamespaces: true, capabilities: true, dangerousMounts: true });
    const launch = request(dockerTask({
      parameters: { 'pid': 'host', 'cap-add': 'NET_ADMIN' },
      volumes: [{ hostPath: '/', containerPath: '/host', mode: 'RO' }], command: shell('test -d /host/proc'),
    }));
    expect(await allowing.launch(launch)).to.equal('launched');
    const info = await docker.getContainer(dockerIdOf(allowing, launch.containerId)).inspect();
    expect(info.HostConfig.PidMode).to.equal('host');
    expect(info.HostConfig.CapAdd).to.deep.equal(['NET_ADMIN']);
    expect(info.HostConfig.Binds).to.include('/:/host:ro');
    expect((await allowing.wait(launch.containerId))?.exitCode).to.equal(0);
    // A privileged container needs every capability, which a restricted test machine may not have: it must pass the
    // refusal check, ask the engine for a privileged container, and then either run or fail to start.
    const privileged = request(dockerTask({ privileged: true, command: shell('true') }));
    const result = await allowing.launch(privileged);
    if (result === 'launched') {
      const privilegedInfo = await docker.getContainer(dockerIdOf(allowing, privileged.containerId)).inspect();
      expect(privilegedInfo.HostConfig.Privileged).to.equal(true);
    } else {
      expect(result).to.have.property('failed').that.matches(/^could not start the docker container: .*caps/);
    }
  });

  it('kills with SIGTERM first, and with SIGKILL after the grace period when SIGTERM is ignored', async () => {
    const instance = containerizer();
    const polite = request(dockerTask({ command: shell("trap 'echo got-term; exit 0' TERM; echo ready; while true; do sleep 0.1; done") }));
    const stubborn = request(dockerTask({ command: shell("trap '' TERM; echo ready; while true; do sleep 0.1; done") }));
    await instance.launch(polite);
    await instance.launch(stubborn);
    await waitForOutput(polite.sandbox, 'ready');
    await waitForOutput(stubborn.sandbox, 'ready');
    expect(await instance.kill(polite.containerId, { gracePeriodMs: 30_000 })).to.deep.equal({ exitCode: 0, signal: null, status: 0 });
    expect(await readFile(join(polite.sandbox, 'stdout'), 'utf8')).to.contain('got-term');
    expect(await instance.kill(stubborn.containerId, { gracePeriodMs: 200 })).to.deep.equal({ exitCode: null, signal: 'SIGKILL', status: 137 });
  });

  it('measures usage and runs health-check commands in the container', async () => {
    const instance = containerizer();
    const launch = request(dockerTask({ cpus: 0.5, mem: 48, command: shell('echo ready; exec sleep 30') }));
    await instance.launch(launch);
    await waitForOutput(launch.sandbox, 'ready');
    const usage = await instance.usage(launch.containerId);
    expect(usage?.mem_limit_bytes).to.equal(48 * 1024 * 1024);
    expect(usage?.cpus_limit).to.equal(0.5);
    expect(usage?.cpus_user_time_secs).to.be.a('number');
    expect(usage?.mem_rss_bytes).to.be.a('number');
    const endpoint = instance.endpoint(launch.containerId);
    expect(endpoint?.address).to.equal('127.0.0.1');
    const check = await endpoint?.exec({ value: 'echo $MESOS_TASK_ID $EXTRA; exit 4', environment: { variables: [{ name: 'EXTRA', value: 'x' }] } }, 10_000);
    expect(check).to.deep.equal({ status: 4, output: `${launch.task.taskId?.value} x\n` });
    const slow = await endpoint?.exec({ value: 'sleep 20' }, 200);
    expect(slow?.status).to.equal(137);
    expect(slow?.output).to.contain('timed out');
    const dockerId = dockerIdOf(instance, launch.containerId);
    expect(await instance.destroy(launch.containerId)).to.deep.equal({ exitCode: null, signal: 'SIGKILL', status: 137 });
    expect(await docker.getContainer(dockerId).inspect().then(() => 'there', () => 'gone')).to.equal('gone');
    expect(await instance.usage(launch.containerId)).to.equal(undefined);
    expect(instance.endpoint(launch.containerId)).to.equal(undefined);
  });

  it('tells whether the engine answers', async () => {
    expect(await dockerEngineProblem(connectDocker(`unix://${socketPath}`))).to.equal(undefined);
    expect(await dockerEngineProblem(connectDocker(join(workDir, 'no.sock')))).to.match(/^the Docker engine at .*no\.sock does not answer: /);
  });

  it('recovers a running container and one that ended while the agent was down, without copying output twice', async () => {
    const first = containerizer();
    const running = request(dockerTask({ command: shell(`echo before; while [ ! -f ${CONTAINER_SANDBOX}/go ]; do sleep 0.1; done; echo after; exit 7`) }));
    const ending = request(dockerTask({ command: shell(`echo one; while [ ! -f ${CONTAINER_SANDBOX}/go ]; do sleep 0.1; done; echo two; exit 5`) }));
    const lost = request(dockerTask({ command: shell('true') }));
    await first.launch(running);
    await first.launch(ending);
    await waitForOutput(running.sandbox, 'before');
    await waitForOutput(ending.sandbox, 'one');
    const runningId = dockerIdOf(first, running.containerId);
    const endingId = dockerIdOf(first, ending.containerId);
    first.close(); // the agent goes down; its containers keep running
    instances = instances.filter((instance) => instance !== first);

    await writeFile(join(ending.sandbox, 'go'), '');
    await docker.getContainer(endingId).wait();

    const second = containerizer();
    await second.recover([
      { containerId: running.containerId, containerizer: 'docker', sandbox: running.sandbox },
      { containerId: ending.containerId, containerizer: 'docker', sandbox: ending.sandbox },
      { containerId: lost.containerId, containerizer: 'docker', sandbox: lost.sandbox },
      { containerId: 'not-mine', containerizer: 'process', sandbox: '/nowhere' },
    ]);
    expect(second.containers()).to.have.members([running.containerId, ending.containerId, lost.containerId]);
    expect(second.describe(running.containerId)).to.deep.equal({ dockerId: runningId });
    expect(await second.wait(lost.containerId)).to.equal(undefined);
    const ended = await second.wait(ending.containerId);
    expect(ended).to.include({ exitCode: 5, status: 5, message: 'the container ended while the agent was down' });
    expect(await readFile(join(ending.sandbox, 'stdout'), 'utf8')).to.equal('one\ntwo\n');

    await writeFile(join(running.sandbox, 'go'), '');
    expect(await second.wait(running.containerId)).to.deep.equal({ exitCode: 7, signal: null, status: 7 });
    expect(await readFile(join(running.sandbox, 'stdout'), 'utf8')).to.equal('before\nafter\n');
  });

  it('removes orphans carrying this agent\'s label and leaves every other container alone', async () => {
    const { image } = await useDockerd();
    const create = (labels: Record<string, string>): Promise<Dockerode.Container> => docker.createContainer({
      Image: image, Cmd: ['sleep', '30'], Labels: labels, HostConfig: { NetworkMode: 'none' },
    }).then(async (container) => { await container.start(); return container; });
    const orphan = await create({ [DOCKER_LABELS.agentId]: agentId, [DOCKER_LABELS.containerId]: 'orphan-1' });
    const unlabelled = await create({});
    const otherAgent = await create({ [DOCKER_LABELS.agentId]: 'another-agent', [DOCKER_LABELS.containerId]: 'theirs' });
    try {
      await containerizer().recover([]);
      expect(await orphan.inspect().then(() => 'there', () => 'gone')).to.equal('gone');
      expect((await unlabelled.inspect()).State.Running).to.equal(true);
      expect((await otherAgent.inspect()).State.Running).to.equal(true);
    } finally {
      await unlabelled.remove({ force: true });
      await otherAgent.remove({ force: true });
    }
  });
});

/**
 * A free port outside the kernel's ephemeral range (32768–60999), so no other process's outgoing connection takes it
 * between this check and docker-proxy binding it.
 */
async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 10_000);
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

/** GETs the URL once the server in the container answers (docker-proxy accepts before httpd listens). */
async function fetchWhenUp(url: string): Promise<string> {
  let last: unknown;
  const giveUpAt = Date.now() + 20_000;
  while (Date.now() < giveUpAt) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return await response.text();
      last = new Error(`HTTP ${response.status}`);
    } catch (error) {
      last = (error as { cause?: unknown }).cause ?? error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not answer: ${String(last)}`);
}
