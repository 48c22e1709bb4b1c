import { expect } from 'chai';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CgroupSet, controllerMount, cpuShares, cfsQuotaUs, cpuWeightFromShares, createIsolators, layoutFromMounts,
  layoutKind, memoryLimitBytes, parseIsolation, parseMountinfo, parseProcMounts, type CgroupLayout,
} from '../../../agent/isolation/index.js';
import { isDroverError } from '../../../shared/errors/index.js';
import { writableLayout } from './helpers.js';

// The mount table of a hybrid machine like the one the tests run on.
const HYBRID_MOUNTINFO = `31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755
32 31 0:29 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu
33 31 0:30 / /sys/fs/cgroup/cpuacct rw,relatime - cgroup cgroup rw,cpuacct
35 31 0:32 / /sys/fs/cgroup/memory rw,relatime shared:9 - cgroup cgroup rw,memory
39 31 0:36 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids
40 31 0:37 / /sys/fs/cgroup/systemd rw,relatime - cgroup cgroup rw,xattr,name=systemd
41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw
`;
const COMOUNTED_MOUNTINFO = `32 31 0:29 / /sys/fs/cgroup/cpu,cpuacct rw,relatime - cgroup cgroup rw,cpu,cpuacct
33 31 0:30 / /sys/fs/cgroup/my\\040memory rw - cgroup cgroup rw,memory
`;
const UNIFIED_MOUNTINFO = '30 23 0:26 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 rw,nsdelegate,memory_recursiveprot\n';

async function thrown(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  return expect.fail('it did not throw');
}

describe('agent isolation: cgroup layout detection', () => {
  it('reads a hybrid machine as v1, with cpu and cpuacct on separate hierarchies', async () => {
    const layout = await layoutFromMounts(parseMountinfo(HYBRID_MOUNTINFO), () => Promise.resolve(''));
    expect(layoutKind(layout)).to.equal('v1');
    expect([...layout.v1.keys()]).to.deep.equal(['cpu', 'cpuacct', 'memory', 'pids']);
    expect(controllerMount(layout, 'cpuacct')).to.deep.equal({ version: 1, mountPoint: '/sys/fs/cgroup/cpuacct' });
    expect(layout.v2?.mountPoint).to.equal('/sys/fs/cgroup/unified');
    const cpu = new CgroupSet(layout, ['cpu', 'cpuacct'], 'drover');
    expect(cpu.procsFiles('c')).to.deep.equal(['/sys/fs/cgroup/cpu/drover/c/cgroup.procs', '/sys/fs/cgroup/cpuacct/drover/c/cgroup.procs']);
  });

  it('gives co-mounted cpu,cpuacct one cgroup, and unescapes mount points', async () => {
    const layout = await layoutFromMounts(parseMountinfo(COMOUNTED_MOUNTINFO), () => Promise.resolve(undefined));
    const cpu = new CgroupSet(layout, ['cpu', 'cpuacct'], 'drover');
    expect(cpu.procsFiles('c')).to.deep.equal(['/sys/fs/cgroup/cpu,cpuacct/drover/c/cgroup.procs']);
    expect(cpu.dir('c', 'cpuacct')).to.equal('/sys/fs/cgroup/cpu,cpuacct/drover/c');
    expect(controllerMount(layout, 'memory')?.mountPoint).to.equal('/sys/fs/cgroup/my memory');
  });

  it('reads a unified machine as v2, where cpuacct is the cpu controller', async () => {
    const layout = await layoutFromMounts(parseMountinfo(UNIFIED_MOUNTINFO), () => Promise.resolve('cpuset cpu io memory hugetlb pids\n'));
    expect(layoutKind(layout)).to.equal('v2');
    expect(controllerMount(layout, 'cpuacct')).to.deep.equal({ version: 2, mountPoint: '/sys/fs/cgroup' });
    const cpu = new CgroupSet(layout, ['cpu', 'cpuacct'], '/drover/agent-1/');
    expect(cpu.mounts).to.deep.equal([{ mountPoint: '/sys/fs/cgroup', version: 2, controllers: ['cpu'] }]);
    expect(cpu.dir('c', 'cpu')).to.equal('/sys/fs/cgroup/drover/agent-1/c');
  });

  it('reads /proc/mounts when there is no mountinfo', async () => {
    const layout = await layoutFromMounts(parseProcMounts('cgroup /sys/fs/cgroup/memory cgroup rw,nosuid,memory 0 0\n'));
    expect(controllerMount(layout, 'memory')).to.deep.equal({ version: 1, mountPoint: '/sys/fs/cgroup/memory' });
    expect(layoutKind(await layoutFromMounts([]))).to.equal('none');
  });

  it('refuses a root that climbs out of the mount, and a container id that is not a plain name', () => {
    const layout: CgroupLayout = { v1: new Map([['pids', '/sys/fs/cgroup/pids']]) };
    expect(() => new CgroupSet(layout, ['pids'], '../escape')).to.throw().with.property('code', 'CONFIG');
    expect(() => new CgroupSet(layout, ['memory'], 'drover')).to.throw().with.property('code', 'CONFIG');
    expect(() => new CgroupSet(layout, ['pids'], 'drover').dir('a/b', 'pids')).to.throw().with.property('code', 'INVALID_ARGUMENT');
  });
});

