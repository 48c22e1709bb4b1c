// `tail -F` over HTTP: a stream of a sandbox file from an offset, then of every byte appended to it, until the
// consumer goes away (or stop()). Rotation by rename (stdout -> stdout.1, a new stdout) is noticed by the inode
// changing: the rest of the old file is sent, then the new one from its start. A file that shrank in place
// (copy-truncate) is read again from its start. fs.watch on the directory wakes the follower early; polling is
// the fallback, so it works where inotify does not.
import { watch, type FSWatcher } from 'node:fs';
import { stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { refuse, type FilesRefusal } from './refusal.js';
import { openInside, openSandboxFile, resolveSandboxPath, type ResolvedPath } from './resolve.js';

export interface FollowOptions {
  /** Where to start: a byte offset, or -1 for the current end. Default 0 (the whole file, then what follows). */
  readonly offset?: number;
  /** How often the file is looked at when no watch event comes; default 250 ms. */
  readonly pollIntervalMs?: number;
  /** Bytes per chunk read; default 64 KiB. */
  readonly chunkBytes?: number;
}

export class FileFollower extends Readable {
  private pumping = false;
  private stopped = false;
  private watcher: FSWatcher | undefined;
  private wake: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly buffer: Buffer;

  constructor(
    private readonly root: string,
    private readonly resolved: ResolvedPath,
    private handle: FileHandle,
    private inode: number,
    private position: number,
    private readonly pollIntervalMs: number,
    chunkBytes: number,
  ) {
    super();
    this.buffer = Buffer.alloc(chunkBytes);
    try {
      this.watcher = watch(dirname(resolved.path), () => this.wakeUp());
      this.watcher.on('error', () => { this.watcher?.close(); this.watcher = undefined; });
    } catch {
      this.watcher = undefined; // polling alone
    }
  }

  /** Ends the stream cleanly (the agent's server is closing). */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.wakeUp();
    this.push(null);
  }

  override _read(): void {
    void this.pump();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.stopped = true;
    this.wakeUp();
    this.watcher?.close();
    this.watcher = undefined;
    this.handle.close().then(() => callback(error), () => callback(error));
  }

  private get done(): boolean {
    return this.stopped || this.destroyed;
  }

  private wakeUp(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private waitForChange(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
      this.timer = setTimeout(() => this.wakeUp(), this.pollIntervalMs);
    });
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (!this.done) {
        const chunk = await this.readChunk();
        if (this.done) return;
        if (chunk !== undefined) {
          if (!this.push(chunk)) return; // the consumer is full: _read() pumps again
          continue;
        }
        const next = await this.switchIfReplaced();
        if (this.done) return;
        if (next === 'gone') {
          this.stop(); // the sandbox itself was removed: nothing more can come
          return;
        }
        if (next === 'unchanged') await this.waitForChange();
      }
    } catch (error) {
      if (!this.done) this.destroy(error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.pumping = false;
    }
  }

  private async readChunk(): Promise<Buffer | undefined> {
    const { bytesRead } = await this.handle.read(this.buffer, 0, this.buffer.length, this.position);
    if (bytesRead === 0) return undefined;
    this.position += bytesRead;
    return Buffer.from(this.buffer.subarray(0, bytesRead));
  }

  /** At the end of the file: has it been rotated away, truncated, or removed with its directory? */
  private async switchIfReplaced(): Promise<'switched' | 'more' | 'unchanged' | 'gone'> {
    let current;
    try {
      current = await stat(this.resolved.path);
    } catch {
      // Between the rename and the new file, or removed: gone for good only when its directory is.
      try {
        await stat(dirname(this.resolved.path));
        return 'unchanged';
      } catch {
        return 'gone';
      }
    }
    if (current.ino !== this.inode) {
      // Rotated. What the writer put in the old file before the rename comes first (readChunk drains it), so only
      // switch once the old file has nothing more.
      const { bytesRead } = await this.handle.read(this.buffer, 0, 1, this.position);
      if (bytesRead > 0) return 'more';
      const reopened = await resolveSandboxPath(this.root, this.resolved.relativePath || '.');
      if (reopened.refused) return reopened.code === 'NOT_FOUND' ? 'unchanged' : this.fail(reopened);
      const handle = await openInside(reopened);
      if ('refused' in handle) return handle.code === 'NOT_FOUND' ? 'unchanged' : this.fail(handle);
      const opened = await handle.stat();
      if (this.done) {
        await handle.close(); // destroyed meanwhile: _destroy closed the old handle only
        return 'gone';
      }
      await this.handle.close();
      this.handle = handle;
      this.inode = opened.ino;
      this.position = 0;
      return 'switched';
    }
    if (current.size < this.position) {
      this.position = 0; // truncated in place
      return 'switched';
    }
    return 'unchanged';
  }

  private fail(refusal: FilesRefusal): 'gone' {
    this.destroy(new Error(refusal.message));
    return 'gone';
  }
}

/** Starts following a sandbox file, or says why it cannot be followed. */
export async function followSandboxFile(root: string, userPath: string, options: FollowOptions = {}): Promise<FileFollower | FilesRefusal> {
  const offset = options.offset ?? 0;
  if (!Number.isInteger(offset) || offset < -1) return refuse('INVALID_ARGUMENT', `offset must be -1 or more, not ${offset}`);
  const opened = await openSandboxFile(root, userPath, 'follow');
  if ('refused' in opened) return opened;
  const { resolved, handle, stats } = opened;
  try {
    const start = offset === -1 ? stats.size : Math.min(offset, stats.size);
    return new FileFollower(root, resolved, handle, stats.ino, start, options.pollIntervalMs ?? 250, options.chunkBytes ?? 64 * 1024);
  } catch (error) {
    await handle.close();
    throw error;
  }
}
