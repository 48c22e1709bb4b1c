// Mesos /files/read and /files/download over a resolved sandbox path.
import { Readable } from 'node:stream';
import { basename } from 'node:path';
import { refuse, type FilesRefusal } from './refusal.js';
import { openSandboxFile } from './resolve.js';

/** Mesos caps a read; 1 MiB is generous for a log pager and still one small JSON reply. */
export const MAX_READ_LENGTH = 1024 * 1024;

export interface ReadRange {
  readonly refused: false;
  /** -1: only the size is wanted. */
  readonly offset: number;
  readonly length: number;
}

/** Mesos /files/read: `data` holds the bytes at `offset`; with offset -1, `data` is '' and `offset` is the size. */
export interface ReadResult {
  readonly data: string;
  readonly offset: number;
}

function parseInteger(text: string | undefined, name: string): number | FilesRefusal | undefined {
  if (text === undefined || text === '') return undefined;
  if (!/^-?\d{1,16}$/.test(text)) return refuse('INVALID_ARGUMENT', `${name} must be an integer, not '${text}'`);
  return Number(text);
}

/** Pure: the `offset` and `length` query parameters as a range; length defaults to and is capped at `maxLength`. */
export function parseReadRange(offsetText: string | undefined, lengthText: string | undefined,
  maxLength = MAX_READ_LENGTH): ReadRange | FilesRefusal {
  const offset = parseInteger(offsetText, 'offset') ?? 0;
  if (typeof offset !== 'number') return offset;
  if (offset < -1) return refuse('INVALID_ARGUMENT', `offset must be -1 or more, not ${offset}`);
  const length = parseInteger(lengthText, 'length') ?? maxLength;
  if (typeof length !== 'number') return length;
  if (length < 0) return refuse('INVALID_ARGUMENT', `length must not be negative, not ${length}`);
  return { refused: false, offset, length: Math.min(length, maxLength) };
}

/** How many leading bytes of `bytes` end on a whole UTF-8 character (drops a character cut in two at the end). */
export function wholeUtf8Length(bytes: Uint8Array, length: number): number {
  for (let back = 1; back <= Math.min(3, length); back += 1) {
    const byte = bytes[length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead byte
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? length - back : length;
  }
  return length;
}

export async function readSandboxFile(root: string, userPath: string, range: ReadRange): Promise<ReadResult | FilesRefusal> {
  const opened = await openSandboxFile(root, userPath, 'read');
  if ('refused' in opened) return opened;
  const { handle, stats } = opened;
  try {
    if (range.offset === -1 || range.offset >= stats.size || range.length === 0) {
      return { data: '', offset: range.offset === -1 || range.offset >= stats.size ? stats.size : range.offset };
    }
    const buffer = Buffer.alloc(range.length);
    let filled = 0;
    while (filled < range.length) {
      const { bytesRead } = await handle.read(buffer, filled, range.length - filled, range.offset + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    // A reply cut by the length limit must not end in half a character: the pager asks again from there.
    const usable = filled === range.length ? wholeUtf8Length(buffer, filled) || filled : filled;
    return { data: buffer.toString('utf8', 0, usable), offset: range.offset };
  } finally {
    await handle.close();
  }
}

export interface Download {
  readonly refused: false;
  readonly name: string;
  readonly size: number;
  readonly stream: Readable;
}

/** The raw bytes of a sandbox file as a stream (it closes the file when it ends or is destroyed). */
export async function downloadSandboxFile(root: string, userPath: string): Promise<Download | FilesRefusal> {
  const opened = await openSandboxFile(root, userPath, 'download');
  if ('refused' in opened) return opened;
  const { resolved, handle, stats } = opened;
  try {
    if (stats.size === 0) {
      await handle.close();
      return { refused: false, name: basename(resolved.path), size: 0, stream: Readable.from([]) };
    }
    // The size at open time bounds the stream, so Content-Length stays true while the file grows.
    const stream = handle.createReadStream({ start: 0, end: stats.size - 1, autoClose: true });
    return { refused: false, name: basename(resolved.path), size: stats.size, stream };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
