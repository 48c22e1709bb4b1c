import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { containerRuntimeDir } from '../../agent/checkpoint/index.js';
import { ProcessContainerizer, type ContainerLaunchRequest } from '../../agent/containerizer/index.js';
import { parseProcStat } from '../../agent/containerizer/process/index.js';
import type { pb } from '../../shared/protocol/index.js';
import { processGone, taskPid, waitUntil } from './support/wait.js';

function shellTask(command: string, extra: pb.TaskInfo.$Properties = {}): pb.TaskInfo.$Properties {
  return { name: 'test', taskId: { value: `task-${randomUUID()}` }, command: { value: command }, ...extra };
}

describe('agent process containerizer: the supervisor and recovery (real processes)', function () {
  let workDir: string;
  const started: ProcessContainerizer[] = [];

  function containerizer(options: Partial<ConstructorParameters<typeof ProcessContainerizer>[0]> = {}): ProcessContainerizer {
    const created = new ProcessContainerizer({ workDir, recoveryPollMs: 50, ...options });
    started.push(created);
    return created;
  }

  function request(task: pb.TaskInfo.$Properties, user?: string): ContainerLaunchRequest {
    const containerId = randomUUID();
    return {
      containerId, task, frameworkId: 'fw', agentId: 'ag', hostname: 'h', sandbox: join(workDir, 'sandboxes', containerId),
      ...(user === undefined ? {} : { user }),
    };
  }

  beforeEach(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'drover-supervisor-'));
  });

  afterEach(async () => {
    for (const each of started.splice(0)) {
      await Promise.all(each.containers().map((id) => each.destroy(id)));
      each.close();
    }
    await rm(workDir, { recursive: true, force: true });
  });

  it('keeps the task running when the containerizer goes away, and a new one re-attaches to the same pid', async () => {
    const first = containerizer();
    const launch = request(shellTask('echo $$ > pid; exec sleep 30'));
    expect(await first.launch(launch)).to.equal('launched');
    const pid = await taskPid(launch.sandbox);
    expect(first.describe(launch.containerId)).to.deep.equal({ pid });
    first.close(); // the agent "dies": nothing of it watches the task any more

    const second = containerizer();
    await second.recover([{ containerId: launch.containerId, containerizer: 'process', sandbox: launch.sandbox }]);
    expect(second.describe(launch.containerId)).to.deep.equal({ pid });
    expect(processGone(pid)).to.equal(false);
    const termination = await second.kill(launch.containerId, { gracePeriodMs: 5000 });
    expect(termination).to.include({ signal: 'SIGTERM', status: 143 });
  });

  it('reports the real exit status of a task that ended while nobody watched, exactly from its status file', async () => {
    const first = containerizer();
    const launch = request(shellTask('sleep 0.2; exit 7'));
    await first.launch(launch);
    first.close();
    const statusFile = join(containerRuntimeDir(workDir, launch.containerId), 'termination.json');
    await waitUntil(() => existsSync(statusFile), 'the supervisor recorded the exit');
    const second = containerizer();
    await second.recover([{ containerId: launch.containerId, containerizer: 'process', sandbox: launch.sandbox }]);
    const termination = await second.wait(launch.containerId);
    expect(termination).to.include({ exitCode: 7, status: 7 });
    expect(termination?.message).to.match(/while the agent was down/);
  });

  it('notices, by polling, a recovered task that ends later', async () => {
    const first = containerizer();
    const launch = request(shellTask('echo $$ > pid; read line < go; exit 4'));
    await first.launch(launch);
    await taskPid(launch.sandbox);
    first.close();
    const second = containerizer();
    await second.recover([{ containerId: launch.containerId, containerizer: 'process', sandbox: launch.sandbox }]);
    const ended = second.wait(launch.containerId);
    await writeFile(join(launch.sandbox, 'go'), 'now\n');
    expect(await ended).to.include({ exitCode: 4 });
  });

  it('never adopts a reused pid: a checkpoint whose start time does not match is not the task', async () => {
    const first = containerizer();
    const launch = request(shellTask('sleep 0.1'));
    await first.launch(launch);
    await first.wait(launch.containerId);
    first.close();
    // Point the checkpoint at a live process that is not the supervisor (this test process), as a reused pid would.
    const runtime = containerRuntimeDir(workDir, launch.containerId);
    const checkpoint = JSON.parse(await readFile(join(runtime, 'process.json'), 'utf8')) as Record<string, unknown>;
    const self = parseProcStat(await readFile(`/proc/${process.pid}/stat`, 'utf8'));
    await writeFile(join(runtime, 'process.json'), JSON.stringify({ ...checkpoint, supervisorPid: process.pid,
      supervisorStartTime: String(Number(self?.startTime) + 1) }));
    await rm(join(runtime, 'termination.json'));
    const second = containerizer();
    await second.recover([{ containerId: launch.containerId, containerizer: 'process', sandbox: launch.sandbox }]);
    expect(await second.wait(launch.containerId)).to.equal(undefined);
  });

  it('kills containers that the checkpoint does not know (orphans) at recovery', async () => {
    const first = containerizer();
    const orphan = request(shellTask('echo $$ > pid; exec sleep 30'));
    await first.launch(orphan);
    const pid = await taskPid(orphan.sandbox);
    first.close();
    const second = containerizer();
    await second.recover([]);
    await waitUntil(() => processGone(pid), 'the orphan is killed');
    expect(await readdir(join(workDir, 'meta', 'containers'))).to.deep.equal([]);
  });

  it('rotates stdout past the size limit, keeping the newest files', async () => {
    const launch = request(shellTask('i=0; while [ $i -lt 200 ]; do echo "line $i"; i=$((i+1)); done'));
    const rotating = containerizer({ logRotation: { maxBytes: 500, maxFiles: 2 } });
    await rotating.launch(launch);
    await rotating.wait(launch.containerId);
    const files = (await readdir(launch.sandbox)).sort();
    expect(files).to.include.members(['stdout', 'stdout.1', 'stdout.2']);
    expect(files).to.not.include('stdout.3');
    expect(await readFile(join(launch.sandbox, 'stdout'), 'utf8')).to.match(/line 199\n$/);
    expect((await readFile(join(launch.sandbox, 'stdout.1'))).length).to.be.at.most(500);
  });

  it('gives the task no file descriptors beyond 0-2', async () => {
    const launch = request(shellTask('ls /proc/$$/fd'));
    const plain = containerizer();
    await plain.launch(launch);
    await plain.wait(launch.containerId);
    // `ls` itself opens the directory it lists (fd 3 of ls, not of the shell) in some builds; the shell has 0-2.
    const fds = (await readFile(join(launch.sandbox, 'stdout'), 'utf8')).trim().split(/\s+/).map(Number);
    expect(fds.filter((fd) => fd > 2)).to.have.length.at.most(1);
    expect(fds).to.include.members([0, 1, 2]);
  });

  it('runs the task as another user when asked, and refuses an unknown one', async () => {
    const plain = containerizer();
    const asNobody = request(shellTask('id -un > who'), 'nobody');
    expect(await plain.launch(asNobody)).to.equal('launched');
    expect((await plain.wait(asNobody.containerId))?.exitCode).to.equal(0);
    expect((await readFile(join(asNobody.sandbox, 'who'), 'utf8')).trim()).to.equal('nobody');
    const unknown = request(shellTask('true'), 'no-such-user-here');
    expect(await plain.launch(unknown)).to.deep.equal({ failed: "user 'no-such-user-here' does not exist on this agent" });
  });

  it('runs the task as pid 1 of its own pid namespace with its own /proc under namespaces/pid', async () => {
    const isolated = containerizer({ isolators: [{
      name: 'namespaces/pid', prepare: () => Promise.resolve({ procsFiles: [], supervisorFlags: ['--pid-ns'] }),
      usage: () => Promise.resolve({}), limitation: () => Promise.resolve(undefined), pids: () => Promise.resolve([]),
      cleanup: () => Promise.resolve(), recover: () => Promise.resolve(),
    }] });
    const launch = request(shellTask('echo $$; ls /proc | grep -c "^[0-9]"'));
    await isolated.launch(launch);
    expect((await isolated.wait(launch.containerId))?.exitCode).to.equal(0);
    const [pid, processes] = (await readFile(join(launch.sandbox, 'stdout'), 'utf8')).trim().split('\n').map(Number);
    expect(pid).to.equal(1);
    expect(processes).to.be.lessThan(5);
  });
});
