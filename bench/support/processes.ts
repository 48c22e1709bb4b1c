// The `drover` processes a benchmark starts (master, agent, framework), as a user would through the CLI, with their
// logs in files, and what the benchmark reads about them from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DROVER = fileURLToPath(new URL('../../bin/drover.js', import.meta.url));

export interface DroverProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly logFile: string;
  readonly exited: Promise<void>;
}

/**
 * Starts `drover <args>` with stdout and stderr in `<dir>/<name>.log`. DROVER_BENCH_NODE_FLAGS (e.g.
 * '--cpu-prof --cpu-prof-dir=/tmp/prof') goes to its node, so any run can be profiled; DROVER_BENCH_LOG_LEVEL
 * (e.g. debug) replaces `logLevel`.
 */
export function spawnDrover(name: string, args: readonly string[], dir: string, logLevel = 'info'): DroverProcess {
  const logFile = join(dir, `${name}.log`);
  const log = createWriteStream(logFile);
  const nodeFlags = (process.env['DROVER_BENCH_NODE_FLAGS'] ?? '').split(/\s+/).filter((flag) => flag !== '');
  const child = spawn(process.execPath, [...nodeFlags, DROVER, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DROVER_LOG_LEVEL: process.env['DROVER_BENCH_LOG_LEVEL'] ?? logLevel },
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { name, child, logFile, exited };
}

export function isAlive(managed: DroverProcess): boolean {
  return managed.child.exitCode === null && managed.child.signalCode === null;
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once it has exited. */
export async function stopDrover(managed: DroverProcess, graceMs: number): Promise<void> {
  if (!isAlive(managed)) return;
  managed.child.kill('SIGTERM');
  const timer = setTimeout(() => managed.child.kill('SIGKILL'), graceMs);
  await managed.exited;
  clearTimeout(timer);
}

export function logTail(managed: DroverProcess, lines = 25): string {
  let text: string;
  try {
    text = readFileSync(managed.logFile, 'utf8');
  } catch {
    text = '(no log)';
  }
  return `--- ${managed.name} ---\n${text.trimEnd().split('\n').slice(-lines).join('\n')}`;
}

export function signalPid(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

/** CPU time (user + system) a process has used so far, in ms (USER_HZ is 100 on Linux); 0 when it is gone. */
export async function processCpuMs(pid: number | undefined): Promise<number> {
  if (pid === undefined) return 0;
  try {
    const text = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3 (state)
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime (14) + stime (15)
  } catch {
    return 0;
  }
}

/** VmRSS of a process in MiB, or 0 when it is gone. */
export async function processRssMb(pid: number | undefined): Promise<number> {
  if (pid === undefined) return 0;
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
    return match === null ? 0 : Math.round(Number(match[1]) / 102.4) / 10;
  } catch {
    return 0;
  }
}

/** This process's own CPU time so far, in ms. */
export function ownCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}
