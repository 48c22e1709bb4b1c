// Copies a container's output from the engine (`logs?follow=1`, stdout and stderr multiplexed) into the sandbox's
// stdout and stderr files, appended to and size-rotated like the process containerizer's (PATH.1 newest).
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type Dockerode from 'dockerode';

export interface LogLimits {
  /** Rotate past this many bytes; 0 never rotates. */
  readonly maxBytes: number;
  /** Rotated files kept. */
  readonly maxFiles: number;
}

export interface LogCopy {
  /** Resolves when the engine closed the stream (the container ended) and both files are closed. */
  readonly finished: Promise<void>;
  /** Stops copying (the agent is stopping or forgets the container); the files are closed. */
  stop(): void;
}

/** A file that is appended to and rotated once it would grow past the limit. */
class RotatingFile extends Writable {
  private handle: FileHandle | undefined;
  private size = 0;

  constructor(private readonly path: string, private readonly limits: LogLimits) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.append(chunk).then(() => callback(), (error: unknown) => callback(error as Error));
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.close().then(() => callback(), (error: unknown) => callback(error as Error));
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.close().then(() => callback(error), () => callback(error));
  }

  private async append(chunk: Buffer): Promise<void> {
    if (this.handle === undefined) {
      this.handle = await open(this.path, 'a');
      this.size = (await this.handle.stat()).size;
    }
    if (this.limits.maxBytes > 0 && this.size > 0 && this.size + chunk.length > this.limits.maxBytes) {
      await this.rotate();
    }
    await this.handle.write(chunk);
    this.size += chunk.length;
  }

  private async rotate(): Promise<void> {
    await this.close();
    if (this.limits.maxFiles <= 0) await rm(this.path, { force: true });
    for (let index = this.limits.maxFiles; index >= 1; index -= 1) {
      const from = index === 1 ? this.path : `${this.path}.${index - 1}`;
      await rename(from, `${this.path}.${index}`).catch(() => undefined);
    }
    this.handle = await open(this.path, 'a');
    this.size = 0;
  }

  private async close(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close();
  }
}

export interface Demuxer {
  /** docker-modem's demuxStream: splits the engine's multiplexed stream into stdout and stderr writes. */
  demuxStream(stream: NodeJS.ReadableStream, stdout: { write(chunk: Buffer): unknown },
    stderr: { write(chunk: Buffer): unknown }): void;
}

/**
 * Follows the container's output into <sandbox>/stdout and <sandbox>/stderr. `sinceSeconds` (Unix time, fractions
 * allowed) skips what was copied before: after an agent restart, the time the files were last written.
 */
export async function copyLogs(container: Dockerode.Container, modem: Demuxer, sandbox: string, limits: LogLimits,
  sinceSeconds?: number): Promise<LogCopy> {
  const stream = await container.logs({
    follow: true, stdout: true, stderr: true, ...(sinceSeconds === undefined ? {} : { since: sinceSeconds }),
  });
  const stdout = new RotatingFile(join(sandbox, 'stdout'), limits);
  const stderr = new RotatingFile(join(sandbox, 'stderr'), limits);
  const closed = (file: Writable): Promise<void> => new Promise((resolve) => {
    file.once('close', () => resolve());
    // `on`: a late write after stop() must not become an unhandled 'error'.
    file.on('error', () => resolve());
  });
  const finished = Promise.all([closed(stdout), closed(stderr)]).then(() => undefined);
  let ended = false;
  // A task writing faster than the disk takes it must not pile up in the agent's memory: the engine's stream waits.
  const throttled = (file: Writable): { write(chunk: Buffer): boolean } => ({
    write(chunk) {
      if (ended) return true;
      if (!file.write(chunk)) {
        stream.pause();
        file.once('drain', () => stream.resume());
      }
      return true;
    },
  });
  modem.demuxStream(stream, throttled(stdout), throttled(stderr));
  const end = (): void => {
    if (ended) return;
    ended = true;
    stdout.end();
    stderr.end();
  };
  stream.once('end', end);
  stream.once('close', end);
  stream.once('error', end);
  return {
    finished,
    stop: () => {
      end();
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
    },
  };
}

/** When the sandbox's log files were last written (Unix seconds, to the nanosecond), if they exist. */
export async function lastLogWrite(sandbox: string): Promise<number | undefined> {
  let latest: bigint | undefined;
  for (const name of ['stdout', 'stderr']) {
    try {
      const info = await stat(join(sandbox, name), { bigint: true });
      if (latest === undefined || info.mtimeNs > latest) latest = info.mtimeNs;
    } catch {
      // Not there (yet).
    }
  }
  if (latest === undefined) return undefined;
  return Number(latest / 1_000_000_000n) + Number(latest % 1_000_000_000n) / 1e9;
}
