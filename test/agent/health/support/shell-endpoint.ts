// A real ContainerEndpoint for tests: exec() runs the command as a child process of the test (under /bin/sh -c for
// shell commands), killed when its time is up, like a containerizer's would be.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import type { pb } from '../../../../shared/protocol/index.js';
import type { ContainerEndpoint } from '../../../../agent/containerizer/types.js';

export function shellEndpoint(address = '127.0.0.1'): ContainerEndpoint & { readonly running: number } {
  let running = 0;
  return {
    address,
    get running() {
      return running;
    },
    exec(command: pb.CommandInfo.$Properties, timeoutMs: number) {
      return new Promise((resolve, reject) => {
        const value = command.value ?? '';
        const args = command.arguments ?? [];
        const child = command.shell === false
          ? spawn(value, args.slice(1), { argv0: args[0] ?? value, timeout: timeoutMs, killSignal: 'SIGKILL' })
          : spawn('/bin/sh', ['-c', value], { timeout: timeoutMs, killSignal: 'SIGKILL' });
        running += 1;
        let output = '';
        const collect = (chunk: Buffer): void => {
          output += chunk.toString('utf8');
        };
        child.stdout.on('data', collect);
        child.stderr.on('data', collect);
        let settled = false;
        const settle = (finish: () => void): void => {
          if (settled) return;
          settled = true;
          running -= 1;
          finish();
        };
        child.once('error', (error) => settle(() => reject(error)));
        child.once('close', (code, signal) => settle(() => {
          resolve({ status: code ?? 128 + (signal === null ? 0 : constants.signals[signal]), output });
        }));
      });
    },
  };
}
