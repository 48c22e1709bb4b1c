import { expect } from 'chai';
import { mkdir, readFile, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CgroupSet, CgroupsCpuIsolator, CgroupsMemIsolator, CgroupsPidsIsolator, controllerMount, type CgroupLayout,
} from '../../../agent/isolation/index.js';
import { silentLogger } from '../../../agent/logger.js';
import { processGone } from '../support/wait.js';
import { eventually, spawnJoined, uniqueRoot, writableLayout, type Joined } from './helpers.js';

const CONTROLLERS = ['cpu', 'cpuacct', 'memory', 'pids'];

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function read(path: string): Promise<string> {
  return (await readFile(path, 'utf8')).trim();
}

describe('agent cgroups isolators (real cgroups)', function () {
  let layout: CgroupLayout;
  let root: string;
  let children: Joined[];

  before(async function () {
    const found = await writableLayout(CONTROLLERS);
    // Never skipped: a machine without them fails the run with what it lacks.
    if (found === undefined) throw new Error('these tests need root and writable cgroup v1 cpu, cpuacct, memory and pids controllers');
    layout = found;
  });

  beforeEach(() => {
    root = uniqueRoot();
    children = [];
  });

  afterEach(async () => {
    for (const { child } of children) child.kill('SIGKILL');
    const everything = new CgroupSet(layout, CONTROLLERS, root);
    await everything.destroyOrphans(new Set(), silentLogger);
    for (const mount of everything.mounts) {
      await rmdir(join(mount.mountPoint, root)).catch(() => undefined);
    }
  });

  function cpu(cfsQuota = true): CgroupsCpuIsolator {
    return new CgroupsCpuIsolator({ layout, root, cfsQuota });
  }
  function mem(): CgroupsMemIsolator {
    return new CgroupsMemIsolator({ layout, root });
  }
  function pids(pidsLimit?: number): CgroupsPidsIsolator {
    return new CgroupsPidsIsolator(pidsLimit === undefined ? { layout, root } : { layout, root, pidsLimit });
  }
  function run(procsFiles: readonly string[], command: string): Joined {
    const joined = spawnJoined(procsFiles, command);
    children.push(joined);
    return joined;
  }
  function dirOf(controller: string, containerId: string): string {
    const mount = controllerMount(layout, controller);
    if (mount === undefined) throw new Error(`${controller} is not mounted`);
    return join(mount.mountPoint, root, containerId);
  }

  it('writes the cpu, memory and pids limits into the container\'s cgroups', async () => {
    const cpuPlan = await cpu().prepare('c1', { cpus: 0.5 });
    const memPlan = await mem().prepare('c1', { memMb: 64 });
    const pidsPlan = await pids(7).prepare('c1', {});
    const cpuDir = dirOf('cpu', 'c1');
    const memDir = dirOf('memory', 'c1');
    const pidsDir = dirOf('pids', 'c1');
    if (controllerMount(layout, 'cpu')?.version === 2) {
      expect(await read(join(cpuDir, 'cpu.weight'))).to.equal('20');
      expect(await read(join(cpuDir, 'cpu.max'))).to.equal('50000 100000');
      expect(await read(join(memDir, 'memory.max'))).to.equal(String(64 * 1024 * 1024));
    } else {
      expect(await read(join(cpuDir, 'cpu.shares'))).to.equal('512');
      expect(await read(join(cpuDir, 'cpu.cfs_period_us'))).to.equal('100000');
      expect(await read(join(cpuDir, 'cpu.cfs_quota_us'))).to.equal('50000');
      expect(await read(join(memDir, 'memory.limit_in_bytes'))).to.equal(String(64 * 1024 * 1024));
      if (await exists(join(memDir, 'memory.memsw.limit_in_bytes'))) {
        expect(await read(join(memDir, 'memory.memsw.limit_in_bytes'))).to.equal(String(64 * 1024 * 1024));
      }
    }
    expect(await read(join(pidsDir, 'pids.max'))).to.equal('7');
    const procsFiles = [...cpuPlan.procsFiles, ...memPlan.procsFiles, ...pidsPlan.procsFiles];
    expect(procsFiles).to.include(join(cpuDir, 'cgroup.procs')).and.include(join(memDir, 'cgroup.procs'));
    expect(procsFiles).to.include(join(dirOf('cpuacct', 'c1'), 'cgroup.procs')).and.include(join(pidsDir, 'cgroup.procs'));
    expect(cpuPlan.supervisorFlags).to.deep.equal([]);
  });

  it('raises a memory limit below 32 MB to 32 MB and reports the limit in usage', async () => {
    const isolator = mem();
    await isolator.prepare('small', { memMb: 4 });
    expect((await isolator.usage('small', undefined)).mem_limit_bytes).to.equal(32 * 1024 * 1024);
  });

  it('without CFS quota writes only the shares', async () => {
    await cpu(false).prepare('noquota', { cpus: 2 });
    if (controllerMount(layout, 'cpu')?.version === 2) {
      expect(await read(join(dirOf('cpu', 'noquota'), 'cpu.max'))).to.equal('max 100000');
    } else {
      expect(await read(join(dirOf('cpu', 'noquota'), 'cpu.shares'))).to.equal('2048');
      expect(await read(join(dirOf('cpu', 'noquota'), 'cpu.cfs_quota_us'))).to.equal('-1');
    }
  });

  it('lets the OOM killer end a 32 MB task that allocates 200 MB, and says so in limitation()', async () => {
    const isolator = mem();
    const plan = await isolator.prepare('oom', { memMb: 32 });
    const task = run(plan.procsFiles, 'dd if=/dev/zero bs=200M count=1 of=/dev/null');
    const { signal } = await task.exited;
    expect(signal).to.equal('SIGKILL');
    const limitation = await isolator.limitation('oom');
    expect(limitation?.resource).to.equal('mem');
    expect(limitation?.message).to.match(/^Memory limit exceeded: Requested: 32MB Maximum Used: \d+MB\n\nMEMORY STATISTICS: \n/);
    expect(limitation?.message).to.match(/oom_kill [1-9]/);
  });

  it('reports no memory limitation for a task that stayed within its limit', async () => {
    const isolator = mem();
    const plan = await isolator.prepare('fine', { memMb: 64 });
    const task = run(plan.procsFiles, 'dd if=/dev/zero bs=1M count=1 of=/dev/null');
    expect((await task.exited).code).to.equal(0);
    expect(await isolator.limitation('fine')).to.equal(undefined);
    expect(await isolator.limitation('never-prepared')).to.equal(undefined);
  });

  it('caps two busy loops at half a core with CFS quota, and counts the throttling', async function () {
    this.timeout(15_000);
    const isolator = cpu();
    const plan = await isolator.prepare('busy', { cpus: 0.5 });
    const started = process.hrtime.bigint();
    const task = run(plan.procsFiles, "sh -c '(while :; do :; done) & while :; do :; done'");
    await eventually(async () => (await isolator.pids('busy')).length >= 2, 'both loops run in the cgroup');
    await new Promise((resolve) => setTimeout(resolve, 2000)); // the cap shows only over time
    const usage = await isolator.usage('busy');
    const elapsedSecs = Number(process.hrtime.bigint() - started) / 1e9;
    const used = (usage.cpus_user_time_secs ?? 0) + (usage.cpus_system_time_secs ?? 0);
    expect(used / elapsedSecs).to.be.within(0.25, 0.75);
    expect(usage.cpus_nr_throttled).to.be.greaterThan(0);
    expect(usage.cpus_nr_periods).to.be.greaterThan(0);
    expect(usage.cpus_throttled_time_secs).to.be.greaterThan(0);
    expect(usage.cpus_limit).to.equal(0.5);
    expect(await isolator.pids('busy')).to.include(task.pid);
    await isolator.cleanup('busy');
    expect((await task.exited).signal).to.equal('SIGKILL');
  });

  it('stops a fork loop at the pids limit, reports it, and cleanup kills what it left behind', async () => {
    const isolator = pids(5);
    const plan = await isolator.prepare('forks', {});
    const task = run(plan.procsFiles, "sh -c 'for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do sleep 10 & done'");
    const { code, stderr } = await task.exited;
    expect({ code, stderr }).to.satisfy(({ code: exit, stderr: text }: { code: number | null; stderr: string }) =>
      exit !== 0 || /fork/i.test(text));
    const usage = await isolator.usage('forks');
    expect(usage.pids_limit).to.equal(5);
    expect(usage.processes).to.be.within(1, 5);
    expect(await isolator.limitation('forks')).to.deep.include({ resource: 'pids' });
    expect((await isolator.limitation('forks'))?.message).to.match(/^Task hit its limit of 5 processes/);
    const leftovers = await isolator.pids('forks');
    expect(leftovers.length).to.be.within(1, 5);
    await isolator.cleanup('forks');
    expect(leftovers.filter((pid) => !processGone(pid))).to.deep.equal([]);
    expect(await exists(dirOf('pids', 'forks'))).to.equal(false);
  });

  it('reports no pids limitation when no fork was refused', async () => {
    const isolator = pids(50);
    const plan = await isolator.prepare('calm', {});
    expect((await run(plan.procsFiles, 'true').exited).code).to.equal(0);
    expect(await isolator.limitation('calm')).to.equal(undefined);
  });

  it('cleanup removes every cgroup of the container, and is safe to repeat or call for an unknown id', async () => {
    const isolator = cpu();
    const plan = await isolator.prepare('gone', { cpus: 1 });
    const task = run(plan.procsFiles, 'sleep 30');
    await eventually(async () => (await isolator.pids('gone')).includes(task.pid), 'the task joined its cgroups');
    await isolator.cleanup('gone');
    expect((await task.exited).signal).to.equal('SIGKILL');
    expect(await exists(dirOf('cpu', 'gone'))).to.equal(false);
    expect(await exists(dirOf('cpuacct', 'gone'))).to.equal(false);
    await isolator.cleanup('gone');
    await isolator.cleanup('never-prepared');
    expect(await isolator.pids('gone')).to.deep.equal([]);
    expect(await isolator.usage('gone')).to.deep.equal({});
  });

  it('cleanup also removes cgroups the task created inside its own', async () => {
    const isolator = mem();
    await isolator.prepare('nested', { memMb: 64 });
    const inner = join(dirOf('memory', 'nested'), 'inner');
    await mkdir(inner);
    const task = run([join(inner, 'cgroup.procs')], 'sleep 30');
    await eventually(async () => (await isolator.pids('nested')).includes(task.pid), 'the task joined the inner cgroup');
    await isolator.cleanup('nested');
    expect((await task.exited).signal).to.equal('SIGKILL');
    expect(await exists(dirOf('memory', 'nested'))).to.equal(false);
  });

  it('recover removes the cgroups of unknown containers, killing their processes, and keeps the known ones', async () => {
    const isolator = pids();
    await isolator.prepare('known', {});
    const orphanPlan = await isolator.prepare('orphan', {});
    await isolator.prepare('empty-orphan', {});
    const orphan = run(orphanPlan.procsFiles, 'sleep 30');
    await eventually(async () => (await isolator.pids('orphan')).includes(orphan.pid), 'the orphan joined its cgroup');
    await isolator.recover(new Set(['known']));
    expect((await orphan.exited).signal).to.equal('SIGKILL');
    expect(await exists(dirOf('pids', 'known'))).to.equal(true);
    expect(await exists(dirOf('pids', 'orphan'))).to.equal(false);
    expect(await exists(dirOf('pids', 'empty-orphan'))).to.equal(false);
  });

  it('reports memory usage of a running task', async () => {
    const isolator = mem();
    const plan = await isolator.prepare('rss', { memMb: 128 });
    const task = run(plan.procsFiles, "sh -c 'x=$(head -c 20000000 /dev/zero | tr \"\\0\" a); sleep 30'");
    await eventually(async () => ((await isolator.usage('rss')).mem_total_bytes ?? 0) > 10_000_000, 'the task used memory');
    const usage = await isolator.usage('rss');
    expect(usage.mem_limit_bytes).to.equal(128 * 1024 * 1024);
    expect(usage.mem_rss_bytes).to.be.a('number');
    await isolator.cleanup('rss');
    expect((await task.exited).signal).to.equal('SIGKILL');
  });

  it('rejects a container id that is not a safe directory name', async () => {
    let error: unknown;
    try {
      await mem().prepare('../escape', { memMb: 32 });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.have.property('code', 'INVALID_ARGUMENT');
  });
});
