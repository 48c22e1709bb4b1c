// Mesos /files/browse: a directory's entries (a file's own entry when the path names a file).
import { lstat, readdir, stat } from 'node:fs/promises';
import { posix } from 'node:path';
import { fileInfo, systemOwnerNames, type FileInfo } from './file-info.js';
import { refusalForFsError, type FilesRefusal } from './refusal.js';
import { resolveSandboxPath } from './resolve.js';

export interface BrowseOptions {
  /**
   * How entry paths are written: 'relative' joins names to the path relative to the root (task routes),
   * 'absolute' to the absolute path (Mesos /files/browse). Either way a client can pass them back as `path`.
   */
  readonly paths: 'relative' | 'absolute';
}

export async function browseSandbox(root: string, userPath: string, options: BrowseOptions): Promise<FileInfo[] | FilesRefusal> {
  const resolved = await resolveSandboxPath(root, userPath);
  if (resolved.refused) return resolved;
  const shown = options.paths === 'absolute' ? resolved.path : resolved.relativePath;
  const owners = await systemOwnerNames();
  try {
    const stats = await stat(resolved.realPath);
    if (!stats.isDirectory()) return [fileInfo(shown, stats, owners)];
    const names = (await readdir(resolved.realPath)).sort();
    const entries: FileInfo[] = [];
    for (const name of names) {
      try {
        // lstat: a symlink is listed as a link, never with the size or owner of what it points to.
        const entryStats = await lstat(posix.join(resolved.realPath, name));
        entries.push(fileInfo(shown === '' ? name : posix.join(shown, name), entryStats, owners));
      } catch {
        // removed between readdir and lstat (a rotation, GC): not listed
      }
    }
    return entries;
  } catch (error) {
    const refusal = refusalForFsError(error, userPath);
    if (refusal === undefined) throw error;
    return refusal;
  }
}
