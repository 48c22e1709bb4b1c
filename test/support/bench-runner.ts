// Runs a benchmark of bench/run.ts as its own process (it starts its own nats-server, master and agents) without
// blocking the event loop, and reads the one JSON line of figures it prints.
import { expect } from 'chai';
import { spawn } from 'node:child_process';

export interface BenchRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `bench/run.ts <bench> ...args` under tsx and collects its exit code and output. */
export function runBench(bench: string, args: readonly string[]): Promise<BenchRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/run.ts', bench, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Expects a successful run that printed exactly one JSON line, and returns that line parsed (its shape unchecked). */
export function figuresOf<T>(result: BenchRun): T {
  expect(result.code, `${result.stderr}\n${result.stdout}`).to.equal(0);
  const lines = result.stdout.split('\n').filter((line) => line.startsWith('{'));
  expect(lines).to.have.length(1);
  return JSON.parse(lines[0] ?? '{}') as T;
}
