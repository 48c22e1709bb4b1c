// The supervisor is a small C program (supervisor.c, with launcher.c) compiled on the agent's machine the first time it is needed,
// into <package>/build/, named by a hash of its source so an edited supervisor is never confused with an old build.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DroverError, errorMessage } from '../../../shared/errors/index.js';

const run = promisify(execFile);
const SOURCES = ['./supervisor.c', './launcher.c'].map((file) => fileURLToPath(new URL(file, import.meta.url)));
const BUILD_DIR = fileURLToPath(new URL('../../../build/supervisor/', import.meta.url));

let building: Promise<string> | undefined;

/** The path of a supervisor binary built from the current source; builds it once per process when missing. */
export function supervisorBinary(): Promise<string> {
  building ??= build().catch((error: unknown) => {
    building = undefined;
    throw error;
  });
  return building;
}

async function build(): Promise<string> {
  const hasher = createHash('sha256');
  for (const source of SOURCES) hasher.update(await readFile(source));
  const hash = hasher.digest('hex').slice(0, 12);
  const binary = join(BUILD_DIR, `drover-supervisor-${hash}`);
  try {
    await access(binary);
    return binary;
  } catch {
    // Not built yet.
  }
  await mkdir(dirname(binary), { recursive: true });
  const temporary = `${binary}.${process.pid}.tmp`;
  const compiler = process.env['CC'] ?? 'cc';
  try {
    await run(compiler, ['-O2', '-Wall', '-o', temporary, ...SOURCES]);
    // Renamed into place so concurrent agents never run a half-written binary.
    await rename(temporary, binary);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new DroverError('CONFIG', `could not build the task supervisor with '${compiler}' (the process containerizer `
      + `needs a C compiler: apt-get install gcc): ${errorMessage(error)}`);
  }
  return binary;
}
