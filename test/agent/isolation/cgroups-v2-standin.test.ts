import { expect } from 'chai';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CgroupsCpuIsolator, CgroupsMemIsolator, CgroupsPidsIsolator, layoutFromMounts, layoutKind, parseMountinfo,
  type CgroupLayout,
} from '../../../agent/isolation/index.js';

// This machine's cgroup2 mount has no controllers, so the v2 code path runs against a temporary directory laid out
// like a v2 root. A stand-in directory has none of cgroupfs' magic: the test creates the files the kernel would
// (cgroup.procs, cpu.stat, memory.events...) and checks what the isolators wrote into plain files.
describe('agent cgroups isolators on cgroup v2 (a temporary directory standing in for the unified mount)', () => {
  let mount: string;
  let layout: CgroupLayout;
  const root = 'drover';

  beforeEach(async () => {
    mount = await mkdtemp(join(tmpdir(), 'drover-cgroup2-standin-'));
    await writeFile(join(mount, 'cgroup.controllers'), 'cpuset cpu io memory pids\n');
    await writeFile(join(mount, 'cgroup.subtree_control'), '');
    layout = await layoutFromMounts(parseMountinfo(`60 23 0:40 / ${mount} rw,nosuid - cgroup2 cgroup2 rw,nsdelegate\n`));
  });

  afterEach(async () => {
    await rm(mount, { recursive: true, force: true });
  });

  async function read(...path: string[]): Promise<string> {
    return (await readFile(join(mount, ...path), 'utf8')).trim();
  }

  /** What mkdir of a cgroup would have made appear. */
  async function kernelFiles(containerId: string, files: Record<string, string>): Promise<void> {
    const dir = join(mount, root, containerId);
    await mkdir(dir, { recursive: true });
    for (const [name, text] of Object.entries({ 'cgroup.procs': '', ...files })) await writeFile(join(dir, name), text);
  }

  it('reads the stand-in as a v2 layout', () => {
    expect(layoutKind(layout)).to.equal('v2');
    expect(layout.v1.size).to.equal(0);
    expect([...layout.v2?.controllers ?? []]).to.deep.equal(['cpuset', 'cpu', 'io', 'memory', 'pids']);
  });

  it('cgroups/cpu enables cpu in every parent and writes cpu.weight and cpu.max', async () => {
    const isolator = new CgroupsCpuIsolator({ layout, root });
    const plan = await isolator.prepare('c1', { cpus: 0.5 });
    expect(await read('cgroup.subtree_control')).to.equal('+cpu');
    expect(await read(root, 'cgroup.subtree_control')).to.equal('+cpu');
    expect(await read(root, 'c1', 'cpu.weight')).to.equal('20'); // 512 shares
    expect(await read(root, 'c1', 'cpu.max')).to.equal('50000 100000');
    expect(plan.procsFiles).to.deep.equal([join(mount, root, 'c1', 'cgroup.procs')]);
  });

  it('cgroups/cpu leaves cpu.max alone without CFS quota, and does not re-enable an enabled controller', async () => {
    await writeFile(join(mount, 'cgroup.subtree_control'), 'cpu memory\n');
    await new CgroupsCpuIsolator({ layout, root, cfsQuota: false }).prepare('c2', { cpus: 4 });
    expect(await read('cgroup.subtree_control')).to.equal('cpu memory');
    expect(await read(root, 'c2', 'cpu.weight')).to.equal('157'); // 4096 shares
    await readFile(join(mount, root, 'c2', 'cpu.max')).then(
      () => expect.fail('cpu.max was written'),
      (error: NodeJS.ErrnoException) => expect(error.code).to.equal('ENOENT'),
    );
  });

  it('cgroups/cpu reads its usage from cpu.stat', async () => {
    const isolator = new CgroupsCpuIsolator({ layout, root });
    await kernelFiles('c3', {
      'cpu.stat': 'usage_usec 3500000\nuser_usec 2500000\nsystem_usec 1000000\nnr_periods 40\nnr_throttled 12\nthrottled_usec 750000\n',
    });
    await isolator.prepare('c3', { cpus: 1.5 });
    expect(await isolator.usage('c3')).to.deep.equal({
      cpus_user_time_secs: 2.5, cpus_system_time_secs: 1, cpus_nr_periods: 40, cpus_nr_throttled: 12,
      cpus_throttled_time_secs: 0.75, cpus_limit: 1.5,
    });
  });

  it('cgroups/mem writes memory.max and no swap, and reads memory.current and anon', async () => {
    const isolator = new CgroupsMemIsolator({ layout, root });
    await kernelFiles('m1', { 'memory.swap.max': 'max\n', 'memory.current': '5242880\n', 'memory.stat': 'anon 4194304\nfile 1048576\n' });
    await isolator.prepare('m1', { memMb: 64 });
    expect(await read('cgroup.subtree_control')).to.equal('+memory');
    expect(await read(root, 'm1', 'memory.max')).to.equal(String(64 * 1024 * 1024));
    expect(await read(root, 'm1', 'memory.swap.max')).to.equal('0');
    expect(await isolator.usage('m1')).to.deep.equal({
      mem_rss_bytes: 4194304, mem_total_bytes: 5242880, mem_limit_bytes: 64 * 1024 * 1024,
    });
  });

  it('cgroups/mem reports the OOM killer from memory.events, and nothing when it did not run', async () => {
    const isolator = new CgroupsMemIsolator({ layout, root });
    await kernelFiles('oom', { 'memory.events': 'low 0\nhigh 0\nmax 17\noom 1\noom_kill 1\n', 'memory.peak': '33554432\n', 'memory.stat': 'anon 0\nfile 8192\n' });
    await kernelFiles('ok', { 'memory.events': 'low 0\nhigh 0\nmax 17\noom 0\noom_kill 0\n', 'memory.peak': '33554432\n' });
    await isolator.prepare('oom', { memMb: 32 });
    await isolator.prepare('ok', { memMb: 32 });
    expect(await isolator.limitation('oom')).to.deep.equal({
      resource: 'mem',
      message: 'Memory limit exceeded: Requested: 32MB Maximum Used: 32MB\n\nMEMORY STATISTICS: \noom_kill 1\nmax 17\nfile 8192',
    });
    expect(await isolator.limitation('ok')).to.equal(undefined);
  });

  it('cgroups/mem falls back to "hit the limit at its peak" where memory.events has no oom_kill', async () => {
    const isolator = new CgroupsMemIsolator({ layout, root });
    await kernelFiles('old', { 'memory.events': 'low 0\nhigh 0\nmax 3\noom 1\n', 'memory.peak': '33554432\n' });
    await isolator.prepare('old', { memMb: 32 });
    expect((await isolator.limitation('old'))?.message).to.match(/^Memory limit exceeded: Requested: 32MB Maximum Used: 32MB/);
  });

  it('cgroups/pids writes pids.max and reads pids.current and pids.events', async () => {
    const isolator = new CgroupsPidsIsolator({ layout, root, pidsLimit: 9 });
    await kernelFiles('p1', { 'pids.current': '4\n', 'pids.events': 'max 3\n' });
    await isolator.prepare('p1', {});
    expect(await read('cgroup.subtree_control')).to.equal('+pids');
    expect(await read(root, 'p1', 'pids.max')).to.equal('9');
    expect(await isolator.usage('p1')).to.deep.equal({ processes: 4, pids_limit: 9 });
    expect(await isolator.limitation('p1')).to.deep.equal({ resource: 'pids', message: 'Task hit its limit of 9 processes (3 forks refused)' });
  });

  it('lists the processes of a container from its cgroup.procs', async () => {
    const isolator = new CgroupsPidsIsolator({ layout, root });
    await kernelFiles('procs', { 'cgroup.procs': '101\n102\n' });
    expect((await isolator.pids('procs')).sort()).to.deep.equal([101, 102]);
    expect(await isolator.pids('unknown')).to.deep.equal([]);
  });
});
