// Real processes in real cgroups: a command that joins the cgroups named by an isolation plan before it execs, the
// way the supervisor does it, and waits that end on events (exit) or on a condition with a deadline.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { randomToken } from '../../../shared/ids/index.js';
import type { CgroupLayout } from '../../../agent/isolation/index.js';
import { controllerUsable, detectCgroupLayout } from '../../../agent/isolation/index.js';

export interface Joined {
  readonly child: ChildProcess;
  readonly pid: number;
  /** Resolves with the exit code and signal, and what the command wrote to stderr. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** `sh -c 'echo 0 > f1; echo 0 > f2; exec <command>'` — the command starts inside the cgroups. */
export function spawnJoined(procsFiles: readonly string[], command: string): Joined {
  const join = procsFiles.map((file) => `echo 0 > '${file}'`).join('; ');
  const child = spawn('/bin/sh', ['-c', `${join}${join === '' ? '' : '; '}exec ${command}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  const exited = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null, signal: signal as NodeJS.Signals | null, stderr,
  }));
  if (child.pid === undefined) throw new Error('spawn failed');
  return { child, pid: child.pid, exited };
}

export async function eventually(condition: () => Promise<boolean>, what: string, deadlineMs = 10_000): Promise<void> {
  const giveUpAt = Date.now() + deadlineMs;
  while (!await condition()) {
    if (Date.now() > giveUpAt) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function uniqueRoot(): string {
  return `drover-test-${randomToken(6)}`;
}

/** The machine's layout, or undefined when the test cannot run here (not root, controllers not writable). */
export async function writableLayout(controllers: readonly string[]): Promise<CgroupLayout | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const layout = await detectCgroupLayout();
  for (const controller of controllers) {
    if (!await controllerUsable(layout, controller, 'drover-test-probe')) return undefined;
  }
  return layout;
}
