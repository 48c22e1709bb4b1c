// Keeps the framework id on disk so a restarted framework fails over to its old id instead of registering anew.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DroverError } from '../../../shared/errors/index.js';
import { invalidIdReason, randomToken } from '../../../shared/ids/index.js';

/** The stored id, or undefined when the file does not exist. */
export async function readFrameworkIdFile(path: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isMissingFile(error)) return undefined;
    throw new DroverError('CONFIG', `cannot read framework id file ${path}`, { cause: error });
  }
  const id = text.trim();
  if (id === '') return undefined;
  const invalid = invalidIdReason(id);
  if (invalid !== undefined) throw new DroverError('CONFIG', `framework id file ${path} holds an invalid id: ${invalid}`);
  return id;
}

/** Writes atomically (temp file + rename), so a crash never leaves a half-written id. */
export async function writeFrameworkIdFile(path: string, frameworkId: string): Promise<void> {
  const temp = `${path}.${randomToken(4)}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temp, `${frameworkId}\n`, { mode: 0o600 });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new DroverError('CONFIG', `cannot write framework id file ${path}`, { cause: error });
  }
}

export async function removeFrameworkIdFile(path: string): Promise<void> {
  await rm(path, { force: true });
}

function isMissingFile(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}
