// The agent's identity on disk: `<workDir>/meta/agent-id` (the id the master gave it) and `<workDir>/meta/boot-id`
// (the machine boot it was given in). Written temp file + rename, so a crash never leaves half a file.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { dirname, join } from 'node:path';

export interface PersistedIdentity {
  readonly agentId: string | undefined;
  readonly bootId: string | undefined;
}

export function agentIdPath(workDir: string): string {
  return join(workDir, 'meta', 'agent-id');
}

export function bootIdPath(workDir: string): string {
  return join(workDir, 'meta', 'boot-id');
}

/** The kernel's boot id; where there is none (not Linux), the boot time stands in for it. */
export async function currentBootId(): Promise<string> {
  try {
    const text = (await readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim();
    if (text.length > 0) return text;
  } catch {
    // Not Linux: fall through.
  }
  const bootSeconds = Math.round(Date.now() / 1000 - uptime());
  // Rounded to 10 s so clock jitter between two reads does not look like a reboot.
  return `${hostname()}-${Math.round(bootSeconds / 10) * 10}`;
}

export async function readIdentity(workDir: string): Promise<PersistedIdentity> {
  return { agentId: await readOptional(agentIdPath(workDir)), bootId: await readOptional(bootIdPath(workDir)) };
}

export async function writeIdentity(workDir: string, agentId: string, bootId: string): Promise<void> {
  await writeAtomically(bootIdPath(workDir), bootId);
  await writeAtomically(agentIdPath(workDir), agentId);
}

export async function forgetAgentId(workDir: string): Promise<void> {
  await rm(agentIdPath(workDir), { force: true });
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    const text = (await readFile(path, 'utf8')).trim();
    return text.length > 0 ? text : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function writeAtomically(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, `${content}\n`, 'utf8');
  await rename(temporary, path);
}