describe('agent isolation: limits arithmetic', () => {
  it('turns cpus into shares, quota and weight as Mesos and Kubernetes do', () => {
    expect(cpuShares(0.5)).to.equal(512);
    expect(cpuShares(0.001)).to.equal(2);
    expect(cfsQuotaUs(0.5)).to.equal(50_000);
    expect(cfsQuotaUs(0.001)).to.equal(1000);
    expect(cpuWeightFromShares(2)).to.equal(1);
    expect(cpuWeightFromShares(1024)).to.equal(39);
    expect(cpuWeightFromShares(262144)).to.equal(10_000);
    expect(cpuWeightFromShares(1_000_000)).to.equal(10_000);
  });

  it('never limits memory below 32 MB', () => {
    expect(memoryLimitBytes(8)).to.equal(32 * 1024 * 1024);
    expect(memoryLimitBytes(100)).to.equal(100 * 1024 * 1024);
  });
});

describe('agent isolation: choosing isolators by name', () => {
  const noCgroups: CgroupLayout = { v1: new Map() };
  let standIn: string | undefined;

  afterEach(async () => {
    if (standIn !== undefined) await rm(standIn, { recursive: true, force: true });
    standIn = undefined;
  });

  it('parses --isolation, expanding shorthands and dropping repeats and blanks', () => {
    expect(parseIsolation('cgroups, namespaces/pid,,cgroups/cpu')).to.deep.equal(['cgroups/cpu', 'cgroups/mem', 'cgroups/pids', 'namespaces/pid']);
    expect(parseIsolation('posix,namespaces')).to.deep.equal(['posix/cpu', 'posix/mem', 'namespaces/pid']);
    expect(parseIsolation('')).to.deep.equal([]);
  });

  it('names the unknown isolator and the valid ones', async () => {
    expect(() => parseIsolation('cgroups/net')).to.throw(/unknown isolator 'cgroups\/net'; valid isolators: .*cgroups\/cpu/);
    const error = await thrown(() => createIsolators(['cgroups/cpu', 'filesystem/linux'], { layout: noCgroups }));
    expect(isDroverError(error, 'CONFIG')).to.equal(true);
    expect((error as Error).message).to.include("'filesystem/linux'").and.include('namespaces/pid').and.include('posix/mem');
  });

  it('falls back to posix isolators, and says so, where cgroups are not mounted', async () => {
    const { isolators, notes } = await createIsolators(['cgroups', 'namespaces'], { layout: noCgroups });
    expect(isolators.map((i) => i.name)).to.deep.equal(['posix/cpu', 'posix/mem', 'namespaces/pid']);
    expect(notes).to.have.length(3);
    expect(notes[0]).to.match(/^cgroups\/cpu: .*'cpu', 'cpuacct' are not mounted or not writable.*using posix\/cpu instead/);
    expect(notes[1]).to.match(/^cgroups\/mem: .*'memory'.*using posix\/mem instead/);
    expect(notes[2]).to.match(/^cgroups\/pids: .*'pids'.*running without it/);
  });

  it('does not run a posix isolator twice when it was also asked for', async () => {
    const { isolators } = await createIsolators(['posix/cpu', 'cgroups/cpu'], { layout: noCgroups });
    expect(isolators.map((i) => i.name)).to.deep.equal(['posix/cpu']);
  });

  it('falls back where a controller is mounted but its mount point is gone', async () => {
    const layout: CgroupLayout = { v1: new Map([['memory', '/nonexistent/drover-memory']]) };
    const { isolators, notes } = await createIsolators(['cgroups/mem'], { layout });
    expect(isolators.map((i) => i.name)).to.deep.equal(['posix/mem']);
    expect(notes).to.have.length(1);
  });

  it('uses the cgroups isolators a (stand-in) v2 root offers and drops the one it does not', async () => {
    standIn = await mkdtemp(join(tmpdir(), 'drover-cgroup2-standin-'));
    await writeFile(join(standIn, 'cgroup.controllers'), 'cpu memory\n');
    const layout = await layoutFromMounts(parseMountinfo(`60 23 0:40 / ${standIn} rw - cgroup2 cgroup2 rw\n`));
    const { isolators, notes } = await createIsolators(['cgroups'], { layout, pidsLimit: 10 });
    expect(isolators.map((i) => i.name)).to.deep.equal(['cgroups/cpu', 'cgroups/mem']);
    expect(notes).to.deep.equal([
      "cgroups/pids: the cgroup controller 'pids' is not mounted or not writable (cgroup layout: v2); running without it",
    ]);
  });

  it('rejects a bad cgroups root and a bad pids limit', async () => {
    const layout: CgroupLayout = { v1: new Map([['pids', tmpdir()]]) };
    expect(await thrown(() => createIsolators(['cgroups/pids'], { layout, cgroupsRoot: '..' }))).to.have.property('code', 'CONFIG');
    expect(await thrown(() => createIsolators(['cgroups/pids'], { layout, pidsLimit: 0 }))).to.have.property('code', 'CONFIG');
  });

  it('on this machine, gives every cgroups isolator asked for (when run as root with writable cgroups)', async function () {
    // A prerequisite of the suite, not an optional extra: without it the run fails and says what is missing.
    if (await writableLayout(['cpu', 'cpuacct', 'memory', 'pids']) === undefined) {
      throw new Error('these tests need root and writable cgroup v1 cpu, cpuacct, memory and pids controllers');
    }
    const { isolators, notes } = await createIsolators(['cgroups', 'namespaces/pid']);
    expect(isolators.map((i) => i.name)).to.deep.equal(['cgroups/cpu', 'cgroups/mem', 'cgroups/pids', 'namespaces/pid']);
    expect(notes).to.deep.equal([]);
  });
});
