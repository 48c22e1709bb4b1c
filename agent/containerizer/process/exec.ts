// Runs a command the way a COMMAND health check does: /bin/sh -c (or argv form), output collected, bounded in time.
import { spawn } from 'node:child_process';
import type { pb } from '../../../shared/protocol/index.js';
import { commandLine } from '../command-line.js';
import { signalGroup } from './supervisor-io.js';

const MAX_OUTPUT = 64 * 1024;

export interface ShellCommandOptions {
  readonly cwd: string;
  readonly env: Record<string, string>;
  readonly timeoutMs: number;
}

export function runShellCommand(command: pb.CommandInfo.$Properties, options: ShellCommandOptions):
Promise<{ status: number; output: string }> {
  const { file, args, argv0 } = commandLine(command);
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(file, args, { argv0, cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer): void => {
      if (output.length < MAX_OUTPUT) output += chunk.toString('utf8');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
      output += `\n(timed out after ${options.timeoutMs} ms)`;
    }, options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ status: 127, output: error.message });
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ status: code ?? (signal === null ? 1 : 128 + 9), output: output.slice(0, MAX_OUTPUT) });
    });
  });
}
