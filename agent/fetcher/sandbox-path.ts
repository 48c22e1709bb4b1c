// Where a fetched file goes in the sandbox. The fetcher writes as root, so nothing may lead it outside: output_file
// must stay below the sandbox, and no directory on the way may be a symlink (an archive fetched earlier could have
// planted one pointing anywhere).
import { lchown, lstat, mkdir, realpath } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { DroverError } from '../../shared/errors/index.js';
import type { RunAs } from './extract.js';

/** The relative path an output_file names, normalized; throws FETCH for one that is absolute or leaves the sandbox. */
export function validOutputFile(outputFile: string): string {
  if (outputFile.includes('\0')) throw new DroverError('FETCH', 'output_file contains a NUL character');
  if (posix.isAbsolute(outputFile)) {
    throw new DroverError('FETCH', `output_file '${outputFile}' must be a path relative to the sandbox`);
  }
  const normalized = posix.normalize(outputFile);
  if (normalized === '..' || normalized.startsWith('../')) {
    throw new DroverError('FETCH', `output_file '${outputFile}' leaves the sandbox`);
  }
  if (normalized === '.' || normalized.endsWith('/')) {
    throw new DroverError('FETCH', `output_file '${outputFile}' names a directory, not a file`);
  }
  return normalized;
}

/**
 * The absolute path of `relative` in the sandbox, its parent directories created (and given to `owner`). Throws FETCH
 * when one of them exists as something other than a real directory.
 */
export async function placeInSandbox(sandbox: string, relative: string, owner: RunAs | undefined): Promise<string> {
  let dir = await realpath(sandbox);
  const parents = posix.dirname(relative).split('/').filter((part) => part !== '' && part !== '.');
  for (const part of parents) {
    dir = join(dir, part);
    try {
      await mkdir(dir);
      if (owner !== undefined) await lchown(dir, owner.uid, owner.gid);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!(await lstat(dir)).isDirectory()) {
        throw new DroverError('FETCH', `cannot place '${relative}': '${part}' in the sandbox is not a directory`);
      }
    }
  }
  return join(dir, posix.basename(relative));
}
