// Sandbox path resolution. A user names a file relative to a sandbox root (or, Mesos style, by its absolute path
// inside the root); what is served must really lie inside the root: `..` is resolved lexically first, then symlinks
// through fs.realpath, and the opened descriptor is checked once more through /proc (a task can swap a directory
// for a symlink between the check and the open).
import type { Stats } from 'node:fs';
import { open, readlink, realpath, type FileHandle } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { refuse, refusalForFsError, type FilesRefusal } from './refusal.js';

export interface LexicalPath {
  readonly refused: false;
  /** Absolute, normalized, not yet checked against symlinks. */
  readonly path: string;
  /** The same path relative to the root; '' for the root itself. */
  readonly relativePath: string;
}

export interface ResolvedPath extends LexicalPath {
  /** The root with every symlink resolved. */
  readonly realRoot: string;
  /** The file with every symlink resolved: what is opened. */
  readonly realPath: string;
}

/** Whether `path` (absolute, normalized) is `root` or lies below it. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Pure: where `userPath` points lexically, or why it may not be served. Relative paths are taken from `root`;
 * absolute ones must already lie inside it. `root` must be absolute.
 */
export function lexicalSandboxPath(root: string, userPath: string, realRoot?: string): LexicalPath | FilesRefusal {
  if (userPath === '') return refuse('INVALID_PATH', 'the path is empty');
  if (userPath.includes('\0')) return refuse('INVALID_PATH', 'the path contains a NUL byte');
  const normalRoot = resolve(root);
  const candidate = resolve(normalRoot, userPath);
  if (isInside(normalRoot, candidate)) {
    return { refused: false, path: candidate, relativePath: relative(normalRoot, candidate) };
  }
  // An absolute path may name the root by its real path (e.g. /tmp is a symlink on some systems).
  if (realRoot !== undefined && isAbsolute(userPath) && isInside(realRoot, candidate)) {
    return { refused: false, path: candidate, relativePath: relative(realRoot, candidate) };
  }
  return refuse('OUTSIDE_SANDBOX', `${userPath} is outside the sandbox`);
}

/** Where `userPath` really is (symlinks resolved), or why it may not be served: 400, 403 or 404. */
export async function resolveSandboxPath(root: string, userPath: string): Promise<ResolvedPath | FilesRefusal> {
  const lexicalFirst = lexicalSandboxPath(root, userPath);
  // Refuse obvious escapes before touching the file system, so they answer 403 whether or not the target exists.
  if (lexicalFirst.refused && (lexicalFirst.code !== 'OUTSIDE_SANDBOX' || !isAbsolute(userPath))) return lexicalFirst;
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch (error) {
    const refusal = refusalForFsError(error, root);
    if (refusal === undefined) throw error;
    return refuse('NOT_FOUND', `the sandbox ${root} does not exist`);
  }
  const lexical = lexicalFirst.refused ? lexicalSandboxPath(root, userPath, realRoot) : lexicalFirst;
  if (lexical.refused) return lexical;
  let realPath: string;
  try {
    realPath = await realpath(lexical.path);
  } catch (error) {
    const refusal = refusalForFsError(error, userPath);
    if (refusal === undefined) throw error;
    return refusal;
  }
  if (!isInside(realRoot, realPath)) return refuse('OUTSIDE_SANDBOX', `${userPath} leads outside the sandbox`);
  return { ...lexical, realRoot, realPath };
}

/**
 * Opens a resolved file for reading and makes sure the descriptor really is inside the root: where /proc is
 * mounted, the kernel's name for the open file is checked against the real root.
 */
export async function openInside(resolved: ResolvedPath): Promise<FileHandle | FilesRefusal> {
  let handle: FileHandle;
  try {
    handle = await open(resolved.realPath, 'r');
  } catch (error) {
    const refusal = refusalForFsError(error, resolved.relativePath || '.');
    if (refusal === undefined) throw error;
    return refusal;
  }
  let opened: string | undefined;
  try {
    opened = await readlink(`/proc/self/fd/${handle.fd}`);
  } catch {
    opened = undefined; // no /proc: the realpath check stands alone
  }
  if (opened !== undefined && opened.startsWith('/') && !isInside(resolved.realRoot, opened.replace(/ \(deleted\)$/, ''))) {
    await handle.close();
    return refuse('OUTSIDE_SANDBOX', `${resolved.relativePath} leads outside the sandbox`);
  }
  return handle;
}

export interface OpenedSandboxFile {
  readonly resolved: ResolvedPath;
  readonly handle: FileHandle;
  readonly stats: Stats;
}

/**
 * Resolves, opens and stats a regular file of the sandbox for `verb` (read, download, follow): a refusal for paths
 * outside it, missing files and directories. The caller owns (and closes) the handle.
 */
export async function openSandboxFile(root: string, userPath: string, verb: string): Promise<OpenedSandboxFile | FilesRefusal> {
  const resolved = await resolveSandboxPath(root, userPath);
  if (resolved.refused) return resolved;
  const handle = await openInside(resolved);
  if ('refused' in handle) return handle;
  try {
    const stats = await handle.stat();
    if (!stats.isDirectory()) return { resolved, handle, stats };
  } catch (error) {
    await handle.close();
    throw error;
  }
  await handle.close();
  return refuse('IS_A_DIRECTORY', `cannot ${verb} ${userPath}: it is a directory`);
}
