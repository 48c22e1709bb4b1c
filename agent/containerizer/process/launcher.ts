// The agent's side of `drover-supervisor --launcher` (launcher.c): one small long-lived process that forks the
// supervisors, because a fork of the agent's own large Node process costs ~12 ms of the agent's only thread per task.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { DroverError } from '../../../shared/errors/index.js';
import { parseLaunchReport, type LaunchReport } from './supervisor-io.js';

type LauncherProcess = ChildProcessByStdio<Writable, Readable, null>;

export interface LaunchedSupervisor {
  /** 0 when no supervisor process was started. */
  readonly supervisorPid: number;
  readonly report: LaunchReport;
  /** Resolves with the supervisor's wait status when it exits; -1 when the launcher died first (watch /proc). */
  readonly exited: Promise<number>;
}

interface Pending {
  readonly resolve: (launched: LaunchedSupervisor) => void;
  readonly reject: (error: Error) => void;
}

export class SupervisorLauncher {
  private child: LauncherProcess | undefined;
  private buffered = '';
  private nextId = 1;
  private readonly pending = new Map<string, Pending>();
  private readonly exits = new Map<number, (status: number) => void>();

  constructor(private readonly binary: string) {}

  /** Starts a supervisor with these arguments (after its own path) and exactly this environment. */
  launch(args: readonly string[], env: Readonly<Record<string, string>>): Promise<LaunchedSupervisor> {
    const child = this.running();
    const id = String(this.nextId++);
    const entries = Object.entries(env).map(([name, value]) => `${name}=${value}`);
    const strings = [id, String(args.length), ...args, String(entries.length), ...entries];
    if (strings.some((text) => text.includes('\0'))) {
      return Promise.resolve({ supervisorPid: 0, report: { failed: 'an argument or environment value contains a NUL byte' }, exited: Promise.resolve(0) });
    }
    const payload = Buffer.from(`${strings.join('\0')}\0`, 'utf8');
    const header = Buffer.alloc(4);
    header.writeUInt32LE(payload.length);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.holdOpen(true);
      child.stdin.write(Buffer.concat([header, payload]));
    });
  }

  /** Stops the launcher; supervisors it started keep running. */
  close(): void {
    this.holdOpen(false);
    this.child?.stdin.end();
    this.child = undefined;
  }

  private running(): LauncherProcess {
    if (this.child !== undefined) return this.child;
    const child = spawn(this.binary, ['--launcher'], { stdio: ['pipe', 'pipe', 'inherit'] });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => this.receive(chunk));
    child.stdin.on('error', () => undefined);
    child.once('exit', () => this.lost(child));
    child.once('error', () => this.lost(child));
    this.child = child;
    this.holdOpen(false);
    return child;
  }

  /** Launches waiting for their answer, or supervisors someone waits on: reasons to keep the event loop alive. */
  private get busy(): boolean {
    return this.pending.size > 0 || this.exits.size > 0;
  }

  /** Keeps the event loop alive only while busy: an idle (or closed) launcher must not hold the process. */
  private holdOpen(hold: boolean): void {
    const child = this.child;
    if (child === undefined) return;
    for (const handle of [child, child.stdin, child.stdout] as const) {
      const refable = handle as unknown as { ref?: () => void; unref?: () => void };
      if (hold) refable.ref?.();
      else refable.unref?.();
    }
  }

  private receive(chunk: string): void {
    this.buffered += chunk;
    let newline = this.buffered.indexOf('\n');
    while (newline >= 0) {
      const line = this.buffered.slice(0, newline);
      this.buffered = this.buffered.slice(newline + 1);
      this.handle(line);
      newline = this.buffered.indexOf('\n');
    }
  }

  private handle(line: string): void {
    if (line.startsWith('X ')) {
      const [, pid, status] = line.split(' ');
      const resolve = this.exits.get(Number(pid));
      this.exits.delete(Number(pid));
      this.holdOpen(this.busy);
      resolve?.(Number(status));
      return;
    }
    const reply = /^R (\S+) (\d+) (.*)$/.exec(line);
    if (reply === null) return;
    const [, id = '', pidText = '', report = ''] = reply;
    const pending = this.pending.get(id);
    if (pending === undefined) return;
    this.pending.delete(id);
    const supervisorPid = Number(pidText);
    const exited = supervisorPid > 0
      ? new Promise<number>((resolve) => this.exits.set(supervisorPid, resolve))
      : Promise.resolve(0);
    this.holdOpen(this.busy);
    pending.resolve({ supervisorPid, report: parseLaunchReport(report), exited });
  }

  private lost(child: LauncherProcess): void {
    if (this.child === child) this.child = undefined;
    for (const pending of this.pending.values()) pending.reject(new DroverError('NOT_RUNNING', 'the supervisor launcher exited'));
    this.pending.clear();
    // Its supervisors now belong to init: their ends must be noticed by watching /proc.
    for (const resolve of this.exits.values()) resolve(-1);
    this.exits.clear();
  }
}
