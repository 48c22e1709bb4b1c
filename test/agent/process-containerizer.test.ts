import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v1, type pb } from '../../shared/protocol/index.js';
import {
  DOCKER_NOT_ENABLED, ProcessContainerizer, taskEnvironment, type ContainerLaunchRequest,
} from '../../agent/containerizer/index.js';
import { processGone, taskPid, waitUntil } from './support/wait.js';

function shellTask(command: string, extra: pb.TaskInfo.$Properties = {}): pb.TaskInfo.$Properties {
  return { name: 'test', taskId: { value: `task-${randomUUID()}` }, command: { value: command }, ...extra };
}

describe('agent process containerizer (real processes)', function () {
  let workDir: string;
  let containerizer: ProcessContainerizer;

  beforeEach(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'drover-containerizer-'));
    containerizer = new ProcessContainerizer({ workDir });
  });

  afterEach(async () => {
    await Promise.all(containerizer.containers().map((id) => containerizer.destroy(id)));
    await rm(workDir, { recursive: true, force: true });
  });

  function request(task: pb.TaskInfo.$Properties): ContainerLaunchRequest {
    const containerId = randomUUID();
    return { containerId, task, frameworkId: 'fw', agentId: 'ag', hostname: 'host.example', sandbox: join(workDir, containerId) };
  }

  it('runs a shell command in its sandbox, with stdout and stderr files and its exit code', async () => {
    const launch = request(shellTask('echo hi; echo oops >&2; pwd; exit 3'));
    expect(await containerizer.launch(launch)).to.equal('launched');
    const termination = await containerizer.wait(launch.containerId);
    expect(termination).to.deep.equal({ exitCode: 3, signal: null, status: 3 });
    expect(await readFile(join(launch.sandbox, 'stdout'), 'utf8')).to.equal(`hi\n${launch.sandbox}\n`);
    expect(await readFile(join(launch.sandbox, 'stderr'), 'utf8')).to.equal('oops\n');
  });

  it('kills with SIGTERM to the process group, well within the grace period', async () => {
    const launch = request(shellTask('sleep 30'));
    await containerizer.launch(launch);
    const termination = await containerizer.kill(launch.containerId, { gracePeriodMs: 20_000 });
    expect(termination).to.deep.equal({ exitCode: null, signal: 'SIGTERM', status: 143 });
  });

  it('sends SIGKILL after the grace period to a process that ignores SIGTERM', async () => {
    const launch = request(shellTask("trap '' TERM; echo $$ > pid; sleep 30"));
    await containerizer.launch(launch);
    await taskPid(launch.sandbox); // the trap is set
    const termination = await containerizer.kill(launch.containerId, { gracePeriodMs: 200 });
    expect(termination?.signal).to.equal('SIGKILL');
    expect(termination?.status).to.equal(137);
  });

  it('takes down what the command left behind in its process group when it exits', async () => {
    const launch = request(shellTask('sleep 30 & echo $! > background.pid; exit 0'));
    await containerizer.launch(launch);
    expect((await containerizer.wait(launch.containerId))?.exitCode).to.equal(0);
    const pid = Number(await readFile(join(launch.sandbox, 'background.pid'), 'utf8'));
    await waitUntil(() => processGone(pid), 'the background process is killed');
  });

  it('gives the task PORT0.., PORTS, PORT, HOST, DROVER_* and its own variables', async () => {
    const task = shellTask('env', {
      resources: [
        { name: 'cpus', type: v1.ValueType.SCALAR, scalar: { value: 0.5 } },
        { name: 'mem', type: v1.ValueType.SCALAR, scalar: { value: 64 } },
        { name: 'ports', type: v1.ValueType.RANGES, ranges: { range: [{ begin: 31005, end: 31006 }, { begin: 31010, end: 31010 }] } },
      ],
    });
    task.command!.environment = { variables: [{ name: 'GREETING', value: 'hello world' }, { name: 'HOST', value: 'mine' }] };
    const launch = request(task);
    await containerizer.launch(launch);
    await containerizer.wait(launch.containerId);
    const env = Object.fromEntries((await readFile(join(launch.sandbox, 'stdout'), 'utf8')).trim().split('\n')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
    expect(env).to.include({
      PORT0: '31005', PORT1: '31006', PORT2: '31010', PORTS: '31005,31006,31010', PORT: '31005',
      DROVER_SANDBOX: launch.sandbox, MESOS_SANDBOX: launch.sandbox, DROVER_TASK_ID: task.taskId!.value,
      DROVER_FRAMEWORK_ID: 'fw', DROVER_AGENT_ID: 'ag', DROVER_CPUS: '0.5', DROVER_MEM: '64',
      GREETING: 'hello world', HOST: 'mine', PATH: process.env['PATH'],
    });
  });

  it('runs argv without a shell when shell is false: no expansion', async () => {
    const launch = request(shellTask('', { command: { shell: false, value: 'echo', arguments: ['echo', 'a  b', '$HOME', '*'] } }));
    expect(await containerizer.launch(launch)).to.equal('launched');
    expect((await containerizer.wait(launch.containerId))?.exitCode).to.equal(0);
    expect(await readFile(join(launch.sandbox, 'stdout'), 'utf8')).to.equal('a  b $HOME *\n');
  });

  it('reports a program that cannot start as a failed launch', async () => {
    const launch = request(shellTask('', { command: { shell: false, value: '/nonexistent/program' } }));
    const result = await containerizer.launch(launch);
    expect(result).to.have.property('failed').that.matches(/nonexistent\/program.*No such file/);
    expect(containerizer.containers()).to.deep.equal([]);
  });

  it('declines docker tasks and tasks without a command, and a second launch of one container id', async () => {
    const docker = request(shellTask('true', { container: { type: v1.ContainerInfo.Type.DOCKER, docker: { image: 'alpine' } } }));
    expect(await containerizer.launch(docker)).to.deep.equal({ notSupported: DOCKER_NOT_ENABLED });
    expect(await containerizer.launch(request({ taskId: { value: 'x' } }))).to.have.property('notSupported');
    const once = request(shellTask('sleep 30'));
    expect(await containerizer.launch(once)).to.equal('launched');
    expect(await containerizer.launch(once)).to.equal('already-launched');
    expect(await containerizer.wait('unknown')).to.equal(undefined);
    expect((await containerizer.destroy(once.containerId))?.signal).to.equal('SIGKILL');
    expect(containerizer.containers()).to.deep.equal([]);
  });

  it('builds the environment without tasks ports when there are none', () => {
    const env = taskEnvironment({ inherited: { PATH: '/bin', UNSET: undefined }, task: shellTask('true'), frameworkId: 'f',
      agentId: 'a', hostname: 'h', sandbox: '/s' });
    expect(env).to.not.have.any.keys('PORT', 'PORTS', 'PORT0', 'DROVER_CPUS', 'UNSET');
    expect(env).to.include({ PATH: '/bin', HOST: 'h', DROVER_SANDBOX: '/s' });
  });
});
