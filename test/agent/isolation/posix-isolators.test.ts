import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import {
  NamespacesPidIsolator, PosixCpuIsolator, PosixMemIsolator, listProcesses, parseProcStat, processTree, residentBytes,
  type ProcStat,
} from '../../../agent/isolation/index.js';
import { eventually } from './helpers.js';

function proc(pid: number, ppid: number, pgrp = pid): ProcStat {
  return { pid, state: 'S', ppid, pgrp, utime: 0, stime: 0, cutime: 0, cstime: 0, startTime: '1' };
}

describe('agent isolation: /proc reading', () => {
  it('parses /proc/<pid>/stat even when the command name holds spaces and parentheses', () => {
    const text = '4242 (we ird) (name) S 17 4242 4242 0 -1 4194560 100 0 0 0 250 30 7 3 20 0 1 0 123 456 789\n';
    expect(parseProcStat(text)).to.deep.equal({
      pid: 4242, state: 'S', ppid: 17, pgrp: 4242, utime: 250, stime: 30, cutime: 7, cstime: 3, startTime: '123',
    });
    expect(parseProcStat('garbage')).to.equal(undefined);
  });

  it('finds the descendants of a process and what stayed in its process group', () => {
    const all = [proc(1, 0), proc(10, 1), proc(11, 10, 10), proc(12, 11, 12), proc(13, 1, 10), proc(14, 1), proc(15, 14)];
    expect(processTree(all, 10).map((p) => p.pid).sort((a, b) => a - b)).to.deep.equal([10, 11, 12, 13]);
    expect(processTree(all, 99)).to.deep.equal([]);
  });
});

describe('agent isolation: posix and namespaces isolators (real processes)', () => {
  let child: ChildProcess | undefined;

  afterEach(() => {
    if (child?.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    child = undefined;
  });

  it('measures cpu time and resident memory of a task and its children', async () => {
    // The busy loop is a child of the task's first process, which becomes `sleep` (exec).
    child = spawn('/bin/sh', ['-c', '(while :; do :; done) & exec sleep 30'], { detached: true, stdio: 'ignore' });
    const pid = child.pid ?? expect.fail('spawn failed');
    const cpu = new PosixCpuIsolator();
    const mem = new PosixMemIsolator();
    await cpu.prepare('t', { cpus: 0.25 });
    await mem.prepare('t', { memMb: 64 });
    await eventually(async () => ((await cpu.usage('t', pid)).cpus_user_time_secs ?? 0) >= 0.2, 'the busy child used cpu time');
    const tree = processTree(await listProcesses(), pid);
    expect(tree.length).to.be.at.least(2);
    const usage = await cpu.usage('t', pid);
    expect(usage.cpus_limit).to.equal(0.25);
    expect(usage.cpus_system_time_secs).to.be.a('number');
    const memory = await mem.usage('t', pid);
    expect(memory.mem_limit_bytes).to.equal(64 * 1024 * 1024);
    expect(memory.mem_rss_bytes).to.be.greaterThan(await residentBytes(pid) ?? Number.POSITIVE_INFINITY);
    expect(await cpu.pids('t')).to.deep.equal([]);
    expect(await cpu.limitation('t')).to.equal(undefined);
    await cpu.cleanup('t');
    await mem.cleanup('t');
    expect(await cpu.usage('t', undefined)).to.deep.equal({});
  });

  it('reports nothing for a process that is gone', async () => {
    const usage = await new PosixMemIsolator().usage('x', 2 ** 22 + 1); // above any pid_max: never a process
    expect(usage).to.deep.equal({});
  });

  it('namespaces/pid asks the supervisor for a pid namespace and does nothing else', async () => {
    const isolator = new NamespacesPidIsolator();
    expect(await isolator.prepare('n', { cpus: 1 })).to.deep.equal({ procsFiles: [], supervisorFlags: ['--pid-ns'] });
    expect(await isolator.usage('n', process.pid)).to.deep.equal({});
    expect(await isolator.limitation('n')).to.equal(undefined);
    expect(await isolator.pids('n')).to.deep.equal([]);
    await isolator.cleanup('n');
    await isolator.recover(new Set());
  });
});
